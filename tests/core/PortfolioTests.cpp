#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddImpactItemCommand.h"
#include "editing/commands/AddPortfolioCommand.h"
#include "editing/commands/AddPractitionerCommand.h"
#include "editing/commands/RemoveImpactItemCommand.h"
#include "editing/commands/RemovePortfolioCommand.h"
#include "editing/commands/RemovePractitionerCommand.h"
#include "editing/commands/UpdateImpactItemCommand.h"
#include "editing/commands/UpdatePortfolioCommand.h"
#include "storage/ChangeHistory.h"
#include "storage/EvidenceRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"

#include <QDate>
#include <QDateTime>

using namespace equimark;

namespace {

const QString charter = QStringLiteral("race-charter-mark");

qint64 addPractitioner(SchoolFile& file, const QString& name = QStringLiteral("Amara Okafor")) {
    Practitioner practitioner;
    practitioner.name = name;
    practitioner.role = QStringLiteral("Assistant headteacher");
    auto added = PortfolioRepository(file).addPractitioner(practitioner);
    REQUIRE(added.ok());
    return *added;
}

Portfolio samplePortfolio(qint64 practitionerId) {
    Portfolio portfolio;
    portfolio.practitionerId = practitionerId;
    portfolio.frameworkId = charter;
    portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
    portfolio.gatewayOn = QDate(2027, 3, 15);
    portfolio.assessments = {
        {QStringLiteral("S3"), SelfAssessment::Secure,
         QStringLiteral("Led the RACE working group")},
        {QStringLiteral("S2"), SelfAssessment::Developing, QStringLiteral("Coaching two leaders")},
    };
    portfolio.reflections = {QStringLiteral("Inclusive recruitment."), QString(),
                             QStringLiteral("Coaching skills.")};
    return portfolio;
}

qint64 addPortfolio(SchoolFile& file, const Portfolio& portfolio) {
    auto added = PortfolioRepository(file).addPortfolio(portfolio);
    REQUIRE(added.ok());
    return *added;
}

qint64 addEvidence(SchoolFile& file, const QString& title) {
    EvidenceItem item;
    item.title = title;
    item.kind = EvidenceKind::Minutes;
    item.datedOn = QDate(2026, 10, 1);
    auto added = EvidenceRepository(file).add(item);
    REQUIRE(added.ok());
    return *added;
}

ImpactItem sampleItem(qint64 portfolioId, const QString& title) {
    ImpactItem item;
    item.portfolioId = portfolioId;
    item.title = title;
    item.withWhom = QStringLiteral("Middle leaders");
    item.impact = QStringLiteral("Every leader's job description now includes race equality.");
    item.howKnown = QStringLiteral("Reviewed job descriptions; leaders' survey.");
    item.startedOn = QDate(2026, 9, 1);
    item.endedOn = QDate(2026, 12, 12);
    item.criterionIds = {QStringLiteral("1.4"), QStringLiteral("1.1")};
    item.standardIds = {QStringLiteral("S3"), QStringLiteral("s2")};
    return item;
}

qint64 addItem(SchoolFile& file, const ImpactItem& item) {
    auto added = PortfolioRepository(file).addImpactItem(item);
    REQUIRE(added.ok());
    return *added;
}

std::size_t historySize(SchoolFile& file) {
    auto entries = ChangeHistory(file).since(QDateTime());
    REQUIRE(entries.ok());
    return entries->size();
}

} // namespace

TEST_CASE("portfolio status and self-assessment ids round trip", "[portfolio]") {
    for (auto status : {PortfolioStatus::Drafting, PortfolioStatus::Submitted,
                        PortfolioStatus::Moderated, PortfolioStatus::Accredited}) {
        CHECK(portfolioStatusFromId(portfolioStatusId(status)) == status);
        CHECK_FALSE(portfolioStatusLabel(status).isEmpty());
    }
    for (auto level :
         {SelfAssessment::NotAssessed, SelfAssessment::NotYet, SelfAssessment::Developing,
          SelfAssessment::Secure, SelfAssessment::Strength}) {
        CHECK(selfAssessmentFromId(selfAssessmentId(level)) == level);
        CHECK_FALSE(selfAssessmentLabel(level).isEmpty());
    }
    CHECK(selfAssessmentId(SelfAssessment::NotAssessed).isEmpty());
    CHECK(portfolioStatusFromId(QStringLiteral(" Accredited ")) == PortfolioStatus::Accredited);
    CHECK_FALSE(portfolioStatusFromId(QStringLiteral("passed")).has_value());
    CHECK_FALSE(selfAssessmentFromId(QStringLiteral("excellent")).has_value());
}

TEST_CASE("an accredited portfolio expires three years after accreditation", "[portfolio]") {
    Portfolio portfolio;
    portfolio.accreditedOn = QDate(2026, 7, 10);
    CHECK_FALSE(portfolio.expiresOn(3).isValid()); // still drafting
    portfolio.status = PortfolioStatus::Accredited;
    CHECK(portfolio.expiresOn(3) == QDate(2029, 7, 10));
    portfolio.accreditedOn = QDate(2028, 2, 29);
    CHECK(portfolio.expiresOn(3) == QDate(2031, 2, 28));
}

TEST_CASE("the gateway countdown counts days and goes negative once past", "[portfolio]") {
    Portfolio portfolio;
    CHECK_FALSE(portfolio.daysToGateway(QDate(2026, 11, 23)).has_value());
    portfolio.gatewayOn = QDate(2027, 2, 1);
    CHECK(portfolio.daysToGateway(QDate(2026, 11, 23)) == 70);
    CHECK(portfolio.daysToGateway(QDate(2027, 2, 1)) == 0);
    CHECK(portfolio.daysToGateway(QDate(2027, 2, 4)) == -3);
}

TEST_CASE("a practitioner and portfolio keep every field after reopening", "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 practitionerId = addPractitioner(*fixture.file);
    const qint64 portfolioId = addPortfolio(*fixture.file, samplePortfolio(practitionerId));
    fixture.reopen();

    PortfolioRepository repository(*fixture.file);
    auto practitioner = repository.practitioner(practitionerId);
    REQUIRE(practitioner.ok());
    CHECK(practitioner->name == QStringLiteral("Amara Okafor"));
    CHECK(practitioner->role == QStringLiteral("Assistant headteacher"));

    auto portfolio = repository.portfolio(portfolioId);
    REQUIRE(portfolio.ok());
    CHECK(portfolio->practitionerId == practitionerId);
    CHECK(portfolio->frameworkId == charter);
    CHECK(portfolio->programme == QStringLiteral("RACE Lead Practitioner accreditation"));
    CHECK(portfolio->gatewayOn == QDate(2027, 3, 15));
    CHECK(portfolio->status == PortfolioStatus::Drafting);
    // Assessments come back in framework order (S2 before S3), whatever order they were given.
    REQUIRE(portfolio->assessments.size() == 2);
    CHECK(portfolio->assessments[0].standardId == QStringLiteral("S2"));
    CHECK(portfolio->assessments[0].level == SelfAssessment::Developing);
    CHECK(portfolio->assessments[1].standardId == QStringLiteral("S3"));
    CHECK(portfolio->assessments[1].note == QStringLiteral("Led the RACE working group"));
    CHECK(portfolio->assessment(QStringLiteral("S5")) == nullptr);
    CHECK(portfolio->reflections == QStringList{QStringLiteral("Inclusive recruitment."), QString(),
                                                QStringLiteral("Coaching skills.")});
}

TEST_CASE("criteria, standards and evidence links of impact survive reopening in framework order",
          "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 portfolioId =
        addPortfolio(*fixture.file, samplePortfolio(addPractitioner(*fixture.file)));
    const qint64 minutes = addEvidence(*fixture.file, QStringLiteral("Governors' minutes"));
    const qint64 survey = addEvidence(*fixture.file, QStringLiteral("Leaders' survey"));
    ImpactItem item = sampleItem(portfolioId, QStringLiteral("Rewrote leaders' job descriptions"));
    item.evidenceIds = {survey, minutes, survey};
    const qint64 itemId = addItem(*fixture.file, item);
    fixture.reopen();

    auto stored = PortfolioRepository(*fixture.file).impactItem(itemId);
    REQUIRE(stored.ok());
    CHECK(stored->portfolioId == portfolioId);
    CHECK(stored->title == QStringLiteral("Rewrote leaders' job descriptions"));
    CHECK(stored->withWhom == QStringLiteral("Middle leaders"));
    CHECK(stored->impact == item.impact);
    CHECK(stored->howKnown == item.howKnown);
    CHECK(stored->startedOn == QDate(2026, 9, 1));
    CHECK(stored->endedOn == QDate(2026, 12, 12));
    CHECK(stored->criterionIds == QStringList{QStringLiteral("1.1"), QStringLiteral("1.4")});
    CHECK(stored->standardIds == QStringList{QStringLiteral("S2"), QStringLiteral("S3")});
    CHECK(stored->evidenceIds == QList<qint64>{minutes, survey});
}

TEST_CASE("changing an impact item's mapping replaces it and records the change", "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 portfolioId =
        addPortfolio(*fixture.file, samplePortfolio(addPractitioner(*fixture.file)));
    const qint64 itemId =
        addItem(*fixture.file, sampleItem(portfolioId, QStringLiteral("Coaching")));
    const std::size_t before = historySize(*fixture.file);

    auto item = PortfolioRepository(*fixture.file).impactItem(itemId);
    REQUIRE(item.ok());
    item->criterionIds = {QStringLiteral("1.3")};
    item->standardIds = {QStringLiteral("S2")};
    item->startedOn = QDate(2027, 1, 10);
    item->endedOn = QDate(2027, 2, 10);
    REQUIRE(PortfolioRepository(*fixture.file).updateImpactItem(*item).ok());
    fixture.reopen();

    auto stored = PortfolioRepository(*fixture.file).impactItem(itemId);
    REQUIRE(stored.ok());
    CHECK(stored->criterionIds == QStringList{QStringLiteral("1.3")});
    CHECK(stored->standardIds == QStringList{QStringLiteral("S2")});
    CHECK(stored->startedOn == QDate(2027, 1, 10));
    auto entries = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(entries.ok());
    QStringList fields;
    for (std::size_t i = before; i < entries->size(); ++i) {
        CHECK((*entries)[i].entity == QStringLiteral("impact"));
        fields << (*entries)[i].field;
    }
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("criteria"), QStringLiteral("ended_on"),
                                QStringLiteral("standards"), QStringLiteral("started_on")});
}

TEST_CASE("unknown criteria, standards and evidence are refused and nothing is written",
          "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 practitionerId = addPractitioner(*fixture.file);
    const qint64 portfolioId = addPortfolio(*fixture.file, samplePortfolio(practitionerId));
    const std::size_t before = historySize(*fixture.file);
    PortfolioRepository repository(*fixture.file);

    ImpactItem badCriterion = sampleItem(portfolioId, QStringLiteral("Bad criterion"));
    badCriterion.criterionIds << QStringLiteral("9.9");
    auto refused = repository.addImpactItem(badCriterion);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("9.9")));

    ImpactItem badStandard = sampleItem(portfolioId, QStringLiteral("Bad standard"));
    badStandard.standardIds << QStringLiteral("S11");
    refused = repository.addImpactItem(badStandard);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("S11")));

    ImpactItem badEvidence = sampleItem(portfolioId, QStringLiteral("Bad evidence"));
    badEvidence.evidenceIds = {4242};
    refused = repository.addImpactItem(badEvidence);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("4242")));

    ImpactItem untitled = sampleItem(portfolioId, QStringLiteral("   "));
    CHECK(repository.addImpactItem(untitled).error().code == Error::Code::Invalid);

    ImpactItem backwards = sampleItem(portfolioId, QStringLiteral("Backwards"));
    backwards.endedOn = QDate(2026, 1, 1);
    CHECK(repository.addImpactItem(backwards).error().code == Error::Code::Invalid);

    Portfolio badAssessment = samplePortfolio(practitionerId);
    badAssessment.assessments.push_back({QStringLiteral("S12"), SelfAssessment::Secure, {}});
    auto refusedPortfolio = repository.addPortfolio(badAssessment);
    REQUIRE_FALSE(refusedPortfolio.ok());
    CHECK(refusedPortfolio.error().code == Error::Code::Invalid);
    CHECK(refusedPortfolio.errorMessage().contains(QStringLiteral("S12")));

    Portfolio wrongFramework = samplePortfolio(practitionerId);
    wrongFramework.frameworkId = QStringLiteral("lancashire-equality-mark");
    CHECK(repository.addPortfolio(wrongFramework).error().code == Error::Code::Invalid);
    wrongFramework.frameworkId = QStringLiteral("no-such-framework");
    refusedPortfolio = repository.addPortfolio(wrongFramework);
    CHECK(refusedPortfolio.error().code == Error::Code::Invalid);
    CHECK(refusedPortfolio.errorMessage().contains(QStringLiteral("no-such-framework")));

    Portfolio noProgramme = samplePortfolio(practitionerId);
    noProgramme.programme = QStringLiteral(" ");
    CHECK(repository.addPortfolio(noProgramme).error().code == Error::Code::Invalid);

    Portfolio tooManyAnswers = samplePortfolio(practitionerId);
    tooManyAnswers.reflections = {{}, {}, {}, {}, QStringLiteral("A fifth answer")};
    CHECK(repository.addPortfolio(tooManyAnswers).error().code == Error::Code::Invalid);

    Portfolio orphan = samplePortfolio(9999);
    CHECK(repository.addPortfolio(orphan).error().code == Error::Code::NotFound);

    Practitioner nameless;
    nameless.name = QStringLiteral("  ");
    CHECK(repository.addPractitioner(nameless).error().code == Error::Code::Invalid);

    fixture.reopen();
    CHECK(historySize(*fixture.file) == before);
    auto items = PortfolioRepository(*fixture.file).impactItems(portfolioId);
    REQUIRE(items.ok());
    CHECK(items->empty());
    auto portfolios = PortfolioRepository(*fixture.file).portfolios(practitionerId);
    REQUIRE(portfolios.ok());
    CHECK(portfolios->size() == 1);
}

TEST_CASE("an accredited portfolio needs its accreditation date", "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 portfolioId =
        addPortfolio(*fixture.file, samplePortfolio(addPractitioner(*fixture.file)));
    PortfolioRepository repository(*fixture.file);
    auto portfolio = repository.portfolio(portfolioId);
    REQUIRE(portfolio.ok());

    portfolio->status = PortfolioStatus::Accredited;
    auto refused = repository.updatePortfolio(*portfolio);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);

    portfolio->submittedOn = QDate(2027, 3, 15);
    portfolio->accreditedOn = QDate(2027, 3, 1);
    CHECK(repository.updatePortfolio(*portfolio).error().code == Error::Code::Invalid);

    portfolio->accreditedOn = QDate(2027, 5, 20);
    REQUIRE(repository.updatePortfolio(*portfolio).ok());
    fixture.reopen();
    auto stored = PortfolioRepository(*fixture.file).portfolio(portfolioId);
    REQUIRE(stored.ok());
    CHECK(stored->status == PortfolioStatus::Accredited);
    CHECK(stored->expiresOn(3) == QDate(2030, 5, 20));

    // Back to moderated with the date cleared in one edit.
    stored->status = PortfolioStatus::Moderated;
    stored->accreditedOn = QDate();
    REQUIRE(PortfolioRepository(*fixture.file).updatePortfolio(*stored).ok());
}

TEST_CASE("self-assessment and reflections are replaced as a whole and logged", "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 portfolioId =
        addPortfolio(*fixture.file, samplePortfolio(addPractitioner(*fixture.file)));
    const std::size_t before = historySize(*fixture.file);
    auto portfolio = PortfolioRepository(*fixture.file).portfolio(portfolioId);
    REQUIRE(portfolio.ok());
    portfolio->assessments = {{QStringLiteral("S1"), SelfAssessment::Strength, {}},
                              {QStringLiteral("S3"), SelfAssessment::Secure,
                               QStringLiteral("Led the RACE working group")}};
    portfolio->reflections = {QStringLiteral("Inclusive recruitment."), QStringLiteral("Survey."),
                              QString()};
    REQUIRE(PortfolioRepository(*fixture.file).updatePortfolio(*portfolio).ok());
    fixture.reopen();

    auto stored = PortfolioRepository(*fixture.file).portfolio(portfolioId);
    REQUIRE(stored.ok());
    REQUIRE(stored->assessments.size() == 2);
    CHECK(stored->assessments[0].standardId == QStringLiteral("S1"));
    CHECK(stored->assessments[0].level == SelfAssessment::Strength);
    CHECK(stored->assessment(QStringLiteral("S2")) == nullptr);
    CHECK(stored->reflections ==
          QStringList{QStringLiteral("Inclusive recruitment."), QStringLiteral("Survey.")});
    auto entries = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(entries.ok());
    QStringList fields;
    for (std::size_t i = before; i < entries->size(); ++i)
        fields << (*entries)[i].field;
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("reflection 2"), QStringLiteral("reflection 3"),
                                QStringLiteral("standard S1"), QStringLiteral("standard S2")});
}

TEST_CASE("removing evidence from the store drops its link from the impact item", "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 portfolioId =
        addPortfolio(*fixture.file, samplePortfolio(addPractitioner(*fixture.file)));
    const qint64 kept = addEvidence(*fixture.file, QStringLiteral("Kept"));
    const qint64 removed = addEvidence(*fixture.file, QStringLiteral("Removed"));
    ImpactItem item = sampleItem(portfolioId, QStringLiteral("Mentoring"));
    item.evidenceIds = {kept, removed};
    const qint64 itemId = addItem(*fixture.file, item);

    REQUIRE(EvidenceRepository(*fixture.file).remove(removed).ok());
    fixture.reopen();
    auto stored = PortfolioRepository(*fixture.file).impactItem(itemId);
    REQUIRE(stored.ok());
    CHECK(stored->evidenceIds == QList<qint64>{kept});
}

TEST_CASE("practitioners are found by name ignoring case, and a shared name is ambiguous",
          "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 amara = addPractitioner(*fixture.file, QStringLiteral("Amara Okafor"));
    addPractitioner(*fixture.file, QStringLiteral("Ben Carter"));
    PortfolioRepository repository(*fixture.file);

    auto all = repository.practitioners();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->front().name == QStringLiteral("Amara Okafor"));

    auto found = repository.practitionerNamed(QStringLiteral("  amara OKAFOR "));
    REQUIRE(found.ok());
    CHECK(found->id == amara);
    CHECK(repository.practitionerNamed(QStringLiteral("Nobody")).error().code ==
          Error::Code::NotFound);

    addPractitioner(*fixture.file, QStringLiteral("amara okafor"));
    CHECK(repository.practitionerNamed(QStringLiteral("Amara Okafor")).error().code ==
          Error::Code::Invalid);
}

TEST_CASE("a practitioner's portfolios are listed newest first", "[portfolio]") {
    test::SchoolFixture fixture;
    const qint64 practitionerId = addPractitioner(*fixture.file);
    const qint64 first = addPortfolio(*fixture.file, samplePortfolio(practitionerId));
    const qint64 second = addPortfolio(*fixture.file, samplePortfolio(practitionerId));
    auto portfolios = PortfolioRepository(*fixture.file).portfolios(practitionerId);
    REQUIRE(portfolios.ok());
    REQUIRE(portfolios->size() == 2);
    CHECK(portfolios->at(0).id == second);
    CHECK(portfolios->at(1).id == first);
}

TEST_CASE("removing a practitioner and undoing brings back portfolios and items under the same "
          "ids",
          "[portfolio][undo]") {
    test::SchoolFixture fixture;
    const qint64 practitionerId = addPractitioner(*fixture.file);
    const qint64 portfolioId = addPortfolio(*fixture.file, samplePortfolio(practitionerId));
    const qint64 evidenceId = addEvidence(*fixture.file, QStringLiteral("Minutes"));
    ImpactItem item = sampleItem(portfolioId, QStringLiteral("Governor training"));
    item.evidenceIds = {evidenceId};
    const qint64 itemId = addItem(*fixture.file, item);

    SchoolDocument document(std::move(fixture.file));
    int portfoliosRemoved = 0;
    int practitionersChanged = 0;
    QObject::connect(&document, &SchoolDocument::portfolioRemoved,
                     [&portfoliosRemoved](qint64) { ++portfoliosRemoved; });
    QObject::connect(&document, &SchoolDocument::practitionersChanged,
                     [&practitionersChanged] { ++practitionersChanged; });
    REQUIRE(document.execute(std::make_unique<RemovePractitionerCommand>(document, practitionerId))
                .ok());
    CHECK(portfoliosRemoved == 1);
    CHECK(practitionersChanged == 1);
    PortfolioRepository repository(document.file());
    CHECK(repository.practitioner(practitionerId).error().code == Error::Code::NotFound);
    CHECK(repository.portfolio(portfolioId).error().code == Error::Code::NotFound);
    CHECK(repository.impactItem(itemId).error().code == Error::Code::NotFound);
    CHECK(EvidenceRepository(document.file()).byId(evidenceId).ok()); // the store keeps it

    document.undoStack()->undo();
    auto portfolio = repository.portfolio(portfolioId);
    REQUIRE(portfolio.ok());
    CHECK(portfolio->practitionerId == practitionerId);
    CHECK(portfolio->assessments.size() == 2);
    CHECK(portfolio->reflections.size() == 3);
    auto restored = repository.impactItem(itemId);
    REQUIRE(restored.ok());
    CHECK(restored->portfolioId == portfolioId);
    CHECK(restored->standardIds == QStringList{QStringLiteral("S2"), QStringLiteral("S3")});
    CHECK(restored->evidenceIds == QList<qint64>{evidenceId});

    document.undoStack()->redo();
    CHECK(repository.practitioner(practitionerId).error().code == Error::Code::NotFound);
}

TEST_CASE("portfolio and impact commands undo and redo under the same ids", "[portfolio][undo]") {
    test::SchoolFixture fixture;
    const qint64 practitionerId = addPractitioner(*fixture.file);
    SchoolDocument document(std::move(fixture.file));
    PortfolioRepository repository(document.file());
    QList<qint64> changed;
    QObject::connect(&document, &SchoolDocument::portfolioChanged,
                     [&changed](qint64 id) { changed << id; });

    auto addPortfolioCommand =
        std::make_unique<AddPortfolioCommand>(document, samplePortfolio(practitionerId));
    auto* portfolioCommand = addPortfolioCommand.get();
    REQUIRE(document.execute(std::move(addPortfolioCommand)).ok());
    const qint64 portfolioId = portfolioCommand->portfolioId();
    CHECK(changed == QList<qint64>{portfolioId});

    auto addItemCommand = std::make_unique<AddImpactItemCommand>(
        document, sampleItem(portfolioId, QStringLiteral("Coaching")));
    auto* itemCommand = addItemCommand.get();
    REQUIRE(document.execute(std::move(addItemCommand)).ok());
    const qint64 itemId = itemCommand->itemId();

    ImpactItem renamed = *repository.impactItem(itemId);
    renamed.title = QStringLiteral("Coaching two aspiring leaders");
    REQUIRE(document.execute(std::make_unique<UpdateImpactItemCommand>(document, renamed)).ok());
    Portfolio submitted = *repository.portfolio(portfolioId);
    submitted.status = PortfolioStatus::Submitted;
    submitted.submittedOn = QDate(2027, 3, 15);
    REQUIRE(document.execute(std::make_unique<UpdatePortfolioCommand>(document, submitted)).ok());
    CHECK(repository.portfolio(portfolioId)->status == PortfolioStatus::Submitted);

    document.undoStack()->undo(); // status
    CHECK(repository.portfolio(portfolioId)->status == PortfolioStatus::Drafting);
    document.undoStack()->undo(); // title
    CHECK(repository.impactItem(itemId)->title == QStringLiteral("Coaching"));
    document.undoStack()->undo(); // item added
    CHECK(repository.impactItem(itemId).error().code == Error::Code::NotFound);
    document.undoStack()->undo(); // portfolio added
    CHECK(repository.portfolio(portfolioId).error().code == Error::Code::NotFound);

    document.undoStack()->redo();
    document.undoStack()->redo();
    document.undoStack()->redo();
    CHECK(repository.impactItem(itemId)->title == QStringLiteral("Coaching two aspiring leaders"));

    REQUIRE(document.execute(std::make_unique<RemoveImpactItemCommand>(document, itemId)).ok());
    CHECK(repository.impactItem(itemId).error().code == Error::Code::NotFound);
    document.undoStack()->undo();
    CHECK(repository.impactItem(itemId).ok());

    REQUIRE(document.execute(std::make_unique<RemovePortfolioCommand>(document, portfolioId)).ok());
    CHECK(repository.portfolio(portfolioId).error().code == Error::Code::NotFound);
    document.undoStack()->undo();
    CHECK(repository.portfolio(portfolioId).ok());
    auto items = repository.impactItems(portfolioId);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->front().id == itemId);
}

TEST_CASE("a failed portfolio edit is not put on the undo stack", "[portfolio][undo]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    Practitioner nameless;
    auto refused = document.execute(std::make_unique<AddPractitionerCommand>(document, nameless));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(document.undoStack()->count() == 0);
}
