#include "CliSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

namespace equimark::test {

QStringList CliRun::errLines() const {
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("EQUIMARK_BUSY_TIMEOUT_MS")))
        env.insert(QStringLiteral("EQUIMARK_BUSY_TIMEOUT_MS"), QStringLiteral("400"));
    env.insert(QStringLiteral("EQUIMARK_USER"), QStringLiteral("CLI Test"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(EQUIMARK_CLI), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        throw std::runtime_error("equimark-cli could not be started");
    const bool finished = process.waitForFinished(60000);
    run.milliseconds = timer.elapsed();
    if (!finished)
        process.kill();
    process.waitForFinished(5000);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

void execSql(const QString& path, const QStringList& statements) {
    static int counter = 0;
    const QString name = QStringLiteral("cli-test-sql-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw std::runtime_error(db.lastError().text().toStdString());
        for (const auto& statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                throw std::runtime_error(
                    QString(statement + QStringLiteral(": ") + query.lastError().text())
                        .toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace equimark::test
