#pragma once

#include "domain/TrainingSession.h"
#include "models/RowDiff.h"

#include <map>
#include <vector>

namespace equimark {

class SchoolDocument;

// Training sessions, newest first: date, title, topic (saying which count for coverage),
// audience, programme and how many were offered and attended. Edited in the page's form.
class TrainingSessionTableModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        TopicColumn,
        AudienceColumn,
        OfferedColumn,
        AttendedColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit TrainingSessionTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    const TrainingSession* sessionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();

    SchoolDocument* m_document = nullptr;
    std::vector<TrainingSession> m_sessions;
    std::map<qint64, QString> m_programmes;
};

} // namespace equimark
