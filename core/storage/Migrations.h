#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

namespace equimark {

// The schema as numbered steps. Step N takes a file from user_version N-1 to N.
struct Migration {
    int version;
    const char* description;
    QStringList statements;
};

class Migrations {
public:
    static const std::vector<Migration>& all();
    static int latestVersion();

    // Applies the steps after `from` up to and including `to`, all inside one transaction,
    // and sets user_version: a process killed part-way leaves the file as it was.
    static Status apply(QSqlDatabase& db, int from, int to);
};

} // namespace equimark
