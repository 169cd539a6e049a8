#include "CatchCompat.h"
#include "DemoDocument.h"
#include "TempDir.h"
#include "editing/commands/AddActionCommand.h"
#include "models/EvidenceTableModel.h"
#include "pages/EvidencePage.h"
#include "storage/ActionRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/AttachmentPreview.h"
#include "widgets/EvidenceEditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <algorithm>

using namespace equimark;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QString writeFile(const test::TempDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return path;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Not text: every byte value, so nothing could survive by accident of encoding.
QByteArray binaryBytes() {
    QByteArray bytes;
    for (int round = 0; round < 40; ++round)
        for (int value = 0; value < 256; ++value)
            bytes.append(char(value ^ round));
    return bytes;
}

QByteArray pngBytes() {
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void drop(QWidget& target, const QStringList& paths) {
    QList<QUrl> urls;
    for (const auto& path : paths)
        urls << QUrl::fromLocalFile(path);
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF at(target.width() / 2.0, target.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &dropEvent);
    CHECK(dropEvent.isAccepted());
}

EvidenceItem stored(SchoolDocument& document, qint64 id) {
    auto item = EvidenceRepository(document.file()).byId(id);
    REQUIRE(item.ok());
    return *item;
}

} // namespace

TEST_CASE("new evidence with a file attached keeps identical bytes after reopening",
          "[ui-evidence]") {
    test::DemoDocument demo;
    test::TempDir files;
    const QByteArray bytes = binaryBytes();
    const QString path = writeFile(files, QStringLiteral("survey results.xlsx"), bytes);
    qint64 id = 0;
    {
        EvidencePage page;
        page.setDocument(demo.document.get());
        const int before = page.model()->rowCount();
        QTest::mouseClick(child<QPushButton>(page, "addEvidence"), Qt::LeftButton);
        REQUIRE(page.model()->rowCount() == before + 1);
        id = page.currentEvidenceId();
        REQUIRE(id != 0);
        REQUIRE(page.editor()->evidenceId() == id);

        auto* title = child<QLineEdit>(*page.editor(), "evidenceTitle");
        title->setText(QStringLiteral("Pupil survey 2026"));
        emit title->editingFinished();
        REQUIRE(page.editor()->attachFiles({path}).ok());
        const int row = page.model()->rowOf(id);
        CHECK(page.model()->index(row, EvidenceTableModel::TitleColumn).data().toString() ==
              QStringLiteral("Pupil survey 2026"));
        CHECK(page.model()->index(row, EvidenceTableModel::AttachmentsColumn).data().toInt() == 1);
        CHECK(child<QTreeWidget>(*page.editor(), "attachmentList")->topLevelItemCount() == 1);
    }
    demo.reopen();
    const EvidenceItem item = stored(*demo.document, id);
    CHECK(item.title == QStringLiteral("Pupil survey 2026"));
    REQUIRE(item.attachments.size() == 1);
    CHECK(item.attachments.front().fileName == QStringLiteral("survey results.xlsx"));
    auto data = EvidenceRepository(demo.document->file()).attachmentData(item.attachments[0].id);
    REQUIRE(data.ok());
    CHECK(*data == bytes);
}

TEST_CASE("a file dropped on the page is attached to the selected evidence", "[ui-evidence]") {
    test::DemoDocument demo;
    test::TempDir files;
    const QString path = writeFile(files, QStringLiteral("assembly.png"), pngBytes());
    EvidencePage page;
    page.resize(1200, 800);
    page.setDocument(demo.document.get());
    const qint64 id = page.currentEvidenceId();
    REQUIRE(id != 0);
    const auto before = stored(*demo.document, id).attachments.size();

    drop(page, {path});
    const EvidenceItem item = stored(*demo.document, id);
    REQUIRE(item.attachments.size() == before + 1);
    CHECK(item.attachments.back().fileName == QStringLiteral("assembly.png"));
    CHECK(item.attachments.back().mimeType == QStringLiteral("image/png"));
    // The picture is shown from the stored bytes.
    CHECK(page.editor()->currentAttachmentId() == item.attachments.back().id);
    CHECK(child<AttachmentPreview>(*page.editor(), "attachmentPreview")->hasImage());

    demo.document->undoStack()->undo();
    CHECK(stored(*demo.document, id).attachments.size() == before);
}

TEST_CASE("files dropped with nothing selected become new evidence", "[ui-evidence]") {
    test::DemoDocument demo;
    test::TempDir files;
    const QString path = writeFile(files, QStringLiteral("Parent forum minutes.pdf"),
                                   QByteArray("%PDF-1.4\n%\xE2\xE3\n"));
    EvidencePage page;
    page.setDocument(demo.document.get());
    child<QTableView>(page, "evidenceTable")->setCurrentIndex({});
    REQUIRE(page.currentEvidenceId() == 0);
    const int before = page.model()->rowCount();
    drop(page, {path});
    REQUIRE(page.model()->rowCount() == before + 1);
    const EvidenceItem item = stored(*demo.document, page.currentEvidenceId());
    CHECK(item.title == QStringLiteral("Parent forum minutes"));
    REQUIRE(item.attachments.size() == 1);
    CHECK(item.attachments.front().fileName == QStringLiteral("Parent forum minutes.pdf"));
}

TEST_CASE("exporting an attachment writes exactly the stored bytes", "[ui-evidence]") {
    test::DemoDocument demo;
    test::TempDir files;
    const QByteArray bytes = binaryBytes();
    const QString source = writeFile(files, QStringLiteral("data.bin"), bytes);
    EvidencePage page;
    page.setDocument(demo.document.get());
    REQUIRE(page.editor()->attachFiles({source}).ok());
    const qint64 attachment = page.editor()->currentAttachmentId();
    REQUIRE(attachment != 0);
    const QString target = files.file(QStringLiteral("exported copy.bin"));
    REQUIRE(page.editor()->exportAttachment(attachment, target).ok());
    CHECK(readFile(target) == bytes);
    // A folder that does not exist gives a reason, not a crash.
    auto failed = page.editor()->exportAttachment(
        attachment, files.file(QStringLiteral("missing/folder/copy.bin")));
    CHECK_FALSE(failed.ok());
}

TEST_CASE("removing evidence and undoing brings it back with its attachment", "[ui-evidence]") {
    test::DemoDocument demo;
    test::TempDir files;
    const QByteArray bytes = binaryBytes();
    const QString path = writeFile(files, QStringLiteral("photo.raw"), bytes);
    EvidencePage page;
    page.setDocument(demo.document.get());
    const qint64 id = page.currentEvidenceId();
    REQUIRE(page.editor()->attachFiles({path}).ok());
    const EvidenceItem before = stored(*demo.document, id);
    REQUIRE_FALSE(before.attachments.empty());

    QTest::keyClick(child<QTableView>(page, "evidenceTable"), Qt::Key_Delete);
    CHECK(page.model()->rowOf(id) < 0);
    CHECK_FALSE(EvidenceRepository(demo.document->file()).byId(id).ok());

    demo.document->undoStack()->undo();
    REQUIRE(page.model()->rowOf(id) >= 0);
    demo.reopen();
    const EvidenceItem after = stored(*demo.document, id);
    CHECK(after.title == before.title);
    CHECK(after.strandIds == before.strandIds);
    CHECK(after.statementIds == before.statementIds);
    CHECK(after.actionIds == before.actionIds);
    CHECK(after.addedAt == before.addedAt);
    REQUIRE(after.attachments.size() == before.attachments.size());
    for (std::size_t i = 0; i < after.attachments.size(); ++i) {
        CHECK(after.attachments[i].id == before.attachments[i].id);
        CHECK(after.attachments[i].sha256 == before.attachments[i].sha256);
    }
    auto data =
        EvidenceRepository(demo.document->file()).attachmentData(after.attachments.back().id);
    REQUIRE(data.ok());
    CHECK(*data == bytes);
}

TEST_CASE("the evidence table filters by type, strand and words", "[ui-evidence]") {
    test::DemoDocument demo;
    EvidencePage page;
    page.setDocument(demo.document.get());
    auto* view = child<QTableView>(page, "evidenceTable");
    const int total = view->model()->rowCount();
    REQUIRE(total > 1);

    auto all = EvidenceRepository(demo.document->file()).all();
    REQUIRE(all.ok());
    const EvidenceKind kind = all->front().kind;
    const auto expected = std::count_if(all->begin(), all->end(),
                                        [&](const EvidenceItem& e) { return e.kind == kind; });
    auto* kinds = child<QComboBox>(page, "evidenceKindFilter");
    kinds->setCurrentIndex(kinds->findData(evidenceKindId(kind)));
    REQUIRE(view->model()->rowCount() == int(expected));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->model()->index(row, 0).data(EvidenceTableModel::KindRole).toString() ==
              evidenceKindId(kind));
    kinds->setCurrentIndex(0);
    CHECK(view->model()->rowCount() == total);

    auto* search = child<QLineEdit>(page, "evidenceSearch");
    search->setText(all->back().title);
    CHECK(view->model()->rowCount() >= 1);
    CHECK(view->model()->rowCount() < total);
    search->setText(QStringLiteral("no evidence is called this"));
    CHECK(view->model()->rowCount() == 0);
    search->clear();

    // navigateTo clears a filter that would hide what was asked for.
    kinds->setCurrentIndex(kinds->findData(evidenceKindId(kind)));
    const auto other = std::find_if(all->begin(), all->end(),
                                    [&](const EvidenceItem& e) { return e.kind != kind; });
    if (other != all->end()) {
        page.navigateTo(other->id);
        CHECK(page.currentEvidenceId() == other->id);
        CHECK(kinds->currentIndex() == 0);
    }
    CHECK(page.find(all->back().title));
    CHECK(page.currentEvidenceId() == all->back().id);
}

TEST_CASE("ticking a strand links the evidence to it, with undo", "[ui-evidence]") {
    test::DemoDocument demo;
    EvidencePage page;
    page.setDocument(demo.document.get());
    const qint64 id = page.currentEvidenceId();
    const QStringList before = stored(*demo.document, id).strandIds;
    auto* strands = child<QListWidget>(*page.editor(), "evidenceStrands");
    QListWidgetItem* unticked = nullptr;
    for (int i = 0; i < strands->count() && !unticked; ++i) {
        if (strands->item(i)->checkState() == Qt::Unchecked)
            unticked = strands->item(i);
    }
    REQUIRE(unticked != nullptr);
    const QString strand = unticked->data(Qt::UserRole).toString();
    unticked->setCheckState(Qt::Checked);
    CHECK(stored(*demo.document, id).strandIds.contains(strand));
    demo.document->undoStack()->undo();
    CHECK(stored(*demo.document, id).strandIds == before);
    CHECK(unticked->checkState() == Qt::Unchecked);
}

TEST_CASE("a read-only school file disables editing of evidence", "[ui-evidence]") {
    test::DemoDocument demo;
    demo.document.reset();
    auto opened = SchoolFile::open(demo.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    SchoolDocument document(std::move(*opened));
    EvidencePage page;
    page.setDocument(&document);
    REQUIRE(page.currentEvidenceId() != 0);
    CHECK_FALSE(child<QPushButton>(page, "addEvidence")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "removeEvidence")->isEnabled());
    CHECK_FALSE(page.acceptDrops());
    CHECK(child<QLineEdit>(*page.editor(), "evidenceTitle")->isReadOnly());
    CHECK(child<QPlainTextEdit>(*page.editor(), "evidenceDescription")->isReadOnly());
    CHECK_FALSE(child<QComboBox>(*page.editor(), "evidenceKind")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*page.editor(), "addAttachment")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*page.editor(), "removeAttachment")->isEnabled());
    auto* strands = child<QListWidget>(*page.editor(), "evidenceStrands");
    REQUIRE(strands->count() > 0);
    CHECK_FALSE(strands->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));
    // Filtering is reading, not editing.
    CHECK(child<QComboBox>(page, "evidenceKindFilter")->isEnabled());
    CHECK_FALSE(page.addFiles({demo.path}).ok());
}

TEST_CASE("the evidence model passes the model tester through edits", "[ui-evidence]") {
    test::DemoDocument demo;
    test::TempDir files;
    SchoolDocument& document = *demo.document;
    EvidencePage page;
    page.setDocument(&document);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = page.model()->rowCount();
    QTest::mouseClick(child<QPushButton>(page, "addEvidence"), Qt::LeftButton);
    REQUIRE(page.editor()->attachFiles({writeFile(files, QStringLiteral("a.txt"), "a")}).ok());
    QTest::mouseClick(child<QPushButton>(page, "removeEvidence"), Qt::LeftButton);
    CHECK(page.model()->rowCount() == rows);
    document.undoStack()->undo();
    CHECK(page.model()->rowCount() == rows + 1);
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(page.model()->rowCount() == rows);
    document.undoStack()->redo();
    document.undoStack()->redo();
    CHECK(page.model()->rowCount() == rows + 1);
    emit document.reloaded();
    CHECK(page.model()->rowCount() == rows + 1);
}

TEST_CASE("the actions to link are listed when their tab is first seen, and links stay meanwhile",
          "[ui-evidence]") {
    test::DemoDocument demo;
    auto items = EvidenceRepository(demo.document->file()).all();
    REQUIRE(items.ok());
    auto linked = std::find_if(items->begin(), items->end(),
                               [](const EvidenceItem& item) { return !item.actionIds.isEmpty(); });
    REQUIRE(linked != items->end());
    const qint64 id = linked->id;
    const QList<qint64> links = linked->actionIds;
    auto actions = ActionRepository(demo.document->file()).names();
    REQUIRE(actions.ok());

    EvidencePage page;
    page.resize(1200, 800);
    page.setDocument(demo.document.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.navigateTo(id);
    REQUIRE(page.editor()->evidenceId() == id);
    auto* list = child<QListWidget>(*page.editor(), "evidenceActions");
    auto* tabs = child<QTabWidget>(*page.editor(), "evidenceTabs");
    REQUIRE(tabs->currentIndex() == 0);
    CHECK(list->count() == 0); // not built while its tab is out of sight

    // An edit made before the list exists must not read its (absent) ticks as "no links".
    auto* title = child<QLineEdit>(*page.editor(), "evidenceTitle");
    title->setText(QStringLiteral("Retitled before the actions were seen"));
    emit title->editingFinished();
    CHECK(stored(*demo.document, id).title ==
          QStringLiteral("Retitled before the actions were seen"));
    CHECK(stored(*demo.document, id).actionIds == links);

    tabs->setCurrentIndex(1);
    REQUIRE(list->count() == int(actions->size()));
    QList<qint64> ticked;
    QListWidgetItem* unticked = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ticked << list->item(i)->data(Qt::UserRole).toLongLong();
        else if (!unticked)
            unticked = list->item(i);
    }
    std::sort(ticked.begin(), ticked.end());
    QList<qint64> expected = links;
    std::sort(expected.begin(), expected.end());
    CHECK(ticked == expected);
    REQUIRE(unticked != nullptr);
    const qint64 added = unticked->data(Qt::UserRole).toLongLong();
    unticked->setCheckState(Qt::Checked);
    CHECK(stored(*demo.document, id).actionIds.contains(added));

    // An action added while the tab is hidden again joins the list when it is next seen.
    tabs->setCurrentIndex(0);
    Action fresh;
    fresh.title = QStringLiteral("An action added elsewhere");
    fresh.strandIds = {demo.document->equalityMark().strands.front().id};
    REQUIRE(demo.document->execute(std::make_unique<AddActionCommand>(*demo.document, fresh)).ok());
    tabs->setCurrentIndex(1);
    CHECK(list->count() == int(actions->size()) + 1);
}
