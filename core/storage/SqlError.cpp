#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace equimark {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqlError)
};

// SQLite's primary result codes (sqlite3.h); the driver reports them as text.
enum SqliteCode {
    Busy = 5,
    LockedTable = 6,
    ReadOnlyDb = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADb = 26,
};
} // namespace

Error sqlError(const QSqlError& error, const QString& context) {
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    const int code = isNumber ? (native & 0xff) : -1;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();

    auto make = [&](Error::Code kind, const QString& message) {
        QString text = message;
        if (!context.isEmpty())
            text = context + QStringLiteral(": ") + text;
        return Error::make(kind, text);
    };

    switch (code) {
    case Busy:
    case LockedTable:
        return make(Error::Code::InUse,
                    Text::tr("the school file is in use by another window or program; nothing was "
                             "changed. Close it there, or wait a moment, and try again"));
    case Full:
        return make(
            Error::Code::Io,
            Text::tr("the disk is full; the change was not saved and the file is unchanged"));
    case ReadOnlyDb:
        return make(Error::Code::ReadOnly,
                    Text::tr("the school file is read-only here; the change was not saved"));
    case IoErr:
    case CantOpen:
        return make(
            Error::Code::Io,
            Text::tr("the school file could not be read or written (%1); the drive may have "
                     "been removed")
                .arg(detail));
    case Corrupt:
        return make(Error::Code::Damaged, Text::tr("the school file is damaged (%1)").arg(detail));
    case NotADb:
        return make(Error::Code::NotSchoolFile, Text::tr("this is not an Equimark school file"));
    case Constraint:
        return make(Error::Code::Invalid,
                    Text::tr("the change breaks a rule of the file (%1)").arg(detail));
    default:
        break;
    }
    return make(Error::Code::Io, Text::tr("database error: %1").arg(detail));
}

} // namespace equimark
