#pragma once

#include "domain/Meeting.h"

#include <QAbstractTableModel>
#include <vector>

namespace equimark {

class SchoolDocument;

// The meetings of the reference group: date, how many members came, the first line of what
// was decided. Read-only here; the page's detail editor changes a meeting through commands.
// Rows follow meetingsChanged precisely and keep their order; sort through a proxy.
class MeetingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, AttendeesColumn, DecisionsColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 meeting id
        SortRole,
    };

    explicit MeetingTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(qint64 meetingId) const; // -1 when unknown
    const Meeting* meetingAt(int row) const;

signals:
    void loadFailed(const QString& message);

private:
    void reload();
    void refresh();

    SchoolDocument* m_document = nullptr;
    std::vector<Meeting> m_meetings;
};

} // namespace equimark
