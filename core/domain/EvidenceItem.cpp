#include "domain/EvidenceItem.h"

#include <QCoreApplication>

namespace equimark {

namespace {
constexpr EvidenceKind allKinds[] = {EvidenceKind::Document,    EvidenceKind::Photo,
                                     EvidenceKind::PupilVoice,  EvidenceKind::ParentVoice,
                                     EvidenceKind::StaffVoice,  EvidenceKind::Data,
                                     EvidenceKind::Observation, EvidenceKind::Minutes};
} // namespace

QString evidenceKindId(EvidenceKind kind) {
    switch (kind) {
    case EvidenceKind::Document:
        return QStringLiteral("document");
    case EvidenceKind::Photo:
        return QStringLiteral("photo");
    case EvidenceKind::PupilVoice:
        return QStringLiteral("pupil-voice");
    case EvidenceKind::ParentVoice:
        return QStringLiteral("parent-voice");
    case EvidenceKind::StaffVoice:
        return QStringLiteral("staff-voice");
    case EvidenceKind::Data:
        return QStringLiteral("data");
    case EvidenceKind::Observation:
        return QStringLiteral("observation");
    case EvidenceKind::Minutes:
        return QStringLiteral("minutes");
    }
    return {};
}

std::optional<EvidenceKind> evidenceKindFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto kind : allKinds) {
        if (evidenceKindId(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString evidenceKindLabel(EvidenceKind kind) {
    switch (kind) {
    case EvidenceKind::Document:
        return QCoreApplication::translate("EvidenceItem", "Document");
    case EvidenceKind::Photo:
        return QCoreApplication::translate("EvidenceItem", "Photo");
    case EvidenceKind::PupilVoice:
        return QCoreApplication::translate("EvidenceItem", "Pupil voice");
    case EvidenceKind::ParentVoice:
        return QCoreApplication::translate("EvidenceItem", "Parent voice");
    case EvidenceKind::StaffVoice:
        return QCoreApplication::translate("EvidenceItem", "Staff voice");
    case EvidenceKind::Data:
        return QCoreApplication::translate("EvidenceItem", "Data");
    case EvidenceKind::Observation:
        return QCoreApplication::translate("EvidenceItem", "Observation");
    case EvidenceKind::Minutes:
        return QCoreApplication::translate("EvidenceItem", "Minutes");
    }
    return {};
}

QStringList evidenceKindIds() {
    QStringList ids;
    for (auto kind : allKinds)
        ids << evidenceKindId(kind);
    return ids;
}

} // namespace equimark
