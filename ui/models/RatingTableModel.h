#pragma once

#include "models/RowDiff.h"

#include <vector>

namespace equimark {

class SchoolDocument;

// Where a programme's confidence ratings are entered, one participant a row (those who were
// offered one of its sessions, and anyone already rated): before and after, 1 to 5, blank
// when not given. Only this editor shows them per person; everything else shows aggregates.
class RatingTableModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column { NameColumn, BeforeColumn, AfterColumn, ColumnCount };

    struct Row {
        qint64 id = 0; // person id
        QString name;
        int before = 0;
        int after = 0;
    };

    explicit RatingTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setProgramme(qint64 programmeId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editFailed(const QString& message);

private:
    void reload();

    SchoolDocument* m_document = nullptr;
    qint64 m_programmeId = 0;
    std::vector<Row> m_rows;
};

} // namespace equimark
