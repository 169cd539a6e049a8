#include "storage/StatementCache.h"

#include "storage/Sql.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <utility>

namespace equimark {

StatementCache::Lease::Lease(StatementCache* cache, QString statement, QSqlQuery query)
    : m_cache(cache)
    , m_statement(std::move(statement))
    , m_generation(cache->m_generation)
    , m_query(std::move(query)) {}

StatementCache::Lease::Lease(Lease&& other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr))
    , m_statement(std::move(other.m_statement))
    , m_generation(other.m_generation)
    , m_query(std::move(other.m_query)) {}

StatementCache::Lease::~Lease() {
    if (!m_cache)
        return;
    // Resetting ends the statement's read: a kept SELECT must not hold the file's shared lock
    // and keep other programs from writing.
    m_query.finish();
    if (!m_statement.isEmpty())
        m_cache->giveBack(m_statement, m_generation, std::move(m_query));
}

Result<StatementCache::Lease> StatementCache::run(const QString& statement,
                                                  const QVariantList& values) {
    auto found = m_statements.find(statement);
    const bool reuse = found != m_statements.end() && found->second;
    QSqlQuery query = reuse ? std::move(*found->second) : QSqlQuery(m_db);
    if (reuse) {
        found->second.reset();
    } else {
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return sqlError(query.lastError());
    }
    // Lent already (a nested read of the same statement): this one is used once and dropped.
    const bool keep = reuse || (found == m_statements.end() && m_statements.size() < Capacity);
    sql::bind(query, values);
    if (!query.exec()) {
        const auto error = sqlError(query.lastError());
        query.finish();
        // Some failures leave Qt's query without its SQLite statement: prepare afresh next time.
        if (reuse)
            m_statements.erase(found);
        return error;
    }
    if (keep && !reuse)
        m_statements.emplace(statement, std::nullopt);
    return Lease(this, keep ? statement : QString(), std::move(query));
}

void StatementCache::giveBack(const QString& statement, quint64 generation, QSqlQuery&& query) {
    if (generation != m_generation)
        return;
    if (auto found = m_statements.find(statement); found != m_statements.end() && !found->second)
        found->second.emplace(std::move(query));
}

void StatementCache::clear() {
    m_statements.clear();
    ++m_generation;
}

} // namespace equimark
