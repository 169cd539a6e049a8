#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace equimark {

class SchoolFile;

// What a check found: one sentence per problem, naming the record.
struct CheckReport {
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// Checks a school file as a whole: SQLite's own integrity check, foreign keys, and the
// rules the repositories keep (framework ids that resolve, verified summaries with a date,
// ...). Only reads. An error is returned when the file could not be read at all; problems
// found in a readable file are the report.
class SchoolChecker {
    Q_DECLARE_TR_FUNCTIONS(SchoolChecker)

public:
    explicit SchoolChecker(SchoolFile& file)
        : m_file(file) {}

    Result<CheckReport> run();

private:
    SchoolFile& m_file;
};

} // namespace equimark
