#include "storage/EvidenceRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMimeDatabase>
#include <QSet>
#include <algorithm>
#include <optional>

namespace equimark {

namespace {

const QString entity = QStringLiteral("evidence");

QStringList cleanIds(const QStringList& ids) {
    QStringList cleaned;
    for (const auto& id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned << trimmed;
    }
    return cleaned;
}

QList<qint64> cleanIds(const QList<qint64>& ids) {
    QList<qint64> cleaned;
    for (auto id : ids) {
        if (!cleaned.contains(id))
            cleaned << id;
    }
    std::sort(cleaned.begin(), cleaned.end());
    return cleaned;
}

// Position of each framework entry, for listing linked ids in framework order.
template <typename Entry> QHash<QString, qsizetype> ranks(const std::vector<Entry>& entries) {
    QHash<QString, qsizetype> rank;
    for (const auto& entry : entries)
        rank.insert(entry.id, static_cast<qsizetype>(rank.size()));
    return rank;
}

// Ids in framework order; ids the framework does not know go last, alphabetically.
void sortByRank(QStringList& ids, const QHash<QString, qsizetype>& rank) {
    const qsizetype unknown = rank.size();
    std::stable_sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        const auto ra = rank.value(a, unknown);
        const auto rb = rank.value(b, unknown);
        return ra != rb ? ra < rb : a < b;
    });
}

QString setText(QStringList ids) {
    ids.sort();
    return ids.join(QStringLiteral(", "));
}

QString setText(const QList<qint64>& ids) {
    QStringList texts;
    for (auto id : cleanIds(ids))
        texts << QString::number(id);
    return texts.join(QStringLiteral(", "));
}

Error noSuchEvidence(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       EvidenceRepository::tr("There is no evidence %1 in this file; it may have "
                                              "been removed.")
                           .arg(id));
}

Error noSuchAttachment(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       EvidenceRepository::tr("There is no attachment %1 in this file; it may "
                                              "have been removed.")
                           .arg(id));
}

QString sha256Hex(const QByteArray& data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Status replaceLinks(QSqlDatabase& db, const QString& table, const QString& column,
                    qint64 evidenceId, const QVariantList& values) {
    // Table and column names come from fixed strings in this file, never from input.
    auto cleared = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE evidence_id = ?").arg(table),
                            {evidenceId});
    if (!cleared)
        return cleared.error();
    for (const auto& value : values) {
        auto linked = sql::run(
            db, QStringLiteral("INSERT INTO %1 (evidence_id, %2) VALUES (?, ?)").arg(table, column),
            {evidenceId, value});
        if (!linked)
            return linked.error();
    }
    return {};
}

QVariantList variants(const QStringList& ids) {
    QVariantList values;
    for (const auto& id : ids)
        values << id;
    return values;
}

QVariantList variants(const QList<qint64>& ids) {
    QVariantList values;
    for (auto id : ids)
        values << id;
    return values;
}

} // namespace

Result<std::vector<EvidenceItem>> EvidenceRepository::all() {
    return fetch({}, {});
}

Result<EvidenceItem> EvidenceRepository::byId(qint64 id) {
    auto found = fetch(QStringLiteral("SELECT ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return noSuchEvidence(id);
    return std::move(found->front());
}

Result<std::vector<EvidenceItem>> EvidenceRepository::forSummary(qint64 summaryId) {
    return fetch(QStringLiteral("SELECT evidence_id FROM summary_evidence WHERE summary_id = ?"),
                 {summaryId});
}

Result<std::vector<EvidenceItem>> EvidenceRepository::evidenceForAction(qint64 actionId) {
    return fetch(QStringLiteral("SELECT evidence_id FROM evidence_action WHERE action_id = ?"),
                 {actionId});
}

Result<std::vector<EvidenceItem>>
EvidenceRepository::evidenceForStatement(const QString& statementId) {
    return fetch(
        QStringLiteral("SELECT evidence_id FROM evidence_statement WHERE statement_id = ?"),
        {statementId.trimmed()});
}

Result<std::vector<EvidenceItem>> EvidenceRepository::fetch(const QString& idQuery,
                                                            const QVariantList& values) {
    auto& db = m_file.database();
    const QString itemFilter =
        idQuery.isEmpty() ? QString() : QStringLiteral(" WHERE id IN (%1)").arg(idQuery);
    const QString linkFilter =
        idQuery.isEmpty() ? QString() : QStringLiteral(" WHERE evidence_id IN (%1)").arg(idQuery);

    auto query = sql::run(
        db,
        QStringLiteral("SELECT id, title, kind, dated_on, description, added_by, added_at FROM "
                       "evidence") +
            itemFilter +
            QStringLiteral(" ORDER BY COALESCE(dated_on, substr(added_at, 1, 10)) DESC, id DESC"),
        values);
    if (!query)
        return query.error();
    std::vector<EvidenceItem> items;
    QHash<qint64, std::size_t> index;
    while (query->next()) {
        EvidenceItem item;
        item.id = query->value(0).toLongLong();
        item.title = query->value(1).toString();
        item.kind = evidenceKindFromId(query->value(2).toString()).value_or(EvidenceKind::Document);
        item.datedOn = sql::toDate(query->value(3));
        item.description = query->value(4).toString();
        item.addedBy = query->value(5).toString();
        item.addedAt = QDateTime::fromString(query->value(6).toString(), Qt::ISODateWithMs);
        index.insert(item.id, items.size());
        items.push_back(std::move(item));
    }
    if (items.empty())
        return items;

    auto links = [&](const QString& table, const QString& column,
                     auto&& store) -> std::optional<Error> {
        auto rows = sql::run(
            db, QStringLiteral("SELECT evidence_id, %1 FROM %2").arg(column, table) + linkFilter,
            values);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            auto at = index.constFind(rows->value(0).toLongLong());
            if (at != index.constEnd())
                store(items[*at], rows->value(1));
        }
        return std::nullopt;
    };
    if (auto failed = links(QStringLiteral("evidence_statement"), QStringLiteral("statement_id"),
                            [](EvidenceItem& item, const QVariant& value) {
                                item.statementIds << value.toString();
                            }))
        return *failed;
    if (auto failed = links(QStringLiteral("evidence_action"), QStringLiteral("action_id"),
                            [](EvidenceItem& item, const QVariant& value) {
                                item.actionIds << value.toLongLong();
                            }))
        return *failed;
    if (auto failed = links(
            QStringLiteral("evidence_strand"), QStringLiteral("strand_id"),
            [](EvidenceItem& item, const QVariant& value) { item.strandIds << value.toString(); }))
        return *failed;

    // Metadata only: the bytes are read one attachment at a time, when asked for.
    auto attachments = sql::run(db,
                                QStringLiteral("SELECT id, evidence_id, file_name, mime_type, "
                                               "size, sha256 FROM attachment") +
                                    linkFilter + QStringLiteral(" ORDER BY id"),
                                values);
    if (!attachments)
        return attachments.error();
    while (attachments->next()) {
        auto at = index.constFind(attachments->value(1).toLongLong());
        if (at == index.constEnd())
            continue;
        Attachment attachment;
        attachment.id = attachments->value(0).toLongLong();
        attachment.evidenceId = attachments->value(1).toLongLong();
        attachment.fileName = attachments->value(2).toString();
        attachment.mimeType = attachments->value(3).toString();
        attachment.size = attachments->value(4).toLongLong();
        attachment.sha256 = attachments->value(5).toString();
        items[*at].attachments.push_back(std::move(attachment));
    }

    // Reading never fails for want of the framework: links then come back alphabetical.
    QHash<QString, qsizetype> statementRank;
    QHash<QString, qsizetype> strandRank;
    if (auto framework = FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark)) {
        statementRank = ranks(framework->statements);
        strandRank = ranks(framework->strands);
    }
    for (auto& item : items) {
        sortByRank(item.statementIds, statementRank);
        sortByRank(item.strandIds, strandRank);
        std::sort(item.actionIds.begin(), item.actionIds.end());
    }
    return items;
}

Status EvidenceRepository::validate(const EvidenceItem& item) {
    if (item.title.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("The evidence needs a title."));
    const QStringList statements = cleanIds(item.statementIds);
    const QStringList strands = cleanIds(item.strandIds);
    if (!statements.isEmpty() || !strands.isEmpty()) {
        auto framework = FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark);
        if (!framework)
            return framework.error();
        for (const auto& id : statements) {
            if (!framework->statement(id))
                return Error::make(
                    Error::Code::Invalid,
                    tr("\"%1\" is not an audit statement of the %2.").arg(id, framework->name));
        }
        for (const auto& id : strands) {
            if (!framework->strand(id))
                return Error::make(
                    Error::Code::Invalid,
                    tr("\"%1\" is not an equality strand of the %2.").arg(id, framework->name));
        }
    }
    for (auto id : cleanIds(item.actionIds)) {
        auto found =
            sql::run(m_file.database(), QStringLiteral("SELECT 1 FROM action WHERE id = ?"), {id});
        if (!found)
            return found.error();
        if (!found->next())
            return Error::make(Error::Code::Invalid,
                               tr("There is no action %1 in this file to link the evidence "
                                  "\"%2\" to.")
                                   .arg(id)
                                   .arg(item.title.trimmed()));
    }
    return {};
}

Result<qint64> EvidenceRepository::add(const EvidenceItem& item) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto valid = validate(item); !valid)
        return valid.error();

    auto& db = m_file.database();
    auto inserted =
        sql::run(db,
                 QStringLiteral("INSERT INTO evidence (title, kind, dated_on, "
                                "description, added_by, added_at) VALUES (?, ?, ?, ?, "
                                "?, ?)"),
                 {item.title.trimmed(), evidenceKindId(item.kind), sql::date(item.datedOn),
                  item.description, m_file.userName(), sql::timestamp()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();

    if (auto linked =
            replaceLinks(db, QStringLiteral("evidence_statement"), QStringLiteral("statement_id"),
                         id, variants(cleanIds(item.statementIds)));
        !linked)
        return linked.error();
    if (auto linked =
            replaceLinks(db, QStringLiteral("evidence_action"), QStringLiteral("action_id"), id,
                         variants(cleanIds(item.actionIds)));
        !linked)
        return linked.error();
    if (auto linked =
            replaceLinks(db, QStringLiteral("evidence_strand"), QStringLiteral("strand_id"), id,
                         variants(cleanIds(item.strandIds)));
        !linked)
        return linked.error();
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(id), QString(),
                                                   QVariant(), item.title.trimmed());
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status EvidenceRepository::update(const EvidenceItem& item) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = byId(item.id);
    if (!current)
        return current.error();
    if (auto valid = validate(item); !valid)
        return valid;

    struct Field {
        const char* column;
        QVariant before;
        QVariant after;
    };
    const Field fields[] = {
        {"title", current->title, item.title.trimmed()},
        {"kind", evidenceKindId(current->kind), evidenceKindId(item.kind)},
        {"dated_on", sql::date(current->datedOn), sql::date(item.datedOn)},
        {"description", current->description, item.description},
    };
    auto& db = m_file.database();
    ChangeHistory history(m_file);
    const QString id = QString::number(item.id);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written =
            sql::run(db, QStringLiteral("UPDATE evidence SET %1 = ? WHERE id = ?").arg(column),
                     {field.after, item.id});
        if (!written)
            return written.error();
        if (auto logged = history.record(entity, id, column, field.before, field.after); !logged)
            return logged;
    }

    struct Links {
        const char* table;
        const char* column;
        const char* field;
        QString before;
        QString after;
        QVariantList values;
    };
    const Links links[] = {
        {"evidence_statement", "statement_id", "statements", setText(current->statementIds),
         setText(cleanIds(item.statementIds)), variants(cleanIds(item.statementIds))},
        {"evidence_action", "action_id", "actions", setText(current->actionIds),
         setText(item.actionIds), variants(cleanIds(item.actionIds))},
        {"evidence_strand", "strand_id", "strands", setText(current->strandIds),
         setText(cleanIds(item.strandIds)), variants(cleanIds(item.strandIds))},
    };
    for (const auto& link : links) {
        if (link.before == link.after)
            continue;
        if (auto replaced = replaceLinks(db, QLatin1String(link.table), QLatin1String(link.column),
                                         item.id, link.values);
            !replaced)
            return replaced;
        if (auto logged =
                history.record(entity, id, QLatin1String(link.field), link.before, link.after);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status EvidenceRepository::remove(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto found = sql::run(db, QStringLiteral("SELECT title FROM evidence WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchEvidence(id);
    const QString title = found->value(0).toString();
    // Attachments and links go with it (ON DELETE CASCADE).
    auto removed = sql::run(db, QStringLiteral("DELETE FROM evidence WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged =
            ChangeHistory(m_file).record(entity, QString::number(id), QString(), title, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<qint64> EvidenceRepository::addAttachment(qint64 evidenceId, const QString& fileName,
                                                 const QByteArray& data, const QString& mimeType) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // A path typed on Windows may reach us on any system: keep only the last part.
    QString path = fileName.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString name = QFileInfo(path).fileName().trimmed();
    if (name.isEmpty())
        return Error::make(Error::Code::Invalid, tr("The attachment needs a file name."));
    if (data.size() > MaxAttachmentBytes)
        return Error::make(
            Error::Code::Invalid,
            tr("\"%1\" is %2 MB. Files over %3 MB cannot be kept in the school file, because it "
               "would become too large to copy or e-mail; attach a smaller copy instead.")
                .arg(name, QLocale().toString(double(data.size()) / (1024.0 * 1024.0), 'f', 1),
                     QLocale().toString(MaxAttachmentBytes / (1024 * 1024))));

    auto& db = m_file.database();
    auto found = sql::run(db, QStringLiteral("SELECT 1 FROM evidence WHERE id = ?"), {evidenceId});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchEvidence(evidenceId);

    QString mime = mimeType.trimmed();
    if (mime.isEmpty())
        mime = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name();
    // A null QByteArray would be bound as NULL; an empty file is still a file.
    const QByteArray bytes = data.isNull() ? QByteArray("", 0) : data;
    auto inserted =
        sql::run(db,
                 QStringLiteral("INSERT INTO attachment (evidence_id, file_name, "
                                "mime_type, size, sha256, data) VALUES (?, ?, ?, ?, "
                                "?, ?)"),
                 {evidenceId, name, mime, qint64(bytes.size()), sha256Hex(bytes), bytes});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(evidenceId),
                                                   QStringLiteral("attachment"), QVariant(), name);
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QByteArray> EvidenceRepository::attachmentData(qint64 attachmentId) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT file_name, sha256, data FROM attachment WHERE "
                                         "id = ?"),
                          {attachmentId});
    if (!query)
        return query.error();
    if (!query->next())
        return noSuchAttachment(attachmentId);
    QByteArray data = query->value(2).toByteArray();
    if (sha256Hex(data) != query->value(1).toString())
        return Error::make(Error::Code::Damaged,
                           tr("The attached file \"%1\" is damaged: its contents no longer "
                              "match what was stored.")
                               .arg(query->value(0).toString()));
    return data;
}

Status EvidenceRepository::removeAttachment(qint64 attachmentId) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto found =
        sql::run(db, QStringLiteral("SELECT evidence_id, file_name FROM attachment WHERE id = ?"),
                 {attachmentId});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchAttachment(attachmentId);
    const QString evidenceId = found->value(0).toString();
    const QString name = found->value(1).toString();
    auto removed =
        sql::run(db, QStringLiteral("DELETE FROM attachment WHERE id = ?"), {attachmentId});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(entity, evidenceId, QStringLiteral("attachment"),
                                                   name, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace equimark

namespace equimark {

namespace {

Status insertAttachment(QSqlDatabase& db, const Attachment& attachment, const QByteArray& data) {
    const QByteArray bytes = data.isNull() ? QByteArray("", 0) : data;
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO attachment (id, evidence_id, file_name, "
                                            "mime_type, size, sha256, data) VALUES (?, ?, ?, ?, "
                                            "?, ?, ?)"),
                             {attachment.id, attachment.evidenceId, attachment.fileName,
                              attachment.mimeType, qint64(bytes.size()), sha256Hex(bytes), bytes});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace

Result<Attachment> EvidenceRepository::attachment(qint64 attachmentId) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT evidence_id, file_name, mime_type, size, sha256 "
                                         "FROM attachment WHERE id = ?"),
                          {attachmentId});
    if (!query)
        return query.error();
    if (!query->next())
        return noSuchAttachment(attachmentId);
    Attachment found;
    found.id = attachmentId;
    found.evidenceId = query->value(0).toLongLong();
    found.fileName = query->value(1).toString();
    found.mimeType = query->value(2).toString();
    found.size = query->value(3).toLongLong();
    found.sha256 = query->value(4).toString();
    return found;
}

Result<EvidenceRecord> EvidenceRepository::record(qint64 id) {
    auto item = byId(id);
    if (!item)
        return item.error();
    EvidenceRecord record;
    record.item = std::move(*item);
    auto& db = m_file.database();
    auto addedAt = sql::run(db, QStringLiteral("SELECT added_at FROM evidence WHERE id = ?"), {id});
    if (!addedAt)
        return addedAt.error();
    if (addedAt->next())
        record.addedAt = addedAt->value(0).toString();
    for (const auto& attachment : record.item.attachments) {
        auto data = attachmentData(attachment.id);
        if (!data)
            return data.error();
        record.contents.push_back(std::move(*data));
    }
    auto summaries = sql::run(
        db,
        QStringLiteral("SELECT summary_id FROM summary_evidence WHERE evidence_id = ? ORDER BY "
                       "summary_id"),
        {id});
    if (!summaries)
        return summaries.error();
    while (summaries->next())
        record.summaryIds << summaries->value(0).toLongLong();
    auto criteria = sql::run(db,
                             QStringLiteral("SELECT framework_id, criterion_id FROM "
                                            "charter_evidence WHERE evidence_id = ? ORDER BY 1, 2"),
                             {id});
    if (!criteria)
        return criteria.error();
    while (criteria->next())
        record.charterCriteria.emplace_back(criteria->value(0).toString(),
                                            criteria->value(1).toString());
    auto impacts = sql::run(
        db,
        QStringLiteral("SELECT impact_id FROM impact_evidence WHERE evidence_id = ? ORDER BY 1"),
        {id});
    if (!impacts)
        return impacts.error();
    while (impacts->next())
        record.impactIds << impacts->value(0).toLongLong();
    return record;
}

Status EvidenceRepository::restore(const EvidenceRecord& record) {
    const EvidenceItem& item = record.item;
    if (item.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only evidence that was removed can be put back."));
    if (record.contents.size() != item.attachments.size())
        return Error::make(Error::Code::Invalid,
                           tr("The removed evidence \"%1\" cannot be put back: the contents of "
                              "its attachments were not kept.")
                               .arg(item.title));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO evidence (id, title, kind, dated_on, "
                                            "description, added_by, added_at) VALUES (?, ?, ?, "
                                            "?, ?, ?, ?)"),
                             {item.id, item.title.trimmed(), evidenceKindId(item.kind),
                              sql::date(item.datedOn), item.description, item.addedBy,
                              record.addedAt.isEmpty() ? sql::timestamp() : record.addedAt});
    if (!inserted)
        return inserted.error();
    if (auto linked =
            replaceLinks(db, QStringLiteral("evidence_statement"), QStringLiteral("statement_id"),
                         item.id, variants(cleanIds(item.statementIds)));
        !linked)
        return linked;
    if (auto linked =
            replaceLinks(db, QStringLiteral("evidence_strand"), QStringLiteral("strand_id"),
                         item.id, variants(cleanIds(item.strandIds)));
        !linked)
        return linked;
    // Actions and summaries removed since then are not brought back with the evidence.
    for (qint64 actionId : cleanIds(item.actionIds)) {
        auto linked = sql::run(db,
                               QStringLiteral("INSERT INTO evidence_action (evidence_id, "
                                              "action_id) SELECT ?, id FROM action WHERE id = ?"),
                               {item.id, actionId});
        if (!linked)
            return linked.error();
    }
    for (qint64 summaryId : cleanIds(record.summaryIds)) {
        auto linked = sql::run(db,
                               QStringLiteral("INSERT INTO summary_evidence (summary_id, "
                                              "evidence_id) SELECT id, ? FROM "
                                              "accreditation_summary WHERE id = ?"),
                               {item.id, summaryId});
        if (!linked)
            return linked.error();
    }
    for (const auto& [frameworkId, criterionId] : record.charterCriteria) {
        auto linked =
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO charter_evidence (framework_id, "
                                    "criterion_id, evidence_id) VALUES (?, ?, ?)"),
                     {frameworkId, criterionId, item.id});
        if (!linked)
            return linked.error();
    }
    for (qint64 impactId : cleanIds(record.impactIds)) {
        auto linked = sql::run(db,
                               QStringLiteral("INSERT INTO impact_evidence (impact_id, "
                                              "evidence_id) SELECT id, ? FROM impact_item WHERE "
                                              "id = ?"),
                               {item.id, impactId});
        if (!linked)
            return linked.error();
    }
    for (std::size_t i = 0; i < item.attachments.size(); ++i) {
        Attachment attachment = item.attachments[i];
        attachment.evidenceId = item.id;
        if (auto written = insertAttachment(db, attachment, record.contents[i]); !written)
            return written;
    }
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(item.id), QString(),
                                                   QVariant(), item.title.trimmed());
        !logged)
        return logged;
    return transaction.commit();
}

Status EvidenceRepository::restoreAttachment(const Attachment& attachment, const QByteArray& data) {
    if (attachment.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only an attachment that was removed can be put back."));
    if (!attachment.sha256.isEmpty() && sha256Hex(data) != attachment.sha256)
        return Error::make(Error::Code::Damaged,
                           tr("The attached file \"%1\" cannot be put back: its contents no "
                              "longer match what was stored.")
                               .arg(attachment.fileName));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto found = sql::run(db, QStringLiteral("SELECT 1 FROM evidence WHERE id = ?"),
                          {attachment.evidenceId});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchEvidence(attachment.evidenceId);
    if (auto written = insertAttachment(db, attachment, data); !written)
        return written;
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(attachment.evidenceId),
                                                   QStringLiteral("attachment"), QVariant(),
                                                   attachment.fileName);
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace equimark
