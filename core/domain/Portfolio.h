#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

enum class PortfolioStatus { Drafting, Submitted, Moderated, Accredited };

// Ids stored in files: drafting, submitted, moderated, accredited.
QString portfolioStatusId(PortfolioStatus status);
std::optional<PortfolioStatus> portfolioStatusFromId(const QString& id);
QString portfolioStatusLabel(PortfolioStatus status);

// The practitioner's own rating against one LP standard. Equimark's scale, not SSAT's.
enum class SelfAssessment { NotAssessed, NotYet, Developing, Secure, Strength };

// Ids stored in files: "" (not assessed), not-yet, developing, secure, strength.
QString selfAssessmentId(SelfAssessment level);
std::optional<SelfAssessment> selfAssessmentFromId(const QString& id);
QString selfAssessmentLabel(SelfAssessment level);

struct StandardAssessment {
    QString standardId; // S1..S10
    SelfAssessment level = SelfAssessment::NotAssessed;
    QString note;
};

// One Lead Practitioner accreditation attempt by one practitioner.
struct Portfolio {
    qint64 id = 0;
    qint64 practitionerId = 0;
    QString frameworkId; // the race-charter framework whose standards and criteria it maps to
    QString programme;   // e.g. "RACE Lead Practitioner accreditation"
    QDate gatewayOn;     // the moderation gateway aimed for
    PortfolioStatus status = PortfolioStatus::Drafting;
    QDate submittedOn;
    QDate accreditedOn;
    QDateTime createdAt;
    // Only standards the practitioner has rated or written about, in framework order.
    std::vector<StandardAssessment> assessments;
    // Answers to the framework's reflective prompts, by prompt index (may be shorter).
    QStringList reflections;

    // accreditedOn + years; invalid unless accredited.
    QDate expiresOn(int accreditationYears) const;
    // Days from `today` to the gateway (negative once past); nullopt without a gateway.
    std::optional<qint64> daysToGateway(const QDate& today) const;
    const StandardAssessment* assessment(const QString& standardId) const;
};

} // namespace equimark
