#include "models/ProgressNoteModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/ActionRepository.h"

#include <QLocale>
#include <algorithm>

namespace equimark {

ProgressNoteModel::ProgressNoteModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ProgressNoteModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_actionId = 0;
    if (m_document) {
        connect(m_document, &SchoolDocument::actionChanged, this,
                &ProgressNoteModel::onActionChanged);
        connect(m_document, &SchoolDocument::actionAdded, this,
                &ProgressNoteModel::onActionChanged);
        connect(m_document, &SchoolDocument::actionRemoved, this, [this](qint64 id) {
            if (id == m_actionId)
                onActionChanged(id);
        });
        connect(m_document, &SchoolDocument::reloaded, this, &ProgressNoteModel::reload);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reload();
}

void ProgressNoteModel::setActionId(qint64 actionId) {
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    reload();
}

qint64 ProgressNoteModel::noteId(int row) const {
    return row >= 0 && row < static_cast<int>(m_notes.size())
               ? m_notes[static_cast<std::size_t>(row)].id
               : 0;
}

std::vector<ProgressNote> ProgressNoteModel::load() const {
    if (!m_document || m_actionId == 0)
        return {};
    auto action = ActionRepository(m_document->file()).byId(m_actionId);
    return action ? action->progress : std::vector<ProgressNote>{};
}

void ProgressNoteModel::reload() {
    beginResetModel();
    m_notes = load();
    endResetModel();
}

void ProgressNoteModel::onActionChanged(qint64 actionId) {
    if (actionId != m_actionId || m_actionId == 0)
        return;
    const std::vector<ProgressNote> fresh = load();
    auto has = [](const std::vector<ProgressNote>& notes, qint64 id) {
        return std::any_of(notes.begin(), notes.end(),
                           [id](const ProgressNote& note) { return note.id == id; });
    };
    // Notes are only ever added or removed, never edited: remove the gone, insert the new
    // where the file's order puts them.
    for (int row = static_cast<int>(m_notes.size()) - 1; row >= 0; --row) {
        if (!has(fresh, m_notes[static_cast<std::size_t>(row)].id)) {
            beginRemoveRows({}, row, row);
            m_notes.erase(m_notes.begin() + row);
            endRemoveRows();
        }
    }
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        if (!has(m_notes, fresh[i].id)) {
            const int row = static_cast<int>(std::min(i, m_notes.size()));
            beginInsertRows({}, row, row);
            m_notes.insert(m_notes.begin() + row, fresh[i]);
            endInsertRows();
        }
    }
}

int ProgressNoteModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int ProgressNoteModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressNoteModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_notes.size()))
        return {};
    const ProgressNote& note = m_notes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(note.notedOn, QLocale::ShortFormat);
        case Note:
            return note.note;
        case Author:
            return note.author;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Note ? QVariant(plainToolTip(note.note)) : QVariant();
    case NoteIdRole:
        return note.id;
    default:
        return {};
    }
}

QVariant ProgressNoteModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Note:
        return tr("Progress");
    case Author:
        return tr("By");
    default:
        return {};
    }
}

} // namespace equimark
