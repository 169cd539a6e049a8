#include "CatchCompat.h"
#include "CliSupport.h"
#include "PdfText.h"
#include "TempDir.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString Export = QStringLiteral("export");
const QString PortfolioWord = QStringLiteral("portfolio");

QString newSchool(const TempDir& dir) {
    const QString path = dir.file(QStringLiteral("school.equimark"));
    const auto run = runCli({QStringLiteral("new"), path, QStringLiteral("--school"),
                             QStringLiteral("Brookfield Primary")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

// A practitioner with a drafting portfolio holding two pieces of evidence of impact, written
// through the repository as the application would.
void addPortfolio(const QString& path, const QString& name) {
    auto file = SchoolFile::open(path);
    INFO(file.errorMessage().toStdString());
    REQUIRE(file.ok());
    PortfolioRepository repository(**file);
    Practitioner practitioner;
    practitioner.name = name;
    practitioner.role = QStringLiteral("Assistant headteacher");
    auto practitionerId = repository.addPractitioner(practitioner);
    REQUIRE(practitionerId.ok());
    Portfolio portfolio;
    portfolio.practitionerId = *practitionerId;
    portfolio.frameworkId = QStringLiteral("race-charter-mark");
    portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
    portfolio.gatewayOn = QDate(2027, 3, 15);
    portfolio.assessments = {{QStringLiteral("S2"), SelfAssessment::Strength,
                              QStringLiteral("<img src=file:///etc/passwd> mentoring")}};
    auto portfolioId = repository.addPortfolio(portfolio);
    INFO(portfolioId.errorMessage().toStdString());
    REQUIRE(portfolioId.ok());
    for (const auto& [title, standard] :
         {std::pair{QStringLiteral("Career conversations for global majority staff"),
                    QStringLiteral("S2")},
          std::pair{QStringLiteral("New RACE leadership role"), QStringLiteral("S3")}}) {
        ImpactItem item;
        item.portfolioId = *portfolioId;
        item.title = title;
        item.standardIds = {standard};
        item.criterionIds = {QStringLiteral("1.4")};
        auto added = repository.addImpactItem(item);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
    }
}

QJsonObject infoJson(const QString& path) {
    const auto run = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

// A refused export: the exit code, one "equimark-cli: " line on stderr naming the problem,
// no PDF and the school file untouched.
void refused(const QStringList& arguments, int exitCode, const QString& school, const QString& out,
             const QString& mentioned = {}) {
    const QByteArray before = fileHash(school);
    const auto run = runCli(arguments);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines().first().startsWith(QStringLiteral("equimark-cli: ")));
    if (!mentioned.isEmpty())
        CHECK(run.errLines().first().contains(mentioned));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(fileHash(school) == before);
}

} // namespace

TEST_CASE("export portfolio writes the practitioner's portfolio with every item and standard",
          "[cli-portfolio]") {
    TempDir dir;
    const QString school = newSchool(dir);
    addPortfolio(school, QStringLiteral("Priya Patel"));
    const QString out = dir.file(QStringLiteral("portfolio.pdf"));
    const QByteArray before = fileHash(school);
    // Names are matched whatever their case, as a person types them.
    const auto run = runCli({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
                             QStringLiteral("priya patel"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("Wrote %1 (").arg(QDir::toNativeSeparators(out))));
    CHECK(fileHash(school) == before);
    const QString text = pdfText(out).simplified();
    CHECK(text.contains(QStringLiteral("Lead Practitioner portfolio: Priya Patel")));
    CHECK(text.contains(QStringLiteral("Career conversations for global majority staff")));
    CHECK(text.contains(QStringLiteral("New RACE leadership role")));
    CHECK(text.contains(QStringLiteral("Negotiating and influencing")));
    CHECK(text.contains(QStringLiteral("Challenging, developing and innovating")));
    CHECK(text.contains(QStringLiteral("S10")));
    CHECK(text.contains(QStringLiteral("<img src=file:///etc/passwd> mentoring")));
    CHECK(text.contains(QStringLiteral("Not ready for the gateway yet")));
}

TEST_CASE("export portfolio refuses an unknown or ambiguous practitioner with exit 4",
          "[cli-portfolio]") {
    TempDir dir;
    const QString school = newSchool(dir);
    addPortfolio(school, QStringLiteral("Priya Patel"));
    const QString out = dir.file(QStringLiteral("portfolio.pdf"));
    refused({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
             QStringLiteral("Nobody Here"), QStringLiteral("-o"), out},
            4, school, out, QStringLiteral("Nobody Here"));
    refused({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
             QStringLiteral("Priya Patel"), QStringLiteral("--portfolio"), QStringLiteral("nine"),
             QStringLiteral("-o"), out},
            4, school, out, QStringLiteral("nine"));
    refused({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
             QStringLiteral("Priya Patel"), QStringLiteral("--portfolio"), QStringLiteral("999"),
             QStringLiteral("-o"), out},
            4, school, out);

    addPortfolio(school, QStringLiteral("PRIYA PATEL"));
    refused({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
             QStringLiteral("Priya Patel"), QStringLiteral("-o"), out},
            4, school, out, QStringLiteral("Priya Patel"));
}

TEST_CASE("export portfolio without -o or --practitioner is a usage error", "[cli-portfolio]") {
    TempDir dir;
    const QString school = newSchool(dir);
    addPortfolio(school, QStringLiteral("Priya Patel"));
    const QString out = dir.file(QStringLiteral("portfolio.pdf"));
    refused({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
             QStringLiteral("Priya Patel")},
            2, school, out, QStringLiteral("--output"));
    refused({Export, PortfolioWord, school, QStringLiteral("-o"), out}, 2, school, out,
            QStringLiteral("--practitioner"));
}

TEST_CASE("export portfolio into a folder that cannot be written fails and writes nothing",
          "[cli-portfolio]") {
    TempDir dir;
    const QString school = newSchool(dir);
    addPortfolio(school, QStringLiteral("Priya Patel"));
    QStringList targets;
    // A "folder" that is really a file cannot take a PDF, whoever runs the test.
    writeAll(dir.file(QStringLiteral("notes.txt")), QByteArrayLiteral("not a folder"));
    targets << dir.file(QStringLiteral("notes.txt/portfolio.pdf"));
    // A read-only folder, where permissions bind (they do not for root).
    const QString locked = dir.file(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(locked + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly))
        targets << locked + QStringLiteral("/portfolio.pdf");
    else
        probe.remove();
    for (const auto& out : targets) {
        INFO(out.toStdString());
        refused({Export, PortfolioWord, school, QStringLiteral("--practitioner"),
                 QStringLiteral("Priya Patel"), QStringLiteral("-o"), out},
                3, school, out, QDir::toNativeSeparators(out));
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("info --json lists practitioners with their portfolios and the charter standing",
          "[cli-portfolio]") {
    TempDir dir;
    const QString school = newSchool(dir);
    CHECK(infoJson(school).value(u"practitioners").toArray().isEmpty());
    addPortfolio(school, QStringLiteral("Priya Patel"));
    const QJsonObject info = infoJson(school);
    const QJsonArray practitioners = info.value(u"practitioners").toArray();
    REQUIRE(practitioners.size() == 1);
    const QJsonObject practitioner = practitioners.first().toObject();
    CHECK(practitioner.value(u"name").toString() == u"Priya Patel");
    CHECK(practitioner.value(u"role").toString() == u"Assistant headteacher");
    const QJsonArray portfolios = practitioner.value(u"portfolios").toArray();
    REQUIRE(portfolios.size() == 1);
    const QJsonObject portfolio = portfolios.first().toObject();
    CHECK(portfolio.value(u"status").toString() == u"drafting");
    CHECK(portfolio.value(u"gatewayOn").toString() == u"2027-03-15");
    CHECK(portfolio.value(u"ready").isBool());
    CHECK_FALSE(portfolio.value(u"ready").toBool());

    const QJsonObject charter = info.value(u"charter").toObject();
    CHECK(charter.value(u"judged").toInt() == 0);
    CHECK(charter.value(u"total").toInt() == 4);
    CHECK(charter.value(u"reachedLevel").toString().isEmpty());

    const auto text = runCli({QStringLiteral("info"), school});
    CHECK(text.out.contains(QStringLiteral("Priya Patel (Assistant headteacher)")));
}

TEST_CASE("export charter writes the school's RACE Charter self-evaluation", "[cli-portfolio]") {
    TempDir dir;
    const QString school = newSchool(dir);
    const QString out = dir.file(QStringLiteral("charter.pdf"));
    const auto run = runCli({Export, QStringLiteral("charter"), school, QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(out).simplified();
    CHECK(text.contains(QStringLiteral("RACE Charter Mark self-evaluation")));
    CHECK(text.contains(QStringLiteral("Ethnic minority career progression is pro-actively "
                                       "supported")));
    CHECK(text.contains(QStringLiteral("0 of 4")));
}

TEST_CASE("the demo school's practitioner and portfolio export from the command line",
          "[cli-portfolio]") {
    TempDir dir;
    const QString school = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(runCli({QStringLiteral("demo"), school}).exitCode == 0);
    const QJsonArray practitioners = infoJson(school).value(u"practitioners").toArray();
    REQUIRE_FALSE(practitioners.isEmpty());
    const QString name = practitioners.first().toObject().value(u"name").toString();
    CHECK_FALSE(name.isEmpty());
    const QString out = dir.file(QStringLiteral("demo-portfolio.pdf"));
    const auto run = runCli({Export, PortfolioWord, school, QStringLiteral("--practitioner"), name,
                             QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(pdfText(out).simplified().contains(
        QStringLiteral("Lead Practitioner portfolio: %1").arg(name)));
}
