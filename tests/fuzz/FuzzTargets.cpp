#include "FuzzTargets.h"

#include "frameworks/FrameworkLoader.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"
#include "reports/ReportRequest.h"
#include "reports/ReportWriter.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolChecker.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <memory>

namespace equimark::fuzz {

namespace {

// One folder per process for the files a harness writes; emptied between inputs.
QTemporaryDir& workDir() {
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/equimark-fuzz-XXXXXX"));
    return dir;
}

void emptyWorkDir() {
    QDir dir(workDir().path());
    const auto names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const auto& name : names)
        dir.remove(name);
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile out(path);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           out.write(bytes) == bytes.size() && out.flush();
}

QByteArray readFile(const QString& path) {
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// A failed call is fine for a damaged file as long as it says why.
template <typename T> QString unexplained(const Result<T>& result, const char* what) {
    if (result.ok() || !result.errorMessage().trimmed().isEmpty())
        return {};
    return QStringLiteral("%1 failed without a message.").arg(QLatin1String(what));
}

// Reads everything the application shows of an opened file; the first unexplained failure.
QString readEverything(SchoolFile& file) {
    QString broken;
    auto note = [&broken](const QString& problem) {
        if (broken.isEmpty())
            broken = problem;
    };
    note(unexplained(SchoolRepository(file).load(), "SchoolRepository::load"));
    note(unexplained(FrameworkRepository(file).all(), "FrameworkRepository::all"));
    AuditRepository audits(file);
    SummaryGridRepository grid(file);
    if (auto all = audits.audits(); all) {
        for (const auto& audit : *all) {
            note(unexplained(audits.judgements(audit.id), "AuditRepository::judgements"));
            note(unexplained(audits.delegations(audit.id), "AuditRepository::delegations"));
            note(unexplained(audits.progress(audit.id), "AuditRepository::progress"));
            note(unexplained(grid.cells(audit.id), "SummaryGridRepository::cells"));
            note(unexplained(grid.trends(audit.id), "SummaryGridRepository::trends"));
        }
    } else {
        note(unexplained(all, "AuditRepository::audits"));
    }
    note(unexplained(ActionRepository(file).all(), "ActionRepository::all"));
    note(unexplained(EvidenceRepository(file).all(), "EvidenceRepository::all"));
    AccreditationRepository accreditation(file);
    note(unexplained(accreditation.summaries(), "AccreditationRepository::summaries"));
    note(unexplained(accreditation.badges(), "AccreditationRepository::badges"));
    note(unexplained(accreditation.markStatus(QDate(2027, 1, 1)), "markStatus"));
    VisitRepository visits(file);
    note(unexplained(visits.visits(), "VisitRepository::visits"));
    note(unexplained(visits.networkMeetings(), "VisitRepository::networkMeetings"));
    ReferenceGroupRepository group(file);
    note(unexplained(group.members(), "ReferenceGroupRepository::members"));
    note(unexplained(group.meetings(), "ReferenceGroupRepository::meetings"));
    PortfolioRepository portfolios(file);
    if (auto people = portfolios.practitioners(); people) {
        for (const auto& person : *people) {
            auto theirs = portfolios.portfolios(person.id);
            note(unexplained(theirs, "PortfolioRepository::portfolios"));
            if (theirs)
                for (const auto& portfolio : *theirs)
                    note(unexplained(portfolios.impactItems(portfolio.id), "impactItems"));
        }
    } else {
        note(unexplained(people, "PortfolioRepository::practitioners"));
    }
    if (auto charter = FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter); charter)
        note(unexplained(CharterRepository(file).judgements(charter->id),
                         "CharterRepository::judgements"));
    note(unexplained(ChangeHistory(file).since(QDateTime(), 1000), "ChangeHistory::since"));
    note(unexplained(SchoolChecker(file).run(), "SchoolChecker::run"));
    for (auto kind : {ReportRequest::Kind::ActionPlan, ReportRequest::Kind::Grid,
                      ReportRequest::Kind::CharterSelfEvaluation}) {
        ReportRequest request;
        request.kind = kind;
        note(unexplained(request.build(file), "ReportRequest::build"));
    }
    return broken;
}

// The fixture for reportText(): one school with one action, made on first use.
struct ReportFixture {
    std::unique_ptr<SchoolFile> file;
    Action action;
    QString pdf;
};

ReportFixture* reportFixture() {
    static std::unique_ptr<ReportFixture> fixture = []() -> std::unique_ptr<ReportFixture> {
        std::vector<Framework> frameworks;
        for (const auto& id : FrameworkLoader::shippedIds())
            if (auto framework = FrameworkLoader::shipped(id); framework)
                frameworks.push_back(*framework);
        School school;
        school.name = QStringLiteral("Fuzz Test Primary");
        const QString path = workDir().filePath(QStringLiteral("report.equimark"));
        QFile::remove(path);
        auto created = SchoolFile::create(path, school, frameworks);
        if (!created)
            return nullptr;
        auto made = std::make_unique<ReportFixture>();
        made->file = std::move(*created);
        made->file->setUserName(QStringLiteral("Fuzz"));
        made->file->setUnpublished(true); // nobody else sees it: no fsync per edit
        auto mark = FrameworkRepository(*made->file).ofKind(Framework::Kind::EqualityMark);
        if (!mark || mark->strands.empty())
            return nullptr;
        made->action.title = QStringLiteral("Fuzzed action");
        made->action.strandIds = {mark->strands.front().id};
        made->action.dueOn = QDate(2027, 3, 31);
        auto id = ActionRepository(*made->file).add(made->action);
        if (!id)
            return nullptr;
        made->action.id = *id;
        made->pdf = workDir().filePath(QStringLiteral("report.pdf"));
        return made;
    }();
    return fixture.get();
}

} // namespace

QString openSchool(const QByteArray& bytes) {
    if (!workDir().isValid())
        return QStringLiteral("No temporary folder.");
    emptyWorkDir();
    const QString path = workDir().filePath(QStringLiteral("fuzz.equimark"));
    if (!writeFile(path, bytes))
        return QStringLiteral("Could not write the input file.");
    QString broken;
    {
        auto opened = SchoolFile::open(path);
        if (!opened) {
            if (opened.errorMessage().trimmed().isEmpty())
                broken = QStringLiteral("A refused file got no message.");
            else if (readFile(path) != bytes)
                broken = QStringLiteral("A refused file was changed on disk: %1")
                             .arg(opened.errorMessage());
        } else {
            broken = readEverything(**opened);
        }
    }
    emptyWorkDir();
    return broken;
}

QString frameworkJson(const QByteArray& bytes) {
    auto loaded = FrameworkLoader::load(bytes);
    if (!loaded && loaded.errorMessage().trimmed().isEmpty())
        return QStringLiteral("A refused framework got no message.");
    if (loaded && loaded->id.isEmpty())
        return QStringLiteral("A framework was loaded without an id.");
    return {};
}

QString csv(const QByteArray& bytes) {
    CsvProblem problem;
    auto rows = CsvReader().read(bytes, &problem);
    if (!rows) {
        if (problem.reason.trimmed().isEmpty() || problem.at.line < 1 || problem.at.column < 1)
            return QStringLiteral("A rejected CSV file got no line, column or reason.");
        return {};
    }
    CsvWriter writer;
    bool skippedByDesign = false; // a record of one empty field is an empty line: skipped
    for (const auto& row : *rows) {
        if (row.fields.size() != (*rows).front().fields.size())
            return QStringLiteral("Rows of different widths were accepted.");
        if (row.positions.size() != static_cast<size_t>(row.fields.size()))
            return QStringLiteral("A field was read without its position.");
        for (const auto& at : row.positions)
            if (at.line < 1 || at.column < 1)
                return QStringLiteral("A field was read at line %1, column %2.")
                    .arg(at.line)
                    .arg(at.column);
        skippedByDesign = skippedByDesign || (row.fields.size() == 1 && row.fields[0].isEmpty());
        writer.addRow(row.fields);
    }
    if (skippedByDesign)
        return {};
    CsvLimits roomy;
    roomy.maxBytes = 4 * bytes.size() + 1024;
    roomy.maxFieldCharacters = 2 * CsvLimits().maxFieldCharacters + 1;
    auto again = CsvReader(roomy).read(writer.bytes());
    if (!again)
        return QStringLiteral("CsvWriter wrote a file CsvReader rejects: %1")
            .arg(again.errorMessage());
    if (again->size() != rows->size())
        return QStringLiteral("%1 rows were written but %2 read back.")
            .arg(rows->size())
            .arg(again->size());
    for (size_t r = 0; r < rows->size(); ++r) {
        QStringList expected;
        for (const auto& field : (*rows)[r].fields)
            expected << CsvWriter::neutralised(field);
        if ((*again)[r].fields != expected)
            return QStringLiteral("Row %1 changed when written and read back.").arg(r + 1);
    }
    return {};
}

QString reportText(const QByteArray& bytes) {
    ReportFixture* fixture = reportFixture();
    if (!fixture)
        return QStringLiteral("Could not make the report fixture.");
    // Fields are separated by the ASCII unit separator, so the fuzzer can fill each.
    const QList<QByteArray> parts = bytes.split('\x1f');
    auto part = [&parts](int i) {
        return i < parts.size() ? QString::fromUtf8(parts[i]) : QString();
    };
    Action action = fixture->action;
    action.title = part(0);
    action.owner = part(1);
    action.successCriteria = part(2);
    action.impact = part(3);
    action.cost = part(4);
    action.sipPriority = part(5);
    ActionRepository actions(*fixture->file);
    if (auto updated = actions.update(action); !updated) {
        if (updated.errorMessage().trimmed().isEmpty())
            return QStringLiteral("A refused edit got no message.");
        return {};
    }
    ReportRequest request;
    request.kind = ReportRequest::Kind::ActionPlan;
    auto report = request.build(*fixture->file);
    if (!report)
        return QStringLiteral("The action plan could not be built: %1").arg(report.errorMessage());
    QFile::remove(fixture->pdf);
    auto pages = ReportWriter::writePdf(*report, fixture->pdf);
    if (!pages)
        return QStringLiteral("The action plan PDF was not written: %1").arg(pages.errorMessage());
    if (*pages < 1 || QFileInfo(fixture->pdf).size() == 0)
        return QStringLiteral("The action plan PDF is empty.");
    return {};
}

} // namespace equimark::fuzz
