#pragma once

#include "storage/ChangeHistory.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <vector>

namespace equimark {

class SchoolDocument;

// The change history, newest first, read page by page (canFetchMore/fetchMore) so that a
// file with a hundred thousand edits opens at once. The filter is applied by the query, not
// by a proxy, for the same reason. Read-only: the history cannot be edited. Every change the
// document announces adds its new entries at the top; reloaded() reads from scratch.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, PageColumn, WhatColumn, ChangeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PageIdRole, EntityRole };
    static constexpr int PageSize = 200;

    explicit HistoryTableModel(QObject* parent = nullptr);
    void setDocument(SchoolDocument* document);
    // limit, offset, afterId and oldestFirst are the model's own business and are ignored.
    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const HistoryEntry* entry(int row) const;
    // How many entries the filter lets through, loaded or not.
    qint64 totalCount() const { return m_total; }

    // Reads the entries recorded since the newest one shown and puts them at the top.
    Q_SLOT void refresh();

signals:
    void loadFailed(const QString& message);

private:
    void reload();

    QPointer<SchoolDocument> m_document;
    HistoryFilter m_filter;
    std::vector<HistoryEntry> m_rows;
    qint64 m_total = 0;
    qint64 m_newestId = 0; // the newest entry in the file when last read, shown or not
    bool m_announcing = false;
};

} // namespace equimark
