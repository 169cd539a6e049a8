#include "storage/Migrations.h"

#include "storage/FileOps.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace equimark {

namespace {

// Version 1: the whole Lancashire Equality Mark process. Dates are ISO-8601 text,
// timestamps are UTC ISO-8601 text; ids of framework entries are the framework's own
// string ids, checked against the stored framework by SchoolFile checks.
QStringList schemaV1() {
    return {
        QStringLiteral(R"(CREATE TABLE school (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            urn TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL CHECK (phase IN ('nursery','primary','special','short-stay',
                                                 'secondary','all-through')),
            local_authority TEXT NOT NULL DEFAULT '',
            support_level TEXT CHECK (support_level IN ('bronze','silver','gold')),
            support_year TEXT NOT NULL DEFAULT '',
            meeting_frequency TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE framework (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('equality-mark','race-charter','ambitions')),
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            definition TEXT NOT NULL,
            added_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE member (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL CHECK (role IN ('senior-leader','teacher','support-staff',
                                               'governor','parent-carer','pupil','other')),
            notes TEXT NOT NULL DEFAULT '',
            joined_on TEXT,
            left_on TEXT))"),
        QStringLiteral(R"(CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE meeting_attendee (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, member_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            framework_id TEXT NOT NULL REFERENCES framework(id),
            year TEXT NOT NULL CHECK (year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            started_on TEXT NOT NULL,
            UNIQUE (framework_id, year)))"),
        QStringLiteral(R"(CREATE TABLE judgement (
            audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
            statement_id TEXT NOT NULL,
            rating TEXT NOT NULL CHECK (rating IN ('none','red','amber','green')),
            note TEXT NOT NULL DEFAULT '',
            judged_by TEXT NOT NULL DEFAULT '',
            judged_at TEXT,
            PRIMARY KEY (audit_id, statement_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE delegation (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
            element_id TEXT NOT NULL DEFAULT '',
            strand_id TEXT NOT NULL DEFAULT '',
            delegate TEXT NOT NULL CHECK (length(trim(delegate)) > 0),
            CHECK (element_id <> '' OR strand_id <> ''),
            UNIQUE (audit_id, element_id, strand_id)))"),
        QStringLiteral(R"(CREATE TABLE grid_cell (
            audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
            element_id TEXT NOT NULL,
            strand_id TEXT NOT NULL,
            rating TEXT NOT NULL CHECK (rating IN ('none','red','amber','green')),
            rationale TEXT NOT NULL DEFAULT '',
            agreed_by TEXT NOT NULL DEFAULT '',
            agreed_at TEXT,
            PRIMARY KEY (audit_id, element_id, strand_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE action (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            element_id TEXT NOT NULL DEFAULT '',
            sip_priority TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            start_on TEXT,
            due_on TEXT,
            success_criteria TEXT NOT NULL DEFAULT '',
            cost TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not-started'
                CHECK (status IN ('not-started','in-progress','complete','dropped')),
            impact TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (start_on IS NULL OR due_on IS NULL OR start_on <= due_on)))"),
        QStringLiteral(R"(CREATE TABLE action_strand (
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            strand_id TEXT NOT NULL,
            PRIMARY KEY (action_id, strand_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE action_progress (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            noted_on TEXT NOT NULL,
            note TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('document','photo','pupil-voice','parent-voice',
                                               'staff-voice','data','observation','minutes')),
            dated_on TEXT,
            description TEXT NOT NULL DEFAULT '',
            added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE attachment (
            id INTEGER PRIMARY KEY,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE evidence_statement (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            statement_id TEXT NOT NULL,
            PRIMARY KEY (evidence_id, statement_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE evidence_action (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            PRIMARY KEY (evidence_id, action_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE evidence_strand (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            strand_id TEXT NOT NULL,
            PRIMARY KEY (evidence_id, strand_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE visit (
            id INTEGER PRIMARY KEY,
            visited_on TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('advisory','accreditation')),
            advisor TEXT NOT NULL DEFAULT '',
            focus TEXT NOT NULL DEFAULT '',
            walk_notes TEXT NOT NULL DEFAULT '',
            outcomes TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE visit_meeting (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            met_with TEXT NOT NULL CHECK (met_with IN ('pupils','staff','parents','governors',
                                                       'other')),
            heard TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE network_meeting (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            representative1 TEXT NOT NULL DEFAULT '',
            representative2 TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE accreditation_summary (
            id INTEGER PRIMARY KEY,
            framework_id TEXT NOT NULL REFERENCES framework(id),
            strand_id TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft','submitted','verified','returned')),
            outcomes TEXT NOT NULL DEFAULT '',
            measurable_results TEXT NOT NULL DEFAULT '',
            group_statement TEXT NOT NULL DEFAULT '',
            submitted_on TEXT,
            verified_visit_id INTEGER REFERENCES visit(id) ON DELETE SET NULL,
            verified_by TEXT NOT NULL DEFAULT '',
            verified_on TEXT,
            advisor_comments TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (status <> 'verified' OR verified_on IS NOT NULL),
            CHECK (status = 'draft' OR submitted_on IS NOT NULL)))"),
        QStringLiteral(R"(CREATE TABLE summary_action (
            summary_id INTEGER NOT NULL REFERENCES accreditation_summary(id) ON DELETE CASCADE,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            PRIMARY KEY (summary_id, action_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE summary_evidence (
            summary_id INTEGER NOT NULL REFERENCES accreditation_summary(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (summary_id, evidence_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE summary_event (
            id INTEGER PRIMARY KEY,
            summary_id INTEGER NOT NULL REFERENCES accreditation_summary(id) ON DELETE CASCADE,
            event TEXT NOT NULL CHECK (event IN ('submitted','verified','returned','withdrawn')),
            happened_on TEXT NOT NULL,
            by_whom TEXT NOT NULL DEFAULT '',
            comments TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE badge (
            id INTEGER PRIMARY KEY,
            framework_id TEXT NOT NULL REFERENCES framework(id),
            strand_id TEXT NOT NULL,
            awarded_on TEXT NOT NULL,
            summary_id INTEGER REFERENCES accreditation_summary(id) ON DELETE SET NULL,
            UNIQUE (framework_id, strand_id, awarded_on)))"),
        QStringLiteral("CREATE INDEX action_due ON action(status, due_on)"),
        QStringLiteral("CREATE INDEX action_progress_action ON action_progress(action_id)"),
        QStringLiteral("CREATE INDEX action_strand_strand ON action_strand(strand_id)"),
        QStringLiteral("CREATE INDEX attachment_evidence ON attachment(evidence_id)"),
        QStringLiteral("CREATE INDEX summary_strand ON accreditation_summary(strand_id)"),
        QStringLiteral("CREATE INDEX visit_meeting_visit ON visit_meeting(visit_id)"),
    };
}

// Version 2: an append-only change history, written in the same transaction as each edit,
// so a reference group can see who judged what and an advisor what changed since a visit.
QStringList schemaV2() {
    return {
        QStringLiteral(R"(CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral("CREATE INDEX history_at ON history(at)"),
        QStringLiteral("CREATE INDEX history_entity ON history(entity, entity_id)"),
        // The app never edits history; triggers make that a property of the file.
        QStringLiteral(R"(CREATE TRIGGER history_no_update BEFORE UPDATE ON history
            BEGIN SELECT RAISE(ABORT, 'the change history cannot be edited'); END)"),
        QStringLiteral(R"(CREATE TRIGGER history_no_delete BEFORE DELETE ON history
            BEGIN SELECT RAISE(ABORT, 'the change history cannot be edited'); END)"),
    };
}

// Version 3: the RACE Charter Mark self-evaluation and Lead Practitioner portfolios. Criterion,
// rubric, award-level and LP standard ids are the framework's own string ids, checked
// against the framework copy stored in the file.
QStringList schemaV3() {
    return {
        QStringLiteral(R"(CREATE TABLE charter_judgement (
            framework_id TEXT NOT NULL REFERENCES framework(id),
            criterion_id TEXT NOT NULL,
            level TEXT NOT NULL DEFAULT '',
            evidence_notes TEXT NOT NULL DEFAULT '',
            judged_by TEXT NOT NULL DEFAULT '',
            judged_at TEXT,
            PRIMARY KEY (framework_id, criterion_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE charter_evidence (
            framework_id TEXT NOT NULL REFERENCES framework(id),
            criterion_id TEXT NOT NULL,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (framework_id, criterion_id, evidence_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE charter_action (
            framework_id TEXT NOT NULL REFERENCES framework(id),
            criterion_id TEXT NOT NULL,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            PRIMARY KEY (framework_id, criterion_id, action_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE charter_status (
            framework_id TEXT PRIMARY KEY REFERENCES framework(id),
            target_level TEXT NOT NULL DEFAULT '',
            awarded_level TEXT NOT NULL DEFAULT '',
            awarded_on TEXT,
            CHECK (awarded_level = '' OR awarded_on IS NOT NULL)))"),
        QStringLiteral(R"(CREATE TABLE practitioner (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE portfolio (
            id INTEGER PRIMARY KEY,
            practitioner_id INTEGER NOT NULL REFERENCES practitioner(id) ON DELETE CASCADE,
            framework_id TEXT NOT NULL REFERENCES framework(id),
            programme TEXT NOT NULL CHECK (length(trim(programme)) > 0),
            gateway_on TEXT,
            status TEXT NOT NULL DEFAULT 'drafting'
                CHECK (status IN ('drafting','submitted','moderated','accredited')),
            submitted_on TEXT,
            accredited_on TEXT,
            created_at TEXT NOT NULL,
            CHECK (status <> 'accredited' OR accredited_on IS NOT NULL)))"),
        QStringLiteral(R"(CREATE TABLE portfolio_standard (
            portfolio_id INTEGER NOT NULL REFERENCES portfolio(id) ON DELETE CASCADE,
            standard_id TEXT NOT NULL,
            level TEXT NOT NULL DEFAULT ''
                CHECK (level IN ('','not-yet','developing','secure','strength')),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (portfolio_id, standard_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE portfolio_reflection (
            portfolio_id INTEGER NOT NULL REFERENCES portfolio(id) ON DELETE CASCADE,
            prompt INTEGER NOT NULL CHECK (prompt >= 0),
            answer TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (portfolio_id, prompt)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE impact_item (
            id INTEGER PRIMARY KEY,
            portfolio_id INTEGER NOT NULL REFERENCES portfolio(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            with_whom TEXT NOT NULL DEFAULT '',
            impact TEXT NOT NULL DEFAULT '',
            how_known TEXT NOT NULL DEFAULT '',
            started_on TEXT,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            CHECK (started_on IS NULL OR ended_on IS NULL OR started_on <= ended_on)))"),
        QStringLiteral(R"(CREATE TABLE impact_criterion (
            impact_id INTEGER NOT NULL REFERENCES impact_item(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            PRIMARY KEY (impact_id, criterion_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE impact_standard (
            impact_id INTEGER NOT NULL REFERENCES impact_item(id) ON DELETE CASCADE,
            standard_id TEXT NOT NULL,
            PRIMARY KEY (impact_id, standard_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE impact_evidence (
            impact_id INTEGER NOT NULL REFERENCES impact_item(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (impact_id, evidence_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX portfolio_practitioner ON portfolio(practitioner_id)"),
        QStringLiteral("CREATE INDEX impact_item_portfolio ON impact_item(portfolio_id)"),
        QStringLiteral("CREATE INDEX charter_evidence_evidence ON charter_evidence(evidence_id)"),
        QStringLiteral("CREATE INDEX charter_action_action ON charter_action(action_id)"),
        QStringLiteral("CREATE INDEX impact_evidence_evidence ON impact_evidence(evidence_id)"),
    };
}

// Version 4: outcome measures by ethnic group (aggregate counts only, never a pupil's record),
// the race equality leadership ambitions judged year by year, and staff and governor training.
QStringList schemaV4() {
    const QString year = QStringLiteral("CHECK (year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]')");
    return {
        QStringLiteral(R"(CREATE TABLE outcome (
            year TEXT NOT NULL %1,
            measure_id TEXT NOT NULL,
            group_code TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            base INTEGER NOT NULL CHECK (base >= 0),
            pupils INTEGER CHECK (pupils IS NULL OR pupils >= 0),
            PRIMARY KEY (year, measure_id, group_code)) WITHOUT ROWID)")
            .arg(year),
        QStringLiteral(R"(CREATE TABLE outcome_national (
            year TEXT NOT NULL %1,
            measure_id TEXT NOT NULL,
            value REAL NOT NULL CHECK (value >= 0),
            PRIMARY KEY (year, measure_id)) WITHOUT ROWID)")
            .arg(year),
        QStringLiteral(R"(CREATE TABLE outcome_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            suppression_threshold INTEGER NOT NULL DEFAULT 5
                CHECK (suppression_threshold BETWEEN 1 AND 100)))"),
        QStringLiteral("INSERT INTO outcome_settings (id) VALUES (1)"),
        QStringLiteral(R"(CREATE TABLE ambition_judgement (
            framework_id TEXT NOT NULL REFERENCES framework(id),
            criterion_id TEXT NOT NULL,
            year TEXT NOT NULL %1,
            status TEXT NOT NULL DEFAULT 'not-started'
                CHECK (status IN ('not-started','developing','met')),
            evidence_notes TEXT NOT NULL DEFAULT '',
            judged_by TEXT NOT NULL DEFAULT '',
            judged_at TEXT,
            PRIMARY KEY (framework_id, criterion_id, year)) WITHOUT ROWID)")
            .arg(year),
        QStringLiteral(R"(CREATE TABLE ambition_evidence (
            framework_id TEXT NOT NULL REFERENCES framework(id),
            criterion_id TEXT NOT NULL,
            year TEXT NOT NULL,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (framework_id, criterion_id, year, evidence_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE ambition_action (
            framework_id TEXT NOT NULL REFERENCES framework(id),
            criterion_id TEXT NOT NULL,
            year TEXT NOT NULL,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            PRIMARY KEY (framework_id, criterion_id, year, action_id)) WITHOUT ROWID)"),
        // Everyone training is offered to: the workforce and the governing body.
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            body TEXT NOT NULL CHECK (body IN ('staff','governor')),
            role TEXT NOT NULL DEFAULT '',
            leader INTEGER NOT NULL DEFAULT 0 CHECK (leader IN (0, 1)),
            joined_on TEXT,
            left_on TEXT,
            created_at TEXT NOT NULL,
            CHECK (joined_on IS NULL OR left_on IS NULL OR joined_on <= left_on)))"),
        // A programme of sessions, evaluated as a whole (as the CPD pilot is).
        QStringLiteral(R"(CREATE TABLE training_programme (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            provider TEXT NOT NULL DEFAULT '',
            aims TEXT NOT NULL DEFAULT '',
            leaders_approach TEXT NOT NULL DEFAULT '',
            embedding TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE training_session (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER REFERENCES training_programme(id) ON DELETE SET NULL,
            held_on TEXT NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            provider TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL CHECK (topic IN ('race-equality','unconscious-bias',
                'anti-racist-leadership','inclusive-curriculum','equality-law','other')),
            refresher INTEGER NOT NULL DEFAULT 0 CHECK (refresher IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        // A row per person offered the session; `attended` once they came.
        QStringLiteral(R"(CREATE TABLE training_attendance (
            session_id INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            attended INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
            PRIMARY KEY (session_id, person_id)) WITHOUT ROWID)"),
        // Confidence before and after a programme (1 to 5), reported only as aggregates.
        QStringLiteral(R"(CREATE TABLE programme_rating (
            programme_id INTEGER NOT NULL REFERENCES training_programme(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            before INTEGER CHECK (before BETWEEN 1 AND 5),
            after INTEGER CHECK (after BETWEEN 1 AND 5),
            PRIMARY KEY (programme_id, person_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE programme_action (
            programme_id INTEGER NOT NULL REFERENCES training_programme(id) ON DELETE CASCADE,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            PRIMARY KEY (programme_id, action_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE case_study (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER REFERENCES training_programme(id) ON DELETE SET NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            story TEXT NOT NULL DEFAULT '',
            dated_on TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE case_study_evidence (
            case_id INTEGER NOT NULL REFERENCES case_study(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (case_id, evidence_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX outcome_measure ON outcome(measure_id, year)"),
        QStringLiteral("CREATE INDEX ambition_evidence_evidence ON ambition_evidence(evidence_id)"),
        QStringLiteral("CREATE INDEX ambition_action_action ON ambition_action(action_id)"),
        QStringLiteral("CREATE INDEX training_session_programme ON training_session(programme_id)"),
        QStringLiteral("CREATE INDEX training_attendance_person ON training_attendance(person_id)"),
        QStringLiteral("CREATE INDEX programme_action_action ON programme_action(action_id)"),
        QStringLiteral("CREATE INDEX case_study_programme ON case_study(programme_id)"),
        QStringLiteral(
            "CREATE INDEX case_study_evidence_evidence ON case_study_evidence(evidence_id)"),
    };
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

const std::vector<Migration>& Migrations::all() {
    static const std::vector<Migration> steps{
        {1, "Lancashire Equality Mark process", schemaV1()},
        {2, "change history", schemaV2()},
        {3, "RACE Charter self-evaluation and Lead Practitioner portfolios", schemaV3()},
        {4, "outcomes by ethnic group, leadership ambitions and training", schemaV4()},
    };
    return steps;
}

int Migrations::latestVersion() {
    return all().back().version;
}

Status Migrations::apply(QSqlDatabase& db, int from, int to) {
    QSqlError error;
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return sqlError(error, QCoreApplication::translate("Migrations", "Updating the file"));
    for (const auto& step : all()) {
        if (step.version <= from || step.version > to)
            continue;
        for (const auto& sql : step.statements) {
            if (!exec(db, sql, &error)) {
                exec(db, QStringLiteral("ROLLBACK"), &error);
                return Error::make(Error::Code::Io,
                                   QCoreApplication::translate("Migrations",
                                                               "Updating the file to version %1 "
                                                               "failed: %2; it was left as it was")
                                       .arg(step.version)
                                       .arg(error.text()));
            }
        }
        // Lets a fault test kill the process while the update is in flight.
        fileops::stallForTests("EQUIMARK_TEST_STALL_MIGRATION_MS");
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), &error) ||
        !exec(db, QStringLiteral("COMMIT"), &error)) {
        QSqlError ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return sqlError(error, QCoreApplication::translate("Migrations", "Updating the file"));
    }
    return {};
}

} // namespace equimark
