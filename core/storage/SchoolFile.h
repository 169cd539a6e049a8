#pragma once

#include "Result.h"
#include "domain/Framework.h"
#include "domain/School.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace equimark {

// One school's .equimark file: a SQLite database with our application id, rollback
// journal and synchronous=FULL, foreign keys on. Every edit is its own transaction (see
// Transaction); there is no unsaved state. Opening never writes to a file it refuses.
class SchoolFile {
    Q_DECLARE_TR_FUNCTIONS(SchoolFile)

public:
    // "EQMK": stored in the SQLite header at offset 68 and asked for by `PRAGMA application_id`.
    static constexpr quint32 ApplicationId = 0x45514D4B;
    static constexpr const char* Extension = "equimark";

    enum class Access { ReadWrite, ReadOnly };
    // When a read-only open reads the whole file to refuse a damaged one (PRAGMA
    // quick_check). First: before open() returns, as every open for editing does. Alongside:
    // on a connection of its own while the caller reads (an export of a large file), which
    // must ask intact() before it hands anything it read to anyone.
    enum class Check { First, Alongside };

    static int schemaVersion();

    // Makes a new file at `path` (which must not exist) holding the school and a copy of
    // each framework. Built under a temporary name and renamed into place, so a killed
    // process leaves no half-made school file.
    static Result<std::unique_ptr<SchoolFile>> create(const QString& path, const School& school,
                                                      const std::vector<Framework>& frameworks);

    // Opens an existing file. A file this user cannot write opens read-only; an older
    // schema is migrated after a backup copy is written beside it (or, when the file cannot
    // be written, read from an updated temporary copy, leaving the original untouched).
    // `reason` says why a ReadOnly open was asked for (shown in the read-only banner).
    static Result<std::unique_ptr<SchoolFile>> open(const QString& path,
                                                    Access access = Access::ReadWrite,
                                                    const QString& reason = {},
                                                    Check check = Check::First);

    // The whole-file check's verdict (waiting for it when it runs alongside): a damaged file
    // fails here with the message open() gives for one.
    Status intact();

    ~SchoolFile();
    SchoolFile(const SchoolFile&) = delete;
    SchoolFile& operator=(const SchoolFile&) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Where the pre-migration copy went, when open() migrated the file.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // For repositories in core/storage only: the UI never writes SQL.
    QSqlDatabase& database() { return m_db; }
    // The same connection's prepared statements, for the reads and writes every edit repeats.
    StatementCache& statements() { return m_statements; }

    // Recorded on judgements, actions and the change history.
    QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name.trimmed(); }

    // A consistent copy (VACUUM INTO a temporary name, synced, renamed over `target`).
    // Works on read-only files; never a byte copy of the open file.
    Status backupTo(const QString& target);

    // Changes when another connection commits to the file (PRAGMA data_version).
    Result<qint64> dataVersion();

    // For a file being built under a temporary name that nobody else can see yet (the demo
    // school, generators): skips the per-commit fsync. The builder syncs once before publishing.
    void setUnpublished(bool unpublished);

    // Milliseconds a write waits for another program's lock before reporting "in use".
    void setBusyTimeout(int milliseconds);
    static int defaultBusyTimeout();

    // The frameworks as FrameworkRepository last read and parsed them on this connection,
    // with the file's data_version at the time: good until another program commits
    // (data_version moves) or FrameworkRepository changes a framework (it forgets them).
    struct ParsedFrameworks {
        qint64 dataVersion = -1;
        std::shared_ptr<const std::vector<Framework>> frameworks;
    };
    std::optional<ParsedFrameworks>& parsedFrameworks() { return m_parsedFrameworks; }

private:
    SchoolFile() = default;
    static Result<std::unique_ptr<SchoolFile>> connect(const QString& path, bool readOnly);
    static Result<std::unique_ptr<SchoolFile>> openUpdatedCopy(std::unique_ptr<SchoolFile> file,
                                                               int fileVersion);
    Status configure();
    Status verifyIdentity();
    static Status checkWholeFile(QSqlDatabase& db, const QString& path);
    static Status checkOnOwnConnection(const QString& path);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_migrationBackup;
    QString m_updatedCopy; // a temporary, updated copy of an older read-only file
    QString m_userName;
    std::future<Status> m_check; // the whole-file check, while it runs alongside
    Status m_verdict;
    std::optional<ParsedFrameworks> m_parsedFrameworks;
    StatementCache m_statements{m_db};
};

} // namespace equimark
