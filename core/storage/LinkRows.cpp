#include "storage/LinkRows.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <algorithm>

namespace equimark::links {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LinkRows)
};

Result<bool> exists(QSqlDatabase& db, const QString& table, qint64 id) {
    auto found = sql::run(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!found)
        return found.error();
    return found->next();
}

} // namespace

QList<qint64> uniqueIds(const QList<qint64>& ids) {
    QList<qint64> result;
    for (qint64 id : ids) {
        if (!result.contains(id))
            result << id;
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString idsText(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

Status checkExist(QSqlDatabase& db, const QList<qint64>& evidenceIds,
                  const QList<qint64>& actionIds) {
    for (qint64 id : evidenceIds) {
        auto found = exists(db, QStringLiteral("evidence"), id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(Error::Code::NotFound,
                               Text::tr("There is no evidence %1 in this file; it may have been "
                                        "removed.")
                                   .arg(id));
    }
    for (qint64 id : actionIds) {
        auto found = exists(db, QStringLiteral("action"), id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(Error::Code::NotFound,
                               Text::tr("There is no action %1 in this file; it may have been "
                                        "removed.")
                                   .arg(id));
    }
    return {};
}

Status read(QSqlDatabase& db, const QString& table, const QString& idColumn, const QString& where,
            const QVariantList& values, const std::function<void(const QString&, qint64)>& add) {
    auto rows = sql::run(
        db,
        QStringLiteral("SELECT criterion_id, %1 FROM %2%3 ORDER BY %1").arg(idColumn, table, where),
        values);
    if (!rows)
        return rows.error();
    while (rows->next())
        add(rows->value(0).toString(), rows->value(1).toLongLong());
    return {};
}

Status replace(QSqlDatabase& db, const QString& table, const QStringList& keyColumns,
               const QVariantList& keys, const QString& idColumn, const QList<qint64>& ids) {
    QStringList conditions;
    for (const auto& column : keyColumns)
        conditions << column + QStringLiteral(" = ?");
    auto cleared = sql::run(db,
                            QStringLiteral("DELETE FROM %1 WHERE %2")
                                .arg(table, conditions.join(QStringLiteral(" AND "))),
                            keys);
    if (!cleared)
        return cleared.error();
    const QString insert = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4?)")
                               .arg(table, keyColumns.join(QStringLiteral(", ")), idColumn,
                                    QStringLiteral("?, ").repeated(keyColumns.size()));
    for (qint64 id : ids) {
        auto inserted = sql::run(db, insert, QVariantList(keys) << id);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace equimark::links
