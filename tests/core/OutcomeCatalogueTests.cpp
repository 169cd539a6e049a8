#include "CatchCompat.h"
#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"
#include "frameworks/FrameworkLoader.h"
#include "i18n/Translations.h"

#include <QSet>

using namespace equimark;

TEST_CASE("every outcome measure the ambitions name is defined, once", "[analysis]") {
    QSet<QString> ids;
    for (const OutcomeMeasure& measure : OutcomeMeasure::all()) {
        INFO(measure.id().toStdString());
        CHECK_FALSE(ids.contains(measure.id()));
        ids.insert(measure.id());
        CHECK_FALSE(measure.name().isEmpty());
        CHECK_FALSE(measure.countName().isEmpty());
        CHECK_FALSE(measure.baseName().isEmpty());
        CHECK(measure.definition().size() > 30);
    }
    auto ambitions = FrameworkLoader::shipped(QStringLiteral("race-equality-ambitions"));
    REQUIRE(ambitions.ok());
    int named = 0;
    for (const Ambition& ambition : ambitions->ambitions) {
        for (const AmbitionCriterion& criterion : ambition.criteria) {
            // Training coverage comes from the staff training records, not from counts.
            if (criterion.measure.isEmpty() || criterion.measure == u"cpd-coverage")
                continue;
            INFO(criterion.id.toStdString() << " names " << criterion.measure.toStdString());
            CHECK(OutcomeMeasure::find(criterion.measure) != nullptr);
            ++named;
        }
    }
    CHECK(named >= 6);
    CHECK(OutcomeMeasure::find(QStringLiteral("suspensions"))->kind() ==
          OutcomeMeasure::Kind::Rate);
    CHECK(OutcomeMeasure::find(QStringLiteral("attainment8"))->kind() ==
          OutcomeMeasure::Kind::Average);
    CHECK_FALSE(OutcomeMeasure::find(QStringLiteral("attendance"))->higherIsBetter());
    CHECK(OutcomeMeasure::find(QStringLiteral("gcse-em-5"))->higherIsBetter());
    CHECK(OutcomeMeasure::find(QStringLiteral("no-such-measure")) == nullptr);
}

TEST_CASE("the census ethnic groups, refused and not obtained included, are found by code or "
          "name",
          "[analysis]") {
    const auto& groups = EthnicGroup::all();
    CHECK(groups.size() == 20);
    QSet<QString> codes;
    QStringList focus;
    for (const EthnicGroup& group : groups) {
        CHECK_FALSE(codes.contains(group.code()));
        codes.insert(group.code());
        if (group.focus())
            focus << group.code();
    }
    CHECK(codes.contains(QStringLiteral("REFU")));
    CHECK(codes.contains(QStringLiteral("NOBT")));
    CHECK(focus == QStringList{QStringLiteral("MWBC"), QStringLiteral("BCRB")});
    CHECK(EthnicGroup::find(QStringLiteral("bcrb"))->name() == u"Black Caribbean");
    CHECK(EthnicGroup::find(QStringLiteral(" white and black caribbean "))->code() == u"MWBC");
    CHECK(EthnicGroup::find(QStringLiteral("Martian")) == nullptr);
}

TEST_CASE("measure and group names follow the interface's language", "[analysis][i18n]") {
    const Translations welsh(QLocale(QStringLiteral("cy_GB")));
    const EthnicGroup* group = EthnicGroup::find(QStringLiteral("BCRB"));
    REQUIRE(group);
    CHECK(group->name() != u"Black Caribbean");
    CHECK(EthnicGroup::find(group->name()) == group); // the Welsh name finds it too
    CHECK(EthnicGroup::find(QStringLiteral("Black Caribbean")) == group);
    CHECK(OutcomeMeasure::find(QStringLiteral("attendance"))->name() != u"Absence");
}
