#include "storage/ChangeHistory.h"

#include "storage/SchoolFile.h"
#include "storage/Sql.h"

#include <QTime>
#include <algorithm>

namespace equimark {

namespace {

const QString columns = QStringLiteral(
    "SELECT id, at, who, entity, entity_id, field, old_value, new_value FROM history");

// Timestamps are stored as UTC ISO text, so a day in local time is a range of that text.
QString storedStartOf(const QDate& day) {
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QString likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause for a filter: fixed fragments only, every value bound.
QString whereClause(const HistoryFilter& filter, QVariantList& values) {
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << storedStartOf(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << storedStartOf(filter.to.addDays(1));
    }
    if (!filter.who.isEmpty()) {
        conditions << QStringLiteral("who = ?");
        values << filter.who;
    }
    if (!filter.entities.isEmpty()) {
        QStringList marks;
        for (const auto& entity : filter.entities) {
            marks << QStringLiteral("?");
            values << entity;
        }
        conditions << QStringLiteral("entity IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        QStringList anyOf;
        for (const char* column : {"entity_id", "field", "old_value", "new_value", "who"}) {
            anyOf << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            values << likePattern(text);
        }
        conditions << QLatin1Char('(') + anyOf.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.afterId > 0) {
        conditions << QStringLiteral("id > ?");
        values << filter.afterId;
    }
    if (filter.beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<std::vector<HistoryEntry>> readEntries(SchoolFile& file, const QString& statement,
                                              const QVariantList& values) {
    auto query = sql::run(file.database(), statement, values);
    if (!query)
        return query.error();
    std::vector<HistoryEntry> entries;
    while (query->next()) {
        HistoryEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
        entry.who = query->value(2).toString();
        entry.entity = query->value(3).toString();
        entry.entityId = query->value(4).toString();
        entry.field = query->value(5).toString();
        entry.oldValue = query->value(6).toString();
        entry.newValue = query->value(7).toString();
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

Status ChangeHistory::record(const QString& entity, const QString& entityId, const QString& field,
                             const QVariant& oldValue, const QVariant& newValue) {
    auto result = m_file.statements().run(
        QStringLiteral("INSERT INTO history (at, who, entity, entity_id, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::timestamp(), m_file.userName(), entity, entityId, field,
         oldValue.isNull() ? QVariant() : QVariant(oldValue.toString()),
         newValue.isNull() ? QVariant() : QVariant(newValue.toString())});
    if (!result)
        return result.error();
    return {};
}

Result<std::vector<HistoryEntry>> ChangeHistory::since(const QDateTime& from, int limit) {
    return readEntries(
        m_file, columns + QStringLiteral(" WHERE at >= ? ORDER BY id LIMIT ?"),
        {from.isValid() ? from.toUTC().toString(Qt::ISODateWithMs) : QString(), limit});
}

Result<std::vector<HistoryEntry>> ChangeHistory::find(const HistoryFilter& filter) {
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << filter.limit << std::max(0, filter.offset);
    return readEntries(m_file,
                       columns + where +
                           (filter.oldestFirst ? QStringLiteral(" ORDER BY id")
                                               : QStringLiteral(" ORDER BY id DESC")) +
                           QStringLiteral(" LIMIT ? OFFSET ?"),
                       values);
}

Result<qint64> ChangeHistory::count(const HistoryFilter& filter) {
    QVariantList values;
    const QString where = whereClause(filter, values);
    auto query =
        sql::run(m_file.database(), QStringLiteral("SELECT count(*) FROM history") + where, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QStringList> ChangeHistory::people() {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT DISTINCT who FROM history WHERE who <> ''"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) < 0;
    });
    return names;
}

} // namespace equimark
