#include "widgets/GridCellEditor.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/SetGridCellCommand.h"
#include "models/PlainToolTip.h"
#include "models/SummaryGridModel.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "widgets/PlainLabel.h"
#include "widgets/RagStyle.h"
#include "widgets/RefreshWhenShown.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace equimark {

namespace {
const Rating AgreedChoices[] = {Rating::Red, Rating::Amber, Rating::Green, Rating::None};

QPixmap chipPixmap(Rating rating, const QPalette& palette, QSize size, qreal ratio) {
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    RagStyle::paintChip(&painter, QRect(QPoint(0, 0), size), rating, palette);
    return pixmap;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString ratingButtonText(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return GridCellEditor::tr("Red");
    case Rating::Amber:
        return GridCellEditor::tr("Amber");
    case Rating::Green:
        return GridCellEditor::tr("Green");
    case Rating::None:
        break;
    }
    return GridCellEditor::tr("Not agreed");
}

QKeySequence ratingShortcut(Rating rating) {
    // Alt, not Ctrl: Ctrl+1 to Ctrl+9 go to the pages (the Go menu).
    switch (rating) {
    case Rating::Red:
        return QKeySequence(Qt::ALT | Qt::Key_1);
    case Rating::Amber:
        return QKeySequence(Qt::ALT | Qt::Key_2);
    case Rating::Green:
        return QKeySequence(Qt::ALT | Qt::Key_3);
    case Rating::None:
        break;
    }
    return QKeySequence(Qt::ALT | Qt::Key_0);
}
} // namespace

GridCellEditor::GridCellEditor(QWidget* parent)
    : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a cell of the grid to see its statements, agree its "
                                  "rating and pick actions for it."),
                               this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_elementName = plainLabel(m_content);
    QFont big = m_elementName->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_elementName->setFont(big);
    m_strandName = plainLabel(m_content);
    layout->addWidget(m_elementName);
    layout->addWidget(m_strandName);

    // How the statements are judged, and what that suggests.
    auto* countsRow = new QHBoxLayout;
    m_countsBar = new QLabel(m_content);
    m_countsBar->setFixedSize(90, 10);
    m_counts = plainLabel(m_content);
    countsRow->addWidget(m_countsBar);
    countsRow->addWidget(m_counts, 1);
    layout->addLayout(countsRow);

    auto* suggestionRow = new QHBoxLayout;
    m_suggestionChip = new QLabel(m_content);
    m_suggestion = plainLabel(m_content);
    suggestionRow->addWidget(m_suggestionChip);
    suggestionRow->addWidget(m_suggestion, 1);
    layout->addLayout(suggestionRow);
    m_reason = plainLabel(m_content);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_reason);

    // The agreed rating.
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Agreed by the group"), m_content));
    auto* buttons = new QGridLayout;
    m_ratingGroup = new QButtonGroup(this);
    m_ratingGroup->setExclusive(true);
    int position = 0;
    for (Rating rating : AgreedChoices) {
        auto* button = new QPushButton(ratingButtonText(rating), m_content);
        button->setCheckable(true);
        button->setShortcut(ratingShortcut(rating));
        button->setAccessibleName(rating == Rating::None ? tr("Not agreed")
                                                         : tr("Agree %1").arg(ratingLabel(rating)));
        button->setToolTip(tr("%1 (%2)").arg(
            button->accessibleName(), button->shortcut().toString(QKeySequence::NativeText)));
        m_ratingGroup->addButton(button, int(rating));
        buttons->addWidget(button, position / 3, position % 3);
        ++position;
    }
    connect(m_ratingGroup, &QButtonGroup::idClicked, this, [this](int id) { agree(Rating(id)); });

    m_agreeSuggestion = new QPushButton(tr("Agree with suggestion"), m_content);
    m_agreeSuggestion->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_agreeSuggestion->setAccessibleName(tr("Agree with the suggested rating"));
    m_agreeSuggestion->setToolTip(
        tr("Agree the suggested rating (%1)")
            .arg(m_agreeSuggestion->shortcut().toString(QKeySequence::NativeText)));
    connect(m_agreeSuggestion, &QPushButton::clicked, this, [this] { agreeWithSuggestion(); });
    buttons->addWidget(m_agreeSuggestion, 1, 1, 1, 2);
    buttons->setColumnStretch(3, 1);
    layout->addLayout(buttons);

    m_agreedBy = plainLabel(m_content);
    m_agreedBy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_agreedBy);
    m_trend = plainLabel(m_content);
    layout->addWidget(m_trend);

    auto* rationaleLabel = heading(tr("&Rationale"), m_content);
    m_rationale = new QPlainTextEdit(m_content);
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setAccessibleDescription(tr("Why the group agreed this rating for the cell"));
    m_rationale->setPlaceholderText(
        tr("Why the group agreed this rating: the evidence, what is in place, what is missing."));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMinimumHeight(70);
    m_rationale->setMaximumHeight(110);
    m_rationale->installEventFilter(this);
    rationaleLabel->setBuddy(m_rationale);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_rationaleDirty = true;
    });
    layout->addWidget(rationaleLabel);
    layout->addWidget(m_rationale);
    m_agree = new QPushButton(tr("Agree"), m_content);
    m_agree->setAccessibleName(tr("Agree the selected rating with this rationale"));
    m_agree->setToolTip(
        tr("Records the selected rating and the rationale (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    connect(m_agree, &QPushButton::clicked, this, [this] { commitRationale(); });
    auto* agreeRow = new QHBoxLayout;
    agreeRow->addStretch();
    agreeRow->addWidget(m_agree);
    layout->addLayout(agreeRow);

    // The statements of the cell.
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Statements"), m_content));
    m_statements = new QWidget(m_content);
    m_statements->setAccessibleName(tr("Statements of this cell"));
    auto* statementRows = new QVBoxLayout(m_statements);
    statementRows->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statements);
    m_openInAudit = new QPushButton(tr("Open in audit"), m_content);
    m_openInAudit->setAccessibleName(tr("Open this cell in the whole-school audit"));
    m_openInAudit->setToolTip(
        tr("Show the statements of this element and strand on the Audit page"));
    connect(m_openInAudit, &QPushButton::clicked, this, &GridCellEditor::requestOpenInAudit);
    auto* auditRow = new QHBoxLayout;
    auditRow->addStretch();
    auditRow->addWidget(m_openInAudit);
    layout->addLayout(auditRow);

    // Actions already linked to the cell, and a new one.
    auto* actionsLabel = heading(tr("A&ctions for this cell"), m_content);
    layout->addWidget(actionsLabel);
    m_actions = new QTreeWidget(m_content);
    m_actions->setAccessibleName(tr("Actions linked to this element and strand"));
    m_actions->setColumnCount(3);
    m_actions->setHeaderLabels({tr("Action"), tr("Status"), tr("Due")});
    m_actions->setRootIsDecorated(false);
    m_actions->setWordWrap(true);
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_actions->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_actions->header()->setStretchLastSection(false);
    m_actions->setMinimumHeight(70);
    actionsLabel->setBuddy(m_actions);
    connect(m_actions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit navigateRequested(
            QStringLiteral("action-plan"),
            QVariantMap{{QStringLiteral("action"), item->data(0, Qt::UserRole)}});
    });
    m_noActions = plainLabel(m_content);
    m_noActions->setText(tr("No action is linked to this element and strand yet."));
    m_noActions->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_noActions);
    m_createAction = new QPushButton(tr("Create an action for this cell…"), m_content);
    m_createAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_createAction->setAccessibleName(tr("Create an action for this element and strand"));
    m_createAction->setToolTip(
        tr("Opens the action plan with a new action for this element "
           "and strand (%1)")
            .arg(m_createAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_createAction, &QPushButton::clicked, this, &GridCellEditor::requestCreateAction);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_createAction);
    layout->addLayout(createRow);
    // Spare height goes below the panel, not between its lines.
    layout->addStretch(1);

    setTabOrder(m_ratingGroup->button(int(Rating::Red)), m_ratingGroup->button(int(Rating::Amber)));
    setTabOrder(m_ratingGroup->button(int(Rating::Amber)),
                m_ratingGroup->button(int(Rating::Green)));
    setTabOrder(m_ratingGroup->button(int(Rating::Green)),
                m_ratingGroup->button(int(Rating::None)));
    setTabOrder(m_ratingGroup->button(int(Rating::None)), m_agreeSuggestion);
    setTabOrder(m_agreeSuggestion, m_rationale);
    setTabOrder(m_rationale, m_agree);
    setTabOrder(m_agree, m_openInAudit);
    setTabOrder(m_openInAudit, m_actions);
    setTabOrder(m_actions, m_createAction);

    setCell({});
}

void GridCellEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        if (!m_actionsWhenShown)
            m_actionsWhenShown = new RefreshWhenShown(this, [this] { refreshActions(); });
        for (auto signal : {&SchoolDocument::actionAdded, &SchoolDocument::actionChanged,
                            &SchoolDocument::actionRemoved})
            connect(m_document, signal, this, [this] { m_actionsWhenShown->request(); });
    }
    setCell({});
}

void GridCellEditor::setModel(SummaryGridModel* model) {
    m_model = model;
    setCell({});
}

QAbstractButton* GridCellEditor::ratingButton(Rating rating) const {
    return m_ratingGroup->button(int(rating));
}

QString GridCellEditor::elementId() const {
    return m_index.data(SummaryGridModel::ElementIdRole).toString();
}

QString GridCellEditor::strandId() const {
    return m_index.data(SummaryGridModel::StrandIdRole).toString();
}

void GridCellEditor::setCell(const QModelIndex& index) {
    // Leaving a cell keeps what was typed for it.
    if (m_index.isValid() && index != QModelIndex(m_index) && m_rationaleDirty)
        commitRationale();
    m_index = index;
    m_rationaleDirty = false;
    refresh();
}

void GridCellEditor::refresh() {
    const bool valid = m_index.isValid() && m_model && m_document;
    m_placeholder->setVisible(!valid);
    m_content->setVisible(valid);
    if (!valid) {
        updateEnabled();
        return;
    }
    const Framework& mark = m_model->framework();
    const Element* element = mark.element(elementId());
    const Strand* strand = mark.strand(strandId());
    m_elementName->setText(element ? element->name : elementId());
    m_strandName->setText(tr("Strand: %1").arg(strand ? strand->name : strandId()));

    const CellCounts counts = m_model->counts(m_index);
    const qreal ratio = devicePixelRatioF();
    {
        QPixmap bar(m_countsBar->size() * ratio);
        bar.setDevicePixelRatio(ratio);
        bar.fill(Qt::transparent);
        QPainter painter(&bar);
        RagStyle::paintStackedBar(&painter, QRect(QPoint(0, 0), m_countsBar->size()), counts.red,
                                  counts.amber, counts.green, counts.unjudged, palette());
        m_countsBar->setPixmap(bar);
    }
    m_counts->setText(tr("%1 green, %2 amber, %3 red, %4 not judged")
                          .arg(counts.green)
                          .arg(counts.amber)
                          .arg(counts.red)
                          .arg(counts.unjudged));
    m_countsBar->setAccessibleName(m_counts->text());

    const Rating suggested = m_model->suggested(m_index);
    m_suggestionChip->setPixmap(chipPixmap(suggested, palette(), QSize(26, 20), ratio));
    m_suggestion->setText(suggested == Rating::None
                              ? tr("No suggestion yet")
                              : tr("Suggested: %1").arg(ratingLabel(suggested)));
    m_reason->setText(suggestionReason(counts));

    const GridCell cell = m_model->cell(m_index);
    selectRating(cell.agreed);
    if (cell.agreedAt.isValid())
        m_agreedBy->setText(
            tr("Recorded by %1 on %2")
                .arg(cell.agreedBy.isEmpty() ? tr("someone") : cell.agreedBy,
                     QLocale().toString(cell.agreedAt.toLocalTime().date(), QLocale::LongFormat)));
    else
        m_agreedBy->setText(tr("The group has not agreed this cell yet."));
    if (m_index.data(SummaryGridModel::DiffersRole).toBool())
        m_agreedBy->setText(m_agreedBy->text() + u'\n' +
                            tr("≠ The agreed rating differs from the suggestion: say why in the "
                               "rationale."));

    const auto previous = Rating(m_index.data(SummaryGridModel::PreviousRole).toInt());
    if (auto year = m_model->previousYear()) {
        QString text = previous == Rating::None
                           ? tr("Last year (%1): not agreed").arg(year->toString())
                           : tr("Last year (%1): %2").arg(year->toString(), ratingLabel(previous));
        switch (Trend(m_index.data(SummaryGridModel::TrendRole).toInt())) {
        case Trend::Improved:
            text += tr(" \u00B7 \u25B2 improved");
            break;
        case Trend::Declined:
            text += tr(" \u00B7 \u25BC declined");
            break;
        case Trend::Same:
            text += tr(" \u00B7 = no change");
            break;
        case Trend::Unknown:
            break;
        }
        m_trend->setText(text);
        m_trend->setVisible(true);
    } else {
        m_trend->setVisible(false);
    }

    // Keep what the user is typing; otherwise show the stored rationale.
    if (!(m_rationaleDirty && m_rationale->hasFocus()) &&
        m_rationale->toPlainText() != cell.rationale) {
        m_settingText = true;
        m_rationale->setPlainText(cell.rationale);
        m_settingText = false;
        m_rationaleDirty = false;
    } else if (m_rationale->toPlainText() == cell.rationale) {
        m_rationaleDirty = false;
    }

    refreshStatements();
    refreshActions();
    updateEnabled();
}

void GridCellEditor::refreshStatements() {
    for (QWidget* row : m_statements->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        delete row;
    if (!m_index.isValid() || !m_model || !m_document)
        return;
    const qint64 auditId = m_model->auditId();
    AuditRepository audits(m_document->file());
    const qreal ratio = devicePixelRatioF();
    for (const AuditStatement* statement :
         m_model->framework().statementsFor(elementId(), strandId())) {
        auto judgement = audits.judgement(auditId, statement->id);
        if (!judgement) {
            emit errorOccurred(judgement.errorMessage());
            return;
        }
        auto* row = new QWidget(m_statements);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto* chip = new QLabel(row);
        chip->setPixmap(chipPixmap(judgement->rating, palette(), QSize(22, 18), ratio));
        chip->setAlignment(Qt::AlignTop);
        chip->setAccessibleName(ratingLabel(judgement->rating));
        auto* text = plainLabel(row);
        text->setObjectName(QStringLiteral("statementText"));
        // Wrapped text keeps its full height; the panel scrolls instead of clipping it.
        text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // The word as well as the chip: the rating never rests on colour alone.
        text->setText(tr("%1 \u2014 %2").arg(ratingLabel(judgement->rating), statement->text));
        QString tip = statement->text;
        if (!statement->guidance.isEmpty())
            tip += u'\n' + statement->guidance;
        if (!judgement->note.isEmpty())
            tip += u'\n' + tr("Evidence: %1").arg(judgement->note);
        text->setToolTip(plainToolTip(tip));
        rowLayout->addWidget(chip);
        rowLayout->addWidget(text, 1);
        m_statements->layout()->addWidget(row);
    }
    QTimer::singleShot(0, this, &GridCellEditor::fitStatementHeights);
}

void GridCellEditor::fitStatementHeights() {
    // A wrapped label inside nested layouts in a scroll area can be given one line too few;
    // pinning each statement's height for its real width lets the panel scroll instead.
    // The width a statement gets: the panel less its chip and the row's spacing.
    const int width = m_statements->contentsRect().width() - 22 -
                      2 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) - 4;
    if (width <= 0)
        return;
    for (QLabel* label : m_statements->findChildren<QLabel*>(QStringLiteral("statementText"))) {
        const int height = label->heightForWidth(width);
        if (height > 0 && label->minimumHeight() != height)
            label->setMinimumHeight(height);
    }
}

void GridCellEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &GridCellEditor::fitStatementHeights);
}

QStringList GridCellEditor::statementTexts() const {
    QStringList texts;
    for (QLabel* label : m_statements->findChildren<QLabel*>(QStringLiteral("statementText")))
        texts << label->text();
    return texts;
}

void GridCellEditor::refreshActions() {
    m_actions->clear();
    if (!m_index.isValid() || !m_model || !m_document) {
        m_noActions->setVisible(false);
        return;
    }
    auto actions = ActionRepository(m_document->file()).forCell(elementId(), strandId());
    if (!actions) {
        emit errorOccurred(actions.errorMessage());
        return;
    }
    for (const Action& action : *actions) {
        auto* item = new QTreeWidgetItem(m_actions);
        item->setText(0, action.title);
        item->setToolTip(0, plainToolTip(action.title));
        item->setData(0, Qt::UserRole, action.id);
        item->setText(1, actionStatusLabel(action.status));
        item->setText(2, action.dueOn.isValid()
                             ? QLocale().toString(action.dueOn, QLocale::ShortFormat)
                             : tr("No date"));
    }
    const bool none = m_actions->topLevelItemCount() == 0;
    m_actions->setVisible(!none);
    m_noActions->setVisible(none);
}

void GridCellEditor::updateEnabled() {
    const bool editable = m_document && !m_document->isReadOnly() && m_index.isValid() && m_model;
    for (QAbstractButton* button : m_ratingGroup->buttons())
        button->setEnabled(editable);
    m_rationale->setReadOnly(!editable);
    m_agree->setEnabled(editable);
    m_agreeSuggestion->setEnabled(editable && m_model &&
                                  m_model->suggested(m_index) != Rating::None);
    m_createAction->setEnabled(editable);
    m_openInAudit->setEnabled(m_index.isValid());
}

Rating GridCellEditor::selectedRating() const {
    const int id = m_ratingGroup->checkedId();
    return id < 0 ? Rating::None : Rating(id);
}

void GridCellEditor::selectRating(Rating rating) {
    if (QAbstractButton* button = m_ratingGroup->button(int(rating)))
        button->setChecked(true);
}

bool GridCellEditor::commit(Rating agreed, const QString& typed) {
    if (!m_index.isValid() || !m_model || !m_document)
        return false;
    // The file stores blank rationales as none at all.
    const QString rationale = typed.trimmed().isEmpty() ? QString() : typed;
    const GridCell stored = m_model->cell(m_index);
    if (stored.agreed == agreed && stored.rationale == rationale) {
        m_rationaleDirty = false;
        return true;
    }
    const Status done = m_document->execute(std::make_unique<SetGridCellCommand>(
        *m_document, m_model->auditId(), elementId(), strandId(), agreed, rationale));
    if (!done) {
        // The typed rationale stays; the buttons show what the file still holds.
        selectRating(m_model->cell(m_index).agreed);
        emit errorOccurred(done.errorMessage());
        return false;
    }
    m_rationaleDirty = false;
    return true;
}

bool GridCellEditor::commitRationale() {
    return commit(selectedRating(), m_rationale->toPlainText());
}

bool GridCellEditor::agree(Rating agreed) {
    return commit(agreed, m_rationale->toPlainText());
}

bool GridCellEditor::agreeWithSuggestion() {
    if (!m_model)
        return false;
    const Rating suggested = m_model->suggested(m_index);
    if (suggested == Rating::None)
        return false;
    return agree(suggested);
}

void GridCellEditor::requestCreateAction() {
    if (!m_index.isValid())
        return;
    emit navigateRequested(QStringLiteral("action-plan"),
                           QVariantMap{{QStringLiteral("create"), true},
                                       {QStringLiteral("element"), elementId()},
                                       {QStringLiteral("strand"), strandId()}});
}

void GridCellEditor::requestOpenInAudit() {
    if (!m_index.isValid())
        return;
    emit navigateRequested(QStringLiteral("audit"),
                           QVariantMap{{QStringLiteral("element"), elementId()},
                                       {QStringLiteral("strand"), strandId()}});
}

bool GridCellEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_rationale) {
        if (event->type() == QEvent::FocusOut && m_rationaleDirty && !m_rationale->isReadOnly()) {
            commitRationale();
        } else if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier) &&
                !(key->modifiers() & Qt::ShiftModifier)) {
                if (!m_rationale->isReadOnly())
                    commitRationale();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GridCellEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Chips are pixmaps: paint them again in the new palette.
    if (event->type() == QEvent::PaletteChange && m_index.isValid())
        refresh();
}

} // namespace equimark
