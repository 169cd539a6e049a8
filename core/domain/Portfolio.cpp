#include "domain/Portfolio.h"

#include <QCoreApplication>

namespace equimark {

namespace {
constexpr PortfolioStatus allStatuses[] = {PortfolioStatus::Drafting, PortfolioStatus::Submitted,
                                           PortfolioStatus::Moderated, PortfolioStatus::Accredited};
constexpr SelfAssessment allLevels[] = {SelfAssessment::NotAssessed, SelfAssessment::NotYet,
                                        SelfAssessment::Developing, SelfAssessment::Secure,
                                        SelfAssessment::Strength};
} // namespace

QString portfolioStatusId(PortfolioStatus status) {
    switch (status) {
    case PortfolioStatus::Drafting:
        return QStringLiteral("drafting");
    case PortfolioStatus::Submitted:
        return QStringLiteral("submitted");
    case PortfolioStatus::Moderated:
        return QStringLiteral("moderated");
    case PortfolioStatus::Accredited:
        return QStringLiteral("accredited");
    }
    return {};
}

std::optional<PortfolioStatus> portfolioStatusFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto status : allStatuses) {
        if (portfolioStatusId(status) == key)
            return status;
    }
    return std::nullopt;
}

QString portfolioStatusLabel(PortfolioStatus status) {
    switch (status) {
    case PortfolioStatus::Drafting:
        return QCoreApplication::translate("Portfolio", "Drafting");
    case PortfolioStatus::Submitted:
        return QCoreApplication::translate("Portfolio", "Submitted");
    case PortfolioStatus::Moderated:
        return QCoreApplication::translate("Portfolio", "Moderated");
    case PortfolioStatus::Accredited:
        return QCoreApplication::translate("Portfolio", "Accredited");
    }
    return {};
}

QString selfAssessmentId(SelfAssessment level) {
    switch (level) {
    case SelfAssessment::NotAssessed:
        return QString();
    case SelfAssessment::NotYet:
        return QStringLiteral("not-yet");
    case SelfAssessment::Developing:
        return QStringLiteral("developing");
    case SelfAssessment::Secure:
        return QStringLiteral("secure");
    case SelfAssessment::Strength:
        return QStringLiteral("strength");
    }
    return {};
}

std::optional<SelfAssessment> selfAssessmentFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto level : allLevels) {
        if (selfAssessmentId(level) == key)
            return level;
    }
    return std::nullopt;
}

QString selfAssessmentLabel(SelfAssessment level) {
    switch (level) {
    case SelfAssessment::NotAssessed:
        return QCoreApplication::translate("Portfolio", "Not assessed yet");
    case SelfAssessment::NotYet:
        return QCoreApplication::translate("Portfolio", "Not yet");
    case SelfAssessment::Developing:
        return QCoreApplication::translate("Portfolio", "Developing");
    case SelfAssessment::Secure:
        return QCoreApplication::translate("Portfolio", "Secure");
    case SelfAssessment::Strength:
        return QCoreApplication::translate("Portfolio", "Strength");
    }
    return {};
}

QDate Portfolio::expiresOn(int accreditationYears) const {
    if (status != PortfolioStatus::Accredited || !accreditedOn.isValid())
        return {};
    return accreditedOn.addYears(accreditationYears);
}

std::optional<qint64> Portfolio::daysToGateway(const QDate& today) const {
    if (!gatewayOn.isValid() || !today.isValid())
        return std::nullopt;
    return today.daysTo(gatewayOn);
}

const StandardAssessment* Portfolio::assessment(const QString& standardId) const {
    for (const auto& assessment : assessments) {
        if (assessment.standardId == standardId)
            return &assessment;
    }
    return nullptr;
}

} // namespace equimark
