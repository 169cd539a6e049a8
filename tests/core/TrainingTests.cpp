#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/Action.h"
#include "domain/EvidenceItem.h"
#include "domain/HistoryDescription.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "reports/ReportRequest.h"
#include "storage/ActionRepository.h"
#include "storage/CaseStudyRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/EvidenceRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/SchoolChecker.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/TrainingRepository.h"

using namespace equimark;

namespace {

Person staff(const QString& name, bool leader = false) {
    Person person;
    person.name = name;
    person.role = leader ? QStringLiteral("Deputy headteacher") : QStringLiteral("Teacher");
    person.leader = leader;
    person.joinedOn = QDate(2021, 9, 1);
    return person;
}

qint64 addPerson(SchoolFile& file, const Person& person) {
    auto added = TrainingRepository(file).addPerson(person);
    REQUIRE(added.ok());
    return *added;
}

TrainingSession sampleSession(const std::vector<Attendance>& attendance) {
    TrainingSession session;
    session.heldOn = QDate(2026, 11, 4);
    session.title = QStringLiteral("Unconscious bias: whole staff");
    session.provider = QStringLiteral("Fictional Training Co");
    session.audience = QStringLiteral("Whole staff");
    session.topic = QStringLiteral("unconscious-bias");
    session.attendance = attendance;
    return session;
}

qint64 historyCount(SchoolFile& file, const QString& entity) {
    HistoryFilter filter;
    filter.entities = {entity};
    auto count = ChangeHistory(file).count(filter);
    REQUIRE(count.ok());
    return *count;
}

} // namespace

TEST_CASE("people are checked, stored and listed staff first", "[training]") {
    test::SchoolFixture fixture;
    TrainingRepository training(*fixture.file);
    CHECK(training.addPerson(Person{}).error().code == Error::Code::Invalid);
    Person early = staff(QStringLiteral("Zed"));
    early.leftOn = QDate(2020, 1, 1);
    CHECK(training.addPerson(early).error().code == Error::Code::Invalid);

    Person governor = staff(QStringLiteral("Ana Governor"));
    governor.body = Body::Governor;
    governor.role = QStringLiteral("Chair of governors");
    addPerson(*fixture.file, governor);
    const qint64 id = addPerson(*fixture.file, staff(QStringLiteral("  Yusuf Teacher "), true));
    fixture.reopen();
    auto people = TrainingRepository(*fixture.file).people();
    REQUIRE(people.ok());
    REQUIRE(people->size() == 2);
    CHECK(people->at(0).name == u"Yusuf Teacher");
    CHECK(people->at(0).leader);
    CHECK(people->at(0).joinedOn == QDate(2021, 9, 1));
    CHECK(people->at(1).body == Body::Governor);

    Person changed = people->at(0);
    changed.leftOn = QDate(2027, 7, 20);
    REQUIRE(TrainingRepository(*fixture.file).updatePerson(changed).ok());
    CHECK(TrainingRepository(*fixture.file).person(id)->leftOn == QDate(2027, 7, 20));
    CHECK(historyCount(*fixture.file, QStringLiteral("person")) == 3);
}

TEST_CASE("sessions are checked, and attendance is written as a set with history", "[training]") {
    test::SchoolFixture fixture;
    SchoolFile& file = *fixture.file;
    const qint64 a = addPerson(file, staff(QStringLiteral("Ada")));
    const qint64 b = addPerson(file, staff(QStringLiteral("Ben")));
    TrainingRepository training(file);

    TrainingSession untitled = sampleSession({});
    untitled.title = QStringLiteral("  ");
    CHECK(training.addSession(untitled).error().code == Error::Code::Invalid);
    TrainingSession undated = sampleSession({});
    undated.heldOn = QDate();
    CHECK(training.addSession(undated).error().code == Error::Code::Invalid);
    TrainingSession badTopic = sampleSession({});
    badTopic.topic = QStringLiteral("knitting");
    CHECK(training.addSession(badTopic).error().code == Error::Code::Invalid);
    CHECK_FALSE(training.addSession(sampleSession({{999, true}})).ok());
    TrainingSession noProgramme = sampleSession({});
    noProgramme.programmeId = 42;
    CHECK(training.addSession(noProgramme).error().code == Error::Code::Invalid);

    auto added = training.addSession(sampleSession({{a, true}, {b, false}}));
    REQUIRE(added.ok());
    CHECK(historyCount(file, QStringLiteral("attendance")) == 2);
    auto stored = training.session(*added);
    REQUIRE(stored.ok());
    CHECK(stored->attendance == std::vector<Attendance>{{a, true}, {b, false}});
    CHECK(stored->attendedCount() == 1);

    stored->attendance = {{b, true}};
    REQUIRE(training.updateSession(*stored).ok());
    CHECK(training.session(*added)->attendance == std::vector<Attendance>{{b, true}});
    CHECK(historyCount(file, QStringLiteral("attendance")) == 4); // Ada removed, Ben attended
}

TEST_CASE("programmes keep ratings 1 to 5 and links to actions that exist", "[training]") {
    test::SchoolFixture fixture;
    SchoolFile& file = *fixture.file;
    const qint64 a = addPerson(file, staff(QStringLiteral("Ada"), true));
    Action action;
    action.title = QStringLiteral("Leaders review recruitment for bias");
    action.strandIds = {QStringLiteral("race")};
    action.elementId = QStringLiteral("leadership");
    auto actionId = ActionRepository(file).add(action);
    REQUIRE(actionId.ok());
    ProgrammeRepository programmes(file);

    TrainingProgramme programme;
    programme.title = QStringLiteral("Anti-racist leadership pilot");
    programme.ratings = {{a, 6, 3}};
    CHECK(programmes.addProgramme(programme).error().code == Error::Code::Invalid);
    programme.ratings = {{a, 2, 4}};
    programme.actionIds = {999};
    CHECK(programmes.addProgramme(programme).error().code == Error::Code::Invalid);
    programme.actionIds = {*actionId};
    auto id = programmes.addProgramme(programme);
    REQUIRE(id.ok());
    auto stored = programmes.programme(*id);
    REQUIRE(stored.ok());
    CHECK(stored->ratings == std::vector<ProgrammeRating>{{a, 2, 4}});
    CHECK(stored->actionIds == QList<qint64>{*actionId});
    CHECK(historyCount(file, QStringLiteral("rating")) == 2);

    CaseStudy story;
    story.title = QStringLiteral("Positive action in recruitment");
    story.programmeId = *id;
    story.evidenceIds = {12345};
    CHECK(CaseStudyRepository(file).addCaseStudy(story).error().code == Error::Code::Invalid);
    EvidenceItem item;
    item.title = QStringLiteral("Shortlisting record");
    auto evidenceId = EvidenceRepository(file).add(item);
    REQUIRE(evidenceId.ok());
    story.evidenceIds = {*evidenceId};
    auto caseId = CaseStudyRepository(file).addCaseStudy(story);
    REQUIRE(caseId.ok());
    CHECK(CaseStudyRepository(file).caseStudy(*caseId)->evidenceIds == QList<qint64>{*evidenceId});
    auto report = SchoolChecker(file).run();
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
}

TEST_CASE("training edits undo and redo, and removing a person takes their rows with them",
          "[training]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    int changes = 0;
    QObject::connect(&document, &SchoolDocument::trainingChanged, [&] { ++changes; });

    auto addAda = PersonCommand::add(document, staff(QStringLiteral("Ada"), true));
    auto* adding = addAda.get();
    REQUIRE(document.execute(std::move(addAda)).ok());
    const qint64 ada = adding->recordId();
    auto addSession = TrainingSessionCommand::add(document, sampleSession({{ada, true}}));
    auto* sessionAdding = addSession.get();
    REQUIRE(document.execute(std::move(addSession)).ok());
    const qint64 sessionId = sessionAdding->recordId();
    TrainingProgramme programme;
    programme.title = QStringLiteral("Pilot");
    programme.ratings = {{ada, 2, 4}};
    auto addProgramme = ProgrammeCommand::add(document, programme);
    auto* programmeAdding = addProgramme.get();
    REQUIRE(document.execute(std::move(addProgramme)).ok());
    const qint64 programmeId = programmeAdding->recordId();
    TrainingSession linked = *TrainingRepository(document.file()).session(sessionId);
    linked.programmeId = programmeId;
    REQUIRE(document.execute(TrainingSessionCommand::update(document, linked)).ok());
    CHECK(changes == 4);

    REQUIRE(document.execute(PersonCommand::remove(document, ada)).ok());
    CHECK(document.undoStack()->undoText() == u"Remove person Ada");
    CHECK(TrainingRepository(document.file()).session(sessionId)->attendance.empty());
    CHECK(ProgrammeRepository(document.file()).programme(programmeId)->ratings.empty());
    document.undoStack()->undo();
    CHECK(TrainingRepository(document.file()).session(sessionId)->attendance ==
          std::vector<Attendance>{{ada, true}});
    CHECK(ProgrammeRepository(document.file()).programme(programmeId)->ratings ==
          std::vector<ProgrammeRating>{{ada, 2, 4}});

    // Removing the programme leaves its session, unlinked; undo links it again.
    REQUIRE(document.execute(ProgrammeCommand::remove(document, programmeId)).ok());
    CHECK(TrainingRepository(document.file()).session(sessionId)->programmeId == 0);
    document.undoStack()->undo();
    CHECK(TrainingRepository(document.file()).session(sessionId)->programmeId == programmeId);

    // Undo everything, then redo it: the same ids come back.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    CHECK(TrainingRepository(document.file()).people()->empty());
    CHECK(TrainingRepository(document.file()).sessions()->empty());
    document.undoStack()->setIndex(4); // up to linking the session, not its removal
    auto session = TrainingRepository(document.file()).session(sessionId);
    REQUIRE(session.ok());
    CHECK(session->programmeId == programmeId);
    CHECK(session->attendance == std::vector<Attendance>{{ada, true}});
    CHECK(changes > 10);
}

TEST_CASE("training history entries open the record on the Training page", "[training]") {
    HistoryEntry entry;
    entry.entity = QStringLiteral("attendance");
    entry.entityId = QStringLiteral("5/12");
    CHECK(historyPageOf(entry.entity) == u"training");
    CHECK(historyTarget(entry).toString() == u"session/5");
    entry.entity = QStringLiteral("rating");
    entry.entityId = QStringLiteral("2/12");
    CHECK(historyTarget(entry).toString() == u"programme/2");
    entry.entity = QStringLiteral("person");
    entry.entityId = QStringLiteral("12");
    CHECK(historyTarget(entry).toString() == u"person/12");
    entry.entity = QStringLiteral("case-study");
    CHECK(historyTarget(entry).toString() == u"case/12");
}

TEST_CASE("File > Print builds the training coverage report for the period chosen", "[training]") {
    test::SchoolFixture fixture;
    addPerson(*fixture.file, staff(QStringLiteral("Ada")));
    ReportRequest request;
    request.kind = ReportRequest::Kind::TrainingCoverage;
    CHECK(ReportRequest::kindLabel(request.kind) == u"Training coverage");
    request.trainingFrom = QDate(2026, 9, 1);
    request.trainingTo = QDate(2027, 8, 31);
    auto report = request.build(*fixture.file);
    REQUIRE(report.ok());
    CHECK(report->title == u"Training coverage");
    const QString text = report->plainText();
    CHECK(text.contains(u"1 September 2026 to 31 August 2027"));
    CHECK(text.contains(u"Ada")); // in post, not reached
    CHECK(text.contains(u"Not yet offered"));
    request.trainingTo = QDate(2026, 8, 31);
    CHECK(request.build(*fixture.file).error().code == Error::Code::Invalid);
}

TEST_CASE("the checker reports training dates another program garbled", "[training]") {
    test::SchoolFixture fixture;
    const qint64 id = addPerson(*fixture.file, staff(QStringLiteral("Ada")));
    REQUIRE(sql::run(fixture.file->database(),
                     QStringLiteral("UPDATE person SET joined_on = 'last spring' WHERE id = ?"),
                     {id})
                .ok());
    auto report = SchoolChecker(*fixture.file).run();
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.front().contains(u"last spring"));
}

TEST_CASE("markup typed into training records prints as text in the report", "[training]") {
    test::SchoolFixture fixture;
    SchoolFile& file = *fixture.file;
    const QString markup = QStringLiteral("<img src=\"file:///etc/passwd\"><a href=\"x\">y</a>");
    const qint64 id = addPerson(file, staff(markup));
    TrainingSession session = sampleSession({{id, false}});
    session.title = markup;
    session.heldOn = QDate(2026, 10, 1);
    REQUIRE(TrainingRepository(file).addSession(session).ok());
    TrainingProgramme programme;
    programme.title = markup;
    programme.leadersApproach = markup;
    REQUIRE(ProgrammeRepository(file).addProgramme(programme).ok());
    CaseStudy story;
    story.title = QStringLiteral("Story");
    story.story = markup;
    REQUIRE(CaseStudyRepository(file).addCaseStudy(story).ok());
    ReportRequest request;
    request.kind = ReportRequest::Kind::TrainingCoverage;
    request.trainingFrom = QDate(2026, 9, 1);
    request.trainingTo = QDate(2027, 8, 31);
    auto report = request.build(file);
    REQUIRE(report.ok());
    const QString html = report->document->toHtml();
    CHECK_FALSE(html.contains(u"<img"));
    CHECK_FALSE(html.contains(u"<a href"));
    CHECK(report->plainText().count(markup) >= 4); // name, session, programme, story
}
