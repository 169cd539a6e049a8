#pragma once

#include "Result.h"
#include "domain/EvidenceItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVariantList>
#include <utility>
#include <vector>

namespace equimark {

class SchoolFile;

// Everything that goes when evidence is removed, so that undoing the removal puts back
// exactly what was there: the item with its links, its attachments with their bytes, and the
// accreditation summaries that cited it.
struct EvidenceRecord {
    EvidenceItem item;
    QString addedAt;                  // as stored, to put back unchanged
    std::vector<QByteArray> contents; // one per item.attachments, in the same order
    QList<qint64> summaryIds;
    // RACE Charter criteria (framework id, criterion id) and portfolio impact items citing it.
    std::vector<std::pair<QString, QString>> charterCriteria;
    QList<qint64> impactIds;
};

// The evidence store: items of evidence, their links to audit statements, actions and
// strands, and the files attached to them (kept inside the school file as BLOBs).
class EvidenceRepository {
    Q_DECLARE_TR_FUNCTIONS(EvidenceRepository)

public:
    // Bigger files make the school file too large to e-mail or copy to a memory stick.
    static constexpr qint64 MaxAttachmentBytes = 100LL * 1024 * 1024;

    explicit EvidenceRepository(SchoolFile& file)
        : m_file(file) {}

    // Newest first (by the date on the evidence, or the day it was added when undated),
    // with links and attachment metadata. A fixed number of queries however much evidence
    // the file holds.
    Result<std::vector<EvidenceItem>> all();
    Result<EvidenceItem> byId(qint64 id);
    // The evidence linked to an accreditation summary, in the order all() gives it.
    Result<std::vector<EvidenceItem>> forSummary(qint64 summaryId);
    Result<std::vector<EvidenceItem>> evidenceForAction(qint64 actionId);
    Result<std::vector<EvidenceItem>> evidenceForStatement(const QString& statementId);

    // Checks the title, the statement and strand ids against the file's equality-mark
    // framework and that the actions exist; records the file's user. Attachments are
    // ignored: add them with addAttachment().
    Result<qint64> add(const EvidenceItem& item);
    // Writes only what differs; statement, action and strand links are replaced as sets.
    Status update(const EvidenceItem& item);
    // Removes the evidence with its attachments and links.
    Status remove(qint64 id);

    // Stores `data` under the base name of `fileName`, with its size and SHA-256. An empty
    // `mimeType` is guessed from the name. Files over MaxAttachmentBytes are refused.
    Result<qint64> addAttachment(qint64 evidenceId, const QString& fileName, const QByteArray& data,
                                 const QString& mimeType = {});
    // The stored bytes, checked against the recorded SHA-256.
    Result<QByteArray> attachmentData(qint64 attachmentId);
    Status removeAttachment(qint64 attachmentId);
    Result<Attachment> attachment(qint64 attachmentId); // metadata only

    // What removing the evidence would take away (see EvidenceRecord).
    Result<EvidenceRecord> record(qint64 id);
    // Puts removed evidence back under its original ids, attachments included. Links to
    // actions or summaries removed in the meantime are left out.
    Status restore(const EvidenceRecord& record);
    // Puts a removed attachment back under its original id, checking the bytes against the
    // recorded SHA-256.
    Status restoreAttachment(const Attachment& attachment, const QByteArray& data);

private:
    // Evidence whose ids `idQuery` selects (a fixed SQL fragment from this class, never
    // user input), or all evidence when it is empty.
    Result<std::vector<EvidenceItem>> fetch(const QString& idQuery, const QVariantList& values);
    Status validate(const EvidenceItem& item);

    SchoolFile& m_file;
};

} // namespace equimark
