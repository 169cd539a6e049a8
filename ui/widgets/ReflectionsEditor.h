#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QVBoxLayout;

namespace equimark {

class SchoolDocument;

// The practitioner's answers to the framework's reflective questions ("What am I expert
// in?" ...), one plain-text box each. An answer is saved as one UpdatePortfolioCommand when
// the box loses focus, after a pause in typing, and before another portfolio is shown, so
// nothing typed is lost; a refused save keeps the text and shows why.
class ReflectionsEditor : public QWidget {
    Q_OBJECT

public:
    explicit ReflectionsEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void showPortfolio(qint64 portfolioId); // saves pending answers first; 0 = none
    qint64 portfolioId() const { return m_portfolioId; }
    // Saves every answer that differs from the file now.
    void commitPending();

    int promptCount() const { return int(m_answers.size()); }
    QPlainTextEdit* answerEditor(int prompt) const;

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void refresh();
    void updateEnabled();

    SchoolDocument* m_document = nullptr;
    qint64 m_portfolioId = 0;
    QString m_frameworkId;
    QStringList m_prompts;
    QStringList m_stored;
    bool m_filling = false;

    QVBoxLayout* m_list = nullptr;
    QLabel* m_intro = nullptr;
    QTimer* m_pause = nullptr;
    std::vector<QLabel*> m_labels;
    std::vector<QPlainTextEdit*> m_answers;
};

} // namespace equimark
