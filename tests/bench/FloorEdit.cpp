#include "FloorEdit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <stdexcept>

namespace equimark::bench {

namespace {

void run(QSqlQuery& query, const QString& sql) {
    if (!query.exec(sql))
        throw std::runtime_error("floor edit: " + sql.toStdString());
}

} // namespace

Figure floorEdit(const QString& folder, int edits) {
    const QString path = folder + QStringLiteral("/floor-edit.sqlite");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    const QString connection = QStringLiteral("bench-floor-edit");
    Figure figure = Figure::named(QStringLiteral("floor.edit-one-row"), QStringLiteral("ms"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            throw std::runtime_error("floor edit: cannot open its file");
        QSqlQuery query(db);
        run(query, QStringLiteral("PRAGMA journal_mode = DELETE"));
        run(query, QStringLiteral("PRAGMA synchronous = FULL"));
        run(query, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)"));
        run(query, QStringLiteral("BEGIN"));
        for (int row = 0; row < 1000; ++row)
            run(query, QStringLiteral("INSERT INTO t (value) VALUES ('a row of the floor')"));
        run(query, QStringLiteral("COMMIT"));
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE t SET value = ? WHERE id = ?"));
        for (int i = 0; i < edits; ++i) {
            QElapsedTimer timer;
            timer.start();
            run(query, QStringLiteral("BEGIN IMMEDIATE"));
            update.addBindValue(QStringLiteral("edit %1").arg(i));
            update.addBindValue(i % 1000 + 1);
            if (!update.exec())
                throw std::runtime_error("floor edit: the update failed");
            run(query, QStringLiteral("COMMIT"));
            figure.values.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QFile::remove(path);
    return figure;
}

} // namespace equimark::bench
