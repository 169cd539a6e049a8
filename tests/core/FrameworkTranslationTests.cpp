#include "CatchCompat.h"
#include "DemoDocument.h"
#include "frameworks/FrameworkLoader.h"
#include "frameworks/FrameworkTranslation.h"
#include "storage/FrameworkRepository.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString MarkId = QStringLiteral("lancashire-equality-mark");

QString fixture() {
    return QStringLiteral(EQUIMARK_TEST_DATA "/translations/lancashire-equality-mark_cy.json");
}

Framework shippedMark() {
    auto mark = FrameworkLoader::shipped(MarkId);
    REQUIRE(mark.ok());
    return *mark;
}

QString loadError(const QByteArray& json) {
    auto loaded = FrameworkTranslation::load(json);
    REQUIRE_FALSE(loaded.ok());
    return loaded.errorMessage();
}

// A translation installed where Equimark looks for one, in Qt's test folders, and the
// interface in Welsh; both undone when the test ends.
struct WelshInstalled {
    WelshInstalled() {
        QStandardPaths::setTestModeEnabled(true);
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            QStringLiteral("/equimark/frameworks");
        QDir().mkpath(folder);
        installed = folder + QStringLiteral("/lancashire-equality-mark_cy.json");
        QFile::remove(installed);
        REQUIRE(QFile::copy(fixture(), installed));
        QLocale::setDefault(QLocale(QStringLiteral("cy_GB")));
        FrameworkTranslation::forgetInstalled();
    }
    WelshInstalled(const WelshInstalled&) = delete;
    WelshInstalled& operator=(const WelshInstalled&) = delete;
    ~WelshInstalled() {
        QFile::remove(installed);
        QLocale::setDefault(before);
        FrameworkTranslation::forgetInstalled();
        QStandardPaths::setTestModeEnabled(false);
    }
    QLocale before; // the default locale to go back to
    QString installed;
};

} // namespace

TEST_CASE("a framework translation replaces the wording it knows and nothing else",
          "[frameworks][i18n]") {
    auto translation = FrameworkTranslation::loadFile(fixture());
    REQUIRE(translation.ok());
    CHECK(translation->frameworkId() == MarkId);
    CHECK(translation->language() == u"cy");
    CHECK(translation->size() == 12); // the empty entry is not a translation

    Framework mark = shippedMark();
    const QString englishGuidance = mark.statement(QStringLiteral("leadership.race.1"))->guidance;
    const int translated = translation->apply(mark);
    CHECK(translated == 11);
    CHECK(mark.name == u"Marc Cydraddoldeb Swydd Gaerhirfryn");
    CHECK(mark.strand(QStringLiteral("race"))->name == u"Hil");
    CHECK(mark.strand(QStringLiteral("race"))->badge == u"Bathodyn Cydraddoldeb Hil");
    CHECK(mark.strand(QStringLiteral("disability"))->badge == u"Disability Equality Badge");
    CHECK(mark.element(QStringLiteral("leadership"))->name == u"Arweinyddiaeth a llywodraethu");
    CHECK(mark.statement(QStringLiteral("leadership.race.1"))->text.startsWith(u"Mae gan yr"));
    CHECK(mark.statement(QStringLiteral("leadership.race.1"))->guidance == englishGuidance);
    // Ids are never translated: the school file's records still point at the same things.
    CHECK(mark.strand(QStringLiteral("race"))->id == u"race");
    CHECK(mark.statement(QStringLiteral("leadership.race.1"))->elementId == u"leadership");

    // Wording a school entered itself is not the English the translator saw: kept.
    Framework edited = shippedMark();
    edited.strands.front().name = QStringLiteral("Race and ethnicity");
    translation->apply(edited);
    CHECK(edited.strands.front().name == u"Race and ethnicity");
}

TEST_CASE("a translation template lists every text once and loads as an empty translation",
          "[frameworks][i18n]") {
    const Framework mark = shippedMark();
    const QByteArray json = FrameworkTranslation::templateFor(mark, QStringLiteral("cy"));
    CHECK(json.contains("\"Religion and Belief\""));
    CHECK(json.contains("\"equimark-framework-translation\""));
    CHECK_FALSE(json.contains("\"leadership.race.1\"")); // ids are not for translating
    auto empty = FrameworkTranslation::load(json);
    REQUIRE(empty.ok());
    CHECK(empty->size() == 0);
    const auto coverage = empty->coverage(mark);
    CHECK(coverage.translated == 0);
    CHECK(coverage.texts == json.count("\"source\""));
    CHECK(coverage.texts > int(mark.statements.size()));

    auto partial = FrameworkTranslation::loadFile(fixture());
    REQUIRE(partial.ok());
    const auto partly = partial->coverage(mark);
    CHECK(partly.texts == coverage.texts);
    CHECK(partly.translated == 11);
    CHECK(partly.unmatched == 1);
}

TEST_CASE("a bad translation file is refused with the place of the problem", "[frameworks][i18n]") {
    CHECK(loadError("not json").contains(QStringLiteral("not JSON")));
    CHECK(loadError(R"({"format": "something-else", "framework": "x", "language": "cy",
                       "texts": []})")
              .contains(QStringLiteral("format")));
    CHECK(loadError(R"({"format": "equimark-framework-translation", "language": "cy",
                       "texts": []})")
              .contains(QStringLiteral("framework")));
    const QString twice = loadError(R"({"format": "equimark-framework-translation",
        "framework": "x", "language": "cy", "texts": [
        {"source": "Race", "translation": "Hil"}, {"source": "Race", "translation": "Ras"}]})");
    CHECK(twice.contains(QStringLiteral("texts[1]")));
    CHECK(twice.contains(QStringLiteral("second time")));
    CHECK(loadError(R"({"format": "equimark-framework-translation", "framework": "x",
                       "language": "cy", "texts": [{"translation": "Hil"}]})")
              .contains(QStringLiteral("source")));
}

TEST_CASE("an installed translation shows the framework in the interface's language and "
          "leaves the stored definition in English",
          "[frameworks][i18n]") {
    DemoDocument demo;
    CHECK(demo.document->equalityMark().strand(QStringLiteral("race"))->name == u"Race");
    {
        const WelshInstalled welsh;
        REQUIRE(FrameworkTranslation::installed(MarkId, QLocale()) != nullptr);
        CHECK(FrameworkTranslation::installed(QStringLiteral("race-charter-mark"), QLocale()) ==
              nullptr);
        demo.reopen();
        const Framework& mark = demo.document->equalityMark();
        CHECK(mark.strand(QStringLiteral("race"))->name == u"Hil");
        CHECK(mark.element(QStringLiteral("curriculum"))->name == u"Cwricwlwm");
        // What the file stores is what ships: another user, in English, sees English.
        CHECK(mark.source.contains("\"Race\""));
        CHECK_FALSE(mark.source.contains("\"Hil\""));
    }
    demo.reopen();
    CHECK(demo.document->equalityMark().strand(QStringLiteral("race"))->name == u"Race");
}

TEST_CASE("an installed translation that does not load is skipped", "[frameworks][i18n]") {
    const WelshInstalled welsh;
    QFile broken(welsh.installed);
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ broken");
    broken.close();
    FrameworkTranslation::forgetInstalled();
    CHECK(FrameworkTranslation::installed(MarkId, QLocale()) == nullptr);
    DemoDocument demo;
    CHECK(demo.document->equalityMark().strand(QStringLiteral("race"))->name == u"Race");
}
