#pragma once

#include "pages/Page.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace equimark {

class ActionEditor;
class ActionFilterModel;
class ActionTableModel;

// Step 4 and 5 of the process: the action plan. A sortable, filterable table of actions
// (grouped by strand or element if wanted) beside the editor of the chosen one. Overdue
// actions are marked in words, with an icon, in bold and with a tint.
class ActionPlanPage : public Page {
    Q_OBJECT

public:
    explicit ActionPlanPage(QWidget* parent = nullptr);
    ~ActionPlanPage() override;

    static QString id() { return QStringLiteral("action-plan"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Action plan"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    // A qint64 action id selects it; QVariantMap{"create": true, "element": id,
    // "strand": id} starts a new action with those filled in.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    void newAction(const QString& elementId = {}, const QString& strandId = {});
    // Asks first (see setConfirmation), then removes the chosen action.
    void removeCurrentAction();
    qint64 currentActionId() const;
    bool selectAction(qint64 actionId);

    // Replaces the "Remove this action?" question, for tests and scripted use.
    void setConfirmation(std::function<bool(const QString& question)> confirm);

    ActionTableModel* tableModel() const { return m_model; }
    ActionFilterModel* filterModel() const { return m_filter; }
    ActionEditor* editor() const { return m_editor; }
    QTreeView* view() const { return m_view; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void fillFilters();
    void refreshOwners();
    void updateOwnerSuggestions();
    void applyFilters();
    void setFilters();
    void setGrouping(int index);
    void currentChanged();
    void updateActions();
    void updateSummary();
    void spanGroupRows();
    void saveLayout();
    QModelIndexList rowsInViewOrder(const QModelIndex& parent = {}) const;

    SchoolDocument* m_document = nullptr;
    ActionTableModel* m_model = nullptr;
    ActionFilterModel* m_filter = nullptr;
    ActionEditor* m_editor = nullptr;
    QTreeView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_groupBy = nullptr;
    QComboBox* m_strand = nullptr;
    QComboBox* m_element = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    bool m_applyingFilters = false;
    QStringList m_owners;  // in the owner filter, from the actions
    QStringList m_members; // current reference-group members, suggested as owners
    std::function<bool(const QString&)> m_confirm;
};

} // namespace equimark
