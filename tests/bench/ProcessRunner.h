#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace equimark::bench {

// Runs a whole program and measures it as a user's shell would: wall time from the spawn
// to its exit, and its peak resident memory (from the kernel's accounting of the child).
class ProcessRunner {
public:
    struct Run {
        bool ok = false; // started and exited with status 0
        double milliseconds = 0;
        double peakMiB = 0;
        QString error;
    };

    // `environment` is added to (and overrides) this process's environment.
    static Run run(const QString& program, const QStringList& arguments,
                   const QMap<QString, QString>& environment = {}, int timeoutMs = 120000);
};

} // namespace equimark::bench
