#include "storage/SchoolChecker.h"

#include "domain/Framework.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"

#include <QSet>
#include <map>

namespace equimark {

namespace {

// The ids a file's records may refer to, gathered from every framework that parsed.
struct KnownIds {
    QSet<QString> strands;
    QSet<QString> elements;
    QSet<QString> linkable; // audit statements and charter/ambition criteria
};

class Checks {
public:
    Checks(QSqlDatabase& db, CheckReport& report)
        : m_db(db)
        , m_report(report) {}

    Status integrity();
    Status foreignKeys();
    Status school();
    Status frameworks();
    Status judgements();
    Status gridCells();
    Status actions();
    Status evidenceLinks();
    Status summariesAndBadges();

private:
    void problem(const QString& sentence) { m_report.problems << sentence; }
    // The parsed framework with this id; null when it is missing or could not be read
    // (both already reported, so callers skip the records that depend on it).
    const Framework* framework(const QString& id) const {
        const auto found = m_frameworks.find(id);
        return found == m_frameworks.end() ? nullptr : &found->second;
    }

    QSqlDatabase& m_db;
    CheckReport& m_report;
    std::map<QString, Framework> m_frameworks;
    KnownIds m_equalityMark; // strands and elements of the equality mark(s): actions use these
    KnownIds m_any;          // anything any framework defines: evidence links use these
};

Status Checks::integrity() {
    auto rows = sql::run(m_db, QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString line = rows->value(0).toString();
        if (line != u"ok")
            problem(SchoolChecker::tr("SQLite's integrity check reports: %1.").arg(line));
    }
    return {};
}

Status Checks::foreignKeys() {
    auto rows = sql::run(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString table = rows->value(0).toString();
        const QVariant rowId = rows->value(1);
        const QString parent = rows->value(2).toString();
        if (rowId.isNull())
            problem(SchoolChecker::tr("A record in table \"%1\" refers to a record in table "
                                      "\"%2\" that does not exist.")
                        .arg(table, parent));
        else
            problem(SchoolChecker::tr("Record %1 in table \"%2\" refers to a record in table "
                                      "\"%3\" that does not exist.")
                        .arg(rowId.toLongLong())
                        .arg(table, parent));
    }
    return {};
}

Status Checks::school() {
    auto rows = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM school"));
    if (!rows)
        return rows.error();
    const int count = rows->next() ? rows->value(0).toInt() : 0;
    if (count == 0)
        problem(SchoolChecker::tr("The file holds no school details."));
    else if (count > 1)
        problem(
            SchoolChecker::tr("The file holds %1 schools; it must hold exactly one.").arg(count));
    return {};
}

void addIds(KnownIds& ids, const Framework& framework) {
    for (const auto& strand : framework.strands)
        ids.strands.insert(strand.id);
    for (const auto& element : framework.elements)
        ids.elements.insert(element.id);
    for (const auto& statement : framework.statements)
        ids.linkable.insert(statement.id);
    for (const auto& section : framework.sections) {
        for (const auto& criterion : section.criteria)
            ids.linkable.insert(criterion.id);
    }
    for (const auto& ambition : framework.ambitions) {
        for (const auto& criterion : ambition.criteria)
            ids.linkable.insert(criterion.id);
    }
}

Status Checks::frameworks() {
    auto rows = sql::run(m_db, QStringLiteral("SELECT id, definition FROM framework ORDER BY "
                                              "rowid"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString id = rows->value(0).toString();
        auto loaded = FrameworkLoader::load(rows->value(1).toString().toUtf8());
        if (!loaded) {
            problem(SchoolChecker::tr("The stored framework \"%1\" cannot be read: %2")
                        .arg(id, loaded.errorMessage()));
            continue;
        }
        if (loaded->id != id) {
            problem(SchoolChecker::tr("The stored framework \"%1\" holds the definition of "
                                      "another framework, \"%2\".")
                        .arg(id, loaded->id));
            continue;
        }
        addIds(m_any, *loaded);
        if (loaded->kind == Framework::Kind::EqualityMark)
            addIds(m_equalityMark, *loaded);
        m_frameworks.emplace(id, std::move(*loaded));
    }
    return {};
}

Status Checks::judgements() {
    auto rows = sql::run(m_db, QStringLiteral("SELECT a.year, a.framework_id, j.statement_id "
                                              "FROM judgement j JOIN audit a ON a.id = "
                                              "j.audit_id ORDER BY a.year, j.statement_id"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString year = rows->value(0).toString();
        const QString frameworkId = rows->value(1).toString();
        const QString statementId = rows->value(2).toString();
        const Framework* owner = framework(frameworkId);
        if (owner && !owner->statement(statementId))
            problem(SchoolChecker::tr("The %1 audit has a judgement for statement \"%2\", which "
                                      "framework \"%3\" does not define.")
                        .arg(year, statementId, frameworkId));
    }
    return {};
}

Status Checks::gridCells() {
    auto rows = sql::run(m_db, QStringLiteral("SELECT a.year, a.framework_id, g.element_id, "
                                              "g.strand_id FROM grid_cell g JOIN audit a ON "
                                              "a.id = g.audit_id ORDER BY a.year"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString year = rows->value(0).toString();
        const QString frameworkId = rows->value(1).toString();
        const QString elementId = rows->value(2).toString();
        const QString strandId = rows->value(3).toString();
        const Framework* owner = framework(frameworkId);
        if (!owner)
            continue;
        if (!owner->element(elementId))
            problem(SchoolChecker::tr("The %1 summary grid has a cell for element \"%2\", which "
                                      "framework \"%3\" does not define.")
                        .arg(year, elementId, frameworkId));
        if (!owner->strand(strandId))
            problem(SchoolChecker::tr("The %1 summary grid has a cell for strand \"%2\", which "
                                      "framework \"%3\" does not define.")
                        .arg(year, strandId, frameworkId));
    }
    return {};
}

Status Checks::actions() {
    auto rows =
        sql::run(m_db, QStringLiteral("SELECT a.id, a.title, a.element_id, "
                                      "(SELECT COUNT(*) FROM action_strand s WHERE s.action_id "
                                      "= a.id) FROM action a ORDER BY a.id"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString title = rows->value(1).toString();
        const QString elementId = rows->value(2).toString();
        if (rows->value(3).toInt() == 0)
            problem(SchoolChecker::tr("Action %1 (\"%2\") is not linked to any strand.")
                        .arg(id)
                        .arg(title));
        if (!elementId.isEmpty() && !m_equalityMark.elements.contains(elementId))
            problem(SchoolChecker::tr("Action %1 (\"%2\") names element \"%3\", which the "
                                      "equality mark framework does not define.")
                        .arg(id)
                        .arg(title, elementId));
    }
    auto strands = sql::run(m_db, QStringLiteral("SELECT a.id, a.title, s.strand_id FROM "
                                                 "action_strand s JOIN action a ON a.id = "
                                                 "s.action_id ORDER BY a.id, s.strand_id"));
    if (!strands)
        return strands.error();
    while (strands->next()) {
        const QString strandId = strands->value(2).toString();
        if (!m_equalityMark.strands.contains(strandId))
            problem(SchoolChecker::tr("Action %1 (\"%2\") is linked to strand \"%3\", which the "
                                      "equality mark framework does not define.")
                        .arg(strands->value(0).toLongLong())
                        .arg(strands->value(1).toString(), strandId));
    }
    return {};
}

Status Checks::evidenceLinks() {
    auto statements = sql::run(m_db, QStringLiteral("SELECT e.id, e.title, l.statement_id FROM "
                                                    "evidence_statement l JOIN evidence e ON "
                                                    "e.id = l.evidence_id ORDER BY e.id"));
    if (!statements)
        return statements.error();
    while (statements->next()) {
        const QString statementId = statements->value(2).toString();
        if (!m_any.linkable.contains(statementId))
            problem(SchoolChecker::tr("Evidence %1 (\"%2\") is linked to statement \"%3\", which "
                                      "no framework in the file defines.")
                        .arg(statements->value(0).toLongLong())
                        .arg(statements->value(1).toString(), statementId));
    }
    auto strands = sql::run(m_db, QStringLiteral("SELECT e.id, e.title, l.strand_id FROM "
                                                 "evidence_strand l JOIN evidence e ON e.id = "
                                                 "l.evidence_id ORDER BY e.id"));
    if (!strands)
        return strands.error();
    while (strands->next()) {
        const QString strandId = strands->value(2).toString();
        if (!m_any.strands.contains(strandId))
            problem(SchoolChecker::tr("Evidence %1 (\"%2\") is linked to strand \"%3\", which no "
                                      "framework in the file defines.")
                        .arg(strands->value(0).toLongLong())
                        .arg(strands->value(1).toString(), strandId));
    }
    return {};
}

Status Checks::summariesAndBadges() {
    auto summaries = sql::run(m_db, QStringLiteral("SELECT id, framework_id, strand_id, status, "
                                                   "verified_on FROM accreditation_summary "
                                                   "ORDER BY id"));
    if (!summaries)
        return summaries.error();
    while (summaries->next()) {
        const qint64 id = summaries->value(0).toLongLong();
        const QString frameworkId = summaries->value(1).toString();
        const QString strandId = summaries->value(2).toString();
        const Framework* owner = framework(frameworkId);
        if (owner && !owner->strand(strandId))
            problem(SchoolChecker::tr("Accreditation summary %1 is for strand \"%2\", which "
                                      "framework \"%3\" does not define.")
                        .arg(id)
                        .arg(strandId, frameworkId));
        if (summaries->value(3).toString() == u"verified" &&
            summaries->value(4).toString().trimmed().isEmpty())
            problem(SchoolChecker::tr("Accreditation summary %1 (strand \"%2\") is marked "
                                      "verified but has no date of verification.")
                        .arg(id)
                        .arg(strandId));
    }

    auto badges = sql::run(m_db, QStringLiteral("SELECT id, framework_id, strand_id, awarded_on "
                                                "FROM badge ORDER BY id"));
    if (!badges)
        return badges.error();
    while (badges->next()) {
        const QString frameworkId = badges->value(1).toString();
        const QString strandId = badges->value(2).toString();
        const Framework* owner = framework(frameworkId);
        if (owner && !owner->strand(strandId))
            problem(SchoolChecker::tr("The badge awarded on %1 (record %2) is for strand \"%3\", "
                                      "which framework \"%4\" does not define.")
                        .arg(badges->value(3).toString())
                        .arg(badges->value(0).toLongLong())
                        .arg(strandId, frameworkId));
    }

    // A verified summary is waiting for its badge; two at once means one was lost track of.
    auto waiting = sql::run(m_db, QStringLiteral("SELECT s.framework_id, s.strand_id, COUNT(*) "
                                                 "FROM accreditation_summary s WHERE s.status = "
                                                 "'verified' AND NOT EXISTS (SELECT 1 FROM badge "
                                                 "b WHERE b.summary_id = s.id) GROUP BY "
                                                 "s.framework_id, s.strand_id HAVING COUNT(*) > 1 "
                                                 "ORDER BY s.framework_id, s.strand_id"));
    if (!waiting)
        return waiting.error();
    while (waiting->next())
        problem(SchoolChecker::tr("Strand \"%1\" of framework \"%2\" has %3 verified "
                                  "accreditation summaries without a badge; it may have at most "
                                  "one.")
                    .arg(waiting->value(1).toString(), waiting->value(0).toString())
                    .arg(waiting->value(2).toInt()));
    return {};
}

} // namespace

Result<CheckReport> SchoolChecker::run() {
    CheckReport report;
    Checks checks(m_file.database(), report);
    // Frameworks first: the rules after them look ids up in the parsed definitions.
    for (auto step : {&Checks::integrity, &Checks::foreignKeys, &Checks::school,
                      &Checks::frameworks, &Checks::judgements, &Checks::gridCells,
                      &Checks::actions, &Checks::evidenceLinks, &Checks::summariesAndBadges}) {
        if (auto done = (checks.*step)(); !done)
            return Error::make(done.error().code,
                               tr("The file could not be checked: %1").arg(done.errorMessage()));
    }
    return report;
}

} // namespace equimark
