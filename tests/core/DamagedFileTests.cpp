// Damaged, foreign and starved files (issue 7, items 2, 3 and 8): whatever a USB stick, a
// renamed download or a full disk hands us, opening gives a clear message or a clean file,
// never a crash or a hang, and never a change to the file it was given. The basic bad-file
// cases (missing, folder, empty, PDF, another program's database, a newer file) are in
// SchoolFileTests.cpp; these go through the full list on the demo school, where every
// table has rows.

#include "CatchCompat.h"
#include "FileSizeLimit.h"
#include "TempDir.h"
#include "demo/DemoSchool.h"
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
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>
#include <future>
#include <limits>
#include <set>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace equimark;
using namespace equimark::test;

namespace {

const QDate DemoToday(2026, 11, 23);
// A damaged file must be dealt with quickly: a coordinator double-clicking a broken file
// waits seconds, not minutes. Generous, so a loaded CI machine does not fail it.
constexpr qint64 TrialLimitMs = 5000;

// The demo school, built once in a temporary folder: the victim of every damage below.
struct DemoVictim {
    DemoVictim()
        : path(dir.file(QStringLiteral("demo.equimark"))) {
        auto built = DemoSchool::build(path, DemoToday);
        if (!built)
            FAIL(built.errorMessage().toStdString());
        bytes = readAll(path);
        REQUIRE(bytes.size() > 4096);
    }

    // The page size in the SQLite header (offset 16, big-endian; 1 stands for 65536).
    int pageSize() const {
        const int value = qFromBigEndian<quint16>(bytes.constData() + 16);
        return value == 1 ? 65536 : value;
    }

    TempDir dir;
    QString path;
    QByteArray bytes;
};

// Every read the application makes of an open file: each repository's lists (every row), the
// details behind the first records of each (links, events, attachments: the same code for
// every record, and SQLite's integrity check below visits every page anyway), the change
// history, and the whole-file check. On a damaged file any of these may fail, but each must
// come back as a value or an Error: never a crash or a hang.
constexpr std::size_t DetailedRecords = 3;

template <typename T> auto firstFew(const std::vector<T>& all) {
    return std::vector<T>(all.begin(), all.begin() + std::min(all.size(), DetailedRecords));
}

void readEverything(SchoolFile& file) {
    (void)SchoolRepository(file).load();
    if (auto frameworks = FrameworkRepository(file).all()) {
        for (const auto& framework : *frameworks) {
            if (framework.kind == Framework::Kind::RaceCharter) {
                (void)CharterRepository(file).judgements(framework.id);
                (void)CharterRepository(file).status(framework.id);
            }
        }
    }
    (void)FrameworkRepository(file).ofKind(Framework::Kind::EqualityMark);

    AuditRepository audits(file);
    SummaryGridRepository grid(file);
    if (auto all = audits.audits()) {
        for (const auto& audit : *all) {
            (void)audits.framework(audit.id);
            (void)audits.judgements(audit.id);
            (void)audits.progress(audit.id);
            (void)audits.delegations(audit.id);
            (void)audits.previousAudit(audit.id);
            (void)grid.cells(audit.id);
            (void)grid.counts(audit.id);
            (void)grid.trends(audit.id);
        }
    }

    ActionRepository actions(file);
    CharterRepository charter(file);
    if (auto all = actions.all()) {
        for (const auto& action : firstFew(*all)) {
            (void)actions.links(action.id);
            (void)charter.criteriaForAction(action.id);
        }
    }
    (void)actions.statusCounts();
    (void)actions.overdueCount(DemoToday);

    EvidenceRepository evidence(file);
    if (auto all = evidence.all()) {
        for (const auto& item : firstFew(*all)) {
            (void)evidence.record(item.id);
            (void)charter.criteriaForEvidence(item.id);
            for (const auto& attachment : item.attachments)
                (void)evidence.attachmentData(attachment.id);
        }
    }

    AccreditationRepository accreditation(file);
    if (auto all = accreditation.summaries()) {
        for (const auto& summary : firstFew(*all)) {
            (void)accreditation.events(summary.id);
            (void)accreditation.badgesForSummary(summary.id);
        }
    }
    (void)accreditation.markStatus(DemoToday);

    ReferenceGroupRepository group(file);
    (void)group.members();
    (void)group.meetings();
    (void)group.hasSeniorLeader(DemoToday);

    VisitRepository visits(file);
    if (auto all = visits.visits()) {
        for (const auto& visit : firstFew(*all))
            (void)visits.summariesVerifiedAt(visit.id);
    }
    (void)visits.networkMeetings();

    PortfolioRepository portfolios(file);
    if (auto people = portfolios.practitioners()) {
        for (const auto& person : *people) {
            if (auto theirs = portfolios.portfolios(person.id)) {
                for (const auto& portfolio : *theirs)
                    (void)portfolios.impactItems(portfolio.id);
            }
        }
    }

    (void)ChangeHistory(file).since(QDateTime());
    (void)SchoolChecker(file).run();
}

// What one attempt to open a damaged copy came to.
enum class Outcome { Refused, OpenedClean };

// Writes `damaged` as the school file, opens it and, when it opens, reads all of it. Checks
// what the issue promises of every attempt; `label` says which damage it was (printed with
// any failure, with the seed, so the case can be repeated).
Outcome openDamaged(const QString& path, const QByteArray& damaged, std::set<Error::Code>& codes) {
    QFile::remove(path + QStringLiteral("-journal"));
    writeAll(path, damaged);
    const auto filesBefore =
        QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);

    QElapsedTimer clock;
    clock.start();
    Outcome outcome = Outcome::Refused;
    {
        auto opened = SchoolFile::open(path);
        if (opened) {
            outcome = Outcome::OpenedClean;
            readEverything(**opened);
        } else {
            codes.insert(opened.error().code);
            INFO("message: " << opened.errorMessage().toStdString());
            // A clear error: one of the kinds that mean "this file is not usable as it is",
            // told in a sentence that names the file.
            const auto code = opened.error().code;
            CHECK((code == Error::Code::NotSchoolFile || code == Error::Code::Damaged ||
                   code == Error::Code::NewerVersion));
            CHECK(opened.errorMessage().contains(QFileInfo(path).fileName()));
            CHECK(opened.errorMessage().endsWith(QLatin1Char('.')));
        }
    }
    CHECK(clock.elapsed() < TrialLimitMs);
    // The damaged file is exactly as it was given, and nothing was left beside it.
    CHECK(readAll(path) == damaged);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
          filesBefore);
    return outcome;
}

QString codeName(Error::Code code) {
    switch (code) {
    case Error::Code::NotSchoolFile:
        return QStringLiteral("NotSchoolFile");
    case Error::Code::Damaged:
        return QStringLiteral("Damaged");
    case Error::Code::NewerVersion:
        return QStringLiteral("NewerVersion");
    default:
        return QStringLiteral("other(%1)").arg(int(code));
    }
}

// Opening must refuse `path` with `code`, quickly, and leave the folder exactly as it was
// (no journal, no backup, nothing created where a link points).
void requireRefusedNothingChanged(const QString& path, Error::Code code, const QString& fragment) {
    const QDir folder = QFileInfo(path).absoluteDir();
    const auto before =
        folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QElapsedTimer clock;
    clock.start();
    auto opened = SchoolFile::open(path);
    CHECK(clock.elapsed() < TrialLimitMs);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == code);
    CHECK(opened.errorMessage().contains(fragment));
    CHECK(opened.errorMessage().contains(QFileInfo(path).fileName()));
    CHECK(folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot) ==
          before);
}

} // namespace

// --- 2. Truncation and bit flips ------------------------------------------------------------

TEST_CASE("a school file cut short anywhere is refused clearly and left as it was",
          "[damaged][truncation]") {
    DemoVictim victim;
    const qsizetype size = victim.bytes.size();
    const int pageSize = victim.pageSize();
    REQUIRE(pageSize >= 512);
    REQUIRE(size % pageSize == 0);

    std::vector<qsizetype> lengths{0, 1, 99, 100};
    for (qsizetype boundary = pageSize; boundary < size; boundary += pageSize)
        lengths.push_back(boundary);
    const quint32 seed = 7001;
    QRandomGenerator random(seed);
    for (int i = 0; i < 100; ++i)
        lengths.push_back(1 + qsizetype(random.bounded(quint32(size - 1))));

    std::set<Error::Code> codes;
    int opened = 0;
    for (const qsizetype length : lengths) {
        INFO("seed " << seed << ", file of " << size << " bytes cut to " << length);
        if (openDamaged(victim.path, victim.bytes.left(length), codes) == Outcome::OpenedClean)
            ++opened;
    }
    // Every page of the demo holds something the file needs: no cut leaves a usable school.
    CHECK(opened == 0);
    CHECK(codes.count(Error::Code::Damaged) == 1);
    CHECK(codes.count(Error::Code::NotSchoolFile) == 1);
}

namespace {

// 150 trials of 1-16 random bytes each XORed with a random non-zero mask, within the first
// `range` bytes of the demo school (seeded, so a failure can be repeated).
void flipBytes(quint32 seed, qsizetype range) {
    DemoVictim victim;
    range = std::min(range, victim.bytes.size());
    QRandomGenerator random(seed);
    std::set<Error::Code> codes;
    int refused = 0;
    int clean = 0;
    for (int trial = 0; trial < 150; ++trial) {
        QByteArray damaged = victim.bytes;
        const int flips = 1 + int(random.bounded(16));
        QStringList where;
        for (int i = 0; i < flips; ++i) {
            const int at = int(random.bounded(quint32(range)));
            damaged[at] = char(damaged[at] ^ char(1 + random.bounded(255)));
            where << QString::number(at);
        }
        INFO("seed " << seed << ", trial " << trial << ", bytes changed at "
                     << where.join(QStringLiteral(",")).toStdString());
        if (openDamaged(victim.path, damaged, codes) == Outcome::OpenedClean)
            ++clean;
        else
            ++refused;
    }
    QStringList seen;
    for (const auto code : codes)
        seen << codeName(code);
    INFO("seed " << seed << ": refused " << refused << ", opened clean " << clean << ", codes "
                 << seen.join(QStringLiteral(" ")).toStdString());
    // Both outcomes really happen: the test would notice if every file were refused, or none.
    CHECK(refused >= 10);
    CHECK(clean >= 10);
}

} // namespace

TEST_CASE("random damage to the first pages gives a clear error or a clean open, file unchanged",
          "[damaged][bitflip]") {
    // The header, the schema and the tables' roots: where damage decides whether the file
    // opens at all.
    flipBytes(20261123, 8 * 4096);
}

TEST_CASE("random damage anywhere gives a clear error or a clean open, file unchanged",
          "[damaged][bitflip]") {
    flipBytes(20261124, std::numeric_limits<qsizetype>::max());
}

// --- 3. Wrong identity ------------------------------------------------------------------------

TEST_CASE("damage found by the check alongside a read-only open is reported by intact()",
          "[damaged][check]") {
    DemoVictim victim;
    int historyRoot = 0;
    {
        auto file = SchoolFile::open(victim.path, SchoolFile::Access::ReadOnly);
        REQUIRE(file.ok());
        CHECK((*file)->intact().ok());
        QSqlQuery query((*file)->database());
        REQUIRE(query.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'history'")));
        REQUIRE(query.next());
        historyRoot = query.value(0).toInt();
    }
    REQUIRE(historyRoot > 1);
    QByteArray damaged = victim.bytes;
    damaged[qsizetype(historyRoot - 1) * victim.pageSize()] = char(0xff); // no b-tree page kind
    writeAll(victim.path, damaged);

    // Checked first (every open for editing, and read-only ones by default): refused.
    auto first = SchoolFile::open(victim.path, SchoolFile::Access::ReadOnly);
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().code == Error::Code::Damaged);
    auto editing = SchoolFile::open(victim.path, SchoolFile::Access::ReadWrite, {},
                                    SchoolFile::Check::Alongside);
    REQUIRE_FALSE(editing.ok());
    CHECK(editing.error().code == Error::Code::Damaged);

    // Checked alongside: what the damage spares can be read, and intact() says what the
    // check found, with the same message.
    auto alongside = SchoolFile::open(victim.path, SchoolFile::Access::ReadOnly, {},
                                      SchoolFile::Check::Alongside);
    REQUIRE(alongside.ok());
    CHECK(SchoolRepository(**alongside).load().ok());
    const Status verdict = (*alongside)->intact();
    REQUIRE_FALSE(verdict.ok());
    CHECK(verdict.error().code == Error::Code::Damaged);
    CHECK(verdict.errorMessage() == first.error().message);
    CHECK_FALSE((*alongside)->intact().ok()); // asked again, the same answer
    alongside->reset();
    CHECK(readAll(victim.path) == damaged);
}

TEST_CASE("a school file whose header was wiped is refused and not changed",
          "[damaged][identity]") {
    DemoVictim victim;
    QByteArray wiped = victim.bytes;
    wiped.replace(0, 100, QByteArray(100, '\0'));
    writeAll(victim.path, wiped);
    requireRefusedNothingChanged(victim.path, Error::Code::NotSchoolFile,
                                 QStringLiteral("not an Equimark school file"));
    CHECK(readAll(victim.path) == wiped);
}

TEST_CASE("a school file stamped with another application's id is refused and not changed",
          "[damaged][identity]") {
    DemoVictim victim;
    // Everything else intact: only the application id in the header (offset 68) differs, as
    // in a database another program made with the same tables.
    QByteArray foreign = victim.bytes;
    qToBigEndian<quint32>(0x4d504442, foreign.data() + 68);
    writeAll(victim.path, foreign);
    requireRefusedNothingChanged(victim.path, Error::Code::NotSchoolFile,
                                 QStringLiteral("another program"));
    CHECK(readAll(victim.path) == foreign);
}

TEST_CASE("a CSV file renamed .equimark is refused and not changed", "[damaged][identity]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("outcomes.equimark"));
    const QByteArray csv = QByteArrayLiteral(
        "\xEF\xBB\xBFmeasure,group,cohort,meeting\r\nattendance,White British,120,110\r\n"
        "attendance,Pakistani,34,29\r\n");
    writeAll(path, csv);
    requireRefusedNothingChanged(path, Error::Code::NotSchoolFile,
                                 QStringLiteral("not an Equimark school file"));
    CHECK(readAll(path) == csv);
}

TEST_CASE("a folder named like a school file is refused", "[damaged][identity]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("school.equimark"));
    REQUIRE(QDir().mkdir(path));
    requireRefusedNothingChanged(path, Error::Code::NotSchoolFile, QStringLiteral("folder"));
    CHECK(QDir(path).isEmpty());
}

TEST_CASE("a shortcut loop is refused without being followed forever", "[damaged][identity]") {
    TempDir dir;
    const QString a = dir.file(QStringLiteral("a.equimark"));
    const QString b = dir.file(QStringLiteral("b.equimark"));
    REQUIRE(QFile::link(b, a));
    REQUIRE(QFile::link(a, b));
    requireRefusedNothingChanged(a, Error::Code::NotFound, QStringLiteral("cannot be reached"));
    CHECK(QFileInfo(a).isSymLink());
    CHECK(QFileInfo(a).symLinkTarget() == QFileInfo(b).absoluteFilePath());
}

TEST_CASE("a shortcut to a school file that has gone is refused and nothing is created",
          "[damaged][identity]") {
    TempDir dir;
    const QString gone = dir.file(QStringLiteral("moved-away.equimark"));
    const QString link = dir.file(QStringLiteral("school.equimark"));
    REQUIRE(QFile::link(gone, link));
    requireRefusedNothingChanged(link, Error::Code::NotFound, QStringLiteral("cannot be reached"));
    // SQLite would happily create an empty database where the link points.
    CHECK_FALSE(QFileInfo::exists(gone));
}

TEST_CASE("a shortcut to a school file opens the school it points to", "[damaged][identity]") {
    DemoVictim victim;
    const QString link = victim.dir.file(QStringLiteral("shortcut.equimark"));
    REQUIRE(QFile::link(victim.path, link));
    auto opened = SchoolFile::open(link);
    REQUIRE(opened.ok());
    CHECK(SchoolRepository(**opened).load()->name == QLatin1String(DemoSchool::Name));
}

#ifdef Q_OS_UNIX
TEST_CASE("a named pipe is refused at once instead of waiting for a writer",
          "[damaged][identity]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("pipe.equimark"));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);

    // Run the open on another thread: if it blocks on the pipe, the test must still end.
    auto attempt = std::async(std::launch::async, [&path] {
        auto opened = SchoolFile::open(path);
        return opened ? Error{} : opened.error();
    });
    const bool finished = attempt.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!finished) {
        // Unblock the reader so the thread can end, then report the hang.
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
        attempt.wait();
        FAIL("opening a named pipe waited for a writer");
    }
    const Error error = attempt.get();
    CHECK(error.code == Error::Code::NotSchoolFile);
    CHECK(error.message.contains(QStringLiteral("pipe.equimark")));
    CHECK(error.message.contains(QStringLiteral("not an ordinary file")));
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("pipe.equimark")});
}

// --- 8. Disk full -----------------------------------------------------------------------------

namespace {

QString quickCheck(SchoolFile& file) {
    QSqlQuery query(file.database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return QStringLiteral("(could not run)");
    return query.value(0).toString();
}

} // namespace

TEST_CASE("an edit that finds the disk full fails with a message and the file keeps its old text",
          "[damaged][diskfull]") {
    DemoVictim victim;
    const QString statement = QStringLiteral("policy.race.1");
    const QString evidence =
        QString(200 * 1024, QLatin1Char('x'))
            .prepend(QStringLiteral("Minutes of the reference group, transcribed: "));
    qint64 auditId = 0;
    QString before;
    {
        auto file = SchoolFile::open(victim.path);
        REQUIRE(file.ok());
        AuditRepository audits(**file);
        auditId = audits.audits()->back().id;
        const Judgement judgement = *audits.judgement(auditId, statement);
        before = judgement.note;

        FileSizeLimit full(QFileInfo(victim.path).size() + 8 * 1024);
        REQUIRE(full.active());
        auto refused = audits.setJudgement(auditId, statement, judgement.rating, evidence);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Io);
        CHECK(refused.errorMessage().contains(QStringLiteral("disk")));
        // The same connection still reads the old text and a sound file.
        CHECK(audits.judgement(auditId, statement)->note == before);
        CHECK(quickCheck(**file) == u"ok");

        // Once there is room again, the same edit goes through.
        full.lift();
        REQUIRE(audits.setJudgement(auditId, statement, judgement.rating, evidence).ok());
    }
    auto reopened = SchoolFile::open(victim.path);
    REQUIRE(reopened.ok());
    CHECK(AuditRepository(**reopened).judgement(auditId, statement)->note == evidence);
    auto report = SchoolChecker(**reopened).run();
    REQUIRE(report.ok());
    CHECK(report->problems.join(QLatin1Char('\n')) == QString());
}

TEST_CASE("a failed write on a full disk leaves a file that the next session opens unchanged",
          "[damaged][diskfull]") {
    DemoVictim victim;
    const QByteArray before = fileHash(victim.path);
    {
        auto file = SchoolFile::open(victim.path);
        REQUIRE(file.ok());
        ActionRepository actions(**file);
        Action action = actions.all()->front();
        action.successCriteria = QString(300 * 1024, QLatin1Char('y'));
        FileSizeLimit full(QFileInfo(victim.path).size() + 4 * 1024);
        REQUIRE(full.active());
        auto refused = actions.update(action);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Io);
    }
    // No journal is left behind to roll back: the file is byte for byte what it was.
    CHECK_FALSE(QFile::exists(victim.path + QStringLiteral("-journal")));
    CHECK(fileHash(victim.path) == before);
    auto reopened = SchoolFile::open(victim.path);
    REQUIRE(reopened.ok());
    auto report = SchoolChecker(**reopened).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}
#endif
