#include "storage/SummaryGridRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace equimark {

namespace {
const QString cellEntity = QStringLiteral("grid-cell");

QString cellEntityId(const QString& elementId, const QString& strandId) {
    return elementId + QLatin1Char('.') + strandId;
}

Status checkCell(const Framework& framework, const QString& elementId, const QString& strandId) {
    if (auto known = AuditRepository::checkElement(framework, elementId); !known)
        return known;
    return AuditRepository::checkStrand(framework, strandId);
}

QString cleanText(const QString& text) {
    return text.trimmed().isEmpty() ? QString() : text;
}
} // namespace

Result<QHash<GridKey, CellCounts>> SummaryGridRepository::counts(qint64 auditId) {
    auto mark = AuditRepository(m_file).framework(auditId);
    if (!mark)
        return mark.error();
    QHash<GridKey, CellCounts> result;
    QHash<QString, GridKey> cellOf;
    for (const auto& s : (*mark)->statements) {
        const GridKey key(s.elementId, s.strandId);
        ++result[key].unjudged;
        cellOf.insert(s.id, key);
    }
    // One read of the audit; the framework, not the shape of the ids, says which cell a
    // statement belongs to.
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT statement_id, rating FROM judgement "
                                         "WHERE audit_id = ? AND rating <> 'none'"),
                          {auditId});
    if (!query)
        return query.error();
    while (query->next()) {
        const auto key = cellOf.constFind(query->value(0).toString());
        const auto rating = ratingFromId(query->value(1).toString());
        if (key == cellOf.constEnd() || !rating || *rating == Rating::None)
            continue;
        CellCounts& counts = result[*key];
        --counts.unjudged;
        counts.add(*rating);
    }
    return result;
}

Result<QHash<GridKey, GridCell>> SummaryGridRepository::storedCells(qint64 auditId) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT element_id, strand_id, rating, rationale, "
                                         "agreed_by, agreed_at FROM grid_cell WHERE audit_id = ?"),
                          {auditId});
    if (!query)
        return query.error();
    QHash<GridKey, GridCell> result;
    while (query->next()) {
        GridCell cell;
        cell.elementId = query->value(0).toString();
        cell.strandId = query->value(1).toString();
        cell.agreed = ratingFromId(query->value(2).toString()).value_or(Rating::None);
        cell.rationale = query->value(3).toString();
        cell.agreedBy = query->value(4).toString();
        const QVariant at = query->value(5);
        if (!at.isNull())
            cell.agreedAt = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        result.insert(GridKey(cell.elementId, cell.strandId), std::move(cell));
    }
    return result;
}

Result<std::vector<GridCell>> SummaryGridRepository::cells(qint64 auditId) {
    auto mark = AuditRepository(m_file).framework(auditId);
    if (!mark)
        return mark.error();
    auto stored = storedCells(auditId);
    if (!stored)
        return stored.error();
    // In the framework's order, as the grid is printed.
    std::vector<GridCell> result;
    for (const auto& element : (*mark)->elements) {
        for (const auto& strand : (*mark)->strands) {
            const auto it = stored->constFind(GridKey(element.id, strand.id));
            if (it != stored->constEnd())
                result.push_back(*it);
        }
    }
    return result;
}

Result<GridCell> SummaryGridRepository::cell(qint64 auditId, const QString& elementId,
                                             const QString& strandId) {
    auto mark = AuditRepository(m_file).framework(auditId);
    if (!mark)
        return mark.error();
    if (auto known = checkCell(**mark, elementId, strandId); !known)
        return known.error();
    auto stored = storedCells(auditId);
    if (!stored)
        return stored.error();
    GridCell blank;
    blank.elementId = elementId;
    blank.strandId = strandId;
    return stored->value(GridKey(elementId, strandId), blank);
}

Status SummaryGridRepository::setCell(qint64 auditId, const QString& elementId,
                                      const QString& strandId, Rating agreed,
                                      const QString& rationale) {
    auto mark = AuditRepository(m_file).framework(auditId);
    if (!mark)
        return mark.error();
    if (auto known = checkCell(**mark, elementId, strandId); !known)
        return known;
    const QString newRationale = cleanText(rationale);

    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto stored = storedCells(auditId);
    if (!stored)
        return stored.error();
    const GridCell before = stored->value(GridKey(elementId, strandId));
    if (before.agreed == agreed && before.rationale == newRationale)
        return {}; // nothing changed: no write, no history

    if (agreed == Rating::None && newRationale.isEmpty()) {
        auto removed = sql::run(m_file.database(),
                                QStringLiteral("DELETE FROM grid_cell WHERE audit_id = ? AND "
                                               "element_id = ? AND strand_id = ?"),
                                {auditId, elementId, strandId});
        if (!removed)
            return removed.error();
    } else {
        auto written =
            sql::run(m_file.database(),
                     QStringLiteral("INSERT INTO grid_cell (audit_id, element_id, strand_id, "
                                    "rating, rationale, agreed_by, agreed_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (audit_id, element_id, strand_id) DO UPDATE SET "
                                    "rating = excluded.rating, rationale = excluded.rationale, "
                                    "agreed_by = excluded.agreed_by, "
                                    "agreed_at = excluded.agreed_at"),
                     {auditId, elementId, strandId, ratingId(agreed), newRationale,
                      m_file.userName(), sql::timestamp()});
        if (!written)
            return written.error();
    }

    ChangeHistory history(m_file);
    auto audit = AuditRepository(m_file).auditById(auditId);
    if (!audit)
        return audit.error();
    const QString entityId = audit->year.toString() + u'/' + cellEntityId(elementId, strandId);
    if (before.agreed != agreed) {
        if (auto logged = history.record(cellEntity, entityId, QStringLiteral("rating"),
                                         ratingId(before.agreed), ratingId(agreed));
            !logged)
            return logged;
    }
    if (before.rationale != newRationale) {
        if (auto logged = history.record(cellEntity, entityId, QStringLiteral("rationale"),
                                         before.rationale, newRationale);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Result<QHash<GridKey, Rating>> SummaryGridRepository::previousYearRatings(qint64 auditId) {
    auto previous = AuditRepository(m_file).previousAudit(auditId);
    if (!previous)
        return previous.error();
    QHash<GridKey, Rating> result;
    if (!*previous)
        return result;
    auto stored = storedCells((*previous)->id);
    if (!stored)
        return stored.error();
    for (auto it = stored->constBegin(); it != stored->constEnd(); ++it) {
        if (it->agreed != Rating::None)
            result.insert(it.key(), it->agreed);
    }
    return result;
}

Result<QHash<GridKey, Trend>> SummaryGridRepository::trends(qint64 auditId) {
    auto mark = AuditRepository(m_file).framework(auditId);
    if (!mark)
        return mark.error();
    auto previous = previousYearRatings(auditId);
    if (!previous)
        return previous.error();
    auto current = storedCells(auditId);
    if (!current)
        return current.error();
    QHash<GridKey, Trend> result;
    for (const auto& element : (*mark)->elements) {
        for (const auto& strand : (*mark)->strands) {
            const GridKey key(element.id, strand.id);
            result.insert(key, compareRatings(previous->value(key, Rating::None),
                                              current->value(key).agreed));
        }
    }
    return result;
}

} // namespace equimark
