#include "models/HistoryTableModel.h"

#include "domain/HistoryDescription.h"
#include "editing/SchoolDocument.h"

#include <QLocale>
#include <QMetaMethod>

namespace equimark {

namespace {

// Long notes are cut for the list; the detail pane shows them in full.
constexpr int ListValueLength = 120;

} // namespace

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HistoryTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Every typed change signal (and any added later) may mean new history entries.
        const QMetaObject* meta = m_document->metaObject();
        const QMetaMethod refreshSlot =
            metaObject()->method(metaObject()->indexOfSlot("refresh()"));
        for (int i = SchoolDocument::staticMetaObject.methodOffset(); i < meta->methodCount();
             ++i) {
            const QMetaMethod method = meta->method(i);
            if (method.methodType() != QMetaMethod::Signal)
                continue;
            const QByteArray name = method.name();
            if (name == "reloaded" || name == "editFailed")
                continue;
            connect(m_document, method, this, refreshSlot);
        }
        connect(m_document, &SchoolDocument::reloaded, this, &HistoryTableModel::reload);
    }
    reload();
}

void HistoryTableModel::setFilter(const HistoryFilter& filter) {
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.afterId = 0;
    m_filter.beforeId = 0;
    m_filter.oldestFirst = false;
    reload();
}

void HistoryTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_newestId = 0;
    if (m_document) {
        ChangeHistory history(m_document->file());
        HistoryFilter newest;
        newest.limit = 1;
        auto latest = history.find(newest);
        auto total = history.count(m_filter);
        HistoryFilter first = m_filter;
        first.limit = PageSize;
        auto rows = history.find(first);
        if (!latest || !total || !rows) {
            endResetModel();
            emit loadFailed(!latest ? latest.errorMessage()
                                    : (!total ? total.errorMessage() : rows.errorMessage()));
            return;
        }
        m_newestId = latest->empty() ? 0 : latest->front().id;
        m_total = *total;
        m_rows = std::move(*rows);
    }
    // Views (and QAbstractItemModelTester) may ask for more while a change is announced;
    // the next page is read when they ask again, not in the middle of the announcement.
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

void HistoryTableModel::refresh() {
    if (!m_document)
        return;
    ChangeHistory history(m_document->file());
    HistoryFilter fresh = m_filter;
    fresh.afterId = m_newestId;
    auto added = history.find(fresh);
    HistoryFilter newest;
    newest.limit = 1;
    newest.afterId = m_newestId;
    auto latest = history.find(newest);
    if (!added || !latest) {
        emit loadFailed(!added ? added.errorMessage() : latest.errorMessage());
        return;
    }
    if (!latest->empty())
        m_newestId = latest->front().id;
    if (added->empty())
        return;
    const int count = static_cast<int>(added->size());
    beginInsertRows({}, 0, count - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(added->begin()),
                  std::make_move_iterator(added->end()));
    m_total += count;
    m_announcing = true;
    endInsertRows();
    m_announcing = false;
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_document && !m_announcing &&
           static_cast<qint64>(m_rows.size()) < m_total;
}

void HistoryTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    // Read on from the oldest row shown: new entries at the top cannot shift the page.
    HistoryFilter next = m_filter;
    next.limit = PageSize;
    next.beforeId = m_rows.empty() ? 0 : m_rows.back().id;
    auto rows = ChangeHistory(m_document->file()).find(next);
    if (!rows) {
        emit loadFailed(rows.errorMessage());
        return;
    }
    if (rows->empty()) {
        m_total = static_cast<qint64>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows->begin()),
                  std::make_move_iterator(rows->end()));
    m_announcing = true;
    endInsertRows();
    m_announcing = false;
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const HistoryEntry* HistoryTableModel::entry(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& entry = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return entry.id;
    case PageIdRole:
        return historyPageOf(entry.entity);
    case EntityRole:
        return entry.entity;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.who;
    case PageColumn:
        return historyPageLabel(historyPageOf(entry.entity));
    case WhatColumn:
        return historySubject(entry);
    case ChangeColumn:
        return historySummary(entry, ListValueLength);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case PageColumn:
        return tr("Page");
    case WhatColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace equimark
