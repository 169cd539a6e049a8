#include "widgets/ReflectionsEditor.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/UpdatePortfolioCommand.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace equimark {

namespace {

constexpr int pauseMs = 1500;

} // namespace

ReflectionsEditor::ReflectionsEditor(QWidget* parent)
    : QWidget(parent)
    , m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &ReflectionsEditor::commitPending);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_list = new QVBoxLayout(content);
    m_intro = new QLabel(content);
    m_intro->setObjectName(QStringLiteral("reflectionsIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_list->addWidget(m_intro);
    m_list->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    updateEnabled();
}

void ReflectionsEditor::setDocument(SchoolDocument* document) {
    if (m_document) {
        commitPending();
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_portfolioId = 0;
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] {
            m_pause->stop();
            m_document = nullptr;
            m_portfolioId = 0;
            rebuild();
        });
        connect(m_document, &SchoolDocument::portfolioChanged, this, [this](qint64 id) {
            if (id == m_portfolioId)
                refresh();
        });
        connect(m_document, &SchoolDocument::portfolioRemoved, this, [this](qint64 id) {
            if (id == m_portfolioId) {
                m_pause->stop();
                m_portfolioId = 0;
                rebuild();
            }
        });
        connect(m_document, &SchoolDocument::frameworksChanged, this, &ReflectionsEditor::rebuild);
        connect(m_document, &SchoolDocument::reloaded, this, &ReflectionsEditor::rebuild);
    }
    rebuild();
}

void ReflectionsEditor::showPortfolio(qint64 portfolioId) {
    if (portfolioId == m_portfolioId)
        return;
    commitPending();
    m_portfolioId = portfolioId;
    rebuild();
}

QPlainTextEdit* ReflectionsEditor::answerEditor(int prompt) const {
    return prompt >= 0 && prompt < promptCount() ? m_answers[std::size_t(prompt)] : nullptr;
}

// The prompts come from the portfolio's framework: build one box per prompt.
void ReflectionsEditor::rebuild() {
    QStringList prompts;
    m_frameworkId.clear();
    if (m_document && m_portfolioId != 0) {
        if (auto portfolio = PortfolioRepository(m_document->file()).portfolio(m_portfolioId)) {
            m_frameworkId = portfolio->frameworkId;
            if (auto framework = FrameworkRepository(m_document->file()).byId(m_frameworkId))
                prompts = framework->reflectivePrompts;
        }
    }
    if (prompts != m_prompts || m_answers.empty() != prompts.isEmpty()) {
        for (QLabel* label : m_labels)
            delete label;
        for (QPlainTextEdit* answer : m_answers)
            delete answer;
        m_labels.clear();
        m_answers.clear();
        m_prompts = prompts;
        for (int i = 0; i < m_prompts.size(); ++i) {
            auto* label = new QLabel(m_prompts[i], m_intro->parentWidget());
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            auto* answer = new QPlainTextEdit(m_intro->parentWidget());
            answer->setObjectName(QStringLiteral("reflection%1").arg(i));
            answer->setAccessibleName(m_prompts[i]);
            answer->setTabChangesFocus(true);
            answer->setMinimumHeight(answer->fontMetrics().height() * 5);
            answer->setPlaceholderText(tr("Your answer, in your own words"));
            answer->installEventFilter(this);
            label->setBuddy(answer);
            connect(answer, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_filling)
                    m_pause->start();
            });
            // Before the stretch at the end.
            m_list->insertWidget(m_list->count() - 1, label);
            m_list->insertWidget(m_list->count() - 1, answer, 1);
            m_labels.push_back(label);
            m_answers.push_back(answer);
        }
    }
    if (!m_document || m_portfolioId == 0)
        m_intro->setText(tr("Choose a portfolio to answer its reflective questions."));
    else if (m_prompts.isEmpty())
        m_intro->setText(tr("The framework of this portfolio has no reflective questions."));
    else
        m_intro->setText(tr("The questions aspiring Lead Practitioners ask themselves. Answers "
                            "are saved as you type."));
    refresh();
}

void ReflectionsEditor::refresh() {
    m_stored.clear();
    if (m_document && m_portfolioId != 0) {
        if (auto portfolio = PortfolioRepository(m_document->file()).portfolio(m_portfolioId))
            m_stored = portfolio->reflections;
        else
            emit errorOccurred(portfolio.errorMessage());
    }
    m_filling = true;
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        const QString stored = int(i) < m_stored.size() ? m_stored[int(i)] : QString();
        QPlainTextEdit* answer = m_answers[i];
        // Leave alone what the user is typing: it is saved when they pause or leave.
        if (answer->toPlainText() != stored && !(answer->hasFocus() && m_pause->isActive()))
            answer->setPlainText(stored);
    }
    m_filling = false;
    updateEnabled();
}

void ReflectionsEditor::commitPending() {
    m_pause->stop();
    if (!m_document || m_portfolioId == 0 || m_document->isReadOnly() || m_answers.empty())
        return;
    auto stored = PortfolioRepository(m_document->file()).portfolio(m_portfolioId);
    if (!stored) {
        emit errorOccurred(stored.errorMessage());
        return;
    }
    Portfolio changed = *stored;
    QStringList answers = changed.reflections;
    while (answers.size() < int(m_answers.size()))
        answers << QString();
    int changedPrompt = -1;
    int changes = 0;
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        const QString typed = m_answers[i]->toPlainText();
        if (answers[int(i)] != typed) {
            answers[int(i)] = typed;
            changedPrompt = int(i);
            ++changes;
        }
    }
    if (changes == 0)
        return;
    while (!answers.isEmpty() && answers.last().isEmpty())
        answers.removeLast();
    changed.reflections = answers;
    const QString text = changes == 1 ? tr("Answer \"%1\"").arg(m_prompts.value(changedPrompt))
                                      : tr("Answer the reflective questions");
    auto command = std::make_unique<UpdatePortfolioCommand>(*m_document, changed);
    command->setText(text); // names the change in Edit > Undo
    if (auto done = m_document->execute(std::move(command)); !done)
        emit errorOccurred(done.errorMessage()); // the answers stay in their boxes
}

void ReflectionsEditor::updateEnabled() {
    const bool editable = m_document && m_portfolioId != 0 && !m_document->isReadOnly();
    for (QPlainTextEdit* answer : m_answers)
        answer->setReadOnly(!editable);
}

bool ReflectionsEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        for (QPlainTextEdit* answer : m_answers) {
            if (watched == answer) {
                commitPending();
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace equimark
