#include "models/PersonTableModel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "storage/TrainingRepository.h"

#include <QLocale>

namespace equimark {

PersonTableModel::PersonTableModel(QObject* parent)
    : RowDiffModel(parent) {}

void PersonTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &SchoolDocument::trainingChanged, this, &PersonTableModel::reload);
    reload();
}

void PersonTableModel::reload() {
    std::vector<Person> fresh;
    if (m_document) {
        if (auto people = TrainingRepository(m_document->file()).people())
            fresh = std::move(*people);
    }
    applyRowDiff(
        *this, m_people, std::move(fresh),
        [](const Person& a, const Person& b) {
            return a.name == b.name && a.body == b.body && a.role == b.role &&
                   a.leader == b.leader && a.joinedOn == b.joinedOn && a.leftOn == b.leftOn;
        },
        ColumnCount);
}

const Person* PersonTableModel::personAt(int row) const {
    return row >= 0 && row < int(m_people.size()) ? &m_people[std::size_t(row)] : nullptr;
}

int PersonTableModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        if (m_people[i].id == id)
            return int(i);
    }
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const {
    const Person* person = personAt(index.row());
    if (!person)
        return {};
    if (role == IdRole)
        return person->id;
    const int column = index.column();
    if (column == LeaderColumn) {
        if (role == Qt::CheckStateRole)
            return person->leader ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return person->leader ? tr("Leader") : tr("Not a leader");
        return {};
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return person->name;
        case BodyColumn:
            return bodyId(person->body);
        case RoleColumn:
            return person->role;
        case JoinedColumn:
            return person->joinedOn;
        case LeftColumn:
            return person->leftOn;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        return person->name;
    case BodyColumn:
        return bodyLabel(person->body);
    case RoleColumn:
        return person->role;
    case JoinedColumn:
        return person->joinedOn.isValid()
                   ? QLocale().toString(person->joinedOn, QLocale::ShortFormat)
                   : tr("Not known");
    case LeftColumn:
        return person->leftOn.isValid() ? QLocale().toString(person->leftOn, QLocale::ShortFormat)
                                        : tr("In post");
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BodyColumn:
        return tr("Body");
    case RoleColumn:
        return tr("Role");
    case LeaderColumn:
        return tr("Leader");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    }
    return {};
}

Qt::ItemFlags PersonTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = RowDiffModel::flags(index);
    if (!m_document || m_document->isReadOnly() || !index.isValid())
        return flags;
    return flags | (index.column() == LeaderColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool PersonTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Person* current = personAt(index.row());
    if (!current || !m_document)
        return false;
    Person person = *current;
    switch (index.column()) {
    case NameColumn:
        person.name = value.toString();
        break;
    case BodyColumn:
        person.body = bodyFromId(value.toString());
        break;
    case RoleColumn:
        person.role = value.toString();
        break;
    case LeaderColumn:
        if (role != Qt::CheckStateRole)
            return false;
        person.leader = value.toInt() == Qt::Checked;
        break;
    case JoinedColumn:
        person.joinedOn = value.toDate();
        break;
    case LeftColumn:
        person.leftOn = value.toDate();
        break;
    default:
        return false;
    }
    if (auto done = m_document->execute(PersonCommand::update(*m_document, person)); !done) {
        emit editFailed(done.errorMessage());
        return false;
    }
    return true;
}

} // namespace equimark
