#pragma once

#include "Result.h"
#include "domain/Action.h"
#include "interchange/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace equimark {

class SchoolFile;

// The action plan as a CSV file (docs/csv-format.md): one header row naming the columns,
// then one action per row. Export writes every column in columns() order through
// CsvWriter; import reads through CsvReader and checks every row against the file's
// equality-mark framework before anything is written, then adds all rows in one
// transaction. A bad file is rejected whole with the line and column of the first problem.
class ActionCsv {
    Q_DECLARE_TR_FUNCTIONS(ActionCsv)

public:
    explicit ActionCsv(SchoolFile& file)
        : m_file(file) {}

    // The header row: title, strands, element, owner, start, due, success criteria, cost,
    // status. These words are part of the file format and are not translated.
    static QStringList columns();

    // Every action of the plan, in the plan's order (due date, undated last).
    Result<QByteArray> exportCsv();
    // exportCsv() written to `path` whole or not at all (QSaveFile).
    Status exportToFile(const QString& path);

    // The actions a CSV file describes, checked but not added. On Code::Invalid,
    // `problem` (when given) holds the line, column and reason.
    Result<std::vector<Action>> parse(const QByteArray& bytes, CsvProblem* problem = nullptr);
    // The same for rows CsvReader has already read (CsvReader::readFile()).
    Result<std::vector<Action>> parse(const std::vector<CsvRow>& rows,
                                      CsvProblem* problem = nullptr);
    // parse(), then adds every action in one transaction: all of them or none. Returns how
    // many were added (0 for a file with only the header row).
    Result<int> import(const QByteArray& bytes, CsvProblem* problem = nullptr);
    Result<int> import(const std::vector<CsvRow>& rows, CsvProblem* problem = nullptr);

private:
    SchoolFile& m_file;
};

} // namespace equimark
