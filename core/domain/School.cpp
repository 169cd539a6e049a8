#include "domain/School.h"

#include <QCoreApplication>

namespace equimark {

namespace {
constexpr Phase allPhases[] = {Phase::Nursery,   Phase::Primary,   Phase::Special,
                               Phase::ShortStay, Phase::Secondary, Phase::AllThrough};
constexpr SupportLevel allLevels[] = {SupportLevel::Bronze, SupportLevel::Silver,
                                      SupportLevel::Gold};
struct Text {
    Q_DECLARE_TR_FUNCTIONS(School)
};
} // namespace

QString phaseId(Phase phase) {
    switch (phase) {
    case Phase::Nursery:
        return QStringLiteral("nursery");
    case Phase::Primary:
        return QStringLiteral("primary");
    case Phase::Special:
        return QStringLiteral("special");
    case Phase::ShortStay:
        return QStringLiteral("short-stay");
    case Phase::Secondary:
        return QStringLiteral("secondary");
    case Phase::AllThrough:
        return QStringLiteral("all-through");
    }
    return {};
}

std::optional<Phase> phaseFromId(const QString& id) {
    for (auto phase : allPhases) {
        if (phaseId(phase) == id.trimmed().toLower())
            return phase;
    }
    return std::nullopt;
}

QStringList phaseIds() {
    QStringList ids;
    for (auto phase : allPhases)
        ids << phaseId(phase);
    return ids;
}

QString phaseLabel(Phase phase) {
    switch (phase) {
    case Phase::Nursery:
        return Text::tr("Nursery");
    case Phase::Primary:
        return Text::tr("Primary");
    case Phase::Special:
        return Text::tr("Special");
    case Phase::ShortStay:
        return Text::tr("Short stay");
    case Phase::Secondary:
        return Text::tr("Secondary");
    case Phase::AllThrough:
        return Text::tr("All-through");
    }
    return {};
}

QString supportLevelId(SupportLevel level) {
    switch (level) {
    case SupportLevel::Bronze:
        return QStringLiteral("bronze");
    case SupportLevel::Silver:
        return QStringLiteral("silver");
    case SupportLevel::Gold:
        return QStringLiteral("gold");
    }
    return {};
}

std::optional<SupportLevel> supportLevelFromId(const QString& id) {
    for (auto level : allLevels) {
        if (supportLevelId(level) == id.trimmed().toLower())
            return level;
    }
    return std::nullopt;
}

QString supportLevelLabel(SupportLevel level) {
    switch (level) {
    case SupportLevel::Bronze:
        return Text::tr("Bronze");
    case SupportLevel::Silver:
        return Text::tr("Silver");
    case SupportLevel::Gold:
        return Text::tr("Gold");
    }
    return {};
}

QStringList supportLevelIncludes(SupportLevel level) {
    QStringList items{
        Text::tr("Annual advisory or accreditation visit (focus determined by the school)"),
        Text::tr("Full documentation for all strands"),
        Text::tr("Co-ordinator termly network meeting")};
    switch (level) {
    case SupportLevel::Bronze:
        break;
    case SupportLevel::Silver:
        items << Text::tr("Telephone/e-mail support on a goodwill basis, subject to availability")
              << Text::tr("One of: a school-based INSET session per year (up to 2 hours), or a "
                          "second advisory visit (up to half a day)");
        break;
    case SupportLevel::Gold:
        items << Text::tr("Regular telephone/e-mail support")
              << Text::tr("Both: a school-based INSET session per year (up to 2 hours) and a "
                          "second advisory visit (up to half a day)");
        break;
    }
    return items;
}

int supportLevelPricePounds(SupportLevel level, Phase phase) {
    const bool secondary = phase == Phase::Secondary || phase == Phase::AllThrough;
    switch (level) {
    case SupportLevel::Bronze:
        return secondary ? 599 : 399;
    case SupportLevel::Silver:
        return secondary ? 899 : 699;
    case SupportLevel::Gold:
        return secondary ? 1049 : 849;
    }
    return 0;
}

} // namespace equimark
