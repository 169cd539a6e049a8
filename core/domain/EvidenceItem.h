#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

enum class EvidenceKind {
    Document,
    Photo,
    PupilVoice,
    ParentVoice,
    StaffVoice,
    Data,
    Observation,
    Minutes
};

// Ids stored in files and typed on the command line: document, photo, pupil-voice,
// parent-voice, staff-voice, data, observation, minutes.
QString evidenceKindId(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromId(const QString& id);
QString evidenceKindLabel(EvidenceKind kind);
QStringList evidenceKindIds();

// What is known about a file stored with a piece of evidence; the bytes stay in the school
// file until asked for (EvidenceRepository::attachmentData).
struct Attachment {
    qint64 id = 0;
    qint64 evidenceId = 0;
    QString fileName; // base name only, never the folder it came from
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lower-case hex
};

// Something that shows the school's equality work has happened or made a difference,
// linked to the audit statements, actions and strands it supports.
struct EvidenceItem {
    qint64 id = 0;
    QString title;
    EvidenceKind kind = EvidenceKind::Document;
    QDate datedOn;
    QString description;
    QString addedBy;
    QDateTime addedAt;
    QStringList statementIds;
    QList<qint64> actionIds;
    QStringList strandIds;
    std::vector<Attachment> attachments;
};

} // namespace equimark
