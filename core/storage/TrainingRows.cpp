#include "storage/TrainingRows.h"

#include "storage/ChangeHistory.h"
#include "storage/PortfolioRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace equimark::training_rows {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingRows)
};
} // namespace

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

Error idTaken(const QString& what, qint64 id) {
    return Error::make(Error::Code::Invalid,
                       Text::tr("\"%1\" cannot be put back: number %2 is already in use in this "
                                "file.")
                           .arg(what)
                           .arg(id));
}

Error noSuchProgramme(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       Text::tr("There is no training programme %1 in this file; it may have "
                                "been removed.")
                           .arg(id));
}

Error unknownProgramme(qint64 id) {
    return Error::make(Error::Code::Invalid,
                       Text::tr("There is no training programme %1 in this file to link to; it "
                                "may have been removed.")
                           .arg(id));
}

Result<QList<qint64>> existing(SchoolFile& file, const QString& table, const QList<qint64>& ids,
                               bool drop, const QString& missingText) {
    QList<qint64> kept;
    for (qint64 id : portfolio_rows::uniqueIds(ids)) {
        auto found = portfolio_rows::exists(file, table, id);
        if (!found)
            return found.error();
        if (*found)
            kept << id;
        else if (!drop)
            return Error::make(Error::Code::Invalid, missingText.arg(id));
    }
    return kept;
}

Status deleteRow(SchoolFile& file, const QString& table, const QString& entity, qint64 id,
                 const QString& name) {
    auto removed =
        sql::run(file.database(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (!removed)
        return removed.error();
    return ChangeHistory(file).record(entity, QString::number(id), {}, name, QVariant());
}

} // namespace equimark::training_rows
