#include "pages/TrainingCoveragePanel.h"

#include "analysis/TrainingCoverage.h"
#include "dialogs/ReportDialog.h"
#include "domain/AcademicYear.h"
#include "domain/TrainingTopic.h"
#include "editing/SchoolDocument.h"
#include "models/CoverageTableModel.h"
#include "models/NotReachedTableModel.h"
#include "storage/TrainingRepository.h"
#include "widgets/FlowLayout.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

TrainingCoveragePanel::TrainingCoveragePanel(QWidget* parent)
    : QWidget(parent)
    , m_coverage(new CoverageTableModel(this))
    , m_notReached(new NotReachedTableModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_thisYear(new QPushButton(tr("This academic year"), this))
    , m_export(new QPushButton(tr("Export PDF…"), this))
    , m_counts(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_coverageView(new QTableView(this))
    , m_notReachedView(new QTableView(this)) {
    for (auto [edit, name, tip] :
         {std::tuple<QDateEdit*, QString, QString>{m_from, tr("Period from"),
                                                   tr("The first day of the period")},
          {m_to, tr("Period until"), tr("The last day of the period")}}) {
        edit->setCalendarPopup(true);
        edit->setAccessibleName(name);
        edit->setToolTip(tip);
    }
    m_thisYear->setToolTip(tr("Show September to August of the current academic year"));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("U&ntil:"), this);
    toLabel->setBuddy(m_to);
    auto* bar = new FlowLayout;
    bar->addGroup({fromLabel, m_from});
    bar->addGroup({toLabel, m_to});
    bar->addWidget(m_thisYear);
    bar->addWidget(m_export);
    m_export->setToolTip(tr("Save the training coverage report for this period as a PDF"));

    m_counts->setWordWrap(true);
    m_counts->setText(tr("Counts as race equality training: %1, first courses and refreshers. "
                         "Each person counts once.")
                          .arg(TrainingTopic::countingLabels()));
    m_summary->setWordWrap(true);

    m_coverageView->setModel(m_coverage);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverageView->horizontalHeader()->setStretchLastSection(true);
    m_coverageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverageView->setAccessibleName(tr("Coverage by group"));
    m_coverageView->setAccessibleDescription(
        tr("Staff, governors, leaders and everyone in post in the period: offered and "
           "attended"));
    m_notReachedView->setModel(m_notReached);
    m_notReachedView->verticalHeader()->hide();
    m_notReachedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notReachedView->horizontalHeader()->setStretchLastSection(true);
    m_notReachedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notReachedView->setAccessibleName(tr("Not yet reached"));
    m_notReachedView->setAccessibleDescription(
        tr("People in post in the period who have not attended race equality training"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_coverageView);
    splitter->addWidget(m_notReachedView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &TrainingCoveragePanel::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &TrainingCoveragePanel::recompute);
    connect(m_thisYear, &QPushButton::clicked, this, [this] {
        const AcademicYear year = AcademicYear::containing(QDate::currentDate());
        setPeriod(year.firstDay(), year.lastDay());
    });
    connect(m_export, &QPushButton::clicked, this, &TrainingCoveragePanel::exportPdf);
    const AcademicYear year = AcademicYear::containing(QDate::currentDate());
    setPeriod(year.firstDay(), year.lastDay());
}

void TrainingCoveragePanel::exportPdf() {
    if (!m_document)
        return;
    ReportRequest request;
    request.kind = ReportRequest::Kind::TrainingCoverage;
    request.trainingFrom = from();
    request.trainingTo = to();
    ReportDialog dialog(*m_document, ReportDialog::Output::Pdf, request.kind, this);
    dialog.preselect(request);
    dialog.exec();
}

void TrainingCoveragePanel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &SchoolDocument::trainingChanged, this,
                &TrainingCoveragePanel::recompute);
    m_export->setEnabled(m_document != nullptr);
    recompute();
}

void TrainingCoveragePanel::setPeriod(const QDate& from, const QDate& to) {
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    recompute();
}

QDate TrainingCoveragePanel::from() const {
    return m_from->date();
}

QDate TrainingCoveragePanel::to() const {
    return m_to->date();
}

QString TrainingCoveragePanel::summaryText() const {
    return m_summary->text();
}

void TrainingCoveragePanel::recompute() {
    std::vector<Person> people;
    std::vector<TrainingSession> sessions;
    if (m_document) {
        TrainingRepository training(m_document->file());
        if (auto found = training.people())
            people = std::move(*found);
        if (auto found = training.sessions())
            sessions = std::move(*found);
    }
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        m_summary->setText(tr("The period ends before it starts: choose another \"Until\" date."));
        m_coverage->setCoverage(TrainingCoverage{});
        m_notReached->setCoverage(TrainingCoverage{});
        return;
    }
    const auto coverage = TrainingCoverage::compute(people, sessions, from, to);
    m_coverage->setCoverage(coverage);
    m_notReached->setCoverage(coverage);
    if (coverage.everyone.inPost == 0)
        m_summary->setText(tr("Nobody on the People tab was in post in this period."));
    else if (coverage.notReached.empty())
        m_summary->setText(tr("Everyone in post attended: %n session(s) counted.", nullptr,
                              coverage.countingSessions));
    else {
        int notOffered = 0;
        for (const auto& row : coverage.notReached)
            notOffered += row.offered ? 0 : 1;
        m_summary->setText(
            notOffered == 0
                ? tr("%1 of %2 people in post have not attended yet; all of them have been "
                     "offered a session.")
                      .arg(coverage.notReached.size())
                      .arg(coverage.everyone.inPost)
                : tr("%1 of %2 people in post have not attended yet; %3 of them have not been "
                     "offered a session. Ambition 4 asks that everyone is offered it.")
                      .arg(coverage.notReached.size())
                      .arg(coverage.everyone.inPost)
                      .arg(notOffered));
    }
}

} // namespace equimark
