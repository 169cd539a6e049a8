#pragma once

#include "pages/Page.h"

#include <QDate>
#include <QPointer>
#include <array>

class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace equimark {

class RefreshWhenShown;

class StrandBadgeWidget;

// The school at a glance, the first thing people see: the school and its support package,
// the six steps of the process each with its state in words and an icon and a way to open
// it, the six strand badges, whether the Mark is earned, and the next visit. Recomputed from
// a handful of queries whenever the document changes (debounced to one pass per event loop).
class OverviewPage : public Page {
    Q_OBJECT

public:
    enum class StepState { Done, InProgress, NeedsAttention, NotStarted };

    explicit OverviewPage(QWidget* parent = nullptr);

    static QString id() { return QStringLiteral("overview"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Overview"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;

    // The day the overview is judged on (today unless a test fixes it).
    void setToday(const QDate& today);

    // What the page shows, for tests and screen readers.
    StepState stepState(int step) const;
    QString stepDetail(int step) const;
    QPushButton* stepButton(int step, int which = 0) const;
    QString markText() const;
    QString nextVisitText() const;
    StrandBadgeWidget* badge(int index) const;
    // Rebuilds now instead of at the next turn of the event loop.
    void refreshNow();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct StepCard {
        QLabel* icon = nullptr;
        QLabel* state = nullptr;
        QLabel* detail = nullptr;
        QPushButton* open = nullptr;
        QPushButton* second = nullptr;
        QWidget* frame = nullptr;
        StepState value = StepState::NotStarted;
    };

    void buildUi();
    QWidget* makeCard(int step, const QString& title, const QString& buttonText,
                      const QString& pageId, const QVariant& target = {});
    void scheduleRefresh();
    void refresh();
    void setStep(int step, StepState state, const QString& detail);
    void layoutCards();
    void clear();

    QPointer<SchoolDocument> m_document;
    QDate m_today;
    QTimer* m_refreshTimer = nullptr;
    RefreshWhenShown* m_refreshWhenShown = nullptr; // edits made while another page shows

    QLabel* m_schoolName = nullptr;
    QLabel* m_schoolFacts = nullptr;
    QLabel* m_package = nullptr;
    QLabel* m_packageIncludes = nullptr;
    QGridLayout* m_cardGrid = nullptr;
    int m_cardColumns = 0;
    std::array<StepCard, 6> m_steps;
    std::array<StrandBadgeWidget*, 6> m_badges{};
    QLabel* m_mark = nullptr;
    QLabel* m_markDetail = nullptr;
    QLabel* m_nextVisit = nullptr;
    QPushButton* m_openVisits = nullptr;
};

} // namespace equimark
