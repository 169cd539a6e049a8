#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "frameworks/FrameworkLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace equimark;

namespace {

QJsonObject shippedJson(const QString& id) {
    return QJsonDocument::fromJson(FrameworkLoader::shipped(id)->source).object();
}

// Loads a modified copy of the shipped equality mark and returns the error message.
QString errorAfter(const std::function<void(QJsonObject&)>& edit,
                   const QString& id = QStringLiteral("lancashire-equality-mark")) {
    QJsonObject root = shippedJson(id);
    edit(root);
    auto loaded = FrameworkLoader::load(QJsonDocument(root).toJson());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == Error::Code::Invalid);
    return loaded.errorMessage();
}

} // namespace

TEST_CASE("the Lancashire Equality Mark ships with six strands and a full audit grid",
          "[frameworks]") {
    const Framework& mark = test::equalityMark();
    QStringList strandIds;
    for (const auto& strand : mark.strands)
        strandIds << strand.id;
    CHECK(strandIds == QStringList{QStringLiteral("race"), QStringLiteral("gender"),
                                   QStringLiteral("disability"), QStringLiteral("socio-economic"),
                                   QStringLiteral("sexual-orientation"),
                                   QStringLiteral("religion-belief")});
    CHECK(mark.elements.size() >= 8);
    for (const auto& element : mark.elements) {
        for (const auto& strand : mark.strands) {
            const auto cell = mark.statementsFor(element.id, strand.id);
            CAPTURE(element.id, strand.id);
            CHECK(cell.size() >= 2);
            CHECK(cell.size() <= 5);
        }
    }
    CHECK(mark.awardRules.markRequiresAllStrands);
    CHECK(mark.awardRules.markWindowYears == 3);
    CHECK(mark.awardRules.reaccreditationYears == 3);
    CHECK(mark.ratingScale.size() == 3);
    CHECK(mark.notes.contains(QStringLiteral("five")));
}

TEST_CASE("the RACE Charter Mark ships only the wording that is public", "[frameworks]") {
    auto charter = FrameworkLoader::shipped(QStringLiteral("race-charter-mark"));
    REQUIRE(charter.ok());
    CHECK_FALSE(charter->textComplete);
    QStringList criteria;
    for (const auto& section : charter->sections)
        for (const auto& criterion : section.criteria)
            criteria << criterion.id;
    CHECK(criteria == QStringList{QStringLiteral("1.1"), QStringLiteral("1.2"),
                                  QStringLiteral("1.3"), QStringLiteral("1.4")});
    CHECK(charter->lpStandards.size() == 10);
    int known = 0;
    for (const auto& standard : charter->lpStandards)
        known += standard.textKnown ? 1 : 0;
    CHECK(known == 2);
    CHECK(charter->reflectivePrompts.size() == 4);
    CHECK(charter->sections.front().criteria.front().lpMapping.front().standardId == u"S3");
}

TEST_CASE("the race equality leadership ambitions ship as five ambitions", "[frameworks]") {
    auto ambitions = FrameworkLoader::shipped(QStringLiteral("race-equality-ambitions"));
    REQUIRE(ambitions.ok());
    REQUIRE(ambitions->ambitions.size() == 5);
    CHECK(ambitions->ambitions.front().title.startsWith(QStringLiteral("Leadership")));
    int measured = 0;
    for (const auto& ambition : ambitions->ambitions)
        for (const auto& criterion : ambition.criteria)
            measured += criterion.measure.isEmpty() ? 0 : 1;
    CHECK(measured >= 6);
}

TEST_CASE("an unknown shipped framework is reported", "[frameworks]") {
    auto missing = FrameworkLoader::shipped(QStringLiteral("nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("framework JSON that does not parse names the place", "[frameworks][validation]") {
    auto loaded = FrameworkLoader::load(QByteArrayLiteral("{\"id\": \"x\", "));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.errorMessage().contains(QStringLiteral("not valid JSON")));
    CHECK(loaded.errorMessage().contains(QStringLiteral("character")));

    auto array = FrameworkLoader::load(QByteArrayLiteral("[1, 2]"));
    REQUIRE_FALSE(array.ok());
    CHECK(array.errorMessage().contains(QStringLiteral("object")));
}

TEST_CASE("a statement naming an undefined element is reported with its place",
          "[frameworks][validation]") {
    const QString message = errorAfter([](QJsonObject& root) {
        QJsonArray statements = root[u"statements"].toArray();
        QJsonObject first = statements[0].toObject();
        first[u"element"] = QStringLiteral("leadrship");
        statements[0] = first;
        root[u"statements"] = statements;
    });
    CHECK(message.contains(QStringLiteral("statements[0]")));
    CHECK(message.contains(QStringLiteral("\"leadrship\" is not defined")));
}

TEST_CASE("duplicate ids, missing keys and bad numbers are each reported",
          "[frameworks][validation]") {
    CHECK(errorAfter([](QJsonObject& root) {
              QJsonArray strands = root[u"strands"].toArray();
              strands.append(strands[0]);
              root[u"strands"] = strands;
          }).contains(QStringLiteral("used twice")));
    CHECK(errorAfter([](QJsonObject& root) {
              root.remove(u"name");
          }).contains(QStringLiteral("name: is missing")));
    CHECK(errorAfter([](QJsonObject& root) {
              QJsonObject rules = root[u"awardRules"].toObject();
              rules[u"markWindowYears"] = 0;
              root[u"awardRules"] = rules;
          }).contains(QStringLiteral("awardRules.markWindowYears")));
    CHECK(errorAfter([](QJsonObject& root) {
              root[u"formatVersion"] = 7;
          }).contains(QStringLiteral("format version 7")));
    CHECK(errorAfter([](QJsonObject& root) {
              root[u"kind"] = QStringLiteral("quiz");
          }).contains(QStringLiteral("unknown kind")));
}

TEST_CASE("an element left without statements for a strand is reported",
          "[frameworks][validation]") {
    const QString message = errorAfter([](QJsonObject& root) {
        QJsonArray kept;
        for (const auto& value : root[u"statements"].toArray()) {
            const auto statement = value.toObject();
            if (!(statement[u"element"] == QStringLiteral("curriculum") &&
                  statement[u"strand"] == QStringLiteral("disability")))
                kept.append(statement);
        }
        root[u"statements"] = kept;
    });
    CHECK(message.contains(
        QStringLiteral("\"curriculum\" has no statement for strand \"disability\"")));
}

TEST_CASE("an LP mapping to an undefined standard is reported", "[frameworks][validation]") {
    const QString message = errorAfter(
        [](QJsonObject& root) {
            QJsonArray standards;
            for (const auto& value : root[u"lpStandards"].toArray()) {
                if (value.toObject()[u"id"] != QStringLiteral("S3"))
                    standards.append(value);
            }
            root[u"lpStandards"] = standards;
        },
        QStringLiteral("race-charter-mark"));
    CHECK(message.contains(QStringLiteral("criterion 1.1")));
    CHECK(message.contains(QStringLiteral("\"S3\" is not defined")));
}
