#include "CatchCompat.h"
#include "DemoDocument.h"
#include "domain/AcademicYear.h"
#include "editing/commands/SetJudgementCommand.h"
#include "editing/commands/UpdateActionCommand.h"
#include "pages/OverviewPage.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "widgets/StrandBadgeWidget.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace equimark;

namespace {

const QDate Today(2026, 11, 23);

struct OverviewFixture {
    OverviewFixture() {
        page.setToday(Today);
        page.setDocument(demo.document.get());
        page.resize(1100, 900);
    }
    test::DemoDocument demo{Today};
    OverviewPage page;
};

int overdue(test::DemoDocument& demo) {
    auto count = ActionRepository(demo.document->file()).overdueCount(Today);
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("the overview shows the demo school's badges, Mark, overdue actions and next visit",
          "[ui-overview]") {
    OverviewFixture f;
    // Race is awarded, Gender submitted, Disability a draft, the rest not started.
    bool raceAwarded = false;
    for (int i = 0; i < 6; ++i) {
        const auto* badge = f.page.badge(i);
        REQUIRE(badge->isVisibleTo(&f.page));
        if (badge->strandId() == u"race") {
            raceAwarded = badge->state() == StrandBadgeWidget::State::Awarded;
            CHECK(badge->stateText().startsWith(QStringLiteral("Awarded 12 Jul 2026")));
            CHECK(badge->stateText().contains(QStringLiteral("valid to 11 Jul 2029")));
        }
        if (badge->strandId() == u"gender")
            CHECK(badge->stateText() == QStringLiteral("Submitted"));
        if (badge->strandId() == u"disability")
            CHECK(badge->stateText() == QStringLiteral("Draft"));
        if (badge->strandId() == u"religion-belief" || badge->strandId() == u"sexual-orientation")
            CHECK(badge->state() == StrandBadgeWidget::State::NotStarted);
    }
    CHECK(raceAwarded);
    CHECK(f.page.markText().contains(QStringLiteral("Not yet earned: 1 of 6 badges")));

    const int late = overdue(f.demo);
    REQUIRE(late > 0);
    CHECK(f.page.stepState(4) == OverviewPage::StepState::NeedsAttention);
    CHECK(f.page.stepDetail(4).startsWith(QString::number(late) + QStringLiteral(" action")));

    CHECK(f.page.nextVisitText().contains(QStringLiteral("31 December 2026")));
    CHECK(f.page.nextVisitText().contains(QStringLiteral("Advisory visit")));
    CHECK(f.page.stepDetail(5).contains(QStringLiteral("1 verified, 1 submitted, 1 in draft")));
}

TEST_CASE("the overview follows a judgement and an action as they change", "[ui-overview]") {
    OverviewFixture f;
    f.page.show(); // on screen: it follows each edit as it is made
    auto& document = *f.demo.document;
    AuditRepository audits(document.file());
    auto audit = audits.audit(AcademicYear::containing(Today));
    REQUIRE(audit);
    auto before = audits.progress(audit->id);
    REQUIRE(before);
    const QString detailBefore = f.page.stepDetail(1);
    CHECK(detailBefore.contains(
        QStringLiteral("(%1 of %2 statements)").arg(before->judged).arg(before->total)));

    // Judge a statement that has no judgement yet.
    auto judged = audits.judgementsByStatement(audit->id);
    REQUIRE(judged);
    QString fresh;
    for (const auto& statement : document.equalityMark().statements) {
        if (!judged->contains(statement.id) || !judged->value(statement.id).isJudged()) {
            fresh = statement.id;
            break;
        }
    }
    REQUIRE_FALSE(fresh.isEmpty());
    REQUIRE(document.execute(std::make_unique<SetJudgementCommand>(document, audit->id, fresh,
                                                                   Rating::Green, QString())));
    CHECK(QTest::qWaitFor([&] {
        return f.page.stepDetail(1).contains(
            QStringLiteral("(%1 of %2 statements)").arg(before->judged + 1).arg(before->total));
    }));

    // Completing every overdue action puts step 5 on track.
    auto actions = ActionRepository(document.file()).all();
    REQUIRE(actions);
    for (auto action : *actions) {
        if (!action.isOverdue(Today))
            continue;
        action.status = ActionStatus::Complete;
        REQUIRE(document.execute(
            std::make_unique<UpdateActionCommand>(document, action, QStringLiteral("Complete"))));
    }
    CHECK(QTest::qWaitFor([&] { return f.page.stepState(4) == OverviewPage::StepState::Done; }));
    CHECK(f.page.stepDetail(4) == QStringLiteral("All open actions are on track."));
    document.undoStack()->undo();
    CHECK(QTest::qWaitFor(
        [&] { return f.page.stepState(4) == OverviewPage::StepState::NeedsAttention; }));
}

TEST_CASE("a hidden overview catches up with the edits once it is shown", "[ui-overview]") {
    OverviewFixture f;
    f.page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.page));
    f.page.hide(); // another page is in front
    auto& document = *f.demo.document;
    auto actions = ActionRepository(document.file()).all();
    REQUIRE(actions);
    for (auto action : *actions) {
        if (!action.isOverdue(Today))
            continue;
        action.status = ActionStatus::Complete;
        REQUIRE(document.execute(
            std::make_unique<UpdateActionCommand>(document, action, QStringLiteral("Complete"))));
    }
    QTest::qWait(50);
    // Nothing was rebuilt while hidden; shown again, it is up to date at once.
    CHECK(f.page.stepState(4) == OverviewPage::StepState::NeedsAttention);
    f.page.show();
    CHECK(f.page.stepState(4) == OverviewPage::StepState::Done);
    CHECK(f.page.stepDetail(4) == QStringLiteral("All open actions are on track."));
}

TEST_CASE("each step of the overview opens its page", "[ui-overview]") {
    OverviewFixture f;
    QSignalSpy spy(&f.page, &Page::navigateRequested);
    const QStringList expected = {
        QStringLiteral("reference-group"), QStringLiteral("audit"),
        QStringLiteral("summary-grid"),    QStringLiteral("action-plan"),
        QStringLiteral("action-plan"),     QStringLiteral("accreditation")};
    for (int step = 0; step < 6; ++step) {
        QPushButton* button = f.page.stepButton(step);
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(spy.count() == step + 1);
        CHECK(spy.last().at(0).toString() == expected.at(step));
    }
    CHECK(spy.at(4).at(1).toMap().value(QStringLiteral("overdue")).toBool());

    QTest::mouseClick(f.page.stepButton(4, 1), Qt::LeftButton);
    CHECK(spy.last().at(0).toString() == QStringLiteral("evidence"));

    // A badge opens its strand's summary.
    auto* badge = f.page.badge(0);
    QTest::mouseClick(badge, Qt::LeftButton);
    CHECK(spy.last().at(0).toString() == QStringLiteral("accreditation"));
    CHECK(spy.last().at(1).toString() == badge->strandId());
}
