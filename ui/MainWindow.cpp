#include "MainWindow.h"

#include "Preferences.h"
#include "demo/DemoSchool.h"
#include "dialogs/HelpGuide.h"
#include "dialogs/NewSchoolWizard.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/SchoolDetailsDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/UpdateSchoolCommand.h"
#include "frameworks/FrameworkLoader.h"
#include "pages/Page.h"
#include "pages/PageRegistry.h"
#include "pages/WelcomePage.h"
#include "storage/SchoolRepository.h"
#include "widgets/KeyboardConventions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace equimark {

namespace {
const QString fileFilter() {
    return MainWindow::tr("Equimark school files (*.equimark)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_welcome(new WelcomePage)
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_banner(new QLabel) {
    KeyboardConventions::install();
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation->setAccessibleName(tr("Steps of the process"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    m_stack->addWidget(m_welcome);
    m_entries = pageEntries();
    m_pages.assign(m_entries.size(), nullptr);
    for (const PageEntry& entry : m_entries) {
        // Step names only: a number before each makes the order of the process plain.
        const int step = m_navigation->count(); // the overview comes first, unnumbered
        auto* item = new QListWidgetItem(
            step == 0 ? entry.title : tr("%1. %2").arg(step).arg(entry.title), m_navigation);
        item->setData(Qt::AccessibleTextRole, entry.title);
        item->setData(Qt::UserRole, entry.id);
        item->setSizeHint(QSize(0, 34));
    }
    // Sized from the longest step name (the list has no size hint until it is shown).
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setMinimumWidth(widest + 36);
    m_navigation->setMaximumWidth(widest + 120);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_document && row >= 0 && row < int(m_pages.size()))
            m_stack->setCurrentWidget(pageAt(row));
    });

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    m_banner->setAccessibleName(tr("Read-only notice"));
    m_banner->hide();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    if (!splitter->restoreState(Preferences::state(QStringLiteral("main/splitter"))))
        splitter->setSizes({m_navigation->minimumWidth(), 10000});
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        Preferences::setState(QStringLiteral("main/splitter"), splitter->saveState());
    });
    setCentralWidget(splitter);

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newSchool);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoSchool);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);

    createMenus();
    setDocument(nullptr);
    if (!restoreGeometry(Preferences::state(QStringLiteral("main/geometry")))) {
        // First run: a laptop screen is used whole; a large one gets a comfortable window.
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        if (available.width() <= 1600) {
            setGeometry(screen()->availableGeometry());
            setWindowState(Qt::WindowMaximized);
        } else {
            resize(1440, 900);
        }
    }
}

MainWindow::~MainWindow() {
    detachPages();
}

Page* MainWindow::pageAt(int index) const {
    if (index < 0 || index >= int(m_pages.size()))
        return nullptr;
    Page*& page = m_pages[size_t(index)];
    if (!page) {
        // Built the first time it is wanted; the window owns it from then on.
        page = m_entries[size_t(index)].create(m_stack);
        m_stack->addWidget(page);
        connect(page, &Page::navigateRequested, this, &MainWindow::showPage);
        connect(page, &Page::errorOccurred, this, &MainWindow::showError);
    }
    return attached(page);
}

QStringList MainWindow::pageIds() const {
    QStringList ids;
    for (const PageEntry& entry : m_entries)
        ids << entry.id;
    return ids;
}

Page* MainWindow::attached(Page* page) const {
    // A page gets the document the first time it is wanted (shown, searched, asked for),
    // not when the file opens: opening then costs one page, not every page.
    if (page && m_document && !m_attached.contains(page)) {
        m_attached.insert(page);
        page->setDocument(m_document.get());
    }
    return page;
}

void MainWindow::detachPages() {
    for (auto* page : m_pages) {
        if (page && m_attached.contains(page))
            page->setDocument(nullptr);
    }
    m_attached.clear();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // No shortcut: Ctrl+N belongs to "New action" on the action plan page, used far more often.
    file->addAction(tr("&New School…"), this, &MainWindow::newSchool);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo School"), this, &MainWindow::openDemoSchool);
    file->addSeparator();
    QAction* copy =
        file->addAction(tr("Save a &Copy…"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    QAction* details = file->addAction(tr("School &Details…"), this, &MainWindow::editSchool);
    m_documentActions << details;
    QAction* close =
        file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeFile);
    m_documentActions << copy << close;
    file->addSeparator();
    // Each offers every report, opening on the one that goes with the page in front.
    QAction* preview = file->addAction(tr("Print Pre&view…"), this,
                                       [this] { printReport(ReportDialog::Output::Preview); });
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    QAction* print = file->addAction(tr("&Print…"), QKeySequence::Print, this,
                                     [this] { printReport(ReportDialog::Output::Print); });
    print->setObjectName(QStringLiteral("printAction"));
    QAction* pdf = file->addAction(tr("&Export PDF…"), QKeySequence(tr("Ctrl+E")), this,
                                   [this] { printReport(ReportDialog::Output::Pdf); });
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_documentActions << preview << print << pdf;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    QAction* findAction =
        edit->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::find);
    QAction* findNext = edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] {
        if (m_lastFind.isEmpty())
            find();
        else if (auto* page = qobject_cast<Page*>(m_stack->currentWidget());
                 page && !page->find(m_lastFind))
            statusBar()->showMessage(tr("No more matches for \"%1\".").arg(m_lastFind), 4000);
    });
    m_documentActions << findAction << findNext;
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                                           &MainWindow::editPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(tr("Ctrl+,")));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const QString id = m_entries[size_t(i)].id;
        QAction* action =
            go->addAction(m_entries[size_t(i)].title, this, [this, id] { showPage(id); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_documentActions << action;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("Equimark &Guide"), QKeySequence::HelpContents, this,
                                     &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setShortcut(QKeySequence::WhatsThis);
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About Equimark"), this, &MainWindow::about);
    connect(file, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = Preferences::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { openFile(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openFile(const QString& path) {
    // A lock file beside the school file tells a second Equimark window that the file is in
    // use; SQLite's own locking would let both edit and each would undo over the other.
    const QFileInfo info(path);
    auto lock = std::make_unique<QLockFile>(
        info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName())));
    lock->setStaleLockTime(0); // freed only by its owner, or when that process has died
    SchoolFile::Access access = SchoolFile::Access::ReadWrite;
    QString reason;
    if (info.exists() && !lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            access = SchoolFile::Access::ReadOnly;
            reason = tr("it is open in another Equimark window (on %1)").arg(host);
        }
        lock.reset(); // a folder we cannot write: SchoolFile opens read-only by itself
    }
    auto opened = SchoolFile::open(path, access, reason);
    if (!opened) {
        showError(tr("%1 could not be opened.\n\n%2")
                      .arg(QDir::toNativeSeparators(path), opened.errorMessage()));
        if (opened.error().code == Error::Code::NotFound)
            Preferences::removeRecentFile(path);
        m_welcome->refreshRecent();
        return false;
    }
    (*opened)->setUserName(Preferences::userName());
    setDocument(std::make_unique<SchoolDocument>(std::move(*opened)));
    m_lock = std::move(lock);
    Preferences::addRecentFile(path);
    m_welcome->refreshRecent();
    if (!m_document->file().migrationBackupPath().isEmpty())
        statusBar()->showMessage(
            tr("This file was updated for this version of Equimark; the "
               "previous version was kept as %1.")
                .arg(QDir::toNativeSeparators(m_document->file().migrationBackupPath())),
            10000);
    return true;
}

void MainWindow::closeFile() {
    setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<SchoolDocument> document) {
    // Pages let go of the old document before it is destroyed.
    detachPages();
    m_document = std::move(document);
    const bool open = m_document != nullptr;
    if (!open)
        m_lock.reset();

    m_undo->disconnect(this);
    m_redo->disconnect(this);
    if (open) {
        QUndoStack* stack = m_document->undoStack();
        auto refreshUndo = [this, stack] {
            m_undo->setEnabled(stack->canUndo());
            m_redo->setEnabled(stack->canRedo());
            m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        // Another program may have written since the last look (the document checks every
        // second or two): look first, so an undo or redo never writes over its work. When it
        // has written, the history is cleared and the step is not taken.
        SchoolDocument* document = m_document.get();
        connect(m_undo, &QAction::triggered, this, [document, stack] {
            document->checkForOutsideChanges();
            stack->undo();
        });
        connect(m_redo, &QAction::triggered, this, [document, stack] {
            document->checkForOutsideChanges();
            stack->redo();
        });
        connect(stack, &QUndoStack::indexChanged, this, refreshUndo);
        connect(stack, &QUndoStack::cleanChanged, this, refreshUndo);
        refreshUndo();
        connect(m_document.get(), &SchoolDocument::schoolChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &SchoolDocument::editFailed, this, &MainWindow::showError);
        connect(m_document.get(), &SchoolDocument::changedOutside, this, [this] {
            statusBar()->showMessage(tr("Another program changed this school file; the pages "
                                        "show its latest contents. Undo history was cleared."),
                                     10000);
        });
        m_navigation->setEnabled(true);
        showPage(m_entries.empty() ? QString() : m_entries.front().id);
    } else {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        m_undo->setText(tr("&Undo"));
        m_redo->setText(tr("&Redo"));
        m_navigation->setEnabled(false);
        m_navigation->clearSelection();
        m_stack->setCurrentWidget(m_welcome);
    }
    for (auto* action : std::as_const(m_documentActions))
        action->setEnabled(open);
    updateTitle();
    updateReadOnlyBanner();
    emit documentChanged(m_document.get());
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(tr("Equimark"));
        return;
    }
    const auto school = SchoolRepository(m_document->file()).load();
    const QString name = school ? school->name : tr("School");
    setWindowTitle(tr("%1 — %2 — Equimark").arg(name, QFileInfo(m_document->path()).fileName()));
}

void MainWindow::updateReadOnlyBanner() {
    if (m_document && m_document->isReadOnly()) {
        m_banner->setText(tr("Read-only: %1. You can read, print and save a copy, but not "
                             "change this file.")
                              .arg(m_document->file().readOnlyReason()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

Page* MainWindow::page(const QString& pageId) const {
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (m_entries[size_t(i)].id == pageId)
            return pageAt(i);
    }
    return nullptr;
}

QString MainWindow::currentPageId() const {
    auto* page = qobject_cast<Page*>(m_stack->currentWidget());
    return page ? page->pageId() : QString();
}

void MainWindow::showPage(const QString& pageId, const QVariant& target) {
    if (pageId == u"school-details") {
        editSchool();
        return;
    }
    Page* target_page = page(pageId);
    if (!m_document || !target_page)
        return;
    const int row = int(std::find(m_pages.begin(), m_pages.end(), target_page) - m_pages.begin());
    m_navigation->setCurrentRow(row);
    m_stack->setCurrentWidget(target_page);
    if (target.isValid())
        target_page->navigateTo(target);
}

void MainWindow::newSchool() {
    NewSchoolWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    std::vector<Framework> frameworks;
    for (const auto& id : wizard.frameworkIds()) {
        auto framework = FrameworkLoader::shipped(id);
        if (!framework) {
            showError(framework.errorMessage());
            return;
        }
        frameworks.push_back(std::move(*framework));
    }
    auto created = SchoolFile::create(wizard.filePath(), wizard.school(), frameworks);
    if (!created) {
        showError(created.errorMessage());
        return;
    }
    created = Error{};
    openFile(wizard.filePath());
}

void MainWindow::openWithDialog() {
    const QString start = m_document
                              ? QFileInfo(m_document->path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a school file"), start, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openDemoSchool() {
    const QString path = Preferences::demoSchoolPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (auto built = DemoSchool::build(path); !built) {
            showError(built.errorMessage());
            return;
        }
    }
    openFile(path);
}

void MainWindow::saveCopy() {
    if (!m_document)
        return;
    const QFileInfo info(m_document->path());
    const QString suggested = info.absoluteDir().filePath(
        tr("%1 (copy %2).equimark")
            .arg(info.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    if (auto saved = m_document->file().backupTo(target); !saved) {
        showError(tr("The copy could not be saved.\n\n%1").arg(saved.errorMessage()));
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), 6000);
}

void MainWindow::printReport(ReportDialog::Output output) {
    if (!m_document)
        return;
    // The report that goes with the page in front, so "Print" does what the user expects.
    using Kind = ReportRequest::Kind;
    const QString pageId = currentPageId();
    const Kind suggested = pageId == u"action-plan"    ? Kind::ActionPlan
                           : pageId == u"summary-grid" ? Kind::Grid
                           : pageId == u"audit"        ? Kind::AuditRecord
                           : pageId == u"race-charter" ? Kind::CharterSelfEvaluation
                           : pageId == u"portfolios"   ? Kind::Portfolio
                           : pageId == u"ambitions"    ? Kind::Ambitions
                           : pageId == u"outcomes"     ? Kind::Outcomes
                           : pageId == u"training"     ? Kind::TrainingCoverage
                                                       : Kind::Summary;
    ReportDialog dialog(*m_document, output, suggested, this);
    dialog.exec();
}

void MainWindow::editSchool() {
    if (!m_document)
        return;
    auto school = SchoolRepository(m_document->file()).load();
    if (!school) {
        showError(school.errorMessage());
        return;
    }
    SchoolDetailsDialog dialog(*school, m_document->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted || m_document->isReadOnly())
        return;
    if (auto changed = m_document->execute(
            std::make_unique<UpdateSchoolCommand>(*m_document, dialog.school()));
        !changed)
        showError(changed.errorMessage());
}

void MainWindow::find() {
    auto* page = qobject_cast<Page*>(m_stack->currentWidget());
    if (!page)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Find"), tr("Find on this page:"),
                                               QLineEdit::Normal, m_lastFind, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    m_lastFind = text.trimmed();
    if (!page->find(m_lastFind))
        statusBar()->showMessage(tr("Nothing on this page matches \"%1\".").arg(m_lastFind), 4000);
}

void MainWindow::editPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && m_document)
        m_document->file().setUserName(Preferences::userName());
}

void MainWindow::showGuide() {
    if (!m_guide)
        m_guide = new HelpGuide(this);
    m_guide->showSection(currentPageId());
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Equimark"),
                       tr("<p><b>Equimark %1</b></p><p>Equality accreditation work for schools, "
                          "offline: the Lancashire Equality Mark, the RACE Charter Mark and the "
                          "race equality leadership ambitions.</p><p>Licensed under the GNU "
                          "General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(EQUIMARK_VERSION).toHtmlEscaped()));
}

void MainWindow::showError(const QString& message) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Equimark"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Nothing to save: every edit is already in the file. Just remember the layout.
    Preferences::setState(QStringLiteral("main/geometry"), saveGeometry());
    setDocument(nullptr);
    event->accept();
}

} // namespace equimark
