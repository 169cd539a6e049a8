#pragma once

#include "domain/Action.h"

#include <QAbstractTableModel>
#include <vector>

namespace equimark {

class SchoolDocument;

// The dated progress notes of one action, oldest first: date, note, author. Follows the
// document: when the action changes, only the notes added or removed become rows.
class ProgressNoteModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Note, Author, ColumnCount };
    enum Role { NoteIdRole = Qt::UserRole + 1 };

    explicit ProgressNoteModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setActionId(qint64 actionId); // 0 = none
    qint64 actionId() const { return m_actionId; }
    qint64 noteId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onActionChanged(qint64 actionId);
    std::vector<ProgressNote> load() const;

    SchoolDocument* m_document = nullptr;
    qint64 m_actionId = 0;
    std::vector<ProgressNote> m_notes;
};

} // namespace equimark
