#include "widgets/StatementEditor.h"

#include "widgets/FlowLayout.h"
#include "widgets/PlainLabel.h"
#include "widgets/RagStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace equimark {

namespace {
const Rating allRatings[] = {Rating::Red, Rating::Amber, Rating::Green, Rating::None};

QString keysFor(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return QStringLiteral("R, 1");
    case Rating::Amber:
        return QStringLiteral("A, 2");
    case Rating::Green:
        return QStringLiteral("G, 3");
    case Rating::None:
        break;
    }
    return QStringLiteral("0");
}

} // namespace

StatementEditor::StatementEditor(QWidget* parent)
    : QWidget(parent)
    , m_where(plainLabel(this))
    , m_text(plainLabel(this))
    , m_guidance(plainLabel(this))
    , m_lastYear(plainLabel(this))
    , m_judgedBy(plainLabel(this))
    , m_ratings(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this)) {
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_text->setFont(big);
    m_text->setAccessibleName(tr("Statement"));
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_guidance->setAccessibleName(tr("Guidance"));
    m_lastYear->setAccessibleName(tr("Last year"));
    m_judgedBy->setForegroundRole(QPalette::PlaceholderText);

    auto* guidanceHeading = new QLabel(tr("Guidance"), this);
    QFont bold = guidanceHeading->font();
    bold.setBold(true);
    guidanceHeading->setFont(bold);

    auto* buttons = new FlowLayout; // four buttons wrap in a narrow pane
    m_ratings->setExclusive(true);
    for (Rating rating : allRatings) {
        auto* button = new QPushButton(ratingLabel(rating), this);
        button->setCheckable(true);
        button->setAccessibleName(tr("Rate %1").arg(ratingLabel(rating)));
        button->setToolTip(
            tr("%1 (keys in the statement list: %2)").arg(ratingLabel(rating), keysFor(rating)));
        button->setAccessibleDescription(tr("Keys in the statement list: %1").arg(keysFor(rating)));
        m_ratings->addButton(button, int(rating));
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, rating] { emit ratingRequested(rating); });
    }
    updateIcons();

    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Evidence note"));
    m_note->setAccessibleDescription(
        tr("What the school has done, and where the evidence for it can be found"));
    m_note->setPlaceholderText(
        tr("Evidence for this judgement: what you saw, where it is kept, who to ask. "
           "Saved when you leave the box or press Ctrl+Return."));
    m_note->installEventFilter(this);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_dirty = true;
    });
    auto* noteLabel = new QLabel(tr("Evidence &note:"), this);
    noteLabel->setBuddy(m_note);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_where);
    layout->addWidget(m_text);
    layout->addWidget(guidanceHeading);
    layout->addWidget(m_guidance);
    layout->addWidget(m_lastYear);
    layout->addLayout(buttons);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_judgedBy);

    // On a small screen the pane scrolls rather than squeezing the statement or guidance.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_note->setMinimumHeight(fontMetrics().height() * 4 + 12);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setStatement(nullptr, {}, {}, std::nullopt);
}

QPushButton* StatementEditor::ratingButton(Rating rating) const {
    return qobject_cast<QPushButton*>(m_ratings->button(int(rating)));
}

void StatementEditor::setStatement(const AuditStatement* statement, const QString& where,
                                   const Judgement& judgement,
                                   const std::optional<Judgement>& lastYear) {
    m_loading = true;
    m_statementId = statement ? statement->id : QString();
    if (!statement) {
        m_where->clear();
        m_text->setText(tr("Choose a statement in the list to judge it."));
        m_guidance->clear();
        m_lastYear->clear();
        m_note->clear();
        m_judgedBy->clear();
        showRating(Rating::None);
    } else {
        m_where->setText(QStringLiteral("%1 \u2014 %2").arg(statement->id, where));
        m_text->setText(statement->text);
        m_guidance->setText(statement->guidance.isEmpty()
                                ? tr("The framework gives no guidance for this statement.")
                                : statement->guidance);
        if (lastYear)
            m_lastYear->setText(tr("Last year: %1").arg(ratingLabel(lastYear->rating)));
        else
            m_lastYear->setText(tr("Last year: no judgement"));
        m_note->setPlainText(judgement.note);
        updateJudgement(judgement);
    }
    m_dirty = false;
    m_loading = false;
    updateEnabled();
}

void StatementEditor::updateJudgement(const Judgement& judgement) {
    showRating(judgement.rating);
    if (!m_dirty && m_note->toPlainText() != judgement.note) {
        const bool wasLoading = m_loading;
        m_loading = true;
        m_note->setPlainText(judgement.note);
        m_loading = wasLoading;
    }
    if (judgement.judgedAt.isValid() && !judgement.judgedBy.isEmpty())
        m_judgedBy->setText(
            tr("Judged by %1, %2")
                .arg(judgement.judgedBy,
                     QLocale().toString(judgement.judgedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_judgedBy->setText(judgement.isJudged() ? QString() : tr("Not yet judged."));
}

void StatementEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateEnabled();
}

QString StatementEditor::note() const {
    return m_note->toPlainText();
}

void StatementEditor::setNote(const QString& note) {
    m_note->setPlainText(note);
}

void StatementEditor::showRating(Rating rating) {
    if (auto* button = m_ratings->button(int(rating)))
        button->setChecked(true);
}

void StatementEditor::updateEnabled() {
    const bool editable = !m_readOnly && !m_statementId.isEmpty();
    for (auto* button : m_ratings->buttons())
        button->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_note->setEnabled(!m_statementId.isEmpty());
}

void StatementEditor::updateIcons() {
    const int size = fontMetrics().height() + 2;
    for (Rating rating : allRatings) {
        QPixmap pixmap(QSize(size + 4, size) * devicePixelRatioF());
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setFont(font());
        RagStyle::paintChip(&painter, QRect(0, 0, size + 4, size), rating, palette());
        painter.end();
        if (auto* button = ratingButton(rating)) {
            button->setIcon(QIcon(pixmap));
            button->setIconSize(QSize(size + 4, size));
        }
    }
}

void StatementEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcons();
    QWidget::changeEvent(event);
}

bool StatementEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_note) {
        if (event->type() == QEvent::FocusOut && m_dirty)
            emit noteCommitRequested();
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                if (m_dirty)
                    emit noteCommitRequested();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace equimark
