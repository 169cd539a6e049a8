#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/ReplaceFrameworkCommand.h"
#include "frameworks/FrameworkEditor.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/ChangeHistory.h"
#include "storage/CharterRepository.h"
#include "storage/FrameworkRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace equimark;

namespace {

const QString charterId = QStringLiteral("race-charter-mark");

Framework stored(SchoolFile& file) {
    auto framework = FrameworkRepository(file).byId(charterId);
    REQUIRE(framework.ok());
    return *framework;
}

Framework withCriterion15(const Framework& base) {
    FrameworkEditor editor(base);
    REQUIRE(editor
                .addCriterion(QStringLiteral("1"), QStringLiteral("1.5"),
                              QStringLiteral("Wording typed from the school's booklet"))
                .ok());
    auto edited = editor.result();
    REQUIRE(edited.ok());
    return *edited;
}

} // namespace

TEST_CASE("entered framework wording survives reopening and is marked as known",
          "[framework-edit]") {
    test::SchoolFixture fixture;
    FrameworkEditor editor(stored(*fixture.file));
    REQUIRE(editor.addSection(QStringLiteral("2"), QStringLiteral("Staff and workforce")).ok());
    REQUIRE(editor
                .addCriterion(QStringLiteral("2"), QStringLiteral("2.1"),
                              QStringLiteral("  Criterion text from the official booklet  "))
                .ok());
    REQUIRE(editor.setCriterionText(QStringLiteral("1.2"), QStringLiteral("Corrected 1.2")).ok());
    REQUIRE(editor.setSectionName(QStringLiteral("1"), QStringLiteral("Leadership")).ok());
    REQUIRE(editor
                .setStandard(QStringLiteral("S1"), QStringLiteral("Standard one as published"),
                             QStringLiteral("What the booklet says about S1."))
                .ok());
    auto edited = editor.result();
    REQUIRE(edited.ok());
    REQUIRE(FrameworkRepository(*fixture.file).replace(*edited).ok());

    fixture.reopen();
    const Framework after = stored(*fixture.file);
    REQUIRE(after.criterion(QStringLiteral("2.1")));
    CHECK(after.criterion(QStringLiteral("2.1"))->text ==
          QStringLiteral("Criterion text from the official booklet"));
    CHECK(after.criterion(QStringLiteral("2.1"))->textKnown);
    CHECK(after.criterion(QStringLiteral("1.2"))->text == QStringLiteral("Corrected 1.2"));
    CHECK(after.section(QStringLiteral("1"))->name == QStringLiteral("Leadership"));
    CHECK(after.section(QStringLiteral("2"))->name == QStringLiteral("Staff and workforce"));
    CHECK(after.lpStandard(QStringLiteral("S1"))->name ==
          QStringLiteral("Standard one as published"));
    CHECK(after.lpStandard(QStringLiteral("S1"))->textKnown);
    // The mapping guidance and the award rule come through untouched.
    CHECK(after.criterion(QStringLiteral("1.4"))->lpMapping.size() == 1);
    CHECK(after.awardLevel(QStringLiteral("gold"))->requiredLevel == QStringLiteral("embedded"));
    // The self-evaluation sees the new criterion.
    auto judgements = CharterRepository(*fixture.file).judgements(charterId);
    REQUIRE(judgements.ok());
    CHECK(judgements->size() == 5);

    auto history = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(history.ok());
    auto logged = [&history](const QString& field) {
        return std::any_of(history->begin(), history->end(), [&field](const HistoryEntry& e) {
            return e.entity == u"framework" && e.entityId == u"race-charter-mark" &&
                   e.field == field;
        });
    };
    CHECK(logged(QStringLiteral("criterion 2.1")));
    CHECK(logged(QStringLiteral("criterion 1.2")));
    CHECK(logged(QStringLiteral("standard S1 name")));
    CHECK_FALSE(logged(QStringLiteral("criterion 1.1")));
}

TEST_CASE("a bad framework text edit is refused with a message naming the entry",
          "[framework-edit]") {
    test::SchoolFixture fixture;
    FrameworkEditor editor(stored(*fixture.file));

    auto missing = editor.setCriterionText(QStringLiteral("9.9"), QStringLiteral("Text"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Invalid);
    CHECK(missing.errorMessage() == QStringLiteral("There is no criterion 9.9 in this framework."));

    auto duplicate =
        editor.addCriterion(QStringLiteral("1"), QStringLiteral("1.1"), QStringLiteral("Again"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.errorMessage().contains(QStringLiteral("1.1")));

    auto badNumber =
        editor.addCriterion(QStringLiteral("1"), QStringLiteral("2.1"), QStringLiteral("Text"));
    REQUIRE_FALSE(badNumber.ok());
    CHECK(badNumber.error().code == Error::Code::Invalid);
    CHECK_FALSE(
        editor.addCriterion(QStringLiteral("1"), QStringLiteral("1.x"), QStringLiteral("T")).ok());
    CHECK_FALSE(editor.addSection(QStringLiteral("1"), QStringLiteral("Again")).ok());
    CHECK_FALSE(editor.addSection(QStringLiteral("two"), QStringLiteral("Named")).ok());

    auto empty = editor.setCriterionText(QStringLiteral("1.1"), QStringLiteral("   "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::Invalid);
    CHECK_FALSE(editor.setStandard(QStringLiteral("S11"), QStringLiteral("Name"), {}).ok());
    CHECK_FALSE(editor.setStandard(QStringLiteral("S1"), QString(), {}).ok());

    // Nothing refused reached the result.
    auto result = editor.result();
    REQUIRE(result.ok());
    CHECK(result->criterion(QStringLiteral("1.1"))->text ==
          QStringLiteral("A Senior leader for RACE is appointed"));
    CHECK(result->allCriteria().size() == 4);

    FrameworkEditor equality(test::equalityMark());
    CHECK(equality.setCriterionText(QStringLiteral("1.1"), QStringLiteral("x")).error().code ==
          Error::Code::Invalid);
}

TEST_CASE("an invalid framework definition is refused and the stored copy is unchanged",
          "[framework-edit]") {
    test::SchoolFixture fixture;
    const Framework before = stored(*fixture.file);

    Framework broken = before;
    broken.source = QByteArrayLiteral("{ \"formatVersion\": 1, \"id\": ");
    auto refused = FrameworkRepository(*fixture.file).replace(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);

    Framework otherKind = test::equalityMark();
    otherKind.id = charterId;
    refused = FrameworkRepository(*fixture.file).replace(otherKind);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);

    Framework unknown = before;
    unknown.id = QStringLiteral("not-in-this-file");
    CHECK(FrameworkRepository(*fixture.file).replace(unknown).error().code ==
          Error::Code::NotFound);

    fixture.reopen();
    CHECK(stored(*fixture.file).source == before.source);
}

TEST_CASE("new wording that drops a criterion the school uses is refused", "[framework-edit]") {
    test::SchoolFixture fixture;
    const Framework original = stored(*fixture.file);
    REQUIRE(FrameworkRepository(*fixture.file).replace(withCriterion15(original)).ok());

    CriterionJudgement judgement;
    judgement.criterionId = QStringLiteral("1.5");
    judgement.levelId = QStringLiteral("emerging");
    REQUIRE(CharterRepository(*fixture.file).setJudgement(charterId, judgement).ok());

    auto refused = FrameworkRepository(*fixture.file).replace(original);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("criterion 1.5")));
    fixture.reopen();
    CHECK(stored(*fixture.file).criterion(QStringLiteral("1.5")) != nullptr);

    // Once the judgement is cleared, the criterion may go.
    judgement.levelId.clear();
    REQUIRE(CharterRepository(*fixture.file).setJudgement(charterId, judgement).ok());
    REQUIRE(FrameworkRepository(*fixture.file).replace(original).ok());
    CHECK(stored(*fixture.file).criterion(QStringLiteral("1.5")) == nullptr);
}

TEST_CASE("an award level must require a level of the rubric", "[framework-edit]") {
    const Framework charter = *FrameworkLoader::shipped(charterId);
    CHECK(charter.awardLevel(QStringLiteral("bronze"))->requiredLevel ==
          QStringLiteral("emerging"));
    CHECK(charter.awardLevel(QStringLiteral("silver"))->requiredLevel ==
          QStringLiteral("established"));
    CHECK(charter.notes.contains(QStringLiteral("not the scheme's official award rule")));

    QJsonObject root = QJsonDocument::fromJson(charter.source).object();
    QJsonArray levels = root.value(QStringLiteral("awardLevels")).toArray();
    QJsonObject bronze = levels.at(0).toObject();
    bronze.insert(QStringLiteral("requires"), QStringLiteral("platinum"));
    levels.replace(0, bronze);
    root.insert(QStringLiteral("awardLevels"), levels);
    auto loaded = FrameworkLoader::load(QJsonDocument(root).toJson());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == Error::Code::Invalid);
    CHECK(loaded.errorMessage().contains(QStringLiteral("awardLevels[0] (bronze)")));
    CHECK(loaded.errorMessage().contains(QStringLiteral("platinum")));
}

TEST_CASE("a file made without the RACE Charter Mark can start using it", "[framework-edit]") {
    test::TempDir dir;
    School school;
    school.name = QStringLiteral("Equality Only Primary");
    auto created = SchoolFile::create(dir.file(QStringLiteral("only.equimark")), school,
                                      {test::equalityMark()});
    REQUIRE(created.ok());
    SchoolFile& file = **created;
    CHECK(FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter).error().code ==
          Error::Code::NotFound);

    auto added = FrameworkRepository(file).addShipped(Framework::Kind::RaceCharter);
    REQUIRE(added.ok());
    CHECK(added->id == charterId);
    CHECK(FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter).ok());
    CHECK(CharterRepository(file).judgements(charterId).ok());

    auto again = FrameworkRepository(file).addShipped(Framework::Kind::RaceCharter);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Invalid);
}

TEST_CASE("changing framework wording can be undone", "[framework-edit]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    int changed = 0;
    QObject::connect(&document, &SchoolDocument::frameworksChanged, [&changed] { ++changed; });
    const Framework before = stored(document.file());
    REQUIRE(document
                .execute(std::make_unique<ReplaceFrameworkCommand>(document, before,
                                                                   withCriterion15(before)))
                .ok());
    CHECK(changed == 1);
    CHECK(stored(document.file()).criterion(QStringLiteral("1.5")) != nullptr);
    document.undoStack()->undo();
    CHECK(changed == 2);
    CHECK(stored(document.file()).criterion(QStringLiteral("1.5")) == nullptr);
    CHECK(stored(document.file()).source == before.source);
}
