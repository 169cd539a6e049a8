#include "domain/HistoryDescription.h"

#include "domain/AccreditationSummary.h"
#include "domain/Action.h"
#include "domain/EvidenceItem.h"
#include "domain/Member.h"
#include "domain/Portfolio.h"
#include "domain/Rating.h"
#include "domain/School.h"
#include "domain/Visit.h"
#include "storage/ChangeHistory.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <algorithm>

namespace equimark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryDescription)
};

struct EntityInfo {
    const char* entity;
    const char* page;
    const char* label;
};

// Every entity name a repository records (grep `ChangeHistory(` / `record(` in core/storage).
const EntityInfo entities[] = {
    {"school", "overview", QT_TRANSLATE_NOOP("HistoryDescription", "School details")},
    {"framework", "race-charter", QT_TRANSLATE_NOOP("HistoryDescription", "Framework wording")},
    {"member", "reference-group",
     QT_TRANSLATE_NOOP("HistoryDescription", "Reference group member")},
    {"meeting", "reference-group",
     QT_TRANSLATE_NOOP("HistoryDescription", "Reference group meeting")},
    {"audit", "audit", QT_TRANSLATE_NOOP("HistoryDescription", "Audit year")},
    {"judgement", "audit", QT_TRANSLATE_NOOP("HistoryDescription", "Audit judgement")},
    {"delegation", "audit", QT_TRANSLATE_NOOP("HistoryDescription", "Audit delegation")},
    {"grid-cell", "summary-grid", QT_TRANSLATE_NOOP("HistoryDescription", "Summary grid cell")},
    {"action", "action-plan", QT_TRANSLATE_NOOP("HistoryDescription", "Action")},
    {"evidence", "evidence", QT_TRANSLATE_NOOP("HistoryDescription", "Evidence")},
    {"accreditation_summary", "accreditation",
     QT_TRANSLATE_NOOP("HistoryDescription", "Accreditation summary")},
    {"badge", "accreditation", QT_TRANSLATE_NOOP("HistoryDescription", "Badge")},
    {"visit", "accreditation", QT_TRANSLATE_NOOP("HistoryDescription", "Visit")},
    {"network_meeting", "accreditation",
     QT_TRANSLATE_NOOP("HistoryDescription", "Network meeting")},
    {"charter-judgement", "race-charter",
     QT_TRANSLATE_NOOP("HistoryDescription", "RACE Charter criterion")},
    {"charter-status", "race-charter",
     QT_TRANSLATE_NOOP("HistoryDescription", "RACE Charter award")},
    {"practitioner", "portfolios", QT_TRANSLATE_NOOP("HistoryDescription", "Practitioner")},
    {"portfolio", "portfolios", QT_TRANSLATE_NOOP("HistoryDescription", "LP portfolio")},
    {"impact", "portfolios", QT_TRANSLATE_NOOP("HistoryDescription", "Evidence of impact")},
    {"ambition-judgement", "ambitions",
     QT_TRANSLATE_NOOP("HistoryDescription", "Ambition criterion")},
    {"outcome", "outcomes", QT_TRANSLATE_NOOP("HistoryDescription", "Outcome figures")},
    {"outcome-settings", "outcomes", QT_TRANSLATE_NOOP("HistoryDescription", "Outcome settings")},
    {"person", "training", QT_TRANSLATE_NOOP("HistoryDescription", "Person (training)")},
    {"training-session", "training", QT_TRANSLATE_NOOP("HistoryDescription", "Training session")},
    {"attendance", "training", QT_TRANSLATE_NOOP("HistoryDescription", "Training attendance")},
    {"programme", "training", QT_TRANSLATE_NOOP("HistoryDescription", "Training programme")},
    {"rating", "training", QT_TRANSLATE_NOOP("HistoryDescription", "Confidence rating")},
    {"case-study", "training", QT_TRANSLATE_NOOP("HistoryDescription", "Case study")},
};

struct PageInfo {
    const char* id;
    const char* label;
};

// As the navigation list names them.
const PageInfo pages[] = {
    {"overview", QT_TRANSLATE_NOOP("HistoryDescription", "Overview")},
    {"reference-group", QT_TRANSLATE_NOOP("HistoryDescription", "Reference group")},
    {"audit", QT_TRANSLATE_NOOP("HistoryDescription", "Whole-School Audit")},
    {"summary-grid", QT_TRANSLATE_NOOP("HistoryDescription", "Summary grid")},
    {"action-plan", QT_TRANSLATE_NOOP("HistoryDescription", "Action plan")},
    {"evidence", QT_TRANSLATE_NOOP("HistoryDescription", "Evidence")},
    {"accreditation", QT_TRANSLATE_NOOP("HistoryDescription", "Accreditation")},
    {"race-charter", QT_TRANSLATE_NOOP("HistoryDescription", "RACE Charter")},
    {"portfolios", QT_TRANSLATE_NOOP("HistoryDescription", "LP portfolios")},
    {"ambitions", QT_TRANSLATE_NOOP("HistoryDescription", "Ambitions")},
    {"outcomes", QT_TRANSLATE_NOOP("HistoryDescription", "Outcomes")},
    {"training", QT_TRANSLATE_NOOP("HistoryDescription", "Training")},
};

struct FieldInfo {
    const char* field;
    const char* label;
};

// Stored field names that do not read well with their underscores simply dropped.
const FieldInfo fields[] = {
    {"due_on", QT_TRANSLATE_NOOP("HistoryDescription", "due date")},
    {"start_on", QT_TRANSLATE_NOOP("HistoryDescription", "start date")},
    {"started_on", QT_TRANSLATE_NOOP("HistoryDescription", "start date")},
    {"ended_on", QT_TRANSLATE_NOOP("HistoryDescription", "end date")},
    {"held_on", QT_TRANSLATE_NOOP("HistoryDescription", "date")},
    {"visited_on", QT_TRANSLATE_NOOP("HistoryDescription", "date")},
    {"dated_on", QT_TRANSLATE_NOOP("HistoryDescription", "date")},
    {"joined_on", QT_TRANSLATE_NOOP("HistoryDescription", "joined")},
    {"left_on", QT_TRANSLATE_NOOP("HistoryDescription", "left")},
    {"submitted_on", QT_TRANSLATE_NOOP("HistoryDescription", "submitted")},
    {"verified_on", QT_TRANSLATE_NOOP("HistoryDescription", "verified")},
    {"accredited_on", QT_TRANSLATE_NOOP("HistoryDescription", "accredited")},
    {"gateway_on", QT_TRANSLATE_NOOP("HistoryDescription", "gateway date")},
    {"element_id", QT_TRANSLATE_NOOP("HistoryDescription", "element")},
    {"sip_priority", QT_TRANSLATE_NOOP("HistoryDescription", "SIP priority")},
    {"urn", QT_TRANSLATE_NOOP("HistoryDescription", "URN")},
    {"verified_visit_id", QT_TRANSLATE_NOOP("HistoryDescription", "verification visit")},
    {"evidence_action", QT_TRANSLATE_NOOP("HistoryDescription", "linked actions")},
    {"evidence_statement", QT_TRANSLATE_NOOP("HistoryDescription", "linked statements")},
    {"evidence_strand", QT_TRANSLATE_NOOP("HistoryDescription", "strands")},
    {"carried-notes", QT_TRANSLATE_NOOP("HistoryDescription", "notes carried from")},
    {"how_known", QT_TRANSLATE_NOOP("HistoryDescription", "how it is known")},
    {"with_whom", QT_TRANSLATE_NOOP("HistoryDescription", "with whom")},
    {"leaders_approach", QT_TRANSLATE_NOOP("HistoryDescription", "how leaders changed")},
    {"programme_id", QT_TRANSLATE_NOOP("HistoryDescription", "programme")},
    {"programme_action", QT_TRANSLATE_NOOP("HistoryDescription", "linked actions")},
    {"case_study_evidence", QT_TRANSLATE_NOOP("HistoryDescription", "linked evidence")},
};

const EntityInfo* infoOf(const QString& entity) {
    for (const auto& info : entities) {
        if (entity == QLatin1String(info.entity))
            return &info;
    }
    return nullptr;
}

// "emerging" -> "Emerging", "not-started" -> "Not started": framework ids read as words.
QString idAsWords(const QString& id) {
    QString words = id;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

template <typename Enum, typename FromId, typename Label>
QString labelled(const QString& value, FromId fromId, Label label) {
    if (const std::optional<Enum> known = fromId(value))
        return label(*known);
    return value;
}

QString oneLine(QString text, int maxLength) {
    // Cut first: a list row must not walk through a megabyte of notes on every paint.
    if (maxLength >= 0 && text.size() > maxLength)
        text = text.left(std::max(0, maxLength - 1)) + QChar(0x2026);
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QChar(0), QChar(0xFFFD));
    return text;
}

// Element ids have no dots; a grid cell's id is "<year>/<element>.<strand>".
QVariantMap gridCellTarget(const QString& entityId) {
    const QString year = entityId.section(QLatin1Char('/'), 0, 0);
    const QString cell = entityId.section(QLatin1Char('/'), 1);
    const auto dot = cell.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    return {{QStringLiteral("year"), year},
            {QStringLiteral("element"), cell.left(dot)},
            {QStringLiteral("strand"), cell.mid(dot + 1)}};
}

} // namespace

QStringList historyPageIds() {
    QStringList ids;
    for (const auto& page : pages)
        ids << QLatin1String(page.id);
    return ids;
}

QString historyPageLabel(const QString& pageId) {
    for (const auto& page : pages) {
        if (pageId == QLatin1String(page.id))
            return Text::tr(page.label);
    }
    return pageId;
}

QString historyPageOf(const QString& entity) {
    const EntityInfo* info = infoOf(entity);
    return info ? QLatin1String(info->page) : QStringLiteral("overview");
}

QStringList historyEntitiesOf(const QString& pageId) {
    QStringList names;
    for (const auto& info : entities) {
        if (pageId == QLatin1String(info.page))
            names << QLatin1String(info.entity);
    }
    return names;
}

QString historyEntityLabel(const QString& entity) {
    const EntityInfo* info = infoOf(entity);
    return info ? Text::tr(info->label) : entity;
}

QString historyFieldLabel(const QString& entity, const QString& field) {
    for (const auto& info : fields) {
        if (field == QLatin1String(info.field))
            return Text::tr(info.label);
    }
    if (entity == u"portfolio" && field.startsWith(QStringLiteral("standard ")))
        return Text::tr("self-assessment %1").arg(field.mid(9));
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QString historyValueText(const QString& entity, const QString& field, const QString& value) {
    if (value.isEmpty())
        return Text::tr("(none)");
    if (field == u"rating")
        return labelled<Rating>(value, ratingFromId, ratingLabel);
    if (field == u"status") {
        if (entity == u"action")
            return labelled<ActionStatus>(value, actionStatusFromId, actionStatusLabel);
        if (entity == u"accreditation_summary")
            return labelled<SummaryStatus>(value, summaryStatusFromId, summaryStatusLabel);
        if (entity == u"portfolio")
            return labelled<PortfolioStatus>(value, portfolioStatusFromId, portfolioStatusLabel);
    }
    if (field == u"kind") {
        if (entity == u"evidence")
            return labelled<EvidenceKind>(value, evidenceKindFromId, evidenceKindLabel);
        if (entity == u"visit")
            return labelled<VisitKind>(value, visitKindFromId, visitKindLabel);
    }
    if (field == u"role" && entity == u"member")
        return labelled<MemberRole>(value, memberRoleFromId, memberRoleLabel);
    if (entity == u"school") {
        if (field == u"phase")
            return labelled<Phase>(value, phaseFromId, phaseLabel);
        if (field == u"support_level")
            return labelled<SupportLevel>(value, supportLevelFromId, supportLevelLabel);
    }
    if (entity == u"charter-judgement" && field == u"level")
        return idAsWords(value);
    if (entity == u"charter-status" && field.endsWith(QStringLiteral("level")))
        return idAsWords(value);
    if (entity == u"ambition-judgement" && field == u"status")
        return idAsWords(value);
    return value;
}

HistoryChange historyChange(const HistoryEntry& entry) {
    if (!entry.field.isEmpty())
        return HistoryChange::Changed;
    if (entry.oldValue.isEmpty() && !entry.newValue.isEmpty())
        return HistoryChange::Created;
    if (entry.newValue.isEmpty() && !entry.oldValue.isEmpty())
        return HistoryChange::Removed;
    return HistoryChange::Changed;
}

QString historySubject(const HistoryEntry& entry) {
    if (entry.entity == u"school")
        return historyEntityLabel(entry.entity);
    return historyEntityLabel(entry.entity) + QLatin1Char(' ') + entry.entityId;
}

QString historySummary(const HistoryEntry& entry, int maxValueLength) {
    auto value = [&](const QString& stored) {
        return oneLine(historyValueText(entry.entity, entry.field, stored), maxValueLength);
    };
    switch (historyChange(entry)) {
    case HistoryChange::Created:
        return Text::tr("created: %1").arg(value(entry.newValue));
    case HistoryChange::Removed:
        return Text::tr("removed: %1").arg(value(entry.oldValue));
    case HistoryChange::Changed:
        break;
    }
    const QString field =
        entry.field.isEmpty() ? Text::tr("changed") : historyFieldLabel(entry.entity, entry.field);
    return Text::tr("%1: %2 → %3").arg(field, value(entry.oldValue), value(entry.newValue));
}

QString historyRawSummary(const HistoryEntry& entry) {
    const QString before = oneLine(entry.oldValue, -1);
    const QString after = oneLine(entry.newValue, -1);
    switch (historyChange(entry)) {
    case HistoryChange::Created:
        return QStringLiteral("created: ") + after;
    case HistoryChange::Removed:
        return QStringLiteral("removed: ") + before;
    case HistoryChange::Changed:
        break;
    }
    const QString field = entry.field.isEmpty() ? QStringLiteral("changed") : entry.field;
    return field + QStringLiteral(": ") + before + QStringLiteral(" → ") + after;
}

QVariant historyTarget(const HistoryEntry& entry) {
    const QString& entity = entry.entity;
    const QString& id = entry.entityId;
    if (entity == u"action" || entity == u"evidence" || entity == u"member" ||
        entity == u"practitioner") {
        bool ok = false;
        const qint64 number = id.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant();
    }
    if (entity == u"judgement")
        return id.section(QLatin1Char('/'), 1);
    if (entity == u"grid-cell") {
        const QVariantMap cell = gridCellTarget(id);
        return cell.isEmpty() ? QVariant() : QVariant(cell);
    }
    if (entity == u"meeting")
        return QString(QStringLiteral("meeting/") + id);
    if (entity == u"portfolio")
        return QString(QStringLiteral("portfolio/") + id);
    if (entity == u"charter-judgement")
        return id;
    if (entity == u"ambition-judgement")
        return id; // "2026-27/leadership.1": the Ambitions page shows that year's criterion
    // Outcome figures and national figures are recorded as "<year> <measure>": the Outcomes
    // page opens at "<measure>/<year>".
    if ((entity == u"outcome" || entity == u"outcome-settings") && id.contains(u' '))
        return QString(id.section(u' ', 1) + u'/' + id.section(u' ', 0, 0));
    // Training: "<kind>/<id>"; attendance and ratings are "<session or programme>/<person>".
    if (entity == u"person")
        return QString(QStringLiteral("person/") + id);
    if (entity == u"training-session" || entity == u"attendance")
        return QString(QStringLiteral("session/") + id.section(QLatin1Char('/'), 0, 0));
    if (entity == u"programme" || entity == u"rating")
        return QString(QStringLiteral("programme/") + id.section(QLatin1Char('/'), 0, 0));
    if (entity == u"case-study")
        return QString(QStringLiteral("case/") + id);
    if (entity == u"visit" || entity == u"network_meeting")
        return QStringLiteral("visits");
    if (entity == u"badge") {
        // Recorded as "<strand> <date>" when awarded or withdrawn.
        const QString value = entry.newValue.isEmpty() ? entry.oldValue : entry.newValue;
        const QString strand = value.section(QLatin1Char(' '), 0, 0);
        return strand.isEmpty() ? QVariant() : QVariant(strand);
    }
    if (entity == u"accreditation_summary" && entry.field.isEmpty()) {
        // Created and removed entries carry the strand id.
        const QString strand = entry.newValue.isEmpty() ? entry.oldValue : entry.newValue;
        return strand.isEmpty() ? QVariant() : QVariant(strand);
    }
    return {};
}

} // namespace equimark
