#include "storage/Transaction.h"

#include "storage/FileOps.h"
#include "storage/SchoolFile.h"

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
    if (auto begun = m_file.statements().run(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    m_open = true;
    return {};
}

Status Transaction::commit() {
    // Lets a fault test kill the process, or try a second writer, while the edit is written
    // but not committed.
    fileops::stallForTests("EQUIMARK_TEST_STALL_COMMIT_MS");
    if (auto committed = m_file.statements().run(QStringLiteral("COMMIT")); !committed) {
        const auto error = committed.error();
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void Transaction::rollback() {
    if (!m_open)
        return;
    // Nothing to report if it fails: SQLite has then rolled back already.
    (void)m_file.statements().run(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace equimark
