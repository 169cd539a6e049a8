#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

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
// EQUIMARK_USER "CLI Test", and `environment` on top.
CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {});

// Runs SQL on a file through a connection of its own, as another program would: used to
// damage files and to make foreign or newer ones.
void execSql(const QString& path, const QStringList& statements);

} // namespace equimark::test
