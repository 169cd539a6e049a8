#pragma once

#include "domain/Visit.h"
#include "models/RowDiff.h"

#include <QPointer>
#include <vector>

namespace equimark {

class SchoolDocument;

// The termly coordinators' network meetings, newest first: date, the school's
// representatives and notes. Follows visitsChanged with precise row changes.
class NetworkMeetingListModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column { DateColumn, RepresentativesColumn, NotesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit NetworkMeetingListModel(QObject* parent = nullptr);
    void setDocument(SchoolDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const NetworkMeeting* meeting(int row) const;
    int rowForId(qint64 id) const;

private:
    void reload();
    void refresh();

    QPointer<SchoolDocument> m_document;
    std::vector<NetworkMeeting> m_rows;
};

} // namespace equimark
