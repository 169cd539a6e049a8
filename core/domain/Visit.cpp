#include "domain/Visit.h"

#include <QCoreApplication>

namespace equimark {

QString visitKindId(VisitKind kind) {
    return kind == VisitKind::Accreditation ? QStringLiteral("accreditation")
                                            : QStringLiteral("advisory");
}

std::optional<VisitKind> visitKindFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto kind : {VisitKind::Advisory, VisitKind::Accreditation}) {
        if (visitKindId(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString visitKindLabel(VisitKind kind) {
    return kind == VisitKind::Accreditation
               ? QCoreApplication::translate("Visit", "Accreditation visit")
               : QCoreApplication::translate("Visit", "Advisory visit");
}

QString metWithId(MetWith with) {
    switch (with) {
    case MetWith::Staff:
        return QStringLiteral("staff");
    case MetWith::Parents:
        return QStringLiteral("parents");
    case MetWith::Governors:
        return QStringLiteral("governors");
    case MetWith::Other:
        return QStringLiteral("other");
    case MetWith::Pupils:
        break;
    }
    return QStringLiteral("pupils");
}

std::optional<MetWith> metWithFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto with :
         {MetWith::Pupils, MetWith::Staff, MetWith::Parents, MetWith::Governors, MetWith::Other}) {
        if (metWithId(with) == key)
            return with;
    }
    return std::nullopt;
}

QString metWithLabel(MetWith with) {
    switch (with) {
    case MetWith::Staff:
        return QCoreApplication::translate("Visit", "Staff");
    case MetWith::Parents:
        return QCoreApplication::translate("Visit", "Parents and carers");
    case MetWith::Governors:
        return QCoreApplication::translate("Visit", "Governors");
    case MetWith::Other:
        return QCoreApplication::translate("Visit", "Others");
    case MetWith::Pupils:
        break;
    }
    return QCoreApplication::translate("Visit", "Pupils");
}

QStringList metWithIds() {
    return {QStringLiteral("pupils"), QStringLiteral("staff"), QStringLiteral("parents"),
            QStringLiteral("governors"), QStringLiteral("other")};
}

} // namespace equimark
