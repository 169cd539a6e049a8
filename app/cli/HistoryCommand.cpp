// The change history from a script: what changed, who changed it, and when.
#include "CliApp.h"
#include "domain/HistoryDescription.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

// YYYY-MM-DD (from the start of that day, local time) or an ISO date-time (local time unless
// it names its zone). An invalid QDateTime when the text is neither.
QDateTime parseSince(const QString& text) {
    // QDate's ISO parser ignores anything after the date, so a date-time is read as one.
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? QDateTime(day, QTime(0, 0)) : QDateTime();
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonValue valueOrNull(const QString& value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toJson(const HistoryEntry& entry) {
    return {
        {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("who"), entry.who},
        {QStringLiteral("entity"), entry.entity},
        {QStringLiteral("entityId"), entry.entityId},
        {QStringLiteral("field"), entry.field},
        {QStringLiteral("old"), valueOrNull(entry.oldValue)},
        {QStringLiteral("new"), valueOrNull(entry.newValue)},
    };
}

// "2026-11-23 14:05  Amira Haddad  Audit judgement 2026-27/leadership.race.1  rating: amber →
// green": local time, plain text, one line per entry.
QString toLine(const HistoryEntry& entry) {
    const QString who = entry.who.isEmpty() ? QStringLiteral("-") : entry.who;
    return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral("  ") + who + QStringLiteral("  ") + historySubject(entry) +
           QStringLiteral("  ") + historyRawSummary(entry);
}

Command historyCommand() {
    Command command;
    command.name = QStringLiteral("history");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--since DATE] [--json]");
    command.description =
        Text::tr("Lists the change history, oldest first: when, who, what and the "
                 "old and new values.");
    command.options = {
        QCommandLineOption(QStringLiteral("since"),
                           Text::tr("Only changes made on or after this day (YYYY-MM-DD) or moment "
                                    "(YYYY-MM-DDTHH:MM, local time)."),
                           Text::tr("DATE")),
        QCommandLineOption(QStringLiteral("json"),
                           Text::tr("Print a JSON array of {at, who, entity, entityId, field, old, "
                                    "new}."))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        QDateTime since;
        if (parser.isSet(QStringLiteral("since"))) {
            const QString text = parser.value(QStringLiteral("since")).trimmed();
            since = parseSince(text);
            if (!since.isValid())
                return app.fail(InvalidRequest,
                                Text::tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. "
                                         "2026-11-23, or as 2026-11-23T14:00.")
                                    .arg(text));
        }
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        auto entries = ChangeHistory(**file).since(since);
        if (!entries)
            return app.fail(entries.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& entry : *entries)
                array.append(toJson(entry));
            app.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                      << Qt::flush;
            return static_cast<int>(Success);
        }
        for (const auto& entry : *entries)
            app.out() << toLine(entry) << '\n';
        app.out() << Qt::flush;
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace

void addHistoryCommands(std::vector<Command>& commands) {
    commands.push_back(historyCommand());
}

} // namespace equimark::cli
