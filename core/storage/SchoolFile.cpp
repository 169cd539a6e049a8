#include "storage/SchoolFile.h"

#include "storage/FileOps.h"
#include "storage/FrameworkRepository.h"
#include "storage/Migrations.h"
#include "storage/SchoolRepository.h"
#include "storage/SqlError.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace equimark {

namespace {

QAtomicInteger<quint64> connectionCounter;

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

bool runPragma(QSqlDatabase& db, const QString& sql, QVariant* value, QSqlError* error) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return false;
    }
    if (value)
        *value = query.next() ? query.value(0) : QVariant();
    return true;
}

// Everything SQLite's header tells us, read with a plain file read so that a foreign or
// newer file is refused before SQLite (which may write, e.g. to roll back a journal) opens it.
struct Header {
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

Result<Header> readHeader(const QString& path) {
    auto bytes = fileops::readHeader(path, 100);
    if (!bytes)
        return bytes.error();
    const QByteArray& data = *bytes;
    if (data.isEmpty())
        return Error::make(
            Error::Code::NotSchoolFile,
            SchoolFile::tr("%1 is empty: it is not an Equimark school file.").arg(native(path)));
    if (data.size() < 100 || !data.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::make(Error::Code::NotSchoolFile,
                           SchoolFile::tr("%1 is not an Equimark school file (it is not a "
                                          "database at all; perhaps a document renamed).")
                               .arg(native(path)));
    Header header;
    header.userVersion = qFromBigEndian<quint32>(data.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(data.constData() + 68);
    return header;
}

Status checkIdentity(const QString& path, quint32 applicationId, quint32 userVersion) {
    if (applicationId != SchoolFile::ApplicationId)
        return Error::make(Error::Code::NotSchoolFile,
                           SchoolFile::tr("%1 is a database of another program, not an "
                                          "Equimark school file.")
                               .arg(native(path)));
    if (userVersion == 0)
        return Error::make(Error::Code::Damaged,
                           SchoolFile::tr("%1 was never finished being created and holds no "
                                          "school.")
                               .arg(native(path)));
    if (static_cast<int>(userVersion) > SchoolFile::schemaVersion())
        return Error::make(Error::Code::NewerVersion,
                           SchoolFile::tr("%1 was made by a newer version of Equimark (file "
                                          "version %2; this version reads up to %3). Install the "
                                          "newer Equimark to open it; the file was not changed.")
                               .arg(native(path))
                               .arg(userVersion)
                               .arg(SchoolFile::schemaVersion()));
    return {};
}

// A damaged file gets one sentence that says what to do, whatever part of it SQLite tripped
// over first; SQLite's own words (a schema line, a quick_check finding) stay short in brackets.
Error damagedFile(const QString& path, const QString& sqliteDetail) {
    QStringList lines = sqliteDetail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // quick_check opens its report with "*** in database main ***", which tells nobody anything.
    lines.removeIf([](const QString& line) { return line.startsWith(u"***"); });
    QString detail = lines.value(0).simplified();
    if (detail.isEmpty())
        detail = SchoolFile::tr("its contents do not add up");
    constexpr int MaxDetail = 120;
    if (detail.size() > MaxDetail)
        detail = detail.left(MaxDetail - 3) + QStringLiteral("...");
    return Error::make(Error::Code::Damaged,
                       SchoolFile::tr("%1 is damaged and cannot be opened safely (%2). Open your "
                                      "most recent backup copy instead; this file was not "
                                      "changed.")
                           .arg(native(path), detail));
}

// What the first reads of a file report, in the same words as the checks before them.
Error openingError(const QString& path, const QSqlError& error) {
    const Error mapped = sqlError(error);
    if (mapped.code == Error::Code::Damaged)
        return damagedFile(path, error.databaseText());
    if (mapped.code == Error::Code::NotSchoolFile)
        return Error::make(Error::Code::NotSchoolFile,
                           SchoolFile::tr("%1 is not an Equimark school file (SQLite cannot read "
                                          "it as a database).")
                               .arg(native(path)));
    return sqlError(error, SchoolFile::tr("Opening %1").arg(native(path)));
}

QString migrationBackupName(const QString& path, int fromVersion) {
    const QFileInfo info(path);
    QString candidate;
    for (int n = 0;; ++n) {
        candidate =
            info.absoluteDir().filePath(QStringLiteral("%1.v%2-backup%3.%4")
                                            .arg(info.completeBaseName())
                                            .arg(fromVersion)
                                            .arg(n == 0 ? QString() : QStringLiteral("-%1").arg(n))
                                            .arg(QLatin1String(SchoolFile::Extension)));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

int SchoolFile::schemaVersion() {
    return Migrations::latestVersion();
}

int SchoolFile::defaultBusyTimeout() {
    // Tests of the "in use" path shorten the wait; users get a few seconds.
    const int fromEnv = qEnvironmentVariableIntValue("EQUIMARK_BUSY_TIMEOUT_MS");
    return fromEnv > 0 ? fromEnv : 3000;
}

SchoolFile::~SchoolFile() {
    if (m_check.valid())
        m_check.wait();
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_updatedCopy.isEmpty())
        QFile::remove(m_updatedCopy);
}

Result<std::unique_ptr<SchoolFile>> SchoolFile::openUpdatedCopy(std::unique_ptr<SchoolFile> file,
                                                                int fileVersion) {
    // An older file that cannot be written here (read-only media, a visit laptop's USB stick,
    // a read-only CLI command) is read from an updated private copy; the original is untouched.
    const QString original = file->m_path;
    const QString copy = fileops::temporarySibling(
        QDir(QDir::tempPath()).filePath(QFileInfo(original).fileName()), QStringLiteral("updated"));
    if (auto saved = file->backupTo(copy); !saved)
        return saved.error();
    file.reset();
    {
        auto writable = connect(copy, false);
        if (!writable) {
            QFile::remove(copy);
            return writable.error();
        }
        Status migrated = (*writable)->configure();
        if (migrated)
            migrated = Migrations::apply((*writable)->m_db, fileVersion, schemaVersion());
        if (!migrated) {
            writable = Error{};
            QFile::remove(copy);
            return migrated.error();
        }
    }
    auto reader = connect(copy, true);
    if (!reader) {
        QFile::remove(copy);
        return reader.error();
    }
    auto& updated = *reader;
    updated->m_updatedCopy = copy;
    updated->m_path = original;
    updated->m_readOnly = true;
    updated->m_readOnlyReason =
        tr("it was made by an older version of Equimark and cannot be updated where it is; "
           "open it from a folder you can write to, to update it and make changes");
    if (auto configured = updated->configure(); !configured)
        return configured.error();
    return reader;
}

Result<std::unique_ptr<SchoolFile>> SchoolFile::connect(const QString& path, bool readOnly) {
    std::unique_ptr<SchoolFile> file(new SchoolFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    file->m_readOnly = readOnly;
    file->m_connection = QStringLiteral("equimark-%1").arg(++connectionCounter);
    file->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connection);
    file->m_db.setDatabaseName(file->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(defaultBusyTimeout());
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    file->m_db.setConnectOptions(options);
    if (!file->m_db.open())
        return sqlError(file->m_db.lastError(), tr("Opening %1").arg(native(path)));
    return file;
}

Status SchoolFile::configure() {
    QSqlError error;
    // These settings belong to the connection and write nothing to the file.
    for (const auto* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF",
                               "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON"}) {
        // Preparing any statement reads the schema: a damaged one shows here first.
        if (!runPragma(m_db, QLatin1String(pragma), nullptr, &error))
            return openingError(m_path, error);
    }
    return {};
}

Status SchoolFile::verifyIdentity() {
    QSqlError error;
    QVariant appId;
    QVariant version;
    // The first real read: SQLite opens lazily, so this is where a damaged file shows.
    if (!runPragma(m_db, QStringLiteral("PRAGMA application_id"), &appId, &error) ||
        !runPragma(m_db, QStringLiteral("PRAGMA user_version"), &version, &error))
        return openingError(m_path, error);
    if (auto identity = checkIdentity(m_path, static_cast<quint32>(appId.toLongLong()),
                                      static_cast<quint32>(version.toLongLong()));
        !identity)
        return identity;
    return {};
}

Status SchoolFile::checkWholeFile(QSqlDatabase& db, const QString& path) {
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        return openingError(path, check.lastError());
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (!problems.isEmpty())
        return damagedFile(path, problems.join(QLatin1Char('\n')));
    return {};
}

// Runs in a thread of its own: a connection belongs to the thread that made it.
Status SchoolFile::checkOnOwnConnection(const QString& path) {
    const QString name = QStringLiteral("equimark-check-%1").arg(++connectionCounter);
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY")
                                 .arg(defaultBusyTimeout()));
        verdict = db.open() ? checkWholeFile(db, path) : openingError(path, db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Status SchoolFile::intact() {
    if (m_check.valid())
        m_verdict = m_check.get();
    return m_verdict;
}

Result<std::unique_ptr<SchoolFile>> SchoolFile::open(const QString& path, Access access,
                                                     const QString& requestedReason, Check check) {
    const QFileInfo info(path);
    if (info.isDir())
        return Error::make(Error::Code::NotSchoolFile,
                           tr("%1 is a folder, not a school file.").arg(native(path)));
    if (!info.exists())
        return Error::make(Error::Code::NotFound,
                           tr("%1 does not exist or cannot be reached.").arg(native(path)));
    // A pipe or a device would block the header read below (a pipe waits for a writer) or
    // never end; only an ordinary file (or a link to one) can be a school file.
    if (!info.isFile())
        return Error::make(Error::Code::NotSchoolFile,
                           tr("%1 is not an ordinary file (perhaps a pipe or a device), so it is "
                              "not an Equimark school file.")
                               .arg(native(path)));

    auto header = readHeader(path);
    if (!header)
        return header.error();
    // Zero is let through here: a hot journal may hold the real header, checked again below.
    if (header->applicationId != 0 || header->userVersion != 0) {
        if (auto identity = checkIdentity(path, header->applicationId, header->userVersion);
            !identity)
            return identity.error();
    }

    bool readOnly = access == Access::ReadOnly;
    QString reason;
    if (readOnly) {
        reason = requestedReason.isEmpty() ? tr("opened read-only on request") : requestedReason;
    } else if (!info.isWritable()) {
        readOnly = true;
        reason = tr("the file cannot be written here");
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite writes its rollback journal beside the file: no folder access, no edits.
        readOnly = true;
        reason = tr("the folder holding the file cannot be written");
    }

    auto connected = connect(path, readOnly);
    if (!connected)
        return connected;
    auto& file = *connected;
    file->m_readOnlyReason = reason;
    if (auto configured = file->configure(); !configured)
        return configured.error();
    QVariant version;
    QSqlError error;
    if (auto verified = file->verifyIdentity(); !verified)
        return verified.error();
    runPragma(file->m_db, QStringLiteral("PRAGMA user_version"), &version, &error);
    const int fileVersion = version.toInt();
    // An older file is migrated (or its copy is) only once the whole of it has been read.
    // Only when asked for read-only: an open for editing that fell back to read-only is
    // checked first, as its caller expects.
    if (check == Check::Alongside && access == Access::ReadOnly && fileVersion == schemaVersion()) {
        file->m_check =
            std::async(std::launch::async, &SchoolFile::checkOnOwnConnection, file->m_path);
    } else if (auto whole = checkWholeFile(file->m_db, file->m_path); !whole) {
        return whole.error();
    }
    if (fileVersion < schemaVersion()) {
        if (readOnly)
            return openUpdatedCopy(std::move(file), fileVersion);
        const QString backup = migrationBackupName(file->m_path, fileVersion);
        if (auto saved = file->backupTo(backup); !saved)
            return Error::make(saved.error().code,
                               tr("%1 needs updating, but the backup copy could not be written "
                                  "first (%2); the file was not changed.")
                                   .arg(native(path), saved.errorMessage()));
        if (auto migrated = Migrations::apply(file->m_db, fileVersion, schemaVersion()); !migrated)
            return migrated.error();
        file->m_migrationBackup = backup;
    }

    QVariant mode;
    runPragma(file->m_db, QStringLiteral("PRAGMA journal_mode"), &mode, &error);
    if (!readOnly && mode.toString().compare(u"delete", Qt::CaseInsensitive) != 0) {
        // A file from elsewhere in WAL mode: a rollback journal travels safely on USB sticks.
        if (!runPragma(file->m_db, QStringLiteral("PRAGMA journal_mode = DELETE"), nullptr, &error))
            return sqlError(error, tr("Opening %1").arg(native(path)));
    }
    return connected;
}

Result<std::unique_ptr<SchoolFile>> SchoolFile::create(const QString& path, const School& school,
                                                       const std::vector<Framework>& frameworks) {
    const QFileInfo info(path);
    if (info.exists())
        return Error::make(Error::Code::Invalid,
                           tr("%1 already exists; choose another name.").arg(native(path)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::make(Error::Code::NotFound,
                           tr("The folder %1 does not exist.").arg(native(info.absolutePath())));
    if (school.name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("The school needs a name."));

    const QString temporary = fileops::temporarySibling(path, QStringLiteral("creating"));
    {
        auto connected = connect(temporary, false);
        if (!connected) {
            QFile::remove(temporary);
            return connected.error();
        }
        auto& file = *connected;
        QSqlError error;
        auto fail = [&](const Error& why) {
            file.reset();
            QFile::remove(temporary);
            QFile::remove(temporary + QStringLiteral("-journal"));
            return Error::make(why.code,
                               tr("Could not create %1: %2").arg(native(path), why.message));
        };
        if (auto configured = file->configure(); !configured)
            return fail(configured.error());
        if (!runPragma(file->m_db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                       nullptr, &error) ||
            !runPragma(file->m_db, QStringLiteral("PRAGMA journal_mode = DELETE"), nullptr, &error))
            return fail(sqlError(error));
        if (auto migrated = Migrations::apply(file->m_db, 0, schemaVersion()); !migrated)
            return fail(migrated.error());
        if (auto stored = SchoolRepository(*file).create(school); !stored)
            return fail(stored.error());
        FrameworkRepository frameworkStore(*file);
        for (const auto& framework : frameworks) {
            if (auto added = frameworkStore.add(framework); !added)
                return fail(added.error());
        }
        file.reset();
    }
    if (auto synced = fileops::syncFile(temporary); !synced) {
        QFile::remove(temporary);
        return synced.error();
    }
    // QFile::rename refuses to replace: a file that appeared meanwhile is never overwritten.
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error::make(
            Error::Code::Io,
            tr("Could not create %1: the name could not be taken.").arg(native(path)));
    }
    return open(path);
}

Status SchoolFile::backupTo(const QString& target) {
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (absoluteTarget == m_path)
        return Error::make(Error::Code::Invalid,
                           tr("A copy cannot be saved over the open file itself."));
    if (!QFileInfo(QFileInfo(absoluteTarget).absolutePath()).isDir())
        return Error::make(Error::Code::NotFound,
                           tr("The folder for %1 does not exist.").arg(native(target)));
    // A copy interrupted earlier (a killed process, a power cut) left its temporary here.
    fileops::removeAbandonedTemporaries(absoluteTarget, QStringLiteral("copy"));
    const QString temporary = fileops::temporarySibling(absoluteTarget, QStringLiteral("copy"));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        const auto error = sqlError(query.lastError(), tr("Saving a copy"));
        QFile::remove(temporary);
        return error;
    }
    if (auto synced = fileops::syncFile(temporary); !synced) {
        QFile::remove(temporary);
        return synced;
    }
    fileops::stallForTests("EQUIMARK_TEST_STALL_WRITE_MS");
    if (auto moved = fileops::replaceFile(temporary, absoluteTarget); !moved) {
        QFile::remove(temporary);
        return moved;
    }
    return {};
}

Result<qint64> SchoolFile::dataVersion() {
    // Asked before every cached read of the frameworks: a kept statement, not a parse each time.
    auto query = m_statements.run(QStringLiteral("PRAGMA data_version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

void SchoolFile::setUnpublished(bool unpublished) {
    QSqlQuery query(m_db);
    query.exec(unpublished ? QStringLiteral("PRAGMA synchronous = OFF")
                           : QStringLiteral("PRAGMA synchronous = FULL"));
}

void SchoolFile::setBusyTimeout(int milliseconds) {
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

} // namespace equimark
