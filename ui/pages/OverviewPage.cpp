#include "pages/OverviewPage.h"

#include "domain/AcademicYear.h"
#include "domain/Visit.h"
#include "editing/SchoolDocument.h"
#include "models/SummaryListModel.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"
#include "widgets/PlainLabel.h"
#include "widgets/RefreshWhenShown.h"
#include "widgets/StrandBadgeWidget.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace equimark {

namespace {

QString longDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString stateWord(OverviewPage::StepState state) {
    switch (state) {
    case OverviewPage::StepState::Done:
        return OverviewPage::tr("Done");
    case OverviewPage::StepState::InProgress:
        return OverviewPage::tr("In progress");
    case OverviewPage::StepState::NeedsAttention:
        return OverviewPage::tr("Needs attention");
    case OverviewPage::StepState::NotStarted:
        break;
    }
    return OverviewPage::tr("Not started");
}

// A glyph beside the word, so the state never rests on colour.
QString stateGlyph(OverviewPage::StepState state) {
    switch (state) {
    case OverviewPage::StepState::Done:
        return QStringLiteral("\u2714");
    case OverviewPage::StepState::InProgress:
        return QStringLiteral("\u25D1");
    case OverviewPage::StepState::NeedsAttention:
        return QStringLiteral("\u26A0");
    case OverviewPage::StepState::NotStarted:
        break;
    }
    return QStringLiteral("\u25CB");
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : Page(parent)
    , m_today(QDate::currentDate()) {
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_refreshWhenShown = new RefreshWhenShown(this, [this] { refresh(); });
    buildUi();
}

QIcon OverviewPage::icon() const {
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

void OverviewPage::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->setSpacing(8);

    // The school.
    auto* header = new QHBoxLayout;
    auto* who = new QVBoxLayout;
    m_schoolName = plainLabel();
    QFont titleFont = m_schoolName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_schoolName->setFont(titleFont);
    m_schoolName->setAccessibleName(tr("School"));
    m_schoolFacts = plainLabel();
    m_schoolFacts->setForegroundRole(QPalette::PlaceholderText);
    who->addWidget(m_schoolName);
    who->addWidget(m_schoolFacts);
    who->addStretch();
    header->addLayout(who, 3);
    auto* package = new QVBoxLayout;
    m_package = plainLabel();
    QFont bold = m_package->font();
    bold.setBold(true);
    m_package->setFont(bold);
    m_packageIncludes = plainLabel();
    package->addWidget(m_package);
    package->addWidget(m_packageIncludes);
    auto* details = new QPushButton(tr("School &details and package…"));
    details->setAccessibleName(tr("Change the school's details and support package"));
    details->setToolTip(tr("Change the school's name, phase, local authority and support package"));
    // Not a page: the window answers this id with the School details dialog.
    connect(details, &QPushButton::clicked, this,
            [this] { emit navigateRequested(QStringLiteral("school-details")); });
    auto* detailsRow = new QHBoxLayout;
    detailsRow->addWidget(details);
    detailsRow->addStretch();
    package->addLayout(detailsRow);
    package->addStretch();
    header->addLayout(package, 2);
    layout->addLayout(header);

    // The six steps.
    auto* stepsTitle = plainLabel(nullptr, tr("The six steps"));
    stepsTitle->setFont(bold);
    layout->addWidget(stepsTitle);
    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(10);
    layout->addLayout(m_cardGrid);
    makeCard(0, tr("1. Reference group"), tr("Open the &reference group"),
             QStringLiteral("reference-group"));
    makeCard(1, tr("2. Whole-school audit"), tr("Open the a&udit"), QStringLiteral("audit"));
    makeCard(2, tr("3. Summary grid"), tr("Open the summary &grid"),
             QStringLiteral("summary-grid"));
    makeCard(3, tr("4. Action plan"), tr("Open the action &plan"), QStringLiteral("action-plan"));
    makeCard(4, tr("5. Actions and evidence"), tr("Show &overdue actions"),
             QStringLiteral("action-plan"), QVariantMap{{QStringLiteral("overdue"), true}});
    {
        auto* evidence = new QPushButton(tr("Open the e&vidence"));
        evidence->setAccessibleName(tr("Open the evidence"));
        connect(evidence, &QPushButton::clicked, this,
                [this] { emit navigateRequested(QStringLiteral("evidence")); });
        m_steps[4].second = evidence;
        static_cast<QBoxLayout*>(m_steps[4].open->parentWidget()->layout()->itemAt(3)->layout())
            ->insertWidget(1, evidence);
    }
    makeCard(5, tr("6. Accreditation"), tr("Open &accreditation"), QStringLiteral("accreditation"));
    layoutCards();

    // The badges and the Mark.
    auto* badgesTitle = plainLabel(nullptr, tr("Equality badges"));
    badgesTitle->setFont(bold);
    layout->addWidget(badgesTitle);
    auto* badgeFrame = new QFrame;
    badgeFrame->setFrameShape(QFrame::StyledPanel);
    auto* badgeLayout = new QVBoxLayout(badgeFrame);
    auto* badgeRow = new QHBoxLayout;
    for (std::size_t i = 0; i < m_badges.size(); ++i) {
        auto* badge = new StrandBadgeWidget;
        connect(badge, &StrandBadgeWidget::activated, this, [this](const QString& strandId) {
            emit navigateRequested(QStringLiteral("accreditation"), strandId);
        });
        m_badges[i] = badge;
        badgeRow->addWidget(badge);
    }
    badgeLayout->addLayout(badgeRow);
    layout->addWidget(badgeFrame);

    auto* lower = new QHBoxLayout;
    lower->setSpacing(10);
    auto* markFrame = new QFrame;
    markFrame->setFrameShape(QFrame::StyledPanel);
    auto* markLayout = new QVBoxLayout(markFrame);
    auto* markTitle = plainLabel(nullptr, tr("The Equality Mark"));
    markTitle->setFont(bold);
    markLayout->addWidget(markTitle);
    m_mark = plainLabel();
    m_mark->setAccessibleName(tr("The Equality Mark"));
    m_markDetail = plainLabel();
    markLayout->addWidget(m_mark);
    markLayout->addWidget(m_markDetail);
    markLayout->addStretch();
    lower->addWidget(markFrame, 1);

    auto* visitFrame = new QFrame;
    visitFrame->setFrameShape(QFrame::StyledPanel);
    auto* visitLayout = new QVBoxLayout(visitFrame);
    auto* visitTitle = plainLabel(nullptr, tr("Next visit"));
    visitTitle->setFont(bold);
    visitLayout->addWidget(visitTitle);
    m_nextVisit = plainLabel();
    m_nextVisit->setAccessibleName(tr("Next visit"));
    m_nextVisit->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    visitLayout->addWidget(m_nextVisit, 1);
    m_openVisits = new QPushButton(tr("Open v&isits"));
    m_openVisits->setAccessibleName(tr("Open visits"));
    m_openVisits->setToolTip(tr("Show the advisor's visits and the network meetings"));
    connect(m_openVisits, &QPushButton::clicked, this, [this] {
        emit navigateRequested(QStringLiteral("accreditation"), QStringLiteral("visits"));
    });
    visitLayout->addWidget(m_openVisits, 0, Qt::AlignLeft);
    lower->addWidget(visitFrame, 1);
    layout->addLayout(lower);
    layout->addStretch(1); // extra height goes below, never into the cards
    clear();
}

QWidget* OverviewPage::makeCard(int step, const QString& title, const QString& buttonText,
                                const QString& pageId, const QVariant& target) {
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(frame);
    layout->setSpacing(4);
    auto* heading = plainLabel(nullptr, title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    auto& card = m_steps[static_cast<std::size_t>(step)];
    auto* stateRow = new QHBoxLayout;
    card.icon = new QLabel;
    card.icon->setTextFormat(Qt::PlainText);
    QFont glyph = card.icon->font();
    glyph.setPointSizeF(glyph.pointSizeF() * 1.3);
    card.icon->setFont(glyph);
    card.state = plainLabel();
    card.state->setFont(bold);
    stateRow->addWidget(card.icon);
    stateRow->addWidget(card.state, 1);
    layout->addLayout(stateRow);
    card.detail = plainLabel();
    card.detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(card.detail, 1);
    auto* buttons = new QHBoxLayout;
    card.open = new QPushButton(buttonText);
    card.open->setAccessibleName(QString(buttonText).remove(QLatin1Char('&')));
    connect(card.open, &QPushButton::clicked, this,
            [this, pageId, target] { emit navigateRequested(pageId, target); });
    buttons->addWidget(card.open);
    buttons->addStretch();
    layout->addLayout(buttons);
    card.frame = frame;
    frame->setAccessibleName(QString(title));
    return frame;
}

void OverviewPage::layoutCards() {
    // Three across when there is room, two on a narrow window.
    const int columns = width() > 0 && width() < 820 ? 2 : 3;
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (const auto& card : m_steps)
        m_cardGrid->removeWidget(card.frame);
    for (int i = 0; i < static_cast<int>(m_steps.size()); ++i)
        m_cardGrid->addWidget(m_steps[static_cast<std::size_t>(i)].frame, i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_cardGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewPage::resizeEvent(QResizeEvent* event) {
    Page::resizeEvent(event);
    layoutCards();
}

void OverviewPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        const auto later = [this] { scheduleRefresh(); };
        auto* d = m_document.data();
        connect(d, &SchoolDocument::schoolChanged, this, later);
        connect(d, &SchoolDocument::membersChanged, this, later);
        connect(d, &SchoolDocument::meetingsChanged, this, later);
        connect(d, &SchoolDocument::auditsChanged, this, later);
        connect(d, &SchoolDocument::judgementChanged, this, later);
        connect(d, &SchoolDocument::gridCellChanged, this, later);
        connect(d, &SchoolDocument::actionAdded, this, later);
        connect(d, &SchoolDocument::actionChanged, this, later);
        connect(d, &SchoolDocument::actionRemoved, this, later);
        connect(d, &SchoolDocument::evidenceAdded, this, later);
        connect(d, &SchoolDocument::evidenceRemoved, this, later);
        connect(d, &SchoolDocument::summaryChanged, this, later);
        connect(d, &SchoolDocument::visitsChanged, this, later);
        connect(d, &SchoolDocument::reloaded, this, later);
    }
    refreshNow();
}

void OverviewPage::setToday(const QDate& today) {
    m_today = today;
    refreshNow();
}

void OverviewPage::scheduleRefresh() {
    // Edits come in bursts while a coordinator works on another page: the overview catches
    // up when it is shown, once.
    if (isVisible())
        m_refreshTimer->start();
    else
        m_refreshWhenShown->request();
}

void OverviewPage::refreshNow() {
    m_refreshTimer->stop();
    refresh();
}

void OverviewPage::clear() {
    m_schoolName->setText(tr("No school file is open"));
    m_schoolFacts->clear();
    m_package->clear();
    m_packageIncludes->clear();
    for (int i = 0; i < static_cast<int>(m_steps.size()); ++i)
        setStep(i, StepState::NotStarted, QString());
    for (auto* badge : m_badges)
        badge->hide();
    m_mark->clear();
    m_markDetail->clear();
    m_nextVisit->clear();
}

void OverviewPage::setStep(int step, StepState state, const QString& detail) {
    auto& card = m_steps[static_cast<std::size_t>(step)];
    card.value = state;
    card.icon->setText(stateGlyph(state));
    card.state->setText(stateWord(state));
    card.detail->setText(detail);
    const QString description = stateWord(state) + QStringLiteral(": ") + detail;
    card.frame->setAccessibleDescription(description);
    card.open->setAccessibleDescription(description); // what the button leads to
    if (card.second)
        card.second->setAccessibleDescription(description);
    card.open->setEnabled(m_document != nullptr);
    if (card.second)
        card.second->setEnabled(m_document != nullptr);
}

void OverviewPage::refresh() {
    if (!m_document) {
        clear();
        return;
    }
    SchoolFile& file = m_document->file();
    const Framework& framework = m_document->equalityMark();

    // The school and its package.
    if (auto school = SchoolRepository(file).load()) {
        m_schoolName->setText(school->name);
        QStringList facts;
        if (!school->urn.isEmpty())
            facts << tr("URN %1").arg(school->urn);
        facts << phaseLabel(school->phase);
        if (!school->localAuthority.isEmpty())
            facts << school->localAuthority;
        m_schoolFacts->setText(facts.join(QStringLiteral(" · ")));
        if (school->supportLevel) {
            m_package->setText(
                school->supportYear.isEmpty()
                    ? tr("%1 support package").arg(supportLevelLabel(*school->supportLevel))
                    : tr("%1 support package, %2")
                          .arg(supportLevelLabel(*school->supportLevel), school->supportYear));
            QStringList lines;
            for (const auto& item : supportLevelIncludes(*school->supportLevel))
                lines << QStringLiteral("• ") + item;
            m_packageIncludes->setText(lines.join(QLatin1Char('\n')));
        } else {
            m_package->setText(tr("No support package chosen"));
            m_packageIncludes->clear();
        }
    }

    // 1. Reference group.
    {
        ReferenceGroupRepository group(file);
        auto members = group.members();
        auto senior = group.hasSeniorLeader(m_today);
        int current = 0;
        if (members) {
            for (const auto& member : *members)
                current += member.isCurrent(m_today) ? 1 : 0;
        }
        if (current == 0)
            setStep(0, StepState::NotStarted, tr("No members yet: start with a senior leader."));
        else if (senior && *senior)
            setStep(0, StepState::Done,
                    tr("%n member(s), including a senior leader.", nullptr, current));
        else
            setStep(
                0, StepState::NeedsAttention,
                tr("%n member(s), but no senior leader: the group needs one.", nullptr, current));
    }

    // 2 and 3. This year's audit and its summary grid.
    const AcademicYear year = AcademicYear::containing(m_today);
    AuditRepository audits(file);
    auto audit = audits.audit(year);
    if (!audit) {
        setStep(1, StepState::NotStarted,
                tr("No audit for %1 yet: start this year's audit.").arg(year.toString()));
        setStep(2, StepState::NotStarted, tr("Agreed once this year's audit is judged."));
    } else {
        auto progress = audits.progress(audit->id);
        const int judged = progress ? progress->judged : 0;
        const int total = progress ? progress->total : 0;
        const int percent = total > 0 ? (judged * 100) / total : 0;
        setStep(1,
                total > 0 && judged == total ? StepState::Done
                : judged > 0                 ? StepState::InProgress
                                             : StepState::NotStarted,
                tr("%1: %2% judged (%3 of %4 statements).")
                    .arg(year.toString())
                    .arg(percent)
                    .arg(judged)
                    .arg(total));
        auto cells = SummaryGridRepository(file).cells(audit->id);
        int agreed = 0;
        if (cells) {
            for (const auto& cell : *cells)
                agreed += cell.agreed != Rating::None ? 1 : 0;
        }
        const int gridTotal =
            static_cast<int>(framework.elements.size() * framework.strands.size());
        setStep(
            2,
            gridTotal > 0 && agreed >= gridTotal ? StepState::Done
            : agreed > 0                         ? StepState::InProgress
                                                 : StepState::NotStarted,
            tr("%1 of %2 cells agreed for %3.").arg(agreed).arg(gridTotal).arg(year.toString()));
    }

    // 4 and 5. The action plan and the actions.
    {
        ActionRepository actions(file);
        auto counts = actions.statusCounts();
        auto overdue = actions.overdueCount(m_today);
        int total = 0;
        int complete = 0;
        int inProgress = 0;
        if (counts) {
            for (const auto& [status, count] : *counts)
                total += count;
            complete = (*counts)[ActionStatus::Complete];
            inProgress = (*counts)[ActionStatus::InProgress];
        }
        if (total == 0) {
            setStep(3, StepState::NotStarted, tr("No actions planned yet."));
            setStep(4, StepState::NotStarted, tr("Nothing to track until actions are planned."));
        } else {
            setStep(3, StepState::Done,
                    tr("%n action(s) planned: %1 in progress, %2 complete.", nullptr, total)
                        .arg(inProgress)
                        .arg(complete));
            const int late = overdue ? *overdue : 0;
            if (late > 0)
                setStep(4, StepState::NeedsAttention,
                        tr("%n action(s) overdue.", nullptr, late) + QLatin1Char(' ') +
                            tr("The rest are on track."));
            else
                setStep(4, StepState::Done, tr("All open actions are on track."));
        }
    }

    // 6. Accreditation, the badges and the Mark.
    AccreditationRepository accreditation(file);
    auto summaries = accreditation.summaries();
    auto mark = accreditation.markStatus(m_today);
    {
        int verified = 0;
        int submitted = 0;
        int drafts = 0;
        if (summaries) {
            for (const auto& strand : framework.strands) {
                const AccreditationSummary* latest = nullptr;
                for (const auto& summary : *summaries) {
                    if (summary.strandId == strand.id)
                        latest = &summary;
                }
                if (!latest)
                    continue;
                if (latest->status == SummaryStatus::Verified)
                    ++verified;
                else if (latest->status == SummaryStatus::Submitted)
                    ++submitted;
                else
                    ++drafts;
            }
        }
        const int strands = static_cast<int>(framework.strands.size());
        const QString detail = tr("%1 verified, %2 submitted, %3 in draft, of %4 strands.")
                                   .arg(verified)
                                   .arg(submitted)
                                   .arg(drafts)
                                   .arg(strands);
        setStep(5,
                strands > 0 && verified == strands  ? StepState::Done
                : verified + submitted + drafts > 0 ? StepState::InProgress
                                                    : StepState::NotStarted,
                detail);
    }

    for (std::size_t i = 0; i < m_badges.size(); ++i) {
        auto* widget = m_badges[i];
        if (i >= framework.strands.size()) {
            widget->hide();
            continue;
        }
        const Strand& strand = framework.strands[i];
        const StrandStanding* standing = mark ? mark->strand(strand.id) : nullptr;
        const AccreditationSummary* latest = nullptr;
        if (summaries) {
            for (const auto& summary : *summaries) {
                if (summary.strandId == strand.id)
                    latest = &summary;
            }
        }
        StrandBadgeWidget::State state = StrandBadgeWidget::State::NotStarted;
        QString text = tr("Not started");
        if (standing && standing->state == StrandBadgeState::Current) {
            state = StrandBadgeWidget::State::Awarded;
            text = tr("Awarded %1, valid to %2")
                       .arg(shortDate(standing->awardedOn), shortDate(standing->validUntil));
        } else if (latest && latest->status != SummaryStatus::Verified) {
            state = StrandBadgeWidget::State::InProgress;
            text = summaryStatusLabel(latest->status);
        } else if (standing && standing->state == StrandBadgeState::Expired) {
            state = StrandBadgeWidget::State::Expired;
            text = tr("Expired %1").arg(shortDate(standing->validUntil.addDays(1)));
        }
        widget->setBadge(strand.id, strand.name, state, text);
        widget->show();
    }

    if (mark) {
        const int strands = static_cast<int>(framework.strands.size());
        if (!mark->markApplies) {
            m_mark->setText(tr("This framework awards badges only."));
            m_markDetail->setText(
                tr("%1 of %2 badges current.").arg(mark->currentBadgeCount()).arg(strands));
        } else if (mark->earned && mark->current) {
            m_mark->setText(tr("\u2714 Earned on %1").arg(longDate(mark->earnedOn)));
            m_markDetail->setText(
                tr("Re-accreditation is due by %1.").arg(longDate(mark->reaccreditationDue)));
        } else if (mark->earned) {
            m_mark->setText(tr("\u26A0 Due for re-accreditation"));
            m_markDetail->setText(
                tr("Earned on %1; re-accreditation was due on %2.")
                    .arg(longDate(mark->earnedOn), longDate(mark->reaccreditationDue)));
        } else {
            m_mark->setText(
                tr("Not yet earned: %1 of %2 badges").arg(mark->currentBadgeCount()).arg(strands));
            m_markDetail->setText(tr("All %1 badges within %2 years earn the Mark.")
                                      .arg(strands)
                                      .arg(framework.awardRules.markWindowYears));
        }
    } else {
        m_mark->setText(mark.errorMessage());
        m_markDetail->clear();
    }

    // The next visit.
    auto next = VisitRepository(file).nextVisit(m_today);
    if (next && *next) {
        const Visit& visit = **next;
        QString text = tr("%1 — %2").arg(longDate(visit.visitedOn), visitKindLabel(visit.kind));
        if (!visit.advisor.isEmpty())
            text += tr(" with %1").arg(visit.advisor);
        if (!visit.focus.isEmpty())
            text += QLatin1Char('\n') + tr("Focus: %1").arg(visit.focus);
        const qint64 days = m_today.daysTo(visit.visitedOn);
        text += QLatin1Char('\n') + (days == 0 ? tr("Today.") : tr("In %n day(s).", nullptr, days));
        m_nextVisit->setText(text);
    } else if (next) {
        m_nextVisit->setText(tr("No visit is planned. Record the next one under Visits and "
                                "network meetings on the Accreditation page."));
    } else {
        m_nextVisit->setText(next.errorMessage());
    }
    m_openVisits->setEnabled(true);
}

OverviewPage::StepState OverviewPage::stepState(int step) const {
    return m_steps.at(static_cast<std::size_t>(step)).value;
}

QString OverviewPage::stepDetail(int step) const {
    return m_steps.at(static_cast<std::size_t>(step)).detail->text();
}

QPushButton* OverviewPage::stepButton(int step, int which) const {
    const auto& card = m_steps.at(static_cast<std::size_t>(step));
    return which == 0 ? card.open : card.second;
}

QString OverviewPage::markText() const {
    return m_mark->text() + QLatin1Char('\n') + m_markDetail->text();
}

QString OverviewPage::nextVisitText() const {
    return m_nextVisit->text();
}

StrandBadgeWidget* OverviewPage::badge(int index) const {
    return m_badges.at(static_cast<std::size_t>(index));
}

} // namespace equimark
