#include "CatchCompat.h"
#include "domain/School.h"
#include "frameworks/FrameworkLoader.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

using namespace equimark;

// Strings outside a class (School's phase names, the framework checker's messages) are
// looked up under the context lupdate filed them in; a mismatch shows English in Welsh.
TEST_CASE("Welsh reaches the strings that live outside classes", "[i18n]") {
    const Translations welsh(QLocale(QStringLiteral("cy_GB")));
    REQUIRE(welsh.translated());
    CHECK(phaseLabel(Phase::Primary) == u"Cynradd");
    CHECK(supportLevelLabel(SupportLevel::Gold) != u"Gold");

    const auto loaded = FrameworkLoader::load(QByteArrayLiteral(R"({"id": "x"})"));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(QStringLiteral("ar goll")));
}

TEST_CASE("English needs no translation but keeps its plural forms", "[i18n]") {
    const Translations english(QLocale(QStringLiteral("en_GB")));
    CHECK_FALSE(english.translated());
    CHECK(phaseLabel(Phase::Primary) == u"Primary");
    CHECK(QCoreApplication::translate("FileCommands", "%1 has %n problem(s).", nullptr, 1)
              .arg(QStringLiteral("x")) == u"x has 1 problem.");
}

TEST_CASE("a language Equimark does not ship falls back to English", "[i18n]") {
    const Translations japanese(QLocale(QLocale::Japanese));
    CHECK_FALSE(japanese.translated());
    CHECK(phaseLabel(Phase::Secondary) == u"Secondary");
}
