#include "CliSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace equimark::test {

QStringList CliRun::errLines() const {
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

namespace {

QProcessEnvironment cliEnvironment(const QMap<QString, QString>& environment) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("EQUIMARK_BUSY_TIMEOUT_MS")))
        env.insert(QStringLiteral("EQUIMARK_BUSY_TIMEOUT_MS"), QStringLiteral("400"));
    env.insert(QStringLiteral("EQUIMARK_USER"), QStringLiteral("CLI Test"));
    // The CLI speaks the system's language; the tests read its English unless they ask.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

CliRun runProgram(const QString& program, const QStringList& arguments,
                  const QProcessEnvironment& env) {
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
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

} // namespace

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment) {
    return runProgram(QStringLiteral(EQUIMARK_CLI), arguments, cliEnvironment(environment));
}

void startCli(QProcess& process, const QStringList& arguments,
              const QMap<QString, QString>& environment) {
    process.setProcessEnvironment(cliEnvironment(environment));
    process.start(QStringLiteral(EQUIMARK_CLI), arguments);
    if (!process.waitForStarted(10000))
        throw std::runtime_error("equimark-cli could not be started");
}

bool runningAsRoot() {
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

CliRun runCliUnprivileged(const QStringList& arguments, const QMap<QString, QString>& environment) {
    if (!runningAsRoot())
        return runCli(arguments, environment);
    // nobody cannot read root's home: give Qt a home and runtime folder it may use.
    QMap<QString, QString> env = environment;
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    return runProgram(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral(EQUIMARK_CLI)} +
                          arguments,
                      cliEnvironment(env));
}

QVariantList sqlColumn(const QString& path, const QString& sql) {
    static int counter = 0;
    const QString name = QStringLiteral("cli-test-read-%1").arg(++counter);
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw std::runtime_error(db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw std::runtime_error(
                QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
        while (query.next())
            values << query.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
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
