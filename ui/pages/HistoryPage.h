#pragma once

#include "pages/Page.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace equimark {

class HistoryTableModel;
struct HistoryEntry;

// Who changed what, and when: the file's append-only change history, newest first, filtered
// by page, person, dates and words, with "Since the last visit" for the advisor's question.
// The detail pane shows the old and new values in full; double-click (or Enter) opens the
// item on its own page. Nothing here can change the history.
class HistoryPage : public Page {
    Q_OBJECT

public:
    explicit HistoryPage(QWidget* parent = nullptr);
    ~HistoryPage() override;

    static QString id() { return QStringLiteral("history"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("History"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    // A page id ("audit", ...) shows that page's changes.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    HistoryTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Applies the filter controls now (typing in the search box waits a moment first).
    void applyFilters();
    // Sets "from" to the day of the latest visit held so far; false when there was none.
    bool showSinceLastVisit();
    // Opens the current entry's item on its page.
    void openCurrent();

private:
    void fillPeople();
    void updateLastVisit();
    void updateCount();
    void currentChanged();
    void showEntry(const HistoryEntry* entry);
    QVariant targetOf(const HistoryEntry& entry) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

    SchoolDocument* m_document = nullptr;
    HistoryTableModel* m_model;
    QComboBox* m_page;
    QComboBox* m_person;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QPushButton* m_sinceVisit;
    QPushButton* m_clear;
    QDate m_lastVisit;
    QSplitter* m_splitter;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_when;
    QLabel* m_who;
    QLabel* m_what;
    QLabel* m_field;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
    QPushButton* m_open;
};

} // namespace equimark
