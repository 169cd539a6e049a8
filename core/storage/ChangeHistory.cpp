#include "storage/ChangeHistory.h"

#include "storage/SchoolFile.h"
#include "storage/Sql.h"

namespace equimark {

Status ChangeHistory::record(const QString& entity, const QString& entityId, const QString& field,
                             const QVariant& oldValue, const QVariant& newValue) {
    auto result = sql::run(m_file.database(),
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
    auto query =
        sql::run(m_file.database(),
                 QStringLiteral("SELECT id, at, who, entity, entity_id, field, old_value, "
                                "new_value FROM history WHERE at >= ? ORDER BY id LIMIT ?"),
                 {from.isValid() ? from.toUTC().toString(Qt::ISODateWithMs) : QString(), limit});
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

} // namespace equimark
