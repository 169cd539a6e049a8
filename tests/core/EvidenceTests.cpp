#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/EvidenceRepository.h"
#include "storage/SchoolFile.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>

using namespace equimark;

namespace {

const QString race = QStringLiteral("race");
const QString gender = QStringLiteral("gender");

QString statement(std::size_t index) {
    return test::equalityMark().statements.at(index).id;
}

qint64 addAction(SchoolFile& file, const QString& title) {
    Action action;
    action.title = title;
    action.strandIds = {race};
    auto added = ActionRepository(file).add(action);
    REQUIRE(added.ok());
    return *added;
}

EvidenceItem sampleItem(const QString& title = QStringLiteral("Pupil survey 2025")) {
    EvidenceItem item;
    item.title = title;
    item.kind = EvidenceKind::PupilVoice;
    item.datedOn = QDate(2025, 11, 20);
    item.description = QStringLiteral("Year 5 and 6 survey on belonging.\n94% feel safe.");
    return item;
}

qint64 addItem(SchoolFile& file, const EvidenceItem& item) {
    auto added = EvidenceRepository(file).add(item);
    REQUIRE(added.ok());
    return *added;
}

std::size_t historySize(SchoolFile& file) {
    auto entries = ChangeHistory(file).since(QDateTime());
    REQUIRE(entries.ok());
    return entries->size();
}

QByteArray binaryBytes() {
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(static_cast<char>((i * 37 + i / 251) & 0xff));
    return bytes;
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("evidence kind ids round trip and unknown ids are rejected", "[evidence]") {
    CHECK(evidenceKindIds().size() == 8);
    CHECK(evidenceKindIds().contains(QStringLiteral("pupil-voice")));
    for (const auto& id : evidenceKindIds()) {
        auto kind = evidenceKindFromId(id);
        REQUIRE(kind.has_value());
        CHECK(evidenceKindId(*kind) == id);
        CHECK_FALSE(evidenceKindLabel(*kind).isEmpty());
    }
    CHECK_FALSE(evidenceKindFromId(QStringLiteral("video")).has_value());
}

TEST_CASE("evidence keeps every field, link and attachment after reopening", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 action1 = addAction(*fixture.file, QStringLiteral("First"));
    const qint64 action2 = addAction(*fixture.file, QStringLiteral("Second"));
    EvidenceItem item = sampleItem();
    item.statementIds = {statement(3), statement(0)};
    item.actionIds = {action2, action1};
    item.strandIds = {gender, race};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = addItem(*fixture.file, item);

    const QByteArray photo = binaryBytes();
    const QByteArray minutes = QByteArrayLiteral("Minutes of the pupil council, 3 March.\n");
    EvidenceRepository repository(*fixture.file);
    auto photoId = repository.addAttachment(
        id, QStringLiteral("C:\\Users\\Head\\Pictures\\survey.png"), photo);
    auto minutesId = repository.addAttachment(id, QStringLiteral("/home/head/minutes.txt"), minutes,
                                              QStringLiteral("text/plain"));
    REQUIRE(photoId.ok());
    REQUIRE(minutesId.ok());

    fixture.reopen();
    EvidenceRepository reopened(*fixture.file);
    auto loaded = reopened.byId(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->id == id);
    CHECK(loaded->title == item.title);
    CHECK(loaded->kind == EvidenceKind::PupilVoice);
    CHECK(loaded->datedOn == item.datedOn);
    CHECK(loaded->description == item.description);
    CHECK(loaded->addedBy == QStringLiteral("Test User"));
    CHECK(loaded->addedAt >= before);
    CHECK(loaded->statementIds == QStringList{statement(0), statement(3)}); // framework order
    CHECK(loaded->actionIds == QList<qint64>{action1, action2});
    CHECK(loaded->strandIds == QStringList{race, gender}); // framework order
    REQUIRE(loaded->attachments.size() == 2);

    const auto& first = loaded->attachments[0];
    CHECK(first.id == *photoId);
    CHECK(first.evidenceId == id);
    CHECK(first.fileName == QStringLiteral("survey.png"));
    CHECK(first.mimeType == QStringLiteral("image/png"));
    CHECK(first.size == photo.size());
    CHECK(first.sha256 == sha256(photo));
    const auto& second = loaded->attachments[1];
    CHECK(second.fileName == QStringLiteral("minutes.txt"));
    CHECK(second.mimeType == QStringLiteral("text/plain"));
    CHECK(second.size == minutes.size());
    CHECK(second.sha256 == sha256(minutes));

    auto photoData = reopened.attachmentData(*photoId);
    REQUIRE(photoData.ok());
    CHECK(*photoData == photo);
    auto minutesData = reopened.attachmentData(*minutesId);
    REQUIRE(minutesData.ok());
    CHECK(*minutesData == minutes);
}

TEST_CASE("an attachment of an unknown type is stored as plain bytes", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 id = addItem(*fixture.file, sampleItem());
    EvidenceRepository repository(*fixture.file);
    auto attached = repository.addAttachment(id, QStringLiteral("export.zzqq"), binaryBytes());
    REQUIRE(attached.ok());
    auto empty = repository.addAttachment(id, QStringLiteral("empty.pdf"), QByteArray());
    REQUIRE(empty.ok());

    fixture.reopen();
    auto loaded = EvidenceRepository(*fixture.file).byId(id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->attachments.size() == 2);
    CHECK(loaded->attachments[0].mimeType == QStringLiteral("application/octet-stream"));
    CHECK(loaded->attachments[1].mimeType == QStringLiteral("application/pdf"));
    CHECK(loaded->attachments[1].size == 0);
    auto data = EvidenceRepository(*fixture.file).attachmentData(*empty);
    REQUIRE(data.ok());
    CHECK(data->isEmpty());
}

TEST_CASE("an attachment over 100 MB is refused with a clear message", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 id = addItem(*fixture.file, sampleItem());
    EvidenceRepository repository(*fixture.file);
    const QByteArray huge(EvidenceRepository::MaxAttachmentBytes + 1, 'x');
    auto attached = repository.addAttachment(id, QStringLiteral("assembly-video.mp4"), huge);
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.error().code == Error::Code::Invalid);
    CHECK(attached.errorMessage().contains(QStringLiteral("assembly-video.mp4")));
    CHECK(attached.errorMessage().contains(QStringLiteral("100 MB")));
    auto loaded = repository.byId(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->attachments.empty());
}

TEST_CASE("the evidence store lists the newest evidence first", "[evidence]") {
    test::SchoolFixture fixture;
    auto make = [&](const QString& title, const QDate& dated) {
        EvidenceItem item = sampleItem(title);
        item.datedOn = dated;
        return addItem(*fixture.file, item);
    };
    const QDate today = QDate::currentDate();
    const qint64 old = make(QStringLiteral("Old"), today.addYears(-3));
    const qint64 recent = make(QStringLiteral("Recent"), today.addDays(-30));
    const qint64 undated = make(QStringLiteral("Undated, added today"), QDate());
    const qint64 middle = make(QStringLiteral("Middle"), today.addYears(-1));

    fixture.reopen();
    auto all = EvidenceRepository(*fixture.file).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK((*all)[0].id == undated);
    CHECK((*all)[1].id == recent);
    CHECK((*all)[2].id == middle);
    CHECK((*all)[3].id == old);
}

TEST_CASE("evidence without a title is refused", "[evidence]") {
    test::SchoolFixture fixture;
    auto added = EvidenceRepository(*fixture.file).add(sampleItem(QStringLiteral(" ")));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
}

TEST_CASE("evidence linked to an unknown statement, strand or action is refused, naming it",
          "[evidence]") {
    test::SchoolFixture fixture;
    EvidenceRepository repository(*fixture.file);

    EvidenceItem badStatement = sampleItem();
    badStatement.statementIds = {statement(0), QStringLiteral("leadership.race.99")};
    auto added = repository.add(badStatement);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    CHECK(added.errorMessage().contains(QStringLiteral("leadership.race.99")));

    EvidenceItem badStrand = sampleItem();
    badStrand.strandIds = {QStringLiteral("age")};
    added = repository.add(badStrand);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    CHECK(added.errorMessage().contains(QStringLiteral("\"age\"")));

    EvidenceItem badAction = sampleItem();
    badAction.actionIds = {777};
    added = repository.add(badAction);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    CHECK(added.errorMessage().contains(QStringLiteral("777")));

    auto all = repository.all();
    REQUIRE(all.ok());
    CHECK(all->empty());
}

TEST_CASE("updating evidence records history only for what changed", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 action = addAction(*fixture.file, QStringLiteral("Assemblies"));
    EvidenceItem item = sampleItem();
    item.statementIds = {statement(0)};
    item.strandIds = {race};
    const qint64 id = addItem(*fixture.file, item);
    const std::size_t baseline = historySize(*fixture.file);

    EvidenceRepository repository(*fixture.file);
    auto loaded = repository.byId(id);
    REQUIRE(loaded.ok());
    REQUIRE(repository.update(*loaded).ok());
    CHECK(historySize(*fixture.file) == baseline);

    loaded->title = QStringLiteral("Pupil survey, autumn 2025");
    loaded->kind = EvidenceKind::Data;
    loaded->actionIds = {action};
    loaded->statementIds = {statement(1), statement(0)};
    REQUIRE(repository.update(*loaded).ok());

    fixture.reopen();
    auto entries = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == baseline + 4);
    const auto& title = (*entries)[baseline];
    CHECK(title.entity == QStringLiteral("evidence"));
    CHECK(title.entityId == QString::number(id));
    CHECK(title.field == QStringLiteral("title"));
    CHECK(title.oldValue == QStringLiteral("Pupil survey 2025"));
    CHECK(title.newValue == QStringLiteral("Pupil survey, autumn 2025"));
    CHECK((*entries)[baseline + 1].field == QStringLiteral("kind"));
    CHECK((*entries)[baseline + 1].newValue == QStringLiteral("data"));
    CHECK((*entries)[baseline + 2].field == QStringLiteral("statements"));
    CHECK((*entries)[baseline + 3].field == QStringLiteral("actions"));
    CHECK((*entries)[baseline + 3].oldValue.isEmpty());
    CHECK((*entries)[baseline + 3].newValue == QString::number(action));

    auto reloaded = EvidenceRepository(*fixture.file).byId(id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->kind == EvidenceKind::Data);
    CHECK(reloaded->actionIds == QList<qint64>{action});
    CHECK(reloaded->statementIds == QStringList{statement(0), statement(1)});
    CHECK(reloaded->strandIds == QStringList{race});
    CHECK(reloaded->description == item.description);
}

TEST_CASE("evidence can be found by the action or statement it supports", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 action = addAction(*fixture.file, QStringLiteral("Anti-bullying week"));
    EvidenceItem linked = sampleItem(QStringLiteral("Linked"));
    linked.actionIds = {action};
    linked.statementIds = {statement(2)};
    EvidenceItem other = sampleItem(QStringLiteral("Other"));
    other.statementIds = {statement(5)};
    const qint64 linkedId = addItem(*fixture.file, linked);
    addItem(*fixture.file, other);
    EvidenceRepository repository(*fixture.file);
    REQUIRE(repository.addAttachment(linkedId, QStringLiteral("poster.pdf"), "%PDF-1.4").ok());

    auto forAction = repository.evidenceForAction(action);
    REQUIRE(forAction.ok());
    REQUIRE(forAction->size() == 1);
    CHECK(forAction->front().id == linkedId);
    CHECK(forAction->front().attachments.size() == 1);
    CHECK(forAction->front().statementIds == QStringList{statement(2)});

    auto forStatement = repository.evidenceForStatement(statement(2));
    REQUIRE(forStatement.ok());
    REQUIRE(forStatement->size() == 1);
    CHECK(forStatement->front().id == linkedId);

    auto none = repository.evidenceForStatement(statement(7));
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("removing evidence removes its attachments and links", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 action = addAction(*fixture.file, QStringLiteral("Kept action"));
    EvidenceItem item = sampleItem();
    item.actionIds = {action};
    const qint64 id = addItem(*fixture.file, item);
    EvidenceRepository repository(*fixture.file);
    auto attachment = repository.addAttachment(id, QStringLiteral("a.txt"), "hello");
    REQUIRE(attachment.ok());
    REQUIRE(repository.remove(id).ok());

    fixture.reopen();
    EvidenceRepository reopened(*fixture.file);
    auto byId = reopened.byId(id);
    REQUIRE_FALSE(byId.ok());
    CHECK(byId.error().code == Error::Code::NotFound);
    auto data = reopened.attachmentData(*attachment);
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code == Error::Code::NotFound);
    auto forAction = reopened.evidenceForAction(action);
    REQUIRE(forAction.ok());
    CHECK(forAction->empty());
    CHECK(ActionRepository(*fixture.file).byId(action).ok());
}

TEST_CASE("an attachment can be removed on its own", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 id = addItem(*fixture.file, sampleItem());
    EvidenceRepository repository(*fixture.file);
    auto kept = repository.addAttachment(id, QStringLiteral("kept.txt"), "kept");
    auto gone = repository.addAttachment(id, QStringLiteral("gone.txt"), "gone");
    REQUIRE(kept.ok());
    REQUIRE(gone.ok());
    REQUIRE(repository.removeAttachment(*gone).ok());
    auto again = repository.removeAttachment(*gone);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::NotFound);

    fixture.reopen();
    auto loaded = EvidenceRepository(*fixture.file).byId(id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->attachments.size() == 1);
    CHECK(loaded->attachments[0].fileName == QStringLiteral("kept.txt"));
    auto entries = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(entries.ok());
    CHECK(entries->back().field == QStringLiteral("attachment"));
    CHECK(entries->back().oldValue == QStringLiteral("gone.txt"));
}

TEST_CASE("unknown evidence ids are reported as not found", "[evidence]") {
    test::SchoolFixture fixture;
    EvidenceRepository repository(*fixture.file);
    auto attached = repository.addAttachment(99, QStringLiteral("a.txt"), "x");
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.error().code == Error::Code::NotFound);
    EvidenceItem ghost = sampleItem();
    ghost.id = 99;
    auto updated = repository.update(ghost);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == Error::Code::NotFound);
    auto removed = repository.remove(99);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::NotFound);
    auto data = repository.attachmentData(99);
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code == Error::Code::NotFound);
}

TEST_CASE("a read-only file refuses new evidence and stays byte-identical", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 id = addItem(*fixture.file, sampleItem());
    fixture.file.reset();
    const QByteArray before = test::fileHash(fixture.path);
    {
        auto opened = SchoolFile::open(fixture.path, SchoolFile::Access::ReadOnly);
        REQUIRE(opened.ok());
        EvidenceRepository repository(**opened);
        auto added = repository.add(sampleItem(QStringLiteral("Another")));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == Error::Code::ReadOnly);
        auto attached = repository.addAttachment(id, QStringLiteral("a.txt"), "x");
        REQUIRE_FALSE(attached.ok());
        CHECK(attached.error().code == Error::Code::ReadOnly);
        auto all = repository.all();
        REQUIRE(all.ok());
        CHECK(all->size() == 1);
    }
    CHECK(test::fileHash(fixture.path) == before);
}

TEST_CASE("removed evidence is restored exactly, attachments and links included", "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 action = addAction(*fixture.file, QStringLiteral("Diverse library stock"));
    const qint64 other = addAction(*fixture.file, QStringLiteral("Parents' forum"));
    EvidenceItem item = sampleItem();
    item.statementIds = {statement(0)};
    item.strandIds = {race, gender};
    item.actionIds = {action, other};
    const qint64 id = addItem(*fixture.file, item);
    EvidenceRepository evidence(*fixture.file);
    const QByteArray bytes = binaryBytes();
    auto attachment = evidence.addAttachment(id, QStringLiteral("survey.xlsx"), bytes);
    REQUIRE(attachment.ok());

    auto record = evidence.record(id);
    REQUIRE(record.ok());
    REQUIRE(record->contents.size() == 1);
    CHECK(record->contents.front() == bytes);
    const EvidenceItem before = record->item;
    REQUIRE(evidence.remove(id).ok());
    // An action removed in the meantime is not linked again.
    REQUIRE(ActionRepository(*fixture.file).remove(other).ok());
    REQUIRE(evidence.restore(*record).ok());

    fixture.reopen();
    EvidenceRepository reopened(*fixture.file);
    auto after = reopened.byId(id);
    REQUIRE(after.ok());
    CHECK(after->title == before.title);
    CHECK(after->kind == before.kind);
    CHECK(after->datedOn == before.datedOn);
    CHECK(after->description == before.description);
    CHECK(after->addedBy == before.addedBy);
    CHECK(after->addedAt == before.addedAt);
    CHECK(after->statementIds == before.statementIds);
    CHECK(after->strandIds == before.strandIds);
    CHECK(after->actionIds == QList<qint64>{action});
    REQUIRE(after->attachments.size() == 1);
    CHECK(after->attachments.front().id == *attachment);
    CHECK(after->attachments.front().sha256 == sha256(bytes));
    CHECK(*reopened.attachmentData(*attachment) == bytes);
    // Restoring twice is refused rather than duplicated.
    CHECK_FALSE(reopened.restore(*record).ok());
}

TEST_CASE("a removed attachment is restored under its id, and damaged bytes are refused",
          "[evidence]") {
    test::SchoolFixture fixture;
    const qint64 id = addItem(*fixture.file, sampleItem());
    EvidenceRepository evidence(*fixture.file);
    const QByteArray bytes = binaryBytes();
    auto added = evidence.addAttachment(id, QStringLiteral("photo.jpg"), bytes);
    REQUIRE(added.ok());
    auto meta = evidence.attachment(*added);
    REQUIRE(meta.ok());
    CHECK(meta->fileName == QStringLiteral("photo.jpg"));
    CHECK(meta->size == bytes.size());
    REQUIRE(evidence.removeAttachment(*added).ok());
    CHECK(evidence.attachment(*added).error().code == Error::Code::NotFound);

    QByteArray damaged = bytes;
    damaged[10] = char(damaged[10] ^ 0x55);
    CHECK(evidence.restoreAttachment(*meta, damaged).error().code == Error::Code::Damaged);
    REQUIRE(evidence.restoreAttachment(*meta, bytes).ok());
    fixture.reopen();
    EvidenceRepository reopened(*fixture.file);
    CHECK(*reopened.attachmentData(*added) == bytes);
    CHECK(reopened.byId(id)->attachments.size() == 1);
}
