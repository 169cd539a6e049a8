#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddImpactItemCommand.h"
#include "editing/commands/AddPortfolioCommand.h"
#include "editing/commands/AddPractitionerCommand.h"
#include "editing/commands/UpdateImpactItemCommand.h"
#include "models/CoverageMatrixModel.h"
#include "models/ImpactItemModel.h"
#include "models/PractitionerListModel.h"
#include "models/StandardAssessmentModel.h"
#include "pages/PortfolioPage.h"
#include "storage/PortfolioRepository.h"
#include "widgets/ImpactItemEditor.h"
#include "widgets/PortfolioHeader.h"
#include "widgets/ReflectionsEditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace equimark;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

void leaveField(QWidget* widget) {
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(widget, &out);
}

void tick(QListWidget* list, const QString& id) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(id + QLatin1Char(' '))) {
            list->item(row)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no row for " << id.toStdString());
}

// A new school file opened as the GUI would open it.
struct Fixture {
    Fixture() { open(); }
    void open() { document = std::make_unique<SchoolDocument>(std::move(school.file)); }
    void reopen() {
        document.reset();
        school.reopen();
        open();
    }
    PortfolioRepository repository() { return PortfolioRepository(document->file()); }

    test::SchoolFixture school;
    std::unique_ptr<SchoolDocument> document;
};

// A practitioner with one portfolio, through the commands.
qint64 startPortfolio(SchoolDocument& document) {
    Practitioner practitioner;
    practitioner.name = QStringLiteral("Ms Adeyemi");
    practitioner.role = QStringLiteral("Deputy headteacher");
    auto addPerson = std::make_unique<AddPractitionerCommand>(document, practitioner);
    auto* person = addPerson.get();
    REQUIRE(document.execute(std::move(addPerson)));
    Portfolio portfolio;
    portfolio.practitionerId = person->practitionerId();
    portfolio.frameworkId = QStringLiteral("race-charter-mark");
    portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
    portfolio.gatewayOn = QDate(2027, 3, 15);
    auto addPortfolio = std::make_unique<AddPortfolioCommand>(document, portfolio);
    auto* added = addPortfolio.get();
    REQUIRE(document.execute(std::move(addPortfolio)));
    return added->portfolioId();
}

// Builds a portfolio on the page as a new user would; returns the impact item's id.
qint64 buildPortfolio(PortfolioPage& page) {
    child<QLineEdit>(page, "newPractitionerName")->setText(QStringLiteral("Ms Adeyemi"));
    child<QLineEdit>(page, "newPractitionerRole")->setText(QStringLiteral("Deputy headteacher"));
    QTest::mouseClick(child<QPushButton>(page, "addPractitioner"), Qt::LeftButton);
    REQUIRE(page.currentPractitionerId() != 0);
    CHECK(child<QLineEdit>(page, "newPractitionerName")->text().isEmpty());

    REQUIRE(page.addPortfolio(QStringLiteral("RACE Lead Practitioner accreditation"),
                              QDate(2027, 3, 15)) != 0);
    REQUIRE(page.currentPortfolioId() != 0);

    auto* assessments = page.assessmentModel();
    const QModelIndex s2 =
        assessments->indexOf(QStringLiteral("S2"), StandardAssessmentModel::LevelColumn);
    REQUIRE(s2.isValid());
    REQUIRE(assessments->setData(s2, QStringLiteral("secure")));
    REQUIRE(assessments->setData(s2.siblingAtColumn(StandardAssessmentModel::NoteColumn),
                                 QStringLiteral("I coach two colleagues")));

    page.showTab(PortfolioPage::ReflectionsTab);
    QPlainTextEdit* answer = page.reflections()->answerEditor(0);
    REQUIRE(answer != nullptr);
    answer->setPlainText(QStringLiteral("Career progression for global majority staff."));
    leaveField(answer);

    page.showTab(PortfolioPage::EvidenceTab);
    child<QLineEdit>(page, "newImpactTitle")->setText(QStringLiteral("Coaching programme"));
    QTest::mouseClick(child<QPushButton>(page, "addImpactItem"), Qt::LeftButton);
    const qint64 itemId = page.currentImpactItemId();
    REQUIRE(itemId != 0);
    CHECK(page.impactEditor()->itemId() == itemId);
    tick(child<QListWidget>(page, "impactCriteria"), QStringLiteral("1.4"));
    tick(child<QListWidget>(page, "impactStandards"), QStringLiteral("S2"));
    return itemId;
}

} // namespace

TEST_CASE("the portfolio models pass the item model tester through a portfolio's edits",
          "[portfolio-page]") {
    Fixture f;
    SchoolDocument& document = *f.document;
    PractitionerListModel practitioners;
    StandardAssessmentModel assessments;
    ImpactItemModel items;
    CoverageMatrixModel coverage;
    QAbstractItemModelTester t1(&practitioners,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&assessments,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&coverage, QAbstractItemModelTester::FailureReportingMode::Fatal);
    practitioners.setDocument(&document);
    assessments.setDocument(&document);
    items.setDocument(&document);
    coverage.setDocument(&document);

    const qint64 portfolioId = startPortfolio(document);
    CHECK(practitioners.rowCount() == 1);
    assessments.setPortfolio(portfolioId);
    items.setPortfolio(portfolioId);
    coverage.setPortfolio(portfolioId);
    CHECK(assessments.rowCount() == 3); // the three LP groups
    CHECK(coverage.rowCount() == 10 + 4);
    CHECK(coverage.columnCount() == CoverageMatrixModel::FirstItemColumn);

    REQUIRE(assessments.setData(
        assessments.indexOf(QStringLiteral("S3"), StandardAssessmentModel::LevelColumn),
        QStringLiteral("strength")));
    ImpactItem item;
    item.portfolioId = portfolioId;
    item.title = QStringLiteral("Governor training");
    item.criterionIds = {QStringLiteral("1.2")};
    REQUIRE(document.execute(std::make_unique<AddImpactItemCommand>(document, item)));
    CHECK(items.rowCount() == 1);
    CHECK(coverage.columnCount() == CoverageMatrixModel::FirstItemColumn + 1);
    REQUIRE(practitioners.setData(practitioners.index(0, PractitionerListModel::RoleColumn),
                                  QStringLiteral("Headteacher")));
    CHECK(practitioners.index(0, PractitionerListModel::RoleColumn).data().toString() ==
          QStringLiteral("Headteacher"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(items.rowCount() == 0);
    CHECK(coverage.columnCount() == CoverageMatrixModel::FirstItemColumn);
    document.undoStack()->redo();
    CHECK(items.rowCount() == 1);
}

TEST_CASE("a portfolio built on the page survives reopening the file", "[portfolio-page]") {
    Fixture f;
    {
        PortfolioPage page;
        page.setDocument(f.document.get());
        const qint64 itemId = buildPortfolio(page);
        CHECK(page.impactEditor()->guidanceText().contains(
            QStringLiteral("1.4 suggests S2 Negotiating and influencing")));
        CHECK(f.repository().impactItem(itemId)->standardIds == QStringList{QStringLiteral("S2")});
        page.setDocument(nullptr);
    }
    f.reopen();
    auto people = f.repository().practitioners();
    REQUIRE(people);
    REQUIRE(people->size() == 1);
    CHECK(people->front().name == QStringLiteral("Ms Adeyemi"));
    CHECK(people->front().role == QStringLiteral("Deputy headteacher"));
    auto portfolios = f.repository().portfolios(people->front().id);
    REQUIRE(portfolios);
    REQUIRE(portfolios->size() == 1);
    const Portfolio& portfolio = portfolios->front();
    CHECK(portfolio.programme == QStringLiteral("RACE Lead Practitioner accreditation"));
    CHECK(portfolio.gatewayOn == QDate(2027, 3, 15));
    REQUIRE(portfolio.assessment(QStringLiteral("S2")) != nullptr);
    CHECK(portfolio.assessment(QStringLiteral("S2"))->level == SelfAssessment::Secure);
    CHECK(portfolio.assessment(QStringLiteral("S2"))->note ==
          QStringLiteral("I coach two colleagues"));
    REQUIRE(!portfolio.reflections.isEmpty());
    CHECK(portfolio.reflections.front() ==
          QStringLiteral("Career progression for global majority staff."));
    auto items = f.repository().impactItems(portfolio.id);
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->front().title == QStringLiteral("Coaching programme"));
    CHECK(items->front().criterionIds == QStringList{QStringLiteral("1.4")});
    CHECK(items->front().standardIds == QStringList{QStringLiteral("S2")});

    // And the page shows it again as it was left.
    PortfolioPage page;
    page.setDocument(f.document.get());
    CHECK(page.currentPortfolioId() == portfolio.id);
    CHECK(page.reflections()->answerEditor(0)->toPlainText() ==
          QStringLiteral("Career progression for global majority staff."));
    CHECK(page.impactModel()->rowCount() == 1);
}

TEST_CASE("the coverage matrix flags standards without evidence until an item is mapped",
          "[portfolio-page]") {
    Fixture f;
    PortfolioPage page;
    page.setDocument(f.document.get());
    const qint64 portfolioId = startPortfolio(*f.document);
    page.navigateTo(QStringLiteral("portfolio/%1").arg(portfolioId));
    REQUIRE(page.currentPortfolioId() == portfolioId);
    auto* coverage = page.coverageModel();
    const int s2 = coverage->rowOf(QStringLiteral("S2"), true);
    REQUIRE(s2 >= 0);
    const QModelIndex total = coverage->index(s2, CoverageMatrixModel::TotalColumn);
    CHECK(total.data(CoverageMatrixModel::NoEvidenceRole).toBool());
    CHECK(total.data().toString() == QStringLiteral("None yet")); // words, not colour alone
    CHECK(!total.data(Qt::DecorationRole).isNull());
    CHECK(page.header()->readinessText().contains(QStringLiteral("Not ready")));
    CHECK_FALSE(page.header()->isReady());

    page.showTab(PortfolioPage::EvidenceTab);
    REQUIRE(page.addImpactItem(QStringLiteral("Mentoring scheme")) != 0);
    CHECK(coverage->columnCount() == CoverageMatrixModel::FirstItemColumn + 1);
    CHECK(coverage->headerData(CoverageMatrixModel::FirstItemColumn, Qt::Horizontal)
              .toString()
              .startsWith(QStringLiteral("1. Mentoring")));
    CHECK(
        coverage->headerData(CoverageMatrixModel::FirstItemColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString()
            .contains(QStringLiteral("Mentoring scheme")));
    CHECK(coverage->index(s2, CoverageMatrixModel::TotalColumn)
              .data(CoverageMatrixModel::NoEvidenceRole)
              .toBool());

    tick(child<QListWidget>(page, "impactStandards"), QStringLiteral("S2"));
    const QModelIndex mapped = coverage->index(s2, CoverageMatrixModel::TotalColumn);
    CHECK_FALSE(mapped.data(CoverageMatrixModel::NoEvidenceRole).toBool());
    CHECK(mapped.data().toString() == QStringLiteral("1"));
    CHECK(coverage->index(s2, CoverageMatrixModel::FirstItemColumn)
              .data(CoverageMatrixModel::MappedRole)
              .toBool());
    const int s1 = coverage->rowOf(QStringLiteral("S1"), true);
    CHECK(coverage->index(s1, CoverageMatrixModel::TotalColumn)
              .data(CoverageMatrixModel::NoEvidenceRole)
              .toBool());
    CHECK(child<QLabel>(page, "coverageSummary")
              ->text()
              .contains(QStringLiteral("1 of 10 LP standards")));
    // Still not ready: other standards have no evidence.
    CHECK(page.header()->readinessText().contains(QStringLiteral("S1")));
}

TEST_CASE("every step of building a portfolio on the page can be undone", "[portfolio-page]") {
    Fixture f;
    PortfolioPage page;
    page.setDocument(f.document.get());
    const qint64 itemId = buildPortfolio(page);
    QUndoStack* undo = f.document->undoStack();
    const qint64 portfolioId = page.currentPortfolioId();

    undo->undo(); // the S2 mapping
    CHECK(f.repository().impactItem(itemId)->standardIds.isEmpty());
    CHECK(page.coverageModel()
              ->index(page.coverageModel()->rowOf(QStringLiteral("S2"), true),
                      CoverageMatrixModel::TotalColumn)
              .data(CoverageMatrixModel::NoEvidenceRole)
              .toBool());
    undo->undo(); // the 1.4 mapping
    CHECK(f.repository().impactItem(itemId)->criterionIds.isEmpty());
    undo->undo(); // the item
    CHECK(f.repository().impactItems(portfolioId)->empty());
    CHECK(page.impactModel()->rowCount() == 0);
    undo->undo(); // the reflection
    CHECK(f.repository().portfolio(portfolioId)->reflections.join(QString()).isEmpty());
    CHECK(page.reflections()->answerEditor(0)->toPlainText().isEmpty());
    undo->undo(); // the note
    undo->undo(); // the rating
    CHECK(f.repository().portfolio(portfolioId)->assessment(QStringLiteral("S2")) == nullptr);
    undo->undo(); // the portfolio
    CHECK(page.currentPortfolioId() == 0);
    CHECK(child<QLabel>(page, "portfolioEmptyState")
              ->text()
              .contains(QStringLiteral("No portfolio yet")));
    undo->undo(); // the practitioner
    CHECK(page.practitionerModel()->rowCount() == 0);
    CHECK(child<QLabel>(page, "portfolioEmptyState")
              ->text()
              .startsWith(QStringLiteral("No practitioners yet")));

    // Redo puts it all back.
    while (undo->canRedo())
        undo->redo();
    CHECK(page.practitionerModel()->rowCount() == 1);
    auto item = f.repository().impactItem(itemId);
    REQUIRE(item);
    CHECK(item->standardIds == QStringList{QStringLiteral("S2")});
}

TEST_CASE("removing a practitioner asks first, and undo brings their portfolio back",
          "[portfolio-page]") {
    Fixture f;
    PortfolioPage page;
    page.setDocument(f.document.get());
    const qint64 portfolioId = startPortfolio(*f.document);
    REQUIRE(page.practitionerModel()->rowCount() == 1);
    page.selectPractitioner(page.practitionerModel()->practitionerAt(0)->id);
    REQUIRE(page.currentPortfolioId() == portfolioId);

    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            CHECK(box->text().contains(QStringLiteral("Ms Adeyemi")));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(page, "removePractitioner"), Qt::LeftButton);
    CHECK(page.practitionerModel()->rowCount() == 1);

    answer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(page, "removePractitioner"), Qt::LeftButton);
    CHECK(page.practitionerModel()->rowCount() == 0);
    CHECK_FALSE(f.repository().portfolio(portfolioId).ok());

    f.document->undoStack()->undo();
    CHECK(page.practitionerModel()->rowCount() == 1);
    CHECK(f.repository().portfolio(portfolioId).ok());
    CHECK(page.currentPortfolioId() == portfolioId);
}

TEST_CASE("the portfolio header counts down to the gateway and sets status dates",
          "[portfolio-page]") {
    Fixture f;
    const qint64 portfolioId = startPortfolio(*f.document);
    PortfolioHeader header;
    header.setDocument(f.document.get());
    header.setToday(QDate(2027, 1, 6));
    header.showPortfolio(portfolioId);
    CHECK(header.countdownText() == QStringLiteral("Gateway in 68 days"));
    header.setToday(QDate(2027, 3, 18));
    CHECK(header.countdownText() == QStringLiteral("Gateway passed 3 days ago"));

    auto* status = child<QComboBox>(header, "portfolioStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("accredited")));
    emit status->activated(status->currentIndex());
    auto stored = f.repository().portfolio(portfolioId);
    REQUIRE(stored);
    CHECK(stored->status == PortfolioStatus::Accredited);
    CHECK(stored->accreditedOn == QDate(2027, 3, 18));
    CHECK(stored->submittedOn == QDate(2027, 3, 18));
    CHECK(child<QLabel>(header, "portfolioExpiry")->text().contains(QStringLiteral("2030")));
}

TEST_CASE("a read-only file disables every editing control on the portfolio page",
          "[portfolio-page]") {
    Fixture f;
    startPortfolio(*f.document);
    f.document.reset();
    auto opened = SchoolFile::open(f.school.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened);
    SchoolDocument document(std::move(*opened));
    REQUIRE(document.isReadOnly());
    PortfolioPage page;
    page.setDocument(&document);
    REQUIRE(page.currentPortfolioId() != 0);
    for (const char* name : {"addPractitioner", "removePractitioner", "addPortfolio",
                             "removePortfolio", "addImpactItem", "removeImpactItem"})
        CHECK_FALSE(child<QPushButton>(page, name)->isEnabled());
    CHECK_FALSE(child<QLineEdit>(page, "newPractitionerName")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(page, "newImpactTitle")->isEnabled());
    CHECK(child<QLineEdit>(page, "portfolioProgramme")->isReadOnly());
    CHECK_FALSE(child<QComboBox>(page, "portfolioStatus")->isEnabled());
    CHECK_FALSE(child<QWidget>(page, "portfolioGatewaySet")->isEnabled());
    CHECK(page.reflections()->answerEditor(0)->isReadOnly());
    const QModelIndex level =
        page.assessmentModel()->indexOf(QStringLiteral("S2"), StandardAssessmentModel::LevelColumn);
    CHECK_FALSE(page.assessmentModel()->flags(level).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(page.practitionerModel()
                    ->flags(page.practitionerModel()->index(0, 0))
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(page.assessmentModel()->setData(level, QStringLiteral("secure")));
    CHECK(child<QPushButton>(page, "exportPortfolio")->isEnabled()); // reading is fine
}

TEST_CASE("a refused impact item title keeps what was typed and says why", "[portfolio-page]") {
    Fixture f;
    PortfolioPage page;
    page.setDocument(f.document.get());
    buildPortfolio(page);
    QString shown;
    QObject::connect(&page, &Page::errorOccurred, [&shown](const QString& m) { shown = m; });
    auto* title = child<QLineEdit>(page, "impactTitle");
    title->setText(QString());
    emit title->editingFinished();
    CHECK_FALSE(shown.isEmpty());
    CHECK(page.impactEditor()->errorText() == shown);
    CHECK(f.repository().impactItem(page.currentImpactItemId())->title ==
          QStringLiteral("Coaching programme"));
}
