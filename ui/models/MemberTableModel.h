#pragma once

#include "domain/Member.h"

#include <QAbstractTableModel>
#include <vector>

namespace equimark {

class SchoolDocument;

// The members of the Equality Reference Group, past and present, one row each. Edits made
// through setData() become UpdateMemberCommands; rows follow the document's membersChanged
// signal with precise inserts, removals and dataChanged. Rows keep the order in which they
// first appeared: sort through a proxy (SortRole).
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, JoinedColumn, LeftColumn, NotesColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 member id
        SortRole,                  // a value that sorts naturally (dates as ISO text)
        CurrentRole,               // bool: still a member today
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    SchoolDocument* document() const { return m_document; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const std::vector<Member>& members() const { return m_members; }
    int rowOf(qint64 memberId) const; // -1 when unknown
    const Member* memberAt(int row) const;

signals:
    // A change the file refused; the view shows the message.
    void editFailed(const QString& message);

private:
    void reload();
    void refresh();

    SchoolDocument* m_document = nullptr;
    std::vector<Member> m_members;
};

} // namespace equimark
