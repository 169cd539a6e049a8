#include "models/ActionTableModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/ActionRepository.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QScopeGuard>
#include <QSet>
#include <QStyle>
#include <algorithm>
#include <limits>

namespace equimark {

namespace {

// A light wash of warning red over the palette's base colour: visible in light and dark
// palettes alike, and never the only sign (the due cell says "Overdue" and the row is bold).
QColor overdueBackground() {
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor warning(220, 50, 47);
    const double mix = base.lightness() > 128 ? 0.14 : 0.30;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - mix) + warning.redF() * mix),
                            static_cast<float>(base.greenF() * (1 - mix) + warning.greenF() * mix),
                            static_cast<float>(base.blueF() * (1 - mix) + warning.blueF() * mix));
}

} // namespace

ActionTableModel::ActionTableModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_today(QDate::currentDate()) {}

void ActionTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::actionAdded, this, &ActionTableModel::onAdded);
        connect(m_document, &SchoolDocument::actionChanged, this, &ActionTableModel::onChanged);
        connect(m_document, &SchoolDocument::actionRemoved, this, &ActionTableModel::onRemoved);
        connect(m_document, &SchoolDocument::reloaded, this, &ActionTableModel::reload);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reload();
}

void ActionTableModel::setGrouping(Grouping grouping) {
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuildGroups();
    endResetModel();
}

void ActionTableModel::setToday(const QDate& today) {
    m_today = today;
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int group = 0; group < static_cast<int>(m_groups.size()); ++group) {
        const QModelIndex parent = index(group, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent),
                             index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

void ActionTableModel::reload() {
    beginResetModel();
    m_actions.clear();
    m_order.clear();
    if (m_document) {
        // Only what the rows show and the search looks through: the editor reads its action
        // whole, and the long texts were half of opening the plan of a large school.
        if (auto all = ActionRepository(m_document->file()).forTable()) {
            for (auto& action : *all) {
                m_order.push_back(action.id);
                m_actions.insert(action.id, std::move(action));
            }
        }
    }
    rebuildGroups();
    endResetModel();
}

void ActionTableModel::rebuildGroups() {
    m_groups.clear();
    if (m_grouping == Grouping::None || !m_document)
        return;
    const Framework& framework = m_document->equalityMark();
    if (m_grouping == Grouping::Strand) {
        for (const auto& strand : framework.strands)
            m_groups.push_back({strand.id, strand.name, {}});
    } else {
        for (const auto& element : framework.elements)
            m_groups.push_back({element.id, element.name, {}});
        m_groups.push_back({QString(), tr("No element"), {}});
    }
    for (qint64 id : m_order) {
        for (const auto& key : groupKeys(m_actions.value(id))) {
            const int group = groupIndex(key);
            if (group >= 0)
                m_groups[static_cast<std::size_t>(group)].ids.push_back(id);
        }
    }
}

QStringList ActionTableModel::groupKeys(const Action& action) const {
    switch (m_grouping) {
    case Grouping::Strand:
        return action.strandIds;
    case Grouping::Element:
        return {action.elementId};
    case Grouping::None:
        break;
    }
    return {};
}

int ActionTableModel::groupIndex(const QString& key) const {
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].key == key)
            return static_cast<int>(i);
    }
    // An element id the framework no longer lists files under "No element".
    return m_grouping == Grouping::Element ? static_cast<int>(m_groups.size()) - 1 : -1;
}

void ActionTableModel::onAdded(qint64 id) {
    if (!m_document)
        return;
    if (m_actions.contains(id)) {
        onChanged(id);
        return;
    }
    auto loaded = ActionRepository(m_document->file()).byId(id);
    if (!loaded)
        return;
    m_actions.insert(id, *loaded);
    if (!loaded->owner.isEmpty())
        emit ownersMayHaveChanged();
    if (m_grouping == Grouping::None) {
        const int row = static_cast<int>(m_order.size());
        beginInsertRows({}, row, row);
        m_order.push_back(id);
        endInsertRows();
        return;
    }
    m_order.push_back(id);
    for (const auto& key : groupKeys(*loaded)) {
        const int group = groupIndex(key);
        if (group >= 0)
            insertIntoGroup(group, id);
    }
}

void ActionTableModel::onChanged(qint64 id) {
    if (!m_document)
        return;
    if (!m_actions.contains(id)) {
        onAdded(id);
        return;
    }
    auto loaded = ActionRepository(m_document->file()).byId(id);
    if (!loaded) {
        onRemoved(id);
        return;
    }
    const bool ownerChanged = m_actions.value(id).owner != loaded->owner;
    if (m_grouping != Grouping::None) {
        QList<int> before;
        for (const auto& key : groupKeys(m_actions.value(id)))
            before << groupIndex(key);
        QList<int> after;
        for (const auto& key : groupKeys(*loaded))
            after << groupIndex(key);
        m_actions.insert(id, *loaded);
        for (int group : before) {
            if (group >= 0 && !after.contains(group))
                removeFromGroup(group, id);
        }
        for (int group : after) {
            if (group >= 0 && !before.contains(group))
                insertIntoGroup(group, id);
        }
    } else {
        m_actions.insert(id, *loaded);
    }
    emitRowChanged(id);
    if (ownerChanged)
        emit ownersMayHaveChanged();
}

void ActionTableModel::onRemoved(qint64 id) {
    if (!m_actions.contains(id))
        return;
    // Said once the row is gone, whichever way the removal below returns.
    const bool hadOwner = !m_actions.value(id).owner.isEmpty();
    const auto announce = qScopeGuard([this, hadOwner] {
        if (hadOwner)
            emit ownersMayHaveChanged();
    });
    if (m_grouping == Grouping::None) {
        const auto at = std::find(m_order.begin(), m_order.end(), id);
        const int row = static_cast<int>(at - m_order.begin());
        beginRemoveRows({}, row, row);
        m_order.erase(at);
        m_actions.remove(id);
        endRemoveRows();
        return;
    }
    for (int group = 0; group < static_cast<int>(m_groups.size()); ++group)
        removeFromGroup(group, id);
    m_order.erase(std::remove(m_order.begin(), m_order.end(), id), m_order.end());
    m_actions.remove(id);
}

void ActionTableModel::insertIntoGroup(int group, qint64 id) {
    auto& ids = m_groups[static_cast<std::size_t>(group)].ids;
    if (std::find(ids.begin(), ids.end(), id) != ids.end())
        return;
    const int row = static_cast<int>(ids.size());
    beginInsertRows(index(group, 0), row, row);
    ids.push_back(id);
    endInsertRows();
}

void ActionTableModel::removeFromGroup(int group, qint64 id) {
    auto& ids = m_groups[static_cast<std::size_t>(group)].ids;
    const auto at = std::find(ids.begin(), ids.end(), id);
    if (at == ids.end())
        return;
    const int row = static_cast<int>(at - ids.begin());
    beginRemoveRows(index(group, 0), row, row);
    ids.erase(at);
    endRemoveRows();
}

void ActionTableModel::emitRowChanged(qint64 id) {
    for (const QModelIndex& first : indexesOf(id))
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndexList ActionTableModel::indexesOf(qint64 actionId, int column) const {
    QModelIndexList found;
    if (m_grouping == Grouping::None) {
        const auto at = std::find(m_order.begin(), m_order.end(), actionId);
        if (at != m_order.end())
            found << index(static_cast<int>(at - m_order.begin()), column);
        return found;
    }
    for (std::size_t group = 0; group < m_groups.size(); ++group) {
        const auto& ids = m_groups[group].ids;
        const auto at = std::find(ids.begin(), ids.end(), actionId);
        if (at != ids.end())
            found << index(static_cast<int>(at - ids.begin()), column,
                           index(static_cast<int>(group), 0));
    }
    return found;
}

const Action* ActionTableModel::action(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    qint64 id = 0;
    if (m_grouping == Grouping::None) {
        if (index.row() >= static_cast<int>(m_order.size()))
            return nullptr;
        id = m_order[static_cast<std::size_t>(index.row())];
    } else {
        if (index.internalId() == 0)
            return nullptr;
        const auto& ids = m_groups[index.internalId() - 1].ids;
        if (index.row() >= static_cast<int>(ids.size()))
            return nullptr;
        id = ids[static_cast<std::size_t>(index.row())];
    }
    return actionById(id);
}

const Action* ActionTableModel::actionById(qint64 id) const {
    auto at = m_actions.constFind(id);
    return at == m_actions.constEnd() ? nullptr : &*at;
}

QStringList ActionTableModel::owners() const {
    QSet<QString> seen;
    for (const auto& action : m_actions) {
        if (!action.owner.isEmpty())
            seen.insert(action.owner);
    }
    QStringList owners(seen.begin(), seen.end());
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

QModelIndex ActionTableModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        const int rows = m_grouping == Grouping::None ? static_cast<int>(m_order.size())
                                                      : static_cast<int>(m_groups.size());
        return row < rows ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (m_grouping == Grouping::None || parent.internalId() != 0 || parent.column() != 0 ||
        parent.row() >= static_cast<int>(m_groups.size()))
        return {};
    if (row >= static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].ids.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ActionTableModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || m_grouping == Grouping::None || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ActionTableModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return m_grouping == Grouping::None ? static_cast<int>(m_order.size())
                                            : static_cast<int>(m_groups.size());
    if (m_grouping == Grouping::None || parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].ids.size());
}

int ActionTableModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (action(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (const Action* found = action(index))
        return actionData(*found, index.column(), role);
    if (m_grouping != Grouping::None && index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    return {};
}

QVariant ActionTableModel::groupData(int group, int column, int role) const {
    const Group& g = m_groups[static_cast<std::size_t>(group)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column != Title)
            return {};
        return m_grouping == Grouping::Strand ? tr("Strand: %1").arg(g.label)
                                              : tr("Element: %1").arg(g.label);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsGroupRole:
        return true;
    case ActionIdRole:
        return qint64(0);
    case GroupOrderRole:
    case SortRole:
        return group;
    default:
        return {};
    }
}

QString ActionTableModel::strandNames(const Action& action) const {
    QStringList names;
    for (const auto& id : action.strandIds) {
        const Strand* strand = m_document ? m_document->equalityMark().strand(id) : nullptr;
        names << (strand ? strand->name : id);
    }
    return names.join(QStringLiteral(", "));
}

QString ActionTableModel::elementName(const QString& id) const {
    if (id.isEmpty())
        return {};
    const equimark::Element* element =
        m_document ? m_document->equalityMark().element(id) : nullptr;
    return element ? element->name : id;
}

int ActionTableModel::elementRank(const QString& id) const {
    if (!m_document || id.isEmpty())
        return 1000;
    const auto& elements = m_document->equalityMark().elements;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (elements[i].id == id)
            return static_cast<int>(i);
    }
    return 999;
}

QVariant ActionTableModel::actionData(const Action& action, int column, int role) const {
    const bool overdue = action.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Title:
            return action.title;
        case Strands:
            return strandNames(action);
        case Element:
            return elementName(action.elementId);
        case Owner:
            return action.owner;
        case Due: {
            if (!action.dueOn.isValid())
                return role == Qt::AccessibleTextRole ? tr("No due date") : QString();
            const QString date = QLocale().toString(action.dueOn, QLocale::ShortFormat);
            return overdue ? tr("%1 · Overdue").arg(date) : date;
        }
        case Status:
            return actionStatusLabel(action.status);
        case SipPriority:
            return action.sipPriority;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Due && overdue)
            return tr("Overdue: due on %1 and still %2.")
                .arg(QLocale().toString(action.dueOn, QLocale::LongFormat),
                     actionStatusLabel(action.status).toLower());
        if (column == Title || column == SipPriority || column == Strands)
            return plainToolTip(actionData(action, column, Qt::DisplayRole).toString());
        return {};
    case Qt::DecorationRole:
        if (column == Due && overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(overdueBackground()) : QVariant();
    case ActionIdRole:
        return action.id;
    case IsGroupRole:
        return false;
    case StrandIdsRole:
        return action.strandIds;
    case ElementIdRole:
        return action.elementId;
    case StatusRole:
        return static_cast<int>(action.status);
    case OwnerRole:
        return action.owner;
    case OverdueRole:
        return overdue;
    case SearchTextRole: {
        QStringList parts{action.title, action.owner};
        for (const auto& note : action.progress)
            parts << note.note;
        return parts.join(QLatin1Char('\n'));
    }
    case SortRole:
        switch (column) {
        case Title:
            return action.title.toLower();
        case Strands:
            return strandNames(action).toLower();
        case Element:
            return elementRank(action.elementId);
        case Owner:
            return action.owner.toLower();
        case Due:
            // Undated actions sort after every dated one. A day number, not text: sorting
            // asks for it tens of thousands of times.
            return action.dueOn.isValid() ? action.dueOn.toJulianDay()
                                          : std::numeric_limits<qint64>::max();
        case Status:
            return static_cast<int>(action.status);
        case SipPriority:
            return action.sipPriority.toLower();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Action");
    case Strands:
        return tr("Strands");
    case Element:
        return tr("Element");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case SipPriority:
        return tr("SIP priority");
    default:
        return {};
    }
}

} // namespace equimark
