#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace equimark::test {

// What one run of the built equimark-cli did.
struct CliRun {
    int exitCode = -1; // -1 when it crashed or did not finish in time
    QString out;
    QString err;
    qint64 milliseconds = 0;

    // stderr split into its non-empty lines.
    QStringList errLines() const;
};

// Runs the equimark-cli built beside the tests (EQUIMARK_CLI) with `arguments`. The
// environment is the test's own, with offscreen Qt, a short busy timeout unless one is set,
// EQUIMARK_USER "CLI Test", the C locale (English), and `environment` on top.
CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {});

// Starts the equimark-cli with the environment runCli gives it and returns at once: for tests
// that kill it mid-write.
void startCli(QProcess& process, const QStringList& arguments,
              const QMap<QString, QString>& environment = {});

// Runs equimark-cli where file permissions bind: as the user "nobody" (through setpriv) when
// the tests run as root, who may write anything; directly otherwise.
CliRun runCliUnprivileged(const QStringList& arguments,
                          const QMap<QString, QString>& environment = {});

// Whether runCliUnprivileged switches user (the tests run as root).
bool runningAsRoot();

// The first column of every row `sql` returns, read through a connection of its own as the
// next session would (which rolls back a journal a killed writer left).
QVariantList sqlColumn(const QString& path, const QString& sql);

// Runs SQL on a file through a connection of its own, as another program would: used to
// damage files and to make foreign or newer ones.
void execSql(const QString& path, const QStringList& statements);

} // namespace equimark::test
