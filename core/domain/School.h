#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace equimark {

enum class Phase { Nursery, Primary, Special, ShortStay, Secondary, AllThrough };

// Ids as typed on the command line and stored: nursery, primary, special, short-stay,
// secondary, all-through.
QString phaseId(Phase phase);
std::optional<Phase> phaseFromId(const QString& id);
QString phaseLabel(Phase phase);
QStringList phaseIds();

// The support packages of the Lancashire programme (seed 004).
enum class SupportLevel { Bronze, Silver, Gold };

QString supportLevelId(SupportLevel level);
std::optional<SupportLevel> supportLevelFromId(const QString& id);
QString supportLevelLabel(SupportLevel level);
// What the package includes and its price for the school's phase, as the seed lists it.
QStringList supportLevelIncludes(SupportLevel level);
int supportLevelPricePounds(SupportLevel level, Phase phase);

struct School {
    QString name;
    QString urn; // Unique Reference Number, six digits in England; may be empty
    Phase phase = Phase::Primary;
    QString localAuthority;
    std::optional<SupportLevel> supportLevel;
    QString supportYear;      // academic year of the package, "2026-27"
    QString meetingFrequency; // how often the reference group meets, in the school's words
};

} // namespace equimark
