#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>
#include <unordered_map>

namespace equimark {

// Prepared statements kept for one connection, so the statements every edit runs are parsed
// once instead of on every keystroke (parsing was a third of an edit's processor time).
// A statement is lent for one use at a time: run() returns a Lease that resets it and gives it
// back when it goes out of scope. A statement asked for while it is still lent (a nested read
// of the same query) gets a fresh one of its own, so two uses never share a result set.
// Owned by SchoolFile and cleared before its connection closes.
class StatementCache {
public:
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        bool next() { return m_query.next(); }
        QVariant value(int column) const { return m_query.value(column); }
        // For the row readers that decode a whole row (judgementFrom and the like).
        const QSqlQuery& row() const { return m_query; }
        QVariant lastInsertId() const { return m_query.lastInsertId(); }
        int numRowsAffected() const { return m_query.numRowsAffected(); }

    private:
        friend class StatementCache;
        Lease(StatementCache* cache, QString statement, QSqlQuery query);

        StatementCache* m_cache;
        QString m_statement; // empty for a query of its own, not from the cache
        quint64 m_generation = 0;
        QSqlQuery m_query;
    };

    explicit StatementCache(QSqlDatabase& db)
        : m_db(db) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs one statement with positional (?) values, bound as sql::run binds them.
    Result<Lease> run(const QString& statement, const QVariantList& values = {});

    // Finalises every statement; leases still out keep theirs until they end.
    void clear();
    std::size_t size() const { return m_statements.size(); }

    // Statements built from variable lists (IN (?, ?, ...)) differ in text; past this many the
    // cache prepares without keeping, rather than grow.
    static constexpr std::size_t Capacity = 160;

private:
    void giveBack(const QString& statement, quint64 generation, QSqlQuery&& query);

    QSqlDatabase& m_db;
    quint64 m_generation = 0; // moves on clear(): an older lease gives back nothing

    // An empty optional: the statement is out on a lease.
    std::unordered_map<QString, std::optional<QSqlQuery>> m_statements;
};

} // namespace equimark
