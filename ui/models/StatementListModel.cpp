#include "models/StatementListModel.h"

#include "editing/SchoolDocument.h"
#include "storage/AuditRepository.h"
#include "widgets/RagDelegate.h"

#include <QLocale>

namespace equimark {

StatementListModel::StatementListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StatementListModel::setAudit(SchoolDocument* document, qint64 auditId) {
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_auditId = document ? auditId : 0;
    if (document) {
        m_connections << connect(document, &SchoolDocument::judgementChanged, this,
                                 [this](qint64 changedAudit, const QString& statementId) {
                                     if (changedAudit == m_auditId)
                                         reloadRow(statementId);
                                 });
        m_connections << connect(document, &SchoolDocument::reloaded, this,
                                 &StatementListModel::reload);
    }
    reload();
}

void StatementListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    if (m_document && m_auditId > 0) {
        AuditRepository audits(m_document->file());
        auto judgements = audits.judgementsByStatement(m_auditId);
        QHash<QString, Judgement> previous;
        if (auto before = audits.previousAudit(m_auditId); before && *before) {
            if (auto old = audits.judgementsByStatement((*before)->id))
                previous = std::move(*old);
        }
        for (const auto& statement : m_document->equalityMark().statements) {
            Row row;
            row.statement = &statement;
            row.judgement.statementId = statement.id;
            if (judgements && judgements->contains(statement.id))
                row.judgement = judgements->value(statement.id);
            if (auto it = previous.constFind(statement.id); it != previous.constEnd())
                row.lastYear = *it;
            m_rowById.insert(statement.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

void StatementListModel::reloadRow(const QString& statementId) {
    const int row = rowOf(statementId);
    if (row < 0 || !m_document)
        return;
    auto judgement = AuditRepository(m_document->file()).judgement(m_auditId, statementId);
    if (!judgement)
        return;
    m_rows[size_t(row)].judgement = *judgement;
    m_rows[size_t(row)].judgement.statementId = statementId;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StatementListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int StatementListModel::rowOf(const QString& statementId) const {
    return m_rowById.value(statementId, -1);
}

const AuditStatement* StatementListModel::statement(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].statement : nullptr;
}

Judgement StatementListModel::judgement(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].judgement : Judgement{};
}

std::optional<Judgement> StatementListModel::lastYear(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].lastYear : std::nullopt;
}

QVariant StatementListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const AuditStatement& statement = *row.statement;
    const Judgement& judgement = row.judgement;
    switch (role) {
    case StatementIdRole:
        return statement.id;
    case ElementIdRole:
        return statement.elementId;
    case StrandIdRole:
        return statement.strandId;
    case NoteRole:
        return judgement.note;
    case GuidanceRole:
        return statement.guidance;
    case RatingValueRole:
        return int(judgement.rating);
    case SearchTextRole:
        return QString(statement.text + QLatin1Char('\n') + judgement.note);
    default:
        break;
    }

    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole)
            return statement.id;
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return statement.text;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<p>%1</p>").arg(statement.text.toHtmlEscaped());
        break;
    case RatingColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return ratingLabel(judgement.rating);
        if (role == Qt::ToolTipRole)
            return judgement.note.trimmed().isEmpty()
                       ? ratingLabel(judgement.rating)
                       : QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                             .arg(ratingLabel(judgement.rating).toHtmlEscaped(),
                                  judgement.note.toHtmlEscaped());
        if (role == RagDelegate::RatingRole)
            return int(judgement.rating);
        break;
    case LastYearColumn:
        if (!row.lastYear)
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        if (role == Qt::DisplayRole)
            return ratingLabel(row.lastYear->rating);
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("Last year: %1").arg(ratingLabel(row.lastYear->rating));
        if (role == RagDelegate::RatingRole)
            return int(row.lastYear->rating);
        break;
    case JudgedByColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return judgement.judgedBy;
        if (role == Qt::ToolTipRole && judgement.judgedAt.isValid())
            return tr("Judged by %1 on %2")
                .arg(judgement.judgedBy.toHtmlEscaped(),
                     QLocale().toString(judgement.judgedAt.toLocalTime(), QLocale::ShortFormat));
        break;
    default:
        break;
    }
    return {};
}

QVariant StatementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TextColumn:
        return tr("Statement");
    case RatingColumn:
        return tr("Rating");
    case LastYearColumn:
        return tr("Last year");
    case JudgedByColumn:
        return tr("Judged by");
    default:
        break;
    }
    return {};
}

} // namespace equimark
