#pragma once

#include "pages/Page.h"

#include <QDate>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace equimark {

class AmbitionCriteriaModel;
class AmbitionEditor;

// Where the school stands on the five race equality leadership ambitions, year by year. At
// the top the academic year (the file's audit years, the years judged and the current one)
// and how many success criteria are met; below, the ambitions with "2 of 3 met" and each
// criterion's status this year (a word and a colour chip) beside last year's as a hint,
// next to the AmbitionEditor. A new year starts with nothing copied. A file without the
// ambitions framework gets an explanation and a button to start using it. navigateTo()
// takes a criterion id, or "2026-27/leadership.1" for a criterion in a year.
class AmbitionsPage : public Page {
    Q_OBJECT

public:
    explicit AmbitionsPage(QWidget* parent = nullptr);
    ~AmbitionsPage() override;

    static QString id() { return QStringLiteral("ambitions"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Ambitions"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    // The day the current academic year is taken from; today unless a test fixes it.
    void setToday(const QDate& today);

    AmbitionCriteriaModel* model() const { return m_model; }
    AmbitionEditor* editor() const { return m_editor; }
    QTreeView* criteriaView() const { return m_view; }
    QComboBox* yearSelector() const { return m_year; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* startButton() const { return m_start; }

    QString year() const;
    bool setYear(const QString& year);
    bool selectCriterion(const QString& criterionId);
    bool startUsingAmbitions();

private:
    void reload();
    void fillYears();
    void updateSummary();
    void updateEnabled();
    void currentChanged();
    void saveLayout();
    bool readOnly() const;

    QPointer<SchoolDocument> m_document;
    AmbitionCriteriaModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QDate m_today;

    QStackedWidget* m_stack;
    QLabel* m_emptyText;
    QPushButton* m_start;
    QComboBox* m_year;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QSplitter* m_splitter;
    QTreeView* m_view;
    AmbitionEditor* m_editor;
};

} // namespace equimark
