#include "storage/SchoolChecker.h"

#include "domain/AmbitionJudgement.h"
#include "domain/Framework.h"
#include "domain/TrainingTopic.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/OutcomeRepository.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"

#include <QSet>
#include <algorithm>
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
    Status charter();
    Status portfolios();
    Status ambitions();
    Status outcomes();
    Status training();

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

Status Checks::charter() {
    auto judged = sql::run(m_db, QStringLiteral("SELECT framework_id, criterion_id, level FROM "
                                                "charter_judgement ORDER BY framework_id, "
                                                "criterion_id"));
    if (!judged)
        return judged.error();
    while (judged->next()) {
        const QString frameworkId = judged->value(0).toString();
        const QString criterionId = judged->value(1).toString();
        const QString level = judged->value(2).toString();
        const Framework* owner = framework(frameworkId);
        if (!owner)
            continue;
        if (!owner->criterion(criterionId))
            problem(SchoolChecker::tr("The RACE Charter self-evaluation has a judgement for "
                                      "criterion \"%1\", which framework \"%2\" does not "
                                      "define.")
                        .arg(criterionId, frameworkId));
        else if (!level.isEmpty() && !owner->rubricLevel(level))
            problem(SchoolChecker::tr("RACE Charter criterion %1 is judged \"%2\", which is not a "
                                      "rubric level of framework \"%3\".")
                        .arg(criterionId, level, frameworkId));
    }

    const struct {
        const char* sql;
        const char* what;
    } links[] = {
        {"SELECT framework_id, criterion_id, evidence_id FROM charter_evidence ORDER BY "
         "framework_id, criterion_id, evidence_id",
         QT_TRANSLATE_NOOP("SchoolChecker", "Evidence %1 is linked to RACE Charter criterion "
                                            "\"%2\", which framework \"%3\" does not define.")},
        {"SELECT framework_id, criterion_id, action_id FROM charter_action ORDER BY "
         "framework_id, criterion_id, action_id",
         QT_TRANSLATE_NOOP("SchoolChecker", "Action %1 is linked to RACE Charter criterion "
                                            "\"%2\", which framework \"%3\" does not define.")},
    };
    for (const auto& link : links) {
        auto rows = sql::run(m_db, QString::fromLatin1(link.sql));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString frameworkId = rows->value(0).toString();
            const QString criterionId = rows->value(1).toString();
            const Framework* owner = framework(frameworkId);
            if (owner && !owner->criterion(criterionId))
                problem(SchoolChecker::tr(link.what)
                            .arg(rows->value(2).toLongLong())
                            .arg(criterionId, frameworkId));
        }
    }

    auto status = sql::run(m_db, QStringLiteral("SELECT framework_id, target_level, "
                                                "awarded_level FROM charter_status ORDER BY "
                                                "framework_id"));
    if (!status)
        return status.error();
    while (status->next()) {
        const QString frameworkId = status->value(0).toString();
        const Framework* owner = framework(frameworkId);
        if (!owner)
            continue;
        for (int column : {1, 2}) {
            const QString level = status->value(column).toString();
            if (!level.isEmpty() && !owner->awardLevel(level))
                problem(SchoolChecker::tr("The RACE Charter Mark award names level \"%1\", "
                                          "which framework \"%2\" does not define.")
                            .arg(level, frameworkId));
        }
    }
    return {};
}

// Portfolio rows name standards, criteria and reflective questions of the portfolio's own
// framework, which must be a race-charter framework the file holds.
Status Checks::portfolios() {
    auto rows = sql::run(m_db, QStringLiteral("SELECT id, framework_id FROM portfolio ORDER BY "
                                              "id"));
    if (!rows)
        return rows.error();
    std::map<qint64, const Framework*> owners;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString frameworkId = rows->value(1).toString();
        const Framework* owner = framework(frameworkId);
        if (owner && owner->kind != Framework::Kind::RaceCharter)
            problem(SchoolChecker::tr("Portfolio %1 uses framework \"%2\", which is not a RACE "
                                      "Charter framework.")
                        .arg(QString::number(id), frameworkId));
        owners.emplace(id, owner && owner->kind == Framework::Kind::RaceCharter ? owner : nullptr);
    }
    const auto ownerOf = [&](qint64 portfolioId) -> const Framework* {
        const auto found = owners.find(portfolioId);
        return found == owners.end() ? nullptr : found->second;
    };

    const struct {
        const char* sql;
        bool standard; // else a criterion
        const char* what;
    } references[] = {
        {"SELECT portfolio_id, standard_id, portfolio_id FROM portfolio_standard ORDER BY 1, 2",
         true,
         QT_TRANSLATE_NOOP("SchoolChecker", "Portfolio %1 assesses LP standard \"%2\", which "
                                            "its framework does not define.")},
        {"SELECT i.portfolio_id, s.standard_id, i.id FROM impact_standard s JOIN impact_item i "
         "ON i.id = s.impact_id ORDER BY 3, 2",
         true,
         QT_TRANSLATE_NOOP("SchoolChecker", "Evidence of impact %3 is mapped to LP standard "
                                            "\"%2\", which the framework of portfolio %1 does "
                                            "not define.")},
        {"SELECT i.portfolio_id, c.criterion_id, i.id FROM impact_criterion c JOIN impact_item "
         "i ON i.id = c.impact_id ORDER BY 3, 2",
         false,
         QT_TRANSLATE_NOOP("SchoolChecker", "Evidence of impact %3 is mapped to RACE Charter "
                                            "criterion \"%2\", which the framework of "
                                            "portfolio %1 does not define.")},
    };
    for (const auto& reference : references) {
        auto found = sql::run(m_db, QString::fromLatin1(reference.sql));
        if (!found)
            return found.error();
        while (found->next()) {
            const Framework* owner = ownerOf(found->value(0).toLongLong());
            const QString id = found->value(1).toString();
            if (!owner)
                continue;
            const bool known = reference.standard ? owner->lpStandard(id) != nullptr
                                                  : owner->criterion(id) != nullptr;
            if (!known)
                problem(SchoolChecker::tr(reference.what)
                            .arg(QString::number(found->value(0).toLongLong()), id,
                                 QString::number(found->value(2).toLongLong())));
        }
    }

    auto answers = sql::run(m_db, QStringLiteral("SELECT portfolio_id, prompt FROM "
                                                 "portfolio_reflection ORDER BY 1, 2"));
    if (!answers)
        return answers.error();
    while (answers->next()) {
        const Framework* owner = ownerOf(answers->value(0).toLongLong());
        const int prompt = answers->value(1).toInt();
        if (owner && prompt >= owner->reflectivePrompts.size())
            problem(SchoolChecker::tr("Portfolio %1 answers reflective question %2, but its "
                                      "framework asks only %3.")
                        .arg(answers->value(0).toLongLong())
                        .arg(prompt + 1)
                        .arg(owner->reflectivePrompts.size()));
    }
    return {};
}

// Outcome counts as OutcomeRepository would have written them: a known measure, group and
// year, counts that make sense (another program may have written the rows).
Status Checks::outcomes() {
    auto rows = OutcomeRepository::allIn(m_db);
    if (!rows)
        return rows.error();
    for (const auto& row : *rows) {
        if (auto checked = OutcomeRepository::check(row); !checked)
            problem(SchoolChecker::tr("Outcome figures: %1").arg(checked.errorMessage()));
    }
    return {};
}

// Ambition judgements and links name success criteria of an ambitions framework the file
// holds, and a status that framework defines.
Status Checks::ambitions() {
    auto judged = sql::run(m_db, QStringLiteral("SELECT framework_id, criterion_id, year, status "
                                                "FROM ambition_judgement ORDER BY 1, 3, 2"));
    if (!judged)
        return judged.error();
    while (judged->next()) {
        const QString frameworkId = judged->value(0).toString();
        const QString criterionId = judged->value(1).toString();
        const QString year = judged->value(2).toString();
        const QString status = judged->value(3).toString();
        const Framework* owner = framework(frameworkId);
        if (!owner)
            continue;
        if (owner->kind != Framework::Kind::Ambitions || !ambitionCriterion(*owner, criterionId))
            problem(SchoolChecker::tr("The ambitions for %1 have a judgement for success "
                                      "criterion \"%2\", which framework \"%3\" does not "
                                      "define.")
                        .arg(year, criterionId, frameworkId));
        else if (std::none_of(owner->statuses.begin(), owner->statuses.end(),
                              [&](const LevelDefinition& s) { return s.id == status; }))
            problem(SchoolChecker::tr("Ambition criterion %1 is judged \"%2\" for %3, which is "
                                      "not a status of framework \"%4\".")
                        .arg(criterionId, status, year, frameworkId));
    }
    const struct {
        const char* sql;
        const char* what;
    } links[] = {
        {"SELECT framework_id, criterion_id, evidence_id, year FROM ambition_evidence ORDER BY "
         "1, 4, 2, 3",
         QT_TRANSLATE_NOOP("SchoolChecker", "Evidence %1 is linked to ambition criterion \"%2\" "
                                            "for %4, which framework \"%3\" does not define.")},
        {"SELECT framework_id, criterion_id, action_id, year FROM ambition_action ORDER BY 1, "
         "4, 2, 3",
         QT_TRANSLATE_NOOP("SchoolChecker", "Action %1 is linked to ambition criterion \"%2\" "
                                            "for %4, which framework \"%3\" does not define.")},
    };
    for (const auto& link : links) {
        auto rows = sql::run(m_db, QString::fromLatin1(link.sql));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString frameworkId = rows->value(0).toString();
            const QString criterionId = rows->value(1).toString();
            const Framework* owner = framework(frameworkId);
            if (owner && (owner->kind != Framework::Kind::Ambitions ||
                          !ambitionCriterion(*owner, criterionId)))
                problem(SchoolChecker::tr(link.what)
                            .arg(rows->value(2).toLongLong())
                            .arg(criterionId, frameworkId, rows->value(3).toString()));
        }
    }
    return {};
}

// Training rows: dates must read as dates (coverage compares them), and a programme's
// ratings are 1 to 5 (the schema's CHECK) from people the file holds (the foreign keys).
Status Checks::training() {
    const struct {
        const char* sql;
        const char* what;
    } dates[] = {
        {"SELECT id, joined_on FROM person WHERE joined_on IS NOT NULL UNION ALL SELECT id, "
         "left_on FROM person WHERE left_on IS NOT NULL ORDER BY 1",
         QT_TRANSLATE_NOOP("SchoolChecker", "Person %1 has a date \"%2\" that is not a date.")},
        {"SELECT id, held_on FROM training_session ORDER BY 1",
         QT_TRANSLATE_NOOP("SchoolChecker",
                           "Training session %1 has a date \"%2\" that is not a date.")},
        {"SELECT id, dated_on FROM case_study WHERE dated_on IS NOT NULL ORDER BY 1",
         QT_TRANSLATE_NOOP("SchoolChecker", "Case study %1 has a date \"%2\" that is not a date.")},
    };
    for (const auto& check : dates) {
        auto rows = sql::run(m_db, QString::fromLatin1(check.sql));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString text = rows->value(1).toString();
            if (!QDate::fromString(text, Qt::ISODate).isValid())
                problem(SchoolChecker::tr(check.what)
                            .arg(QString::number(rows->value(0).toLongLong()), text));
        }
    }
    auto topics =
        sql::run(m_db, QStringLiteral("SELECT id, topic FROM training_session ORDER BY 1"));
    if (!topics)
        return topics.error();
    while (topics->next()) {
        if (!TrainingTopic::find(topics->value(1).toString()))
            problem(SchoolChecker::tr("Training session %1 has topic \"%2\", which Equimark does "
                                      "not know.")
                        .arg(QString::number(topics->value(0).toLongLong()),
                             topics->value(1).toString()));
    }
    return {};
}

} // namespace

Result<CheckReport> SchoolChecker::run() {
    CheckReport report;
    Checks checks(m_file.database(), report);
    // Frameworks first: the rules after them look ids up in the parsed definitions.
    for (auto step :
         {&Checks::integrity, &Checks::foreignKeys, &Checks::school, &Checks::frameworks,
          &Checks::judgements, &Checks::gridCells, &Checks::actions, &Checks::evidenceLinks,
          &Checks::summariesAndBadges, &Checks::charter, &Checks::portfolios, &Checks::ambitions,
          &Checks::outcomes, &Checks::training}) {
        if (auto done = (checks.*step)(); !done)
            return Error::make(done.error().code,
                               tr("The file could not be checked: %1").arg(done.errorMessage()));
    }
    return report;
}

} // namespace equimark
