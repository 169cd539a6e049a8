#pragma once

#include "Result.h"
#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace equimark {

class EvidenceEditor;
class EvidenceFilter;
class EvidenceTableModel;

// The evidence store: what shows the school's equality work happened and made a difference.
// A filterable table of evidence beside the detail editor; files are attached by dialog or
// by dropping them onto the page (onto nothing selected, each file becomes new evidence).
class EvidencePage : public Page {
    Q_OBJECT

public:
    explicit EvidencePage(QWidget* parent = nullptr);
    ~EvidencePage() override;

    static QString id() { return QStringLiteral("evidence"); }
    QString pageId() const override { return id(); }
    static QString staticTitle();
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    // The evidence id (qint64) to select; filters that hide it are cleared.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    EvidenceTableModel* model() const { return m_model; }
    EvidenceEditor* editor() const { return m_editor; }
    qint64 currentEvidenceId() const;
    // The files dropped or chosen: attached to the selected evidence, or each made into new
    // evidence when nothing is selected.
    Status addFiles(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addEvidence();
    void removeEvidence();
    void select(qint64 evidenceId);
    void currentChanged();
    void applyFilter();
    void updateEditable();
    void updateCount();
    void fillStrandFilter();

    SchoolDocument* m_document = nullptr;
    EvidenceTableModel* m_model;
    EvidenceFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_kindFilter;
    QComboBox* m_strandFilter;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_view;
    EvidenceEditor* m_editor;
};

} // namespace equimark
