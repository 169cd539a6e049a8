#include "widgets/SummaryEditor.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/CreateSummaryCommand.h"
#include "editing/commands/SummaryStatusCommand.h"
#include "editing/commands/UpdateSummaryCommand.h"
#include "models/PlainToolTip.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"
#include "widgets/PlainLabel.h"
#include "widgets/RagStyle.h"
#include "widgets/RefreshWhenShown.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace equimark {

namespace {

QString longDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QLabel* fieldLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    return label;
}

QPlainTextEdit* textEdit(const QString& objectName, const QString& accessibleName,
                         const QString& placeholder) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleDescription(placeholder); // read out even once text hides it
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().height() * 7);
    return edit;
}

QIcon chipIcon(Rating rating, const QPalette& palette) {
    QPixmap pixmap(22, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    RagStyle::paintChip(&painter, pixmap.rect().adjusted(1, 1, -1, -1), rating, palette);
    return QIcon(pixmap);
}

QList<qint64> checkedIds(const QListWidget* list) {
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        const auto* item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

// A small form dialog: the caller adds rows, then runs it.
struct StepDialog {
    explicit StepDialog(QWidget* parent, const QString& title, const QString& okText)
        : dialog(parent) {
        dialog.setWindowTitle(title);
        auto* layout = new QVBoxLayout(&dialog);
        form = new QFormLayout;
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
    }
    QDateEdit* addDate(const QString& label, const QDate& value) {
        auto* edit = new QDateEdit(value);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(label, edit);
        return edit;
    }
    QLineEdit* addLine(const QString& label, const QString& value) {
        auto* edit = new QLineEdit(value);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        edit->setMinimumWidth(320);
        form->addRow(label, edit);
        return edit;
    }
    QPlainTextEdit* addText(const QString& label) {
        auto* edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(label, edit);
        return edit;
    }
    QDialog dialog;
    QFormLayout* form;
};

} // namespace

SummaryEditor::SummaryEditor(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate()) {
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1200);
    connect(m_saveTimer, &QTimer::timeout, this, &SummaryEditor::commitPending);
    buildUi();
    updateState();
}

void SummaryEditor::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);

    auto* head = new QHBoxLayout;
    m_title = plainLabel();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    head->addWidget(m_title, 1);
    m_status = plainLabel();
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    m_status->setAccessibleName(tr("Summary status"));
    head->addWidget(m_status, 0, Qt::AlignVCenter);
    head->addSpacing(12);
    m_submit = new QPushButton(tr("Su&bmit…"));
    m_verify = new QPushButton(tr("&Verify…"));
    m_return = new QPushButton(tr("&Return to school…"));
    m_withdraw = new QPushButton(tr("&Withdraw verification…"));
    for (auto* button : {m_submit, m_verify, m_return, m_withdraw})
        head->addWidget(button);
    layout->addLayout(head);

    m_lockNote = plainLabel();
    m_lockNote->setObjectName(QStringLiteral("lockNote"));
    m_lockNote->setFrameShape(QFrame::StyledPanel);
    m_lockNote->setMargin(6);
    m_lockNote->setBackgroundRole(QPalette::AlternateBase);
    m_lockNote->setAutoFillBackground(true);
    layout->addWidget(m_lockNote);
    m_advisorNote = plainLabel();
    m_advisorNote->setFrameShape(QFrame::StyledPanel);
    m_advisorNote->setMargin(6);
    layout->addWidget(m_advisorNote);

    m_start = new QPushButton(tr("&Start a summary"));
    m_start->setObjectName(QStringLiteral("startSummary"));
    m_start->setAccessibleName(tr("Start a summary"));
    m_start->setToolTip(tr("Begin the accreditation summary of this strand"));
    connect(m_start, &QPushButton::clicked, this, &SummaryEditor::startSummary);
    layout->addWidget(m_start, 0, Qt::AlignLeft);

    m_form = new QWidget;
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    m_outcomes = textEdit(QStringLiteral("outcomes"), tr("Outcomes achieved"),
                          tr("What changed for pupils, staff and families because of the actions "
                             "taken?"));
    m_results = textEdit(QStringLiteral("measurableResults"), tr("Measurable results"),
                         tr("Figures that show the change: survey results, attendance, "
                            "incidents..."));
    m_statement =
        textEdit(QStringLiteral("groupStatement"), tr("Statement from the reference group"),
                 tr("The Equality Reference Group's view of the strand."));
    grid->addWidget(fieldLabel(tr("&Outcomes achieved"), m_outcomes), 0, 0);
    grid->addWidget(m_outcomes, 1, 0);
    grid->addWidget(fieldLabel(tr("&Measurable results"), m_results), 0, 1);
    grid->addWidget(m_results, 1, 1);
    grid->addWidget(fieldLabel(tr("Statement from the reference &group"), m_statement), 0, 2);
    grid->addWidget(m_statement, 1, 2);
    for (auto* edit : {m_outcomes, m_results, m_statement}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &SummaryEditor::contentEdited);
        edit->installEventFilter(this);
    }

    m_actions = new QListWidget;
    m_actions->setObjectName(QStringLiteral("linkedActions"));
    m_actions->setAccessibleName(tr("Actions taken"));
    m_actions->setWordWrap(true);
    grid->addWidget(fieldLabel(tr("&Actions taken (tick those reported)"), m_actions), 2, 0);
    grid->addWidget(m_actions, 3, 0);
    m_evidence = new QListWidget;
    m_evidence->setObjectName(QStringLiteral("linkedEvidence"));
    m_evidence->setAccessibleName(tr("Linked evidence"));
    m_evidence->setWordWrap(true);
    grid->addWidget(fieldLabel(tr("Linked &evidence"), m_evidence), 2, 1);
    grid->addWidget(m_evidence, 3, 1);
    for (auto* list : {m_actions, m_evidence}) {
        list->setMinimumHeight(list->fontMetrics().height() * 8);
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (m_loading)
                return;
            m_dirty = true;
            commitPending();
        });
    }

    m_movement = new QTableWidget(0, 4);
    m_movement->setObjectName(QStringLiteral("gridMovement"));
    m_movement->setAccessibleName(tr("Summary grid movement since the first audit"));
    m_movement->setAccessibleDescription(
        tr("How many cells of the strand moved up or down the ratings since the first audit"));
    m_movement->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movement->setSelectionMode(QAbstractItemView::NoSelection);
    m_movement->verticalHeader()->hide();
    m_movement->setWordWrap(false);
    m_movement->setIconSize(QSize(22, 18));
    m_movement->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_movement->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_movement->setMinimumHeight(m_movement->fontMetrics().height() * 8);
    grid->addWidget(fieldLabel(tr("Summary grid since the first audit"), m_movement), 2, 2);
    grid->addWidget(m_movement, 3, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 4);
    form->addLayout(grid);
    m_history = plainLabel();
    m_history->setObjectName(QStringLiteral("summaryHistory"));
    form->addWidget(m_history);
    layout->addWidget(m_form, 1);

    m_submit->setObjectName(QStringLiteral("submitSummary"));
    m_submit->setAccessibleName(tr("Submit the summary"));
    m_verify->setObjectName(QStringLiteral("verifySummary"));
    m_verify->setAccessibleName(tr("Verify the summary"));
    m_return->setObjectName(QStringLiteral("returnSummary"));
    m_return->setAccessibleName(tr("Return the summary to the school"));
    m_withdraw->setObjectName(QStringLiteral("withdrawVerification"));
    m_withdraw->setAccessibleName(tr("Withdraw the verification"));
    m_withdraw->setToolTip(tr("Take back the advisor's verification so the summary can change"));
    connect(m_submit, &QPushButton::clicked, this, &SummaryEditor::askSubmit);
    connect(m_verify, &QPushButton::clicked, this, &SummaryEditor::askVerify);
    connect(m_return, &QPushButton::clicked, this, &SummaryEditor::askReturn);
    connect(m_withdraw, &QPushButton::clicked, this, &SummaryEditor::askWithdraw);
}

void SummaryEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_summary.reset();
    m_dirty = false;
    if (m_document) {
        connect(m_document, &SchoolDocument::summaryChanged, this,
                &SummaryEditor::onSummaryChanged);
        connect(m_document, &SchoolDocument::reloaded, this, [this] {
            m_dirty = false;
            reload();
        });
        if (!m_listsWhenShown)
            m_listsWhenShown = new RefreshWhenShown(this, [this] { reloadLists(); });
        const auto lists = [this] { m_listsWhenShown->request(); };
        connect(m_document, &SchoolDocument::actionAdded, this, lists);
        connect(m_document, &SchoolDocument::actionChanged, this, lists);
        connect(m_document, &SchoolDocument::actionRemoved, this, lists);
        connect(m_document, &SchoolDocument::evidenceAdded, this, lists);
        connect(m_document, &SchoolDocument::evidenceChanged, this, lists);
        connect(m_document, &SchoolDocument::evidenceRemoved, this, lists);
        connect(m_document, &SchoolDocument::gridCellChanged, this, &SummaryEditor::reloadMovement);
        connect(m_document, &SchoolDocument::auditsChanged, this, &SummaryEditor::reloadMovement);
    }
    reload();
}

void SummaryEditor::setStrand(const QString& strandId) {
    if (strandId == m_strandId)
        return;
    commitPending();
    m_strandId = strandId;
    m_dirty = false;
    reload();
}

void SummaryEditor::onSummaryChanged(qint64 summaryId) {
    Q_UNUSED(summaryId)
    // Another summary of this strand may have been started or removed, so look again.
    if (m_dirty)
        return; // our own pending text wins until it is written
    reload();
}

void SummaryEditor::reload() {
    m_saveTimer->stop();
    m_summary.reset();
    const Strand* strand = m_document ? m_document->equalityMark().strand(m_strandId) : nullptr;
    m_title->setText(strand ? tr("%1 strand").arg(strand->name) : tr("Choose a strand"));
    if (m_document && strand) {
        auto latest = AccreditationRepository(m_document->file()).latestForStrand(m_strandId);
        if (latest && *latest)
            m_summary = **latest;
        else if (!latest)
            emit errorOccurred(latest.errorMessage());
    }
    m_loading = true;
    setTextKeepingCursor(m_outcomes, m_summary ? m_summary->outcomes : QString());
    setTextKeepingCursor(m_results, m_summary ? m_summary->measurableResults : QString());
    setTextKeepingCursor(m_statement, m_summary ? m_summary->groupStatement : QString());
    m_loading = false;
    reloadLists();
    reloadMovement();
    updateState();
}

void SummaryEditor::reloadLists() {
    const QList<qint64> linkedActions =
        m_dirty ? checkedIds(m_actions) : (m_summary ? m_summary->actionIds : QList<qint64>());
    const QList<qint64> linkedEvidence =
        m_dirty ? checkedIds(m_evidence) : (m_summary ? m_summary->evidenceIds : QList<qint64>());
    m_loading = true;
    m_actions->clear();
    m_evidence->clear();
    if (m_document && !m_strandId.isEmpty()) {
        QList<qint64> strandActions;
        if (auto actions = ActionRepository(m_document->file()).all()) {
            for (const auto& action : *actions) {
                const bool linked = linkedActions.contains(action.id);
                if (!linked && !action.strandIds.contains(m_strandId))
                    continue;
                strandActions << action.id;
                QString text = tr("%1 (%2)").arg(action.title, actionStatusLabel(action.status));
                if (!action.impact.isEmpty())
                    text += QLatin1Char('\n') + tr("Impact: %1").arg(action.impact);
                auto* item = new QListWidgetItem(text, m_actions);
                item->setData(Qt::UserRole, action.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(
                    plainToolTip(action.impact.isEmpty() ? action.successCriteria : action.impact));
            }
        }
        if (auto evidence = EvidenceRepository(m_document->file()).all()) {
            for (const auto& item : *evidence) {
                const bool linked = linkedEvidence.contains(item.id);
                bool relevant = linked || item.strandIds.contains(m_strandId);
                for (const auto id : item.actionIds)
                    relevant = relevant || strandActions.contains(id);
                if (!relevant)
                    continue;
                QString text =
                    item.datedOn.isValid()
                        ? tr("%1 (%2, %3)")
                              .arg(item.title, evidenceKindLabel(item.kind),
                                   QLocale().toString(item.datedOn, QStringLiteral("d MMM yyyy")))
                        : tr("%1 (%2)").arg(item.title, evidenceKindLabel(item.kind));
                auto* entry = new QListWidgetItem(text, m_evidence);
                entry->setData(Qt::UserRole, item.id);
                entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                entry->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
                entry->setToolTip(plainToolTip(item.description));
            }
        }
    }
    m_loading = false;
    updateState();
}

void SummaryEditor::reloadMovement() {
    m_movement->setRowCount(0);
    if (!m_document || m_strandId.isEmpty())
        return;
    AuditRepository audits(m_document->file());
    auto all = audits.audits();
    if (!all || all->empty()) {
        m_movement->setHorizontalHeaderLabels(
            {tr("Element"), tr("First audit"), tr("Latest audit"), tr("Change")});
        return;
    }
    const Audit& first = all->front();
    SummaryGridRepository grid(m_document->file());
    // The latest year whose grid the group has agreed: a year still being audited has no
    // agreed grid yet and would only show blanks (the printed summary does the same).
    Audit latest = first;
    for (auto it = all->rbegin(); it != all->rend(); ++it) {
        if (auto cells = grid.cells(it->id); cells && !cells->empty()) {
            latest = *it;
            break;
        }
    }
    QHash<QString, Rating> before;
    QHash<QString, Rating> after;
    if (auto cells = grid.cells(first.id)) {
        for (const auto& cell : *cells)
            if (cell.strandId == m_strandId)
                before.insert(cell.elementId, cell.agreed);
    }
    if (auto cells = grid.cells(latest.id)) {
        for (const auto& cell : *cells)
            if (cell.strandId == m_strandId)
                after.insert(cell.elementId, cell.agreed);
    }
    m_movement->setHorizontalHeaderLabels(
        {tr("Element"), first.year.toString(), latest.year.toString(), tr("Change")});
    // With one agreed grid there is nothing to compare: show its year once.
    m_movement->setColumnHidden(2, first.id == latest.id);
    const auto& elements = m_document->equalityMark().elements;
    m_movement->setRowCount(static_cast<int>(elements.size()));
    const QPalette& pal = palette();
    for (int row = 0; row < static_cast<int>(elements.size()); ++row) {
        const Element& element = elements[static_cast<std::size_t>(row)];
        const Rating was = before.value(element.id, Rating::None);
        const Rating now = after.value(element.id, Rating::None);
        auto* name = new QTableWidgetItem(element.name);
        // The chip carries its letter; the word is in the tooltip and for screen readers.
        auto* wasItem = new QTableWidgetItem(chipIcon(was, pal), QString());
        auto* nowItem = new QTableWidgetItem(chipIcon(now, pal), QString());
        for (auto [item, rating] : {std::pair{wasItem, was}, std::pair{nowItem, now}}) {
            item->setToolTip(RagStyle::accessibleText(rating));
            item->setData(Qt::AccessibleTextRole, RagStyle::accessibleText(rating));
        }
        QString changeText;
        if (first.id == latest.id)
            changeText = tr("Only one grid agreed so far");
        else if (was == Rating::None || now == Rating::None)
            changeText = tr("Not agreed");
        else
            changeText = trendLabel(compareRatings(was, now));
        auto* change = new QTableWidgetItem(changeText);
        m_movement->setItem(row, 0, name);
        m_movement->setItem(row, 1, wasItem);
        m_movement->setItem(row, 2, nowItem);
        m_movement->setItem(row, 3, change);
    }
}

bool SummaryEditor::isLockedForEditing() const {
    return !m_document || m_document->isReadOnly() || !m_summary || m_summary->isLocked();
}

void SummaryEditor::updateState() {
    const bool readOnly = !m_document || m_document->isReadOnly();
    const bool has = m_summary.has_value();
    const bool editable = has && !readOnly && m_summary->isEditable();
    const SummaryStatus status = has ? m_summary->status : SummaryStatus::Draft;

    m_status->setText(has ? tr("Status: %1").arg(summaryStatusLabel(status))
                          : tr("Status: not started"));
    m_form->setVisible(has);
    m_start->setVisible(!has || status == SummaryStatus::Verified);
    m_start->setText(has ? tr("&Start a new summary") : tr("&Start a summary"));
    m_start->setEnabled(!readOnly && !m_strandId.isEmpty());

    for (auto* edit : {m_outcomes, m_results, m_statement})
        edit->setReadOnly(!editable);
    m_actions->setEnabled(editable);
    m_evidence->setEnabled(editable);

    if (has && m_summary->isLocked()) {
        QString note = tr("Verified on %1 by %2; locked. Withdrawing the verification is the "
                          "only way to change it.")
                           .arg(longDate(m_summary->verifiedOn), m_summary->verifiedBy);
        m_lockNote->setText(note);
        m_lockNote->show();
    } else if (has && readOnly) {
        m_lockNote->setText(tr("This file is open read-only; the summary cannot be changed."));
        m_lockNote->show();
    } else {
        m_lockNote->hide();
    }
    if (has && !m_summary->advisorComments.isEmpty()) {
        m_advisorNote->setText(
            status == SummaryStatus::Returned
                ? tr("Returned by the advisor: %1").arg(m_summary->advisorComments)
                : tr("Advisor's comments: %1").arg(m_summary->advisorComments));
        m_advisorNote->show();
    } else {
        m_advisorNote->hide();
    }

    QStringList history;
    if (has) {
        for (const auto& event : m_summary->events) {
            QString line = tr("%1 on %2").arg(summaryEventLabel(event.event), longDate(event.on));
            if (!event.by.isEmpty())
                line += tr(" by %1").arg(event.by);
            if (!event.comments.isEmpty())
                line += QStringLiteral(": ") + event.comments;
            history << QStringLiteral("• ") + line;
        }
    }
    m_history->setText(history.isEmpty()
                           ? QString()
                           : tr("History") + QLatin1Char('\n') + history.join(QLatin1Char('\n')));
    m_history->setVisible(!history.isEmpty());

    m_submit->setEnabled(!readOnly && has &&
                         (status == SummaryStatus::Draft || status == SummaryStatus::Returned));
    m_verify->setEnabled(!readOnly && has && status == SummaryStatus::Submitted);
    m_return->setEnabled(!readOnly && has && status == SummaryStatus::Submitted);
    m_withdraw->setEnabled(!readOnly && has && status == SummaryStatus::Verified);
}

bool SummaryEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut && m_dirty)
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void SummaryEditor::contentEdited() {
    if (m_loading || !m_summary)
        return;
    m_dirty = true;
    m_saveTimer->start();
}

bool SummaryEditor::commitPending() {
    m_saveTimer->stop();
    if (!m_dirty || !m_document || !m_summary)
        return true;
    AccreditationSummary changed = *m_summary;
    changed.outcomes = m_outcomes->toPlainText();
    changed.measurableResults = m_results->toPlainText();
    changed.groupStatement = m_statement->toPlainText();
    changed.actionIds = checkedIds(m_actions);
    changed.evidenceIds = checkedIds(m_evidence);
    if (changed.outcomes == m_summary->outcomes &&
        changed.measurableResults == m_summary->measurableResults &&
        changed.groupStatement == m_summary->groupStatement &&
        changed.actionIds == m_summary->actionIds &&
        changed.evidenceIds == m_summary->evidenceIds) {
        m_dirty = false;
        return true;
    }
    m_dirty = false;
    const auto done =
        m_document->execute(std::make_unique<UpdateSummaryCommand>(*m_document, changed));
    if (!done) {
        m_dirty = true; // keep what was typed; it is tried again on the next pause
        emit errorOccurred(done.errorMessage());
        return false;
    }
    return true;
}

bool SummaryEditor::run(bool ok, const QString& message) {
    if (!ok)
        emit errorOccurred(message);
    return ok;
}

bool SummaryEditor::startSummary() {
    if (!m_document || m_strandId.isEmpty())
        return false;
    const auto done =
        m_document->execute(std::make_unique<CreateSummaryCommand>(*m_document, m_strandId));
    return run(done.ok(), done.errorMessage());
}

bool SummaryEditor::submit(const QDate& on) {
    if (!m_document || !m_summary || !commitPending())
        return false;
    SummaryStatusCommand::Step step;
    step.kind = SummaryStatusCommand::Kind::Submit;
    step.summaryId = m_summary->id;
    step.on = on;
    const auto done =
        m_document->execute(std::make_unique<SummaryStatusCommand>(*m_document, step));
    return run(done.ok(), done.errorMessage());
}

bool SummaryEditor::verify(const QString& advisor, const QDate& on, const QString& comments,
                           std::optional<qint64> visitId) {
    if (!m_document || !m_summary || !commitPending())
        return false;
    SummaryStatusCommand::Step step;
    step.kind = SummaryStatusCommand::Kind::Verify;
    step.summaryId = m_summary->id;
    step.on = on;
    step.advisor = advisor;
    step.comments = comments;
    step.visitId = visitId;
    const auto done =
        m_document->execute(std::make_unique<SummaryStatusCommand>(*m_document, step));
    return run(done.ok(), done.errorMessage());
}

bool SummaryEditor::returnToSchool(const QString& advisor, const QDate& on,
                                   const QString& comments) {
    if (!m_document || !m_summary || !commitPending())
        return false;
    SummaryStatusCommand::Step step;
    step.kind = SummaryStatusCommand::Kind::Return;
    step.summaryId = m_summary->id;
    step.on = on;
    step.advisor = advisor;
    step.comments = comments;
    const auto done =
        m_document->execute(std::make_unique<SummaryStatusCommand>(*m_document, step));
    return run(done.ok(), done.errorMessage());
}

bool SummaryEditor::withdrawVerification(const QString& reason) {
    if (!m_document || !m_summary)
        return false;
    SummaryStatusCommand::Step step;
    step.kind = SummaryStatusCommand::Kind::Withdraw;
    step.summaryId = m_summary->id;
    step.comments = reason;
    const auto done =
        m_document->execute(std::make_unique<SummaryStatusCommand>(*m_document, step));
    return run(done.ok(), done.errorMessage());
}

void SummaryEditor::askSubmit() {
    StepDialog ask(this, tr("Submit the accreditation summary"), tr("Submit"));
    auto* date = ask.addDate(tr("Submitted &on:"), m_today);
    if (ask.dialog.exec() == QDialog::Accepted)
        submit(date->date());
}

void SummaryEditor::askVerify() {
    StepDialog ask(this, tr("Verify the accreditation summary"), tr("Verify and award badge"));
    auto* advisor = ask.addLine(tr("&Advisor:"), Preferences::userName());
    auto* date = ask.addDate(tr("Verified &on:"), m_today);
    auto* visit = new QComboBox;
    visit->setAccessibleName(tr("At visit"));
    visit->addItem(tr("Not at a recorded visit"), QVariant());
    if (m_document) {
        if (auto visits = VisitRepository(m_document->file()).visits()) {
            for (const auto& v : *visits)
                visit->addItem(tr("%1, %2").arg(longDate(v.visitedOn), visitKindLabel(v.kind)),
                               v.id);
        }
    }
    ask.form->addRow(tr("At &visit:"), visit);
    auto* comments = ask.addText(tr("&Comments:"));
    if (ask.dialog.exec() != QDialog::Accepted)
        return;
    const QVariant chosen = visit->currentData();
    verify(advisor->text(), date->date(), comments->toPlainText(),
           chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt);
}

void SummaryEditor::askReturn() {
    StepDialog ask(this, tr("Return the summary to the school"), tr("Return"));
    auto* advisor = ask.addLine(tr("&Advisor:"), Preferences::userName());
    auto* date = ask.addDate(tr("Returned &on:"), m_today);
    auto* comments = ask.addText(tr("What is &needed:"));
    if (ask.dialog.exec() == QDialog::Accepted)
        returnToSchool(advisor->text(), date->date(), comments->toPlainText());
}

void SummaryEditor::askWithdraw() {
    StepDialog ask(this, tr("Withdraw the verification"), tr("Withdraw verification"));
    ask.form->addRow(
        plainLabel(nullptr, tr("The strand's badge is taken away and the summary goes back "
                               "to submitted. The reason is recorded in its history.")));
    auto* reason = ask.addText(tr("&Reason:"));
    if (ask.dialog.exec() == QDialog::Accepted)
        withdrawVerification(reason->toPlainText());
}

} // namespace equimark
