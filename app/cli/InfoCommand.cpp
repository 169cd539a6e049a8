#include "InfoCommand.h"

#include "domain/Action.h"
#include "domain/School.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace equimark::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("InfoCommand", text);
}

Result<QJsonArray> frameworksJson(SchoolFile& file) {
    auto frameworks = FrameworkRepository(file).all();
    if (!frameworks)
        return frameworks.error();
    QJsonArray list;
    for (const auto& framework : *frameworks) {
        QJsonArray strands;
        for (const auto& strand : framework.strands)
            strands.append(QJsonObject{{QStringLiteral("id"), strand.id},
                                       {QStringLiteral("name"), strand.name}});
        list.append(QJsonObject{{QStringLiteral("id"), framework.id},
                                {QStringLiteral("name"), framework.name},
                                {QStringLiteral("version"), framework.version},
                                {QStringLiteral("kind"), Framework::kindId(framework.kind)},
                                {QStringLiteral("strands"), strands}});
    }
    return list;
}

Result<QJsonArray> auditsJson(SchoolFile& file) {
    AuditRepository repository(file);
    auto audits = repository.audits();
    if (!audits)
        return audits.error();
    QJsonArray list;
    for (const auto& audit : *audits) {
        auto progress = repository.progress(audit.id);
        if (!progress)
            return progress.error();
        list.append(QJsonObject{{QStringLiteral("year"), audit.year.toString()},
                                {QStringLiteral("framework"), audit.frameworkId},
                                {QStringLiteral("judged"), progress->judged},
                                {QStringLiteral("total"), progress->total}});
    }
    return list;
}

Result<QJsonArray> badgesJson(SchoolFile& file) {
    auto badges = AccreditationRepository(file).badges();
    if (!badges)
        return badges.error();
    QJsonArray list;
    for (const auto& badge : *badges)
        list.append(
            QJsonObject{{QStringLiteral("strand"), badge.strandId},
                        {QStringLiteral("framework"), badge.frameworkId},
                        {QStringLiteral("awardedOn"), badge.awardedOn.toString(Qt::ISODate)}});
    return list;
}

QString strandName(const QJsonArray& frameworks, const QString& strandId) {
    for (const auto& framework : frameworks) {
        for (const auto& strand : framework.toObject().value(u"strands").toArray()) {
            if (strand.toObject().value(u"id").toString() == strandId)
                return strand.toObject().value(u"name").toString();
        }
    }
    return strandId;
}

void printText(QTextStream& out, const QJsonObject& info) {
    const QJsonObject school = info.value(u"school").toObject();
    auto line = [&out](const QString& label, const QString& value) {
        out << label << ' ' << value << '\n';
    };
    line(tr("School:"), school.value(u"name").toString());
    if (!school.value(u"urn").toString().isEmpty())
        line(tr("URN:"), school.value(u"urn").toString());
    const auto phase = phaseFromId(school.value(u"phase").toString());
    line(tr("Phase:"), phase ? phaseLabel(*phase) : school.value(u"phase").toString());
    if (!school.value(u"localAuthority").toString().isEmpty())
        line(tr("Local authority:"), school.value(u"localAuthority").toString());
    line(tr("File version:"), QString::number(info.value(u"schemaVersion").toInt()));

    const QJsonArray frameworks = info.value(u"frameworks").toArray();
    out << tr("Frameworks:") << '\n';
    for (const auto& value : frameworks) {
        const QJsonObject framework = value.toObject();
        out << "  " << framework.value(u"name").toString() << ' '
            << framework.value(u"version").toString() << " (" << framework.value(u"id").toString()
            << ")";
        const int strands = static_cast<int>(framework.value(u"strands").toArray().size());
        if (strands > 0)
            out << ": " << tr("%1 strands").arg(strands);
        out << '\n';
    }

    const QJsonArray audits = info.value(u"audits").toArray();
    out << tr("Audits:") << (audits.isEmpty() ? QStringLiteral(" ") + tr("none yet") : QString())
        << '\n';
    for (const auto& value : audits) {
        const QJsonObject audit = value.toObject();
        out << "  "
            << tr("%1: %2 of %3 statements judged")
                   .arg(audit.value(u"year").toString())
                   .arg(audit.value(u"judged").toInt())
                   .arg(audit.value(u"total").toInt())
            << '\n';
    }

    QStringList byStatus;
    const QJsonObject counts = info.value(u"actionsByStatus").toObject();
    for (const auto& id : actionStatusIds()) {
        const int count = counts.value(id).toInt();
        if (count > 0)
            byStatus << QStringLiteral("%1 %2")
                            .arg(actionStatusLabel(*actionStatusFromId(id)))
                            .arg(count);
    }
    line(tr("Actions:"),
         QString::number(info.value(u"actions").toInt()) +
             (byStatus.isEmpty()
                  ? QString()
                  : QStringLiteral(" (") + byStatus.join(QStringLiteral(", ")) + QLatin1Char(')')));

    const QJsonArray badges = info.value(u"badges").toArray();
    out << tr("Badges:") << (badges.isEmpty() ? QStringLiteral(" ") + tr("none yet") : QString())
        << '\n';
    for (const auto& value : badges) {
        const QJsonObject badge = value.toObject();
        out << "  "
            << tr("%1, awarded %2")
                   .arg(strandName(frameworks, badge.value(u"strand").toString()),
                        badge.value(u"awardedOn").toString())
            << '\n';
    }
    out.flush();
}

} // namespace

Result<QJsonObject> describeSchoolFile(SchoolFile& file) {
    auto school = SchoolRepository(file).load();
    if (!school)
        return school.error();
    auto frameworks = frameworksJson(file);
    if (!frameworks)
        return frameworks.error();
    auto audits = auditsJson(file);
    if (!audits)
        return audits.error();
    auto counts = ActionRepository(file).statusCounts();
    if (!counts)
        return counts.error();
    auto badges = badgesJson(file);
    if (!badges)
        return badges.error();

    int actions = 0;
    QJsonObject byStatus;
    for (const auto& [status, count] : *counts) {
        actions += count;
        byStatus.insert(actionStatusId(status), count);
    }
    return QJsonObject{
        {QStringLiteral("schemaVersion"), SchoolFile::schemaVersion()},
        {QStringLiteral("path"), QDir::toNativeSeparators(file.path())},
        {QStringLiteral("school"),
         QJsonObject{{QStringLiteral("name"), school->name},
                     {QStringLiteral("urn"), school->urn},
                     {QStringLiteral("phase"), phaseId(school->phase)},
                     {QStringLiteral("localAuthority"), school->localAuthority}}},
        {QStringLiteral("frameworks"), *frameworks},
        {QStringLiteral("audits"), *audits},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("actionsByStatus"), byStatus},
        {QStringLiteral("badges"), *badges},
    };
}

Command infoCommand() {
    Command command;
    command.name = QStringLiteral("info");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--json]");
    command.description = tr("Shows the school, its frameworks, audits, actions and badges.");
    command.options = {QCommandLineOption(QStringLiteral("json"), tr("Print JSON for scripts."))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        auto info = describeSchoolFile(**file);
        if (!info)
            return app.fail(info.error());
        if (parser.isSet(QStringLiteral("json")))
            app.out() << QString::fromUtf8(QJsonDocument(*info).toJson(QJsonDocument::Indented))
                      << Qt::flush;
        else
            printText(app.out(), *info);
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace equimark::cli
