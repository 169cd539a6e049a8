#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace equimark {

struct HistoryEntry;

// How the change history reads to a person: which page an entity belongs to, what it is
// called, what its fields and stored values mean. The one place that knows the entity
// names the repositories record ("judgement", "grid-cell", "charter-judgement", ...).

// The pages that have entries, in the order the window lists them ("overview",
// "reference-group", "audit", "summary-grid", "action-plan", "evidence", "accreditation",
// "race-charter", "portfolios").
QStringList historyPageIds();
// The page's name as the navigation list shows it.
QString historyPageLabel(const QString& pageId);
// The page an entity's entries belong to; "overview" for anything unknown.
QString historyPageOf(const QString& entity);
// The entities shown on a page (for the History page's "page" filter).
QStringList historyEntitiesOf(const QString& pageId);

// "Audit judgement", "Action", ...; an unknown entity name is shown as it is.
QString historyEntityLabel(const QString& entity);
// The field in words: "due_on" -> "due date"; unknown fields lose their underscores.
QString historyFieldLabel(const QString& entity, const QString& field);
// A stored value in words: rating and status ids become their labels; "" becomes "(none)".
QString historyValueText(const QString& entity, const QString& field, const QString& value);

enum class HistoryChange { Created, Removed, Changed };
HistoryChange historyChange(const HistoryEntry& entry);

// "Audit judgement 2026-27/leadership.race.1": the entity's label and id.
QString historySubject(const HistoryEntry& entry);
// "rating: Amber → Green", "created: Mentoring scheme", "removed: ...", in words. Each value
// is cut to `maxValueLength` characters (with an ellipsis) unless it is -1, and kept on one line.
QString historySummary(const HistoryEntry& entry, int maxValueLength = -1);
// The same with the stored ids and field names, for scripts: "rating: amber → green".
QString historyRawSummary(const HistoryEntry& entry);

// What the entry's page takes in navigateTo() to show the item: an action or evidence id
// (qint64), a statement or criterion id, {element, strand, year} for a grid cell,
// "meeting/<id>", "portfolio/<id>", "visits", a strand id. Null when the page alone is best.
QVariant historyTarget(const HistoryEntry& entry);

} // namespace equimark
