#pragma once

#include "pages/Page.h"

#include <QPointer>

class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace equimark {

class SummaryEditor;
class SummaryListModel;
class VisitsPanel;

// Step 6: the accreditation summary of each strand. The six strands with their badge and
// summary status beside the selected strand's summary editor; a second tab holds the
// advisory and accreditation visits and the network meetings. navigateTo() takes a strand id
// or "visits".
class AccreditationPage : public Page {
    Q_OBJECT

public:
    explicit AccreditationPage(QWidget* parent = nullptr);

    static QString id() { return QStringLiteral("accreditation"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Accreditation"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    SummaryListModel* model() const { return m_model; }
    SummaryEditor* editor() const { return m_editor; }
    VisitsPanel* visits() const { return m_visits; }
    QTableView* strandView() const { return m_view; }
    QTabWidget* tabs() const { return m_tabs; }
    void selectStrand(const QString& strandId);

private:
    void currentChanged();

    QPointer<SchoolDocument> m_document;
    SummaryListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    SummaryEditor* m_editor = nullptr;
    VisitsPanel* m_visits = nullptr;
};

} // namespace equimark
