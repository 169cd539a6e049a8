#include "CatchCompat.h"
#include "DemoDocument.h"
#include "models/NetworkMeetingListModel.h"
#include "models/SummaryListModel.h"
#include "models/VisitListModel.h"
#include "pages/AccreditationPage.h"
#include "storage/AccreditationRepository.h"
#include "storage/VisitRepository.h"
#include "widgets/SummaryEditor.h"
#include "widgets/VisitsPanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace equimark;

namespace {

const QDate Today(2026, 11, 23);

struct AccreditationFixture {
    AccreditationFixture() {
        page.editor()->setToday(Today);
        page.model()->setToday(Today);
        page.setDocument(demo.document.get());
        page.resize(1200, 800);
    }
    SummaryEditor* open(const QString& strandId) {
        page.navigateTo(strandId);
        REQUIRE(page.editor()->strandId() == strandId);
        return page.editor();
    }
    QPlainTextEdit* outcomes() {
        return page.editor()->findChild<QPlainTextEdit*>(QStringLiteral("outcomes"));
    }
    QPushButton* button(const char* name) {
        return page.editor()->findChild<QPushButton*>(QLatin1String(name));
    }
    std::optional<AccreditationSummary> latest(const QString& strandId) {
        auto found = AccreditationRepository(demo.document->file()).latestForStrand(strandId);
        REQUIRE(found);
        return *found;
    }
    int badgesFor(const QString& strandId) {
        auto all = AccreditationRepository(demo.document->file()).badges();
        REQUIRE(all);
        return static_cast<int>(std::count_if(
            all->begin(), all->end(), [&](const Badge& b) { return b.strandId == strandId; }));
    }
    test::DemoDocument demo{Today};
    AccreditationPage page;
};

} // namespace

TEST_CASE("the strand table lists the six strands with the demo's summaries",
          "[ui-accreditation]") {
    AccreditationFixture f;
    auto* model = f.page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 6);
    const int race = model->rowForStrand(QStringLiteral("race"));
    CHECK(model->index(race, SummaryListModel::StatusColumn).data().toString() ==
          QStringLiteral("Verified"));
    CHECK(model->index(race, SummaryListModel::BadgeColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Awarded 12 Jul 2026")));
    CHECK(model
              ->index(model->rowForStrand(QStringLiteral("socio-economic")),
                      SummaryListModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Not started"));

    // One strand's change touches only its row.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    f.open(QStringLiteral("socio-economic"));
    REQUIRE(f.page.editor()->startSummary());
    CHECK(reset.isEmpty());
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() ==
          model->rowForStrand(QStringLiteral("socio-economic")));
    CHECK(model
              ->index(model->rowForStrand(QStringLiteral("socio-economic")),
                      SummaryListModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Draft"));
    f.demo.document->undoStack()->undo();
    CHECK_FALSE(f.latest(QStringLiteral("socio-economic")).has_value());
    f.demo.document->undoStack()->redo();
    CHECK(f.latest(QStringLiteral("socio-economic")).has_value());
}

TEST_CASE("the draft disability summary is submitted after its outcomes are written",
          "[ui-accreditation]") {
    AccreditationFixture f;
    auto* editor = f.open(QStringLiteral("disability"));
    QSignalSpy errors(&f.page, &Page::errorOccurred);

    // Without outcomes the repository refuses, the message is shown and the text kept.
    f.outcomes()->setFocus();
    f.outcomes()->selectAll();
    QTest::keyClick(f.outcomes(), Qt::Key_Delete);
    REQUIRE(editor->commitPending());
    REQUIRE(f.button("submitSummary")->isEnabled());
    CHECK_FALSE(editor->submit(Today));
    REQUIRE(errors.count() == 1);
    CHECK(errors.first().at(0).toString().contains(QStringLiteral("outcomes")));
    CHECK(f.latest(QStringLiteral("disability"))->status == SummaryStatus::Draft);

    const QString written = QStringLiteral("Ramps at both entrances; every pupil can reach the "
                                           "library and the hall.");
    QTest::keyClicks(f.outcomes(), written);
    CHECK(f.outcomes()->toPlainText() == written);
    REQUIRE(editor->submit(Today));
    CHECK(f.page.findChild<QLabel*>(QStringLiteral("summaryStatus"))->text() ==
          QStringLiteral("Status: Submitted"));
    CHECK_FALSE(f.button("submitSummary")->isEnabled());
    CHECK(f.button("verifySummary")->isEnabled());

    f.page.setDocument(nullptr);
    f.demo.reopen();
    auto summary = f.latest(QStringLiteral("disability"));
    REQUIRE(summary);
    CHECK(summary->status == SummaryStatus::Submitted);
    CHECK(summary->outcomes == written);
    CHECK(summary->submittedOn == Today);
}

TEST_CASE("verifying awards the badge and locks the summary; withdrawing takes it back",
          "[ui-accreditation]") {
    AccreditationFixture f;
    auto* editor = f.open(QStringLiteral("gender"));
    REQUIRE(f.badgesFor(QStringLiteral("gender")) == 0);
    CHECK_FALSE(f.outcomes()->isReadOnly());

    REQUIRE(editor->verify(QStringLiteral("Jo Marsden"), Today, QStringLiteral("Well evidenced."),
                           std::nullopt));
    CHECK(f.latest(QStringLiteral("gender"))->status == SummaryStatus::Verified);
    CHECK(f.badgesFor(QStringLiteral("gender")) == 1);
    CHECK(f.outcomes()->isReadOnly());
    CHECK_FALSE(
        f.page.editor()->findChild<QListWidget*>(QStringLiteral("linkedActions"))->isEnabled());
    auto* note = f.page.editor()->findChild<QLabel*>(QStringLiteral("lockNote"));
    CHECK(note->isVisibleTo(f.page.editor()));
    CHECK(note->text().startsWith(QStringLiteral("Verified on 23 November 2026 by Jo Marsden; "
                                                 "locked.")));
    CHECK(f.button("withdrawVerification")->isEnabled());
    CHECK_FALSE(f.button("submitSummary")->isEnabled());
    const int row = f.page.model()->rowForStrand(QStringLiteral("gender"));
    CHECK(f.page.model()
              ->index(row, SummaryListModel::BadgeColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Awarded 23 Nov 2026")));

    REQUIRE(editor->withdrawVerification(QStringLiteral("Evidence folder was incomplete.")));
    auto withdrawn = f.latest(QStringLiteral("gender"));
    CHECK(withdrawn->status == SummaryStatus::Submitted);
    CHECK(f.badgesFor(QStringLiteral("gender")) == 0);
    REQUIRE_FALSE(withdrawn->events.empty());
    CHECK(withdrawn->events.back().event == QStringLiteral("withdrawn"));
    CHECK(withdrawn->events.back().comments == QStringLiteral("Evidence folder was incomplete."));
    CHECK_FALSE(f.outcomes()->isReadOnly());

    // Undo brings the verification and its badge back; undo again takes them away.
    auto* stack = f.demo.document->undoStack();
    stack->undo();
    CHECK(f.latest(QStringLiteral("gender"))->status == SummaryStatus::Verified);
    CHECK(f.badgesFor(QStringLiteral("gender")) == 1);
    CHECK(f.outcomes()->isReadOnly());
    stack->undo();
    auto submitted = f.latest(QStringLiteral("gender"));
    CHECK(submitted->status == SummaryStatus::Submitted);
    CHECK(submitted->events.back().event == QStringLiteral("submitted"));
    CHECK(f.badgesFor(QStringLiteral("gender")) == 0);
    stack->redo();
    CHECK(f.badgesFor(QStringLiteral("gender")) == 1);
}

TEST_CASE("an edit of a summary is undone and redone", "[ui-accreditation]") {
    AccreditationFixture f;
    auto* editor = f.open(QStringLiteral("disability"));
    const QString before = f.latest(QStringLiteral("disability"))->outcomes;
    f.outcomes()->setFocus();
    QTest::keyClick(f.outcomes(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(f.outcomes(), QStringLiteral(" Lift installed."));
    REQUIRE(editor->commitPending());
    CHECK(f.latest(QStringLiteral("disability"))->outcomes ==
          before + QStringLiteral(" Lift installed."));

    // Ticking an action links it at once.
    auto* actions = f.page.editor()->findChild<QListWidget*>(QStringLiteral("linkedActions"));
    REQUIRE(actions->count() > 0);
    const QList<qint64> linkedBefore = f.latest(QStringLiteral("disability"))->actionIds;
    QListWidgetItem* unticked = nullptr;
    for (int i = 0; i < actions->count(); ++i)
        if (actions->item(i)->checkState() == Qt::Unchecked)
            unticked = actions->item(i);
    if (unticked) {
        unticked->setCheckState(Qt::Checked);
        CHECK(f.latest(QStringLiteral("disability"))->actionIds.size() == linkedBefore.size() + 1);
        f.demo.document->undoStack()->undo();
        CHECK(f.latest(QStringLiteral("disability"))->actionIds == linkedBefore);
    }

    f.demo.document->undoStack()->undo();
    CHECK(f.latest(QStringLiteral("disability"))->outcomes == before);
    CHECK(f.outcomes()->toPlainText() == before);
    f.demo.document->undoStack()->redo();
    CHECK(f.outcomes()->toPlainText() == before + QStringLiteral(" Lift installed."));
}

TEST_CASE("a read-only file disables every editing control of the accreditation page",
          "[ui-accreditation]") {
    test::DemoDocument demo{Today};
    const QString path = demo.path;
    demo.document.reset();
    auto opened = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened);
    SchoolDocument document(std::move(*opened));
    REQUIRE(document.isReadOnly());
    AccreditationPage page;
    page.setDocument(&document);
    for (const auto* strand : {"disability", "gender", "race", "socio-economic"}) {
        page.navigateTo(QLatin1String(strand));
        auto* editor = page.editor();
        CHECK(editor->findChild<QPlainTextEdit*>(QStringLiteral("outcomes"))->isReadOnly());
        CHECK_FALSE(editor->findChild<QListWidget*>(QStringLiteral("linkedActions"))->isEnabled());
        for (const char* name : {"submitSummary", "verifySummary", "returnSummary",
                                 "withdrawVerification", "startSummary"})
            CHECK_FALSE(editor->findChild<QPushButton*>(QLatin1String(name))->isEnabled());
    }
    for (auto* button : page.visits()->findChildren<QPushButton*>())
        CHECK_FALSE(button->isEnabled());
}

TEST_CASE("visits and network meetings are added, changed and removed with undo",
          "[ui-accreditation]") {
    AccreditationFixture f;
    auto* panel = f.page.visits();
    QAbstractItemModelTester visitTester(panel->visitModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester networkTester(panel->networkModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.page.navigateTo(QStringLiteral("visits"));
    CHECK(f.page.tabs()->currentWidget() == panel);
    const int visits = panel->visitModel()->rowCount();
    REQUIRE(visits == 2);

    QSignalSpy inserted(panel->visitModel(), &QAbstractItemModel::rowsInserted);
    REQUIRE(panel->addVisit(QDate(2027, 3, 4)));
    CHECK(inserted.count() == 1);
    CHECK(panel->visitModel()->rowCount() == visits + 1);
    panel->visitFocusEdit()->setText(QStringLiteral("Religion and belief: the new prayer room"));
    panel->heardEdit(MetWith::Pupils)->setPlainText(QStringLiteral("Pupils like the quiet room."));
    REQUIRE(panel->saveVisit());
    auto next = VisitRepository(f.demo.document->file()).visitOn(QDate(2027, 3, 4));
    REQUIRE(next);
    CHECK(next->focus == QStringLiteral("Religion and belief: the new prayer room"));
    REQUIRE(next->meetings.size() == 1);
    CHECK(next->meetings.front().with == MetWith::Pupils);

    // Removing the past accreditation visit, then undoing, keeps the race summary's link.
    auto race = f.latest(QStringLiteral("race"));
    REQUIRE(race->verifiedVisitId);
    const qint64 visitId = *race->verifiedVisitId;
    panel->visitView()->selectRow(panel->visitModel()->rowForId(visitId));
    REQUIRE(panel->removeVisit());
    CHECK_FALSE(f.latest(QStringLiteral("race"))->verifiedVisitId.has_value());
    f.demo.document->undoStack()->undo();
    CHECK(f.latest(QStringLiteral("race"))->verifiedVisitId == visitId);
    CHECK(panel->visitModel()->rowForId(visitId) >= 0);

    const int meetings = panel->networkModel()->rowCount();
    REQUIRE(panel->addNetworkMeeting(QDate(2027, 1, 20)));
    CHECK(panel->networkModel()->rowCount() == meetings + 1);
    f.demo.document->undoStack()->undo();
    CHECK(panel->networkModel()->rowCount() == meetings);
}
