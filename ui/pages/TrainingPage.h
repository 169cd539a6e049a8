#pragma once

#include "pages/Page.h"

class QTabWidget;

namespace equimark {

class TrainingCasesPanel;
class TrainingCoveragePanel;
class TrainingPeoplePanel;
class TrainingProgrammesPanel;
class TrainingSessionsPanel;

// Staff training (CPD): people (staff and governors), sessions with attendance, programmes
// with their evaluation, case studies of positive action, and race equality training
// coverage for a period, one tab each so the page fits a small laptop screen. File > Print
// offers the training coverage report.
class TrainingPage : public Page {
    Q_OBJECT

public:
    explicit TrainingPage(QWidget* parent = nullptr);

    static QString id() { return QStringLiteral("training"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Training"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    // "people", "sessions", "programmes", "cases" or "coverage" shows that tab;
    // "person/<id>", "session/<id>", "programme/<id>" or "case/<id>" selects that record.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    QTabWidget* tabs() const { return m_tabs; }
    TrainingPeoplePanel* people() const { return m_people; }
    TrainingSessionsPanel* sessions() const { return m_sessions; }
    TrainingProgrammesPanel* programmes() const { return m_programmes; }
    TrainingCasesPanel* cases() const { return m_cases; }
    TrainingCoveragePanel* coverage() const { return m_coverage; }

private:
    QTabWidget* m_tabs;
    TrainingPeoplePanel* m_people;
    TrainingSessionsPanel* m_sessions;
    TrainingProgrammesPanel* m_programmes;
    TrainingCasesPanel* m_cases;
    TrainingCoveragePanel* m_coverage;
};

} // namespace equimark
