#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddFrameworkCommand.h"
#include "editing/commands/SetCharterStatusCommand.h"
#include "editing/commands/SetCriterionJudgementCommand.h"
#include "storage/ChangeHistory.h"
#include "storage/CharterRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"

#include <QUndoStack>
#include <algorithm>

using namespace equimark;

namespace {

const QString charterId = QStringLiteral("race-charter-mark");

// A school file made with the equality mark only, open in a document.
struct EqualityOnly {
    EqualityOnly() {
        School school;
        school.name = QStringLiteral("Equality Only Primary");
        auto created = SchoolFile::create(dir.file(QStringLiteral("only.equimark")), school,
                                          {test::equalityMark()});
        REQUIRE(created.ok());
        document = std::make_unique<SchoolDocument>(std::move(*created));
    }

    bool hasCharter() {
        return FrameworkRepository(document->file()).ofKind(Framework::Kind::RaceCharter).ok();
    }

    test::TempDir dir;
    std::unique_ptr<SchoolDocument> document;
};

CriterionJudgement judged(const QString& criterionId, const QString& levelId) {
    CriterionJudgement judgement;
    judgement.criterionId = criterionId;
    judgement.levelId = levelId;
    return judgement;
}

} // namespace

TEST_CASE("starting to use the RACE Charter Mark can be undone and redone", "[framework-add]") {
    EqualityOnly school;
    int changed = 0;
    QObject::connect(school.document.get(), &SchoolDocument::frameworksChanged,
                     [&changed] { ++changed; });
    auto command =
        std::make_unique<AddFrameworkCommand>(*school.document, Framework::Kind::RaceCharter);
    auto* added = command.get();
    REQUIRE(school.document->execute(std::move(command)).ok());
    CHECK(added->frameworkId() == charterId);
    CHECK(school.hasCharter());
    CHECK(changed == 1);
    CHECK(school.document->undoStack()->count() == 1);

    school.document->undoStack()->undo();
    CHECK_FALSE(school.hasCharter());
    CHECK(changed == 2);
    auto history = ChangeHistory(school.document->file()).since(QDateTime());
    REQUIRE(history.ok());
    CHECK(std::any_of(history->begin(), history->end(), [](const HistoryEntry& e) {
        return e.entity == u"framework" && e.entityId == charterId && !e.oldValue.isEmpty() &&
               e.newValue.isEmpty();
    }));

    school.document->undoStack()->redo();
    CHECK(school.hasCharter());
    CHECK(changed == 3);
    CHECK(CharterRepository(school.document->file()).judgements(charterId).ok());
}

TEST_CASE("a judgement or target that was undone does not keep the framework in the file",
          "[framework-add]") {
    EqualityOnly school;
    auto& document = *school.document;
    REQUIRE(
        document
            .execute(std::make_unique<AddFrameworkCommand>(document, Framework::Kind::RaceCharter))
            .ok());
    REQUIRE(document
                .execute(std::make_unique<SetCriterionJudgementCommand>(
                    document, charterId, judged(QStringLiteral("1.1"), QStringLiteral("emerging"))))
                .ok());
    CharterStatus target;
    target.targetLevel = QStringLiteral("bronze");
    REQUIRE(document.execute(std::make_unique<SetCharterStatusCommand>(document, charterId, target))
                .ok());

    QString failure;
    QObject::connect(&document, &SchoolDocument::editFailed,
                     [&failure](const QString& message) { failure = message; });
    document.undoStack()->undo(); // target
    document.undoStack()->undo(); // judgement
    document.undoStack()->undo(); // start using the charter
    CHECK(failure.isEmpty());
    CHECK_FALSE(school.hasCharter());

    // Starting again begins from a clean self-evaluation.
    document.undoStack()->redo();
    REQUIRE(school.hasCharter());
    auto judgement = CharterRepository(document.file()).judgement(charterId, QStringLiteral("1.1"));
    REQUIRE(judgement.ok());
    CHECK(judgement->levelId.isEmpty());
}

TEST_CASE("undoing the start is refused once the school has judged a criterion",
          "[framework-add]") {
    EqualityOnly school;
    auto& document = *school.document;
    REQUIRE(
        document
            .execute(std::make_unique<AddFrameworkCommand>(document, Framework::Kind::RaceCharter))
            .ok());
    // Written by another program (the CLI), so it is not on this undo stack.
    REQUIRE(CharterRepository(document.file())
                .setJudgement(charterId, judged(QStringLiteral("1.2"), QStringLiteral("embedded")))
                .ok());

    QString failure;
    QObject::connect(&document, &SchoolDocument::editFailed,
                     [&failure](const QString& message) { failure = message; });
    document.undoStack()->undo();
    CHECK(failure.contains(QStringLiteral("self-evaluation judgements")));
    CHECK(school.hasCharter());
    auto judgement = CharterRepository(document.file()).judgement(charterId, QStringLiteral("1.2"));
    REQUIRE(judgement.ok());
    CHECK(judgement->levelId == QStringLiteral("embedded"));
}

TEST_CASE("a framework with a portfolio mapped to it stays in the file", "[framework-add]") {
    test::SchoolFixture fixture;
    Practitioner practitioner;
    practitioner.name = QStringLiteral("Amara Okafor");
    auto practitionerId = PortfolioRepository(*fixture.file).addPractitioner(practitioner);
    REQUIRE(practitionerId.ok());
    Portfolio portfolio;
    portfolio.practitionerId = *practitionerId;
    portfolio.frameworkId = charterId;
    portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
    REQUIRE(PortfolioRepository(*fixture.file).addPortfolio(portfolio).ok());

    const Status removed = FrameworkRepository(*fixture.file).remove(charterId);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::Invalid);
    CHECK(removed.errorMessage().contains(QStringLiteral("Lead Practitioner portfolios")));
    fixture.reopen();
    CHECK(FrameworkRepository(*fixture.file).byId(charterId).ok());
}

TEST_CASE("the equality mark cannot be removed, even from a file with no audits",
          "[framework-add]") {
    test::SchoolFixture fixture;
    auto mark = FrameworkRepository(*fixture.file).ofKind(Framework::Kind::EqualityMark);
    REQUIRE(mark.ok());
    const Status removed = FrameworkRepository(*fixture.file).remove(mark->id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::Invalid);
    CHECK(FrameworkRepository(*fixture.file).ofKind(Framework::Kind::EqualityMark).ok());
}

TEST_CASE("an unused framework is removed for good", "[framework-add]") {
    test::SchoolFixture fixture;
    REQUIRE(FrameworkRepository(*fixture.file).remove(charterId).ok());
    fixture.reopen();
    CHECK(FrameworkRepository(*fixture.file).byId(charterId).error().code == Error::Code::NotFound);
    CHECK(FrameworkRepository(*fixture.file).remove(charterId).error().code ==
          Error::Code::NotFound);
}
