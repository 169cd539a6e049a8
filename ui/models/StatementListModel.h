#pragma once

#include "domain/Audit.h"
#include "domain/Framework.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <optional>
#include <vector>

namespace equimark {

class SchoolDocument;

// Every audit statement of the framework with its judgement in one year's audit: id,
// statement text, rating (a RAG chip), last year's rating and who judged it. Rows follow the
// framework's order; a StatementFilterProxy narrows them to a cell, a delegate's sections or
// the statements not yet judged.
class StatementListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, TextColumn, RatingColumn, LastYearColumn, JudgedByColumn, ColumnCount };
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        ElementIdRole,
        StrandIdRole,
        NoteRole,
        GuidanceRole,
        RatingValueRole, // int (Rating), on every column
        SearchTextRole,  // statement text and note, for Find
    };

    explicit StatementListModel(QObject* parent = nullptr);

    void setAudit(SchoolDocument* document, qint64 auditId);
    qint64 auditId() const { return m_auditId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString& statementId) const;
    const AuditStatement* statement(int row) const;
    Judgement judgement(int row) const;
    std::optional<Judgement> lastYear(int row) const;

private:
    struct Row {
        const AuditStatement* statement = nullptr;
        Judgement judgement;
        std::optional<Judgement> lastYear;
    };

    void reload();
    void reloadRow(const QString& statementId);

    QPointer<SchoolDocument> m_document;
    qint64 m_auditId = 0;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace equimark
