#include "CatchCompat.h"
#include "DemoDocument.h"
#include "MainWindow.h"
#include "PageWalk.h"
#include "Preferences.h"
#include "dialogs/HelpGuide.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/SchoolDetailsDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/SetJudgementCommand.h"
#include "editing/commands/UpdateSchoolCommand.h"
#include "pages/Page.h"
#include "storage/AuditRepository.h"
#include "storage/SchoolRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <optional>

using namespace equimark;
using namespace equimark::test;

namespace {

QAction* menuAction(MainWindow& window, const QString& text) {
    for (auto* menu : window.menuBar()->findChildren<QMenu*>()) {
        for (auto* action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        }
    }
    return nullptr;
}

QString errorText(MainWindow& window) {
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    return box ? box->text() : QString();
}

} // namespace

TEST_CASE("opening the demo school shows its name and file in the title", "[ui-shell]") {
    DemoDocument demo;
    demo.document.reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(demo.path));
    CHECK(window.windowTitle().contains(QStringLiteral("Millbrook Vale Primary School")));
    CHECK(window.windowTitle().contains(QStringLiteral("demo.equimark")));
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigation"))->isEnabled());
    CHECK(Preferences::recentFiles().value(0) == QFileInfo(demo.path).absoluteFilePath());
    CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());

    window.closeFile();
    CHECK(window.document() == nullptr);
    CHECK(window.windowTitle() == u"Equimark");
}

TEST_CASE("a bad file shows the reason and leaves the window usable", "[ui-shell]") {
    TempDir dir;
    const QString pdf = dir.file(QStringLiteral("report.equimark"));
    writeAll(pdf, QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
    MainWindow window;
    window.show();
    CHECK_FALSE(window.openFile(pdf));
    CHECK(errorText(window).contains(QStringLiteral("not an Equimark school file")));
    CHECK(window.document() == nullptr);

    DemoDocument demo;
    demo.document.reset();
    CHECK(window.openFile(demo.path));
}

TEST_CASE("a file from a newer Equimark is refused with the core's message", "[ui-shell]") {
    DemoDocument demo;
    demo.document.reset();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(demo.path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 42"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    MainWindow window;
    CHECK_FALSE(window.openFile(demo.path));
    CHECK(errorText(window).contains(QStringLiteral("newer version of Equimark")));
}

TEST_CASE("a file open in another window opens read-only with a banner", "[ui-shell]") {
    DemoDocument demo;
    demo.document.reset();
    MainWindow first;
    REQUIRE(first.openFile(demo.path));
    CHECK_FALSE(first.document()->isReadOnly());

    MainWindow second;
    second.show();
    REQUIRE(second.openFile(demo.path));
    CHECK(second.document()->isReadOnly());
    auto* banner = second.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("another Equimark window")));

    // Once the first window lets go, the file opens for editing again.
    first.closeFile();
    second.closeFile();
    REQUIRE(second.openFile(demo.path));
    CHECK_FALSE(second.document()->isReadOnly());
}

TEST_CASE("a read-only document refuses edits and keeps no undo step", "[ui-shell]") {
    DemoDocument demo;
    demo.document.reset();
    auto opened = SchoolFile::open(demo.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    SchoolDocument document(std::move(*opened));
    auto audit = AuditRepository(document.file()).audits();
    auto refused = document.execute(std::make_unique<SetJudgementCommand>(
        document, audit->back().id, QStringLiteral("policy.race.1"), Rating::Green, QString()));
    CHECK(refused.error().code == Error::Code::ReadOnly);
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("undo and redo in the Edit menu follow every edit", "[ui-shell]") {
    DemoDocument demo;
    demo.document.reset();
    MainWindow window;
    REQUIRE(window.openFile(demo.path));
    QAction* undo = menuAction(window, QStringLiteral("Undo"));
    QAction* redo = menuAction(window, QStringLiteral("Redo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->isEnabled());

    SchoolDocument& document = *window.document();
    const qint64 audit = AuditRepository(document.file()).audits()->back().id;
    const QString item = QStringLiteral("staffing.race.2");
    const Rating before = AuditRepository(document.file()).judgement(audit, item)->rating;
    const Rating after = before == Rating::Red ? Rating::Green : Rating::Red;
    REQUIRE(document
                .execute(std::make_unique<SetJudgementCommand>(document, audit, item, after,
                                                               QStringLiteral("Checked.")))
                .ok());
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("staffing.race.2")));
    undo->trigger();
    CHECK(AuditRepository(document.file()).judgement(audit, item)->rating == before);
    CHECK(redo->isEnabled());
    redo->trigger();
    CHECK(AuditRepository(document.file()).judgement(audit, item)->rating == after);
}

TEST_CASE("every page of the window gets the document and can be shown", "[ui-shell]") {
    DemoDocument demo;
    demo.document.reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(demo.path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation->count() >= 1);
    for (int row = 0; row < navigation->count(); ++row) {
        const QString id = navigation->item(row)->data(Qt::UserRole).toString();
        window.showPage(id);
        CHECK(window.currentPageId() == id);
        CHECK(window.page(id)->isVisible());
    }
}

TEST_CASE("a change made by another program is noticed and the undo history cleared",
          "[ui-shell]") {
    DemoDocument demo;
    SchoolDocument& document = *demo.document;
    const qint64 audit = AuditRepository(document.file()).audits()->back().id;
    REQUIRE(document
                .execute(std::make_unique<SetJudgementCommand>(
                    document, audit, QStringLiteral("policy.race.2"), Rating::Amber, QString()))
                .ok());
    QSignalSpy outside(&document, &SchoolDocument::changedOutside);
    QSignalSpy reloaded(&document, &SchoolDocument::reloaded);
    {
        auto other = SchoolFile::open(demo.path);
        REQUIRE(other.ok());
        REQUIRE(AuditRepository(**other)
                    .setJudgement(audit, QStringLiteral("policy.race.3"), Rating::Red, QString())
                    .ok());
    }
    document.checkForOutsideChanges();
    CHECK(outside.count() == 1);
    CHECK(reloaded.count() == 1);
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("the school details dialog changes the support package, with its price, and undoes",
          "[ui-shell]") {
    DemoDocument demo;
    SchoolDocument& document = *demo.document;
    const School before = *SchoolRepository(document.file()).load();
    REQUIRE(before.supportLevel == SupportLevel::Silver);

    SchoolDetailsDialog dialog(before, false);
    QComboBox* level = nullptr;
    for (auto* combo : dialog.findChildren<QComboBox*>()) {
        if (combo->accessibleName() == u"Support package")
            level = combo;
    }
    REQUIRE(level);
    level->setCurrentIndex(level->findData(QStringLiteral("gold")));
    bool priceShown = false;
    for (auto* label : dialog.findChildren<QLabel*>())
        priceShown = priceShown || label->text().contains(QStringLiteral("£849"));
    CHECK(priceShown);
    const School after = dialog.school();
    CHECK(after.supportLevel == SupportLevel::Gold);
    CHECK(after.name == before.name);

    REQUIRE(document.execute(std::make_unique<UpdateSchoolCommand>(document, after)).ok());
    demo.reopen();
    CHECK(SchoolRepository(demo.document->file()).load()->supportLevel == SupportLevel::Gold);

    SchoolDocument& reopened = *demo.document;
    REQUIRE(reopened.execute(std::make_unique<UpdateSchoolCommand>(reopened, before)).ok());
    reopened.undoStack()->undo();
    CHECK(SchoolRepository(reopened.file()).load()->supportLevel == SupportLevel::Gold);
    reopened.undoStack()->redo();
    CHECK(SchoolRepository(reopened.file()).load()->supportLevel == SupportLevel::Silver);
}

TEST_CASE("File offers print preview, print and PDF, on the report of the page in front",
          "[ui-shell]") {
    DemoDocument demo;
    const QString path = demo.path;
    demo.document.reset();
    MainWindow window;
    window.show();
    auto* pdf = window.findChild<QAction*>(QStringLiteral("exportPdfAction"));
    auto* print = window.findChild<QAction*>(QStringLiteral("printAction"));
    auto* preview = window.findChild<QAction*>(QStringLiteral("printPreviewAction"));
    REQUIRE(pdf);
    REQUIRE(print);
    REQUIRE(preview);
    CHECK_FALSE(pdf->isEnabled()); // nothing to print before a file is open
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    REQUIRE(window.openFile(path));
    CHECK(pdf->isEnabled());

    const std::pair<QString, ReportRequest::Kind> pages[] = {
        {QStringLiteral("action-plan"), ReportRequest::Kind::ActionPlan},
        {QStringLiteral("summary-grid"), ReportRequest::Kind::Grid},
        {QStringLiteral("overview"), ReportRequest::Kind::Summary}};
    for (const auto& [pageId, kind] : pages) {
        window.showPage(pageId);
        std::optional<ReportRequest::Kind> offered;
        QTimer::singleShot(0, &window, [&offered] {
            if (auto* dialog = qobject_cast<ReportDialog*>(QApplication::activeModalWidget())) {
                offered = dialog->request().kind;
                dialog->reject();
            }
        });
        pdf->trigger();
        INFO(pageId.toStdString());
        REQUIRE(offered.has_value());
        CHECK(*offered == kind);
    }
}

TEST_CASE("the guide has a section for every page, in English and Welsh, and links nowhere",
          "[ui-shell][help]") {
    const QString english = HelpGuide::guideFile(QLocale(QStringLiteral("en_GB")));
    const QString welsh = HelpGuide::guideFile(QLocale(QStringLiteral("cy_GB")));
    CHECK(english == u":/help/guide_en.html");
    CHECK(welsh == u":/help/guide_cy.html");
    CHECK(HelpGuide::guideFile(QLocale(QLocale::Japanese)) == english);

    MainWindow window;
    for (const QString& file : {english, welsh}) {
        QFile guide(file);
        REQUIRE(guide.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(guide.readAll());
        INFO(file.toStdString());
        for (const QString& id : window.pageIds())
            CHECK(html.contains(QStringLiteral("name=\"%1\"").arg(id)));
        CHECK_FALSE(html.contains(QLatin1String("http"), Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    }
}

TEST_CASE("F1 opens the guide at the section of the page in front", "[ui-shell][help]") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    window.showPage(QStringLiteral("history"));
    QAction* guide = window.findChild<QAction*>(QStringLiteral("guideAction"));
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto* dialog = window.findChild<HelpGuide*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    QTextBrowser* text = dialog->browser();
    CHECK(text->toPlainText().contains(QStringLiteral("audit"), Qt::CaseInsensitive));
    QApplication::processEvents();
    // History is near the end of the guide: the guide has scrolled down to it.
    CHECK(text->verticalScrollBar()->value() > text->verticalScrollBar()->maximum() / 2);
    if (const QString folder = qEnvironmentVariable("EQUIMARK_SCREENSHOTS"); !folder.isEmpty()) {
        text->verticalScrollBar()->setValue(0);
        dialog->grab().save(QDir(folder).filePath(QStringLiteral("guide.png")));
    }
}
