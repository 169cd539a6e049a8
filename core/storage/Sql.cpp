#include "storage/Sql.h"

#include "storage/SqlError.h"

#include <QDateTime>
#include <QSqlError>

namespace equimark::sql {

Result<QSqlQuery> run(QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return sqlError(query.lastError());
    bind(query, values);
    if (!query.exec())
        return sqlError(query.lastError());
    return query;
}

void bind(QSqlQuery& query, const QVariantList& values) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        // Qt binds a null QString as NULL; for us only an invalid QVariant means NULL, and
        // text that was never set is simply empty.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
}

QVariant date(const QDate& value) {
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestamp() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace equimark::sql
