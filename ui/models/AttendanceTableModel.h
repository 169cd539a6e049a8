#pragma once

#include "domain/Person.h"
#include "domain/TrainingSession.h"
#include "models/RowDiff.h"

#include <vector>

namespace equimark {

class SchoolDocument;

// Who was offered one session and who attended: everyone in post on its date, and anyone
// else already offered it. Ticking "Offered" or "Attended" is an undoable edit of the
// session (attended implies offered; clearing offered clears attended).
class AttendanceTableModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column { NameColumn, BodyColumn, OfferedColumn, AttendedColumn, ColumnCount };

    struct Row {
        qint64 id = 0; // person id
        QString name;
        Body body = Body::Staff;
        bool offered = false;
        bool attended = false;
    };

    explicit AttendanceTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setSession(qint64 sessionId); // 0 = none
    qint64 sessionId() const { return m_sessionId; }
    // Offers the session to everyone listed (in post on its date) not yet offered it.
    bool offerToEveryone();
    int notOfferedCount() const;

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
    bool write(const std::vector<Row>& rows);

    SchoolDocument* m_document = nullptr;
    qint64 m_sessionId = 0;
    TrainingSession m_session;
    std::vector<Row> m_rows;
};

} // namespace equimark
