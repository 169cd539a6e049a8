#include "storage/Transaction.h"

#include "storage/FileOps.h"
#include "storage/SchoolFile.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace equimark {

Transaction::Transaction(SchoolFile& file)
    : m_file(file) {}

Transaction::~Transaction() {
    rollback();
}

Status Transaction::begin() {
    if (m_file.isReadOnly())
        return Error::make(Error::Code::ReadOnly,
                           SchoolFile::tr("This school file is open read-only (%1); the change "
                                          "was not saved.")
                               .arg(m_file.readOnlyReason()));
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query.lastError());
    m_open = true;
    return {};
}

Status Transaction::commit() {
    // Lets a fault test kill the process, or try a second writer, while the edit is written
    // but not committed.
    fileops::stallForTests("EQUIMARK_TEST_STALL_COMMIT_MS");
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const auto error = sqlError(query.lastError());
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void Transaction::rollback() {
    if (!m_open)
        return;
    QSqlQuery query(m_file.database());
    query.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace equimark
