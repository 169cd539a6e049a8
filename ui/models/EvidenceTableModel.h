#pragma once

#include "domain/EvidenceItem.h"

#include <QAbstractTableModel>
#include <vector>

namespace equimark {

class SchoolDocument;

// The school's evidence, one row per item: title, type, date, strands, how many actions it
// supports and how many files are attached. Follows evidenceAdded/Changed/Removed with
// precise row changes; filter and sort through a proxy (KindRole, StrandIdsRole,
// SearchTextRole, SortRole).
class EvidenceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        DateColumn,
        StrandsColumn,
        ActionsColumn,
        AttachmentsColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 evidence id
        SortRole,
        KindRole,       // evidence kind id, e.g. "pupil-voice"
        StrandIdsRole,  // QStringList of strand ids
        SearchTextRole, // title, description and attachment names, for Find and the filter
    };

    explicit EvidenceTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(qint64 evidenceId) const; // -1 when unknown
    const EvidenceItem* itemAt(int row) const;

signals:
    void loadFailed(const QString& message);

private:
    void reload();
    void refresh(); // compares with the file: links vanish when an action is removed
    void added(qint64 evidenceId);
    void changed(qint64 evidenceId);
    void removed(qint64 evidenceId);
    QString strandNames(const EvidenceItem& item) const;

    SchoolDocument* m_document = nullptr;
    std::vector<EvidenceItem> m_items;
};

} // namespace equimark
