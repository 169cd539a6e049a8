#include "pages/AuditPage.h"

#include "Preferences.h"
#include "dialogs/NewAuditYearDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/SetJudgementCommand.h"
#include "editing/commands/StartAuditCommand.h"
#include "models/AuditGridModel.h"
#include "models/StatementFilterProxy.h"
#include "models/StatementListModel.h"
#include "storage/AuditRepository.h"
#include "widgets/FlowLayout.h"
#include "widgets/RagDelegate.h"
#include "widgets/StatementEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace equimark {

namespace {
const QString splitterKey = QStringLiteral("audit/splitter");
const QString sideSplitterKey = QStringLiteral("audit/sideSplitter");
const QString columnsKey = QStringLiteral("audit/statementColumns");

} // namespace

AuditPage::AuditPage(QWidget* parent)
    : Page(parent)
    , m_gridModel(new AuditGridModel(this))
    , m_statementModel(new StatementListModel(this))
    , m_filter(new StatementFilterProxy(this))
    , m_year(new QComboBox(this))
    , m_newYear(new QPushButton(tr("Start &New Year\u2026"), this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_delegateFilter(new QComboBox(this))
    , m_unjudged(new QCheckBox(tr("Not yet &judged only"), this))
    , m_delegate(new QPushButton(tr("&Delegate\u2026"), this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
    , m_grid(new QTableView(this))
    , m_listCaption(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show &All Statements"), this))
    , m_statements(new QTableView(this))
    , m_editor(new StatementEditor(this))
    , m_empty(new QLabel(this)) {
    m_filter->setSourceModel(m_statementModel);
    setWhatsThis(tr("<p><b>The whole-school audit.</b> The reference group judges every "
                    "statement of the Equality Mark for the school as it is now, and notes the "
                    "evidence. The grid shows how far each element and strand has got; the "
                    "summary grid is built from it.</p>"));
    m_editor->setWhatsThis(
        tr("<p><b>The chosen statement</b>, with its guidance and last year's rating.</p><p>Choose "
           "Red, Amber or Green for where the school stands now, and write in <i>Evidence "
           "note</i> what has been done and where the evidence is kept. The note is saved as you "
           "leave the box.</p>"));

    // The bar: year, progress, filters, delegation.
    auto* yearLabel = new QLabel(tr("Audit &year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setAccessibleName(tr("Audit year"));
    m_year->setToolTip(tr("The academic year whose audit is shown"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_newYear->setAccessibleName(tr("Start a new year's audit"));
    m_newYear->setToolTip(tr("Start the audit of another academic year"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Audit progress"));
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_delegateFilter);
    m_delegateFilter->setAccessibleName(tr("Show the sections of"));
    m_delegateFilter->setToolTip(tr("Show only the sections handed to one person or group"));
    m_delegateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unjudged->setAccessibleName(tr("Show only statements not yet judged"));
    m_unjudged->setToolTip(tr("Hide the statements that already have a rating"));
    m_delegate->setAccessibleName(tr("Delegate a section of the audit"));
    m_delegate->setToolTip(tr("Hand an element, a strand or a cell to a person or group"));

    auto* bar = new FlowLayout;
    bar->addGroup({yearLabel, m_year, m_newYear});
    bar->addGroup({m_progressText, m_progress});
    bar->addGroup({showLabel, m_delegateFilter});
    bar->addGroup({m_unjudged, m_delegate});

    // The grid.
    m_grid->setModel(m_gridModel);
    m_grid->setItemDelegate(new RagDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setAccessibleName(tr("Audit grid: elements by strands"));
    m_grid->setAccessibleDescription(
        tr("How far each element and strand is judged; move with the arrow keys and press Enter to "
           "list that cell's statements"));
    m_grid->setWhatsThis(
        tr("<p><b>The audit grid</b> sets each element of the Equality Mark (rows) against each "
           "equality strand (columns).</p><p>A cell's colours are the share of its statements "
           "rated Red, Amber and Green so far, and its figures say how many are judged. Choose a "
           "cell, or press Enter on it, to list only its statements below; <i>Show all "
           "statements</i> lists every one again.</p><p>Right-click a cell (or press the menu "
           "key) to hand the cell, its element or its strand to a person or group to judge.</p>"));
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Long strand and element names wrap onto two lines rather than being cut off.
    const auto wrapped = Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap));
    m_grid->horizontalHeader()->setDefaultAlignment(wrapped);
    m_grid->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 2 + 8);
    m_grid->verticalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignLeft | Qt::AlignVCenter) | int(Qt::TextWordWrap)));
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 12);
    m_grid->verticalHeader()->setFixedWidth(fontMetrics().averageCharWidth() * 40);
    m_grid->setWordWrap(true);
    m_grid->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // The statement list.
    m_statements->setModel(m_filter);
    m_statements->setItemDelegate(new RagDelegate(m_statements));
    m_statements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statements->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statements->setAccessibleName(tr("Audit statements"));
    m_statements->setAccessibleDescription(
        tr("Press R, A or G (or 1, 2, 3) to rate the statement and move to the next; 0 "
           "clears the rating."));
    m_statements->setWhatsThis(
        tr("<p><b>The statements</b> of the audit, with the rating each has now, last year's "
           "rating and who judged it.</p><p>Rate the chosen statement with <b>R</b>, <b>A</b> or "
           "<b>G</b> (or 1, 2, 3): Red where practice is not in place, Amber where it is partly "
           "in place, Green where it is fully in place and the evidence shows it. The list then "
           "moves to the next statement. <b>0</b> clears a rating.</p><p>Every rating is saved "
           "at once and can be undone with Ctrl+Z.</p>"));
    m_statements->verticalHeader()->hide();
    m_statements->setWordWrap(false);
    m_statements->setAlternatingRowColors(true);
    m_statements->horizontalHeader()->setStretchLastSection(false);
    m_statements->horizontalHeader()->setSectionResizeMode(StatementListModel::TextColumn,
                                                           QHeaderView::Stretch);
    m_statements->setColumnWidth(
        StatementListModel::IdColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("curriculum.race.1")) + 8);
    m_statements->setColumnWidth(StatementListModel::RatingColumn,
                                 fontMetrics().horizontalAdvance(tr("Not yet judged")) + 36);
    m_statements->setColumnWidth(StatementListModel::LastYearColumn,
                                 fontMetrics().horizontalAdvance(tr("Last year")) + 48);
    m_statements->setColumnWidth(StatementListModel::JudgedByColumn,
                                 fontMetrics().averageCharWidth() * 13);
    m_statements->installEventFilter(this);
    m_listCaption->setTextFormat(Qt::PlainText);
    m_showAll->setAccessibleName(tr("Show all statements"));
    m_showAll->setToolTip(tr("Clear the cell chosen in the grid and list every statement"));

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* captionRow = new QHBoxLayout;
    captionRow->addWidget(m_listCaption, 1);
    captionRow->addWidget(m_showAll);
    listLayout->addLayout(captionRow);
    listLayout->addWidget(m_statements);

    m_horizontal->addWidget(listPane);
    m_horizontal->addWidget(m_editor);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);
    m_vertical->addWidget(m_grid);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_vertical, 1);
    layout->addWidget(m_empty, 1);

    setTabOrder(m_year, m_newYear);
    setTabOrder(m_newYear, m_delegateFilter);
    setTabOrder(m_delegateFilter, m_unjudged);
    setTabOrder(m_unjudged, m_delegate);
    setTabOrder(m_delegate, m_grid);
    setTabOrder(m_grid, m_showAll);
    setTabOrder(m_showAll, m_statements);
    setTabOrder(m_statements, m_editor->ratingButton(Rating::Red));

    // Remembered layout.
    m_restoringLayout = true;
    m_defaultLayout = Preferences::state(splitterKey).isEmpty();
    m_vertical->restoreState(Preferences::state(splitterKey));
    m_horizontal->restoreState(Preferences::state(sideSplitterKey));
    m_statements->horizontalHeader()->restoreState(Preferences::state(columnsKey));
    m_restoringLayout = false;
    connect(m_vertical, &QSplitter::splitterMoved, this, &AuditPage::saveLayout);
    connect(m_horizontal, &QSplitter::splitterMoved, this, &AuditPage::saveLayout);
    connect(m_statements->horizontalHeader(), &QHeaderView::sectionResized, this,
            &AuditPage::saveLayout);

    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this] { showAudit(m_year->currentData().toLongLong()); });
    connect(m_newYear, &QPushButton::clicked, this, &AuditPage::startNewYear);
    connect(m_delegate, &QPushButton::clicked, this, &AuditPage::delegateSection);
    connect(m_delegateFilter, &QComboBox::currentIndexChanged, this,
            &AuditPage::applyDelegateFilter);
    connect(m_unjudged, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setUnjudgedOnly(on);
        updateListCaption();
    });
    connect(m_showAll, &QPushButton::clicked, this, &AuditPage::clearSectionFilter);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { gridCurrentChanged(current); });
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_filter->setElement({});
        m_filter->setStrand(m_gridModel->strandId(column));
        updateListCaption();
    });
    connect(m_grid->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        m_filter->setStrand({});
        m_filter->setElement(m_gridModel->elementId(row));
        updateListCaption();
    });
    connect(m_grid, &QWidget::customContextMenuRequested, this, &AuditPage::showGridMenu);
    connect(m_statements->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuditPage::statementCurrentChanged);
    connect(m_statementModel, &QAbstractItemModel::dataChanged, this,
            &AuditPage::statementDataChanged);
    connect(m_statementModel, &QAbstractItemModel::modelReset, this, [this] {
        updateProgress();
        loadEditor();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditPage::updateListCaption);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateListCaption);
    connect(m_gridModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (roles.contains(RagDelegate::DelegatesRole))
                    reloadDelegateFilter();
            });
    connect(m_editor, &StatementEditor::ratingRequested, this,
            [this](Rating rating) { judgeCurrent(rating); });
    connect(m_editor, &StatementEditor::noteCommitRequested, this, &AuditPage::commitNote);

    setDocument(nullptr);
}

AuditPage::~AuditPage() = default;

bool AuditPage::readOnly() const {
    return !m_document || m_document->isReadOnly();
}

void AuditPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &SchoolDocument::auditsChanged, this, [this] { reloadYears(); });
        connect(document, &SchoolDocument::reloaded, this, [this] { reloadYears(); });
    }
    reloadYears();
}

qint64 AuditPage::currentAuditId() const {
    return m_gridModel->auditId();
}

void AuditPage::reloadYears(qint64 select) {
    std::vector<Audit> audits;
    if (m_document) {
        if (auto all = AuditRepository(m_document->file()).audits())
            audits = std::move(*all);
    }
    qint64 wanted = select ? select : currentAuditId();
    const bool known =
        std::any_of(audits.begin(), audits.end(), [&](const Audit& a) { return a.id == wanted; });
    if (!known) {
        // Preferences::defaultYear() when it has an audit, otherwise the latest.
        wanted = audits.empty() ? 0 : audits.back().id;
        const AcademicYear preferred = Preferences::defaultYear();
        for (const auto& audit : audits) {
            if (audit.year == preferred)
                wanted = audit.id;
        }
    }
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (auto it = audits.rbegin(); it != audits.rend(); ++it)
        m_year->addItem(it->year.toString(), it->id);
    m_year->setCurrentIndex(m_year->findData(wanted));
    if (wanted != currentAuditId() || m_gridModel->rowCount() == 0 || !m_document)
        showAudit(wanted);
    else
        updateEnabled();
}

void AuditPage::showAudit(qint64 auditId) {
    if (m_editor->isNoteDirty() && !commitNote())
        return;
    m_gridModel->setAudit(m_document, auditId);
    m_statementModel->setAudit(m_document, auditId);
    reloadDelegateFilter();
    updateProgress();
    updateListCaption();
    loadEditor();
    updateEnabled();
    if (!m_document)
        m_empty->setText(tr("Open a school file to see its whole-school audit."));
    else if (auditId == 0)
        m_empty->setText(tr("No whole-school audit has been started yet. Choose \"Start New "
                            "Year\" to begin this year's audit."));
    const bool hasAudit = m_document && auditId > 0;
    m_vertical->setVisible(hasAudit);
    m_empty->setVisible(!hasAudit);
}

void AuditPage::updateEnabled() {
    const bool hasAudit = m_document && currentAuditId() > 0;
    m_year->setEnabled(m_year->count() > 0);
    m_newYear->setEnabled(m_document && !readOnly());
    m_delegate->setEnabled(hasAudit && !readOnly());
    m_delegateFilter->setEnabled(hasAudit);
    m_unjudged->setEnabled(hasAudit);
    m_editor->setReadOnly(readOnly());
}

void AuditPage::updateProgress() {
    int judged = 0;
    const int total = m_statementModel->rowCount();
    for (int row = 0; row < total; ++row)
        judged += m_statementModel->judgement(row).isJudged();
    const int percent = total > 0 ? qRound(100.0 * judged / total) : 0;
    m_progressText->setText(tr("%1 of %2 judged (%3%)").arg(judged).arg(total).arg(percent));
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(judged);
    m_progress->setAccessibleDescription(m_progressText->text());
}

void AuditPage::updateListCaption() {
    QStringList parts;
    const Framework* mark = m_document ? &m_document->equalityMark() : nullptr;
    if (mark) {
        if (const Element* element = mark->element(m_filter->element()))
            parts << element->name;
        if (const Strand* strand = mark->strand(m_filter->strand()))
            parts << strand->name;
    }
    QString caption =
        parts.isEmpty() ? tr("All statements") : parts.join(QStringLiteral(" \u2014 "));
    if (m_delegateFilter->currentIndex() > 0)
        caption += QStringLiteral(", ") +
                   tr("sections of %1").arg(m_delegateFilter->currentData().toString());
    if (m_filter->unjudgedOnly())
        caption += QStringLiteral(", ") + tr("not yet judged");
    m_listCaption->setText(tr("%1 (%n statement(s))", nullptr, m_filter->rowCount()).arg(caption));
    m_showAll->setEnabled(!parts.isEmpty());
}

void AuditPage::gridCurrentChanged(const QModelIndex& current) {
    if (!current.isValid())
        return;
    m_filter->setElement(m_gridModel->elementId(current.row()));
    m_filter->setStrand(m_gridModel->strandId(current.column()));
    updateListCaption();
    if (!m_statements->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_statements->setCurrentIndex(m_filter->index(0, StatementListModel::TextColumn));
}

void AuditPage::clearSectionFilter() {
    m_grid->selectionModel()->clear();
    m_filter->setElement({});
    m_filter->setStrand({});
    updateListCaption();
}

void AuditPage::statementCurrentChanged(const QModelIndex& current, const QModelIndex& previous) {
    Q_UNUSED(current)
    Q_UNUSED(previous)
    // The note typed for the statement being left is saved before the editor moves on.
    if (!m_judging && m_editor->isNoteDirty())
        commitNote();
    loadEditor();
}

void AuditPage::loadEditor() {
    const QModelIndex current = m_filter->mapToSource(m_statements->currentIndex());
    const AuditStatement* statement =
        current.isValid() ? m_statementModel->statement(current.row()) : nullptr;
    if (m_editor->isNoteDirty() && statement && statement->id == m_editor->statementId())
        return; // keep what is being typed
    QString where;
    if (statement && m_document) {
        const Framework& mark = m_document->equalityMark();
        const Element* element = mark.element(statement->elementId);
        const Strand* strand = mark.strand(statement->strandId);
        where = QStringLiteral("%1, %2").arg(element ? element->name : statement->elementId,
                                             strand ? strand->name : statement->strandId);
    }
    m_editor->setStatement(statement, where,
                           statement ? m_statementModel->judgement(current.row()) : Judgement{},
                           statement ? m_statementModel->lastYear(current.row()) : std::nullopt);
}

void AuditPage::statementDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    updateProgress();
    const int row = m_statementModel->rowOf(m_editor->statementId());
    if (row >= topLeft.row() && row <= bottomRight.row())
        m_editor->updateJudgement(m_statementModel->judgement(row));
}

bool AuditPage::judgeCurrent(Rating rating) {
    const QModelIndex current = m_statements->currentIndex();
    if (!current.isValid() || readOnly())
        return false;
    const int row = m_filter->mapToSource(current).row();
    const AuditStatement* statement = m_statementModel->statement(row);
    if (!statement)
        return false;
    const QString note = m_editor->statementId() == statement->id && m_editor->isNoteDirty()
                             ? m_editor->note()
                             : m_statementModel->judgement(row).note;
    const QModelIndex next = m_filter->index(current.row() + 1, 0);
    const QString nextId =
        next.isValid() ? next.data(StatementListModel::StatementIdRole).toString() : QString();
    const int proxyRow = current.row();

    m_judging = true;
    const Status done = m_document->execute(std::make_unique<SetJudgementCommand>(
        *m_document, currentAuditId(), statement->id, rating, note));
    m_judging = false;
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    if (m_editor->statementId() == statement->id)
        m_editor->markNoteCommitted();
    if (!nextId.isEmpty())
        selectStatement(nextId);
    else if (m_filter->rowCount() > 0 && !m_statements->currentIndex().isValid())
        m_statements->setCurrentIndex(
            m_filter->index(qMin(proxyRow, m_filter->rowCount() - 1), current.column()));
    loadEditor();
    return true;
}

bool AuditPage::commitNote() {
    if (!m_editor->isNoteDirty() || !m_document)
        return true;
    const QString id = m_editor->statementId();
    const int row = m_statementModel->rowOf(id);
    if (row < 0)
        return true;
    const Judgement stored = m_statementModel->judgement(row);
    if (stored.note == m_editor->note()) {
        m_editor->markNoteCommitted();
        return true;
    }
    const Status done = m_document->execute(std::make_unique<SetJudgementCommand>(
        *m_document, currentAuditId(), id, stored.rating, m_editor->note()));
    if (!done) {
        emit errorOccurred(done.errorMessage()); // the typed note stays in the editor
        return false;
    }
    m_editor->markNoteCommitted();
    return true;
}

bool AuditPage::selectStatement(const QString& statementId) {
    const int row = m_statementModel->rowOf(statementId);
    if (row < 0)
        return false;
    QModelIndex at = m_filter->mapFromSource(m_statementModel->index(row, 0));
    if (!at.isValid()) {
        // Hidden by a filter: show everything rather than refuse.
        clearSectionFilter();
        m_unjudged->setChecked(false);
        m_delegateFilter->setCurrentIndex(0);
        at = m_filter->mapFromSource(m_statementModel->index(row, 0));
    }
    if (!at.isValid())
        return false;
    const int column = qMax(0, m_statements->currentIndex().column());
    m_statements->setCurrentIndex(at.siblingAtColumn(column));
    m_statements->scrollTo(at);
    return true;
}

bool AuditPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_statements && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier) {
            std::optional<Rating> rating;
            switch (key->key()) {
            case Qt::Key_R:
            case Qt::Key_1:
                rating = Rating::Red;
                break;
            case Qt::Key_A:
            case Qt::Key_2:
                rating = Rating::Amber;
                break;
            case Qt::Key_G:
            case Qt::Key_3:
                rating = Rating::Green;
                break;
            case Qt::Key_0:
                rating = Rating::None;
                break;
            default:
                break;
            }
            if (rating) {
                if (!readOnly())
                    judgeCurrent(*rating);
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void AuditPage::startNewYear() {
    if (!m_document || readOnly())
        return;
    QList<AcademicYear> existing;
    std::optional<AcademicYear> latest;
    if (auto audits = AuditRepository(m_document->file()).audits()) {
        for (const auto& audit : *audits) {
            existing << audit.year;
            latest = audit.year;
        }
    }
    AcademicYear suggested =
        latest ? latest->next() : AcademicYear::containing(QDate::currentDate());
    NewAuditYearDialog dialog(existing, suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<StartAuditCommand>(
        *m_document, dialog.year(),
        dialog.carryNotes() ? AuditRepository::CarryForward::Notes
                            : AuditRepository::CarryForward::Nothing);
    StartAuditCommand* started = command.get();
    // auditsChanged fires inside execute(); select the new audit once it has an id.
    const Status done = m_document->execute(std::move(command));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    reloadYears(started->auditId());
}

void AuditPage::navigateTo(const QVariant& target) {
    if (target.typeId() == QMetaType::QString) {
        selectStatement(target.toString());
        m_statements->setFocus();
        return;
    }
    const QVariantMap map = target.toMap();
    const QString elementId = map.value(QStringLiteral("element")).toString();
    const QString strandId = map.value(QStringLiteral("strand")).toString();
    if (!elementId.isEmpty() && !strandId.isEmpty()) {
        const QModelIndex cell = m_gridModel->indexOf(elementId, strandId);
        if (cell.isValid()) {
            m_grid->setCurrentIndex(cell);
            m_grid->scrollTo(cell);
        }
    } else if (!elementId.isEmpty() || !strandId.isEmpty()) {
        m_grid->selectionModel()->clear();
        m_filter->setElement(elementId);
        m_filter->setStrand(strandId);
        updateListCaption();
    }
    if (m_filter->rowCount() > 0)
        m_statements->setCurrentIndex(m_filter->index(0, StatementListModel::TextColumn));
    m_statements->setFocus();
}

bool AuditPage::find(const QString& text) {
    const int count = m_statementModel->rowCount();
    if (text.isEmpty() || count == 0)
        return false;
    const QModelIndex current = m_filter->mapToSource(m_statements->currentIndex());
    const int start = current.isValid() ? current.row() + 1 : 0;
    for (int i = 0; i < count; ++i) {
        const int row = (start + i) % count;
        const QString haystack =
            m_statementModel->index(row, 0).data(StatementListModel::SearchTextRole).toString();
        if (haystack.contains(text, Qt::CaseInsensitive))
            return selectStatement(m_statementModel->statement(row)->id);
    }
    return false;
}

void AuditPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (!m_defaultLayout)
        return;
    // First run: half the height for the grid, the list wider than the editor.
    m_defaultLayout = false;
    m_restoringLayout = true;
    const int height = m_vertical->height();
    m_vertical->setSizes({height / 2, height - height / 2});
    const int width = m_horizontal->width();
    m_horizontal->setSizes({width * 62 / 100, width - width * 62 / 100});
    m_restoringLayout = false;
}

void AuditPage::saveLayout() {
    if (m_restoringLayout)
        return;
    Preferences::setState(splitterKey, m_vertical->saveState());
    Preferences::setState(sideSplitterKey, m_horizontal->saveState());
    Preferences::setState(columnsKey, m_statements->horizontalHeader()->saveState());
}

} // namespace equimark
