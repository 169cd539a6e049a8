#pragma once

#include "dialogs/ReportDialog.h"
#include "pages/PageRegistry.h"

#include <QMainWindow>
#include <QSet>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QAction;
class QLockFile;

namespace equimark {

class HelpGuide;
class Page;
class SchoolDocument;
class SchoolFile;
class WelcomePage;

// The application window: a navigation list of the process steps beside the current page,
// the File/Edit/Go/Help menus, and a banner when the file is read-only. Owns the open
// SchoolDocument; pages only borrow it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a school file; on failure shows the reason and keeps whatever was open.
    bool openFile(const QString& path);
    // Opens the demo school from the user's data folder, building it there first if absent.
    void openDemoSchool();
    void closeFile();
    SchoolDocument* document() const { return m_document.get(); }
    // The page, built and given the open document if it was not yet.
    Page* page(const QString& pageId) const;
    QStringList pageIds() const; // every page, in navigation order
    void showPage(const QString& pageId, const QVariant& target = {});
    // File > School Details: name, URN, phase, local authority and support package.
    void editSchool();
    QString currentPageId() const;

signals:
    void documentChanged(SchoolDocument* document);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newSchool();
    void openWithDialog();
    void saveCopy();
    void printReport(ReportDialog::Output output);
    void find();
    void editPreferences();
    void about();
    void showGuide();
    void showError(const QString& message);
    void rebuildRecentMenu();
    void setDocument(std::unique_ptr<SchoolDocument> document);
    void updateTitle();
    void updateReadOnlyBanner();
    Page* pageAt(int index) const;    // built on first use
    Page* attached(Page* page) const; // the page, holding the open document
    void detachPages();

    std::unique_ptr<SchoolDocument> m_document;
    // Held while a file is open here, so a second window opens it read-only.
    std::unique_ptr<QLockFile> m_lock;
    std::vector<PageEntry> m_entries;
    mutable std::vector<Page*> m_pages; // by entry; null until first wanted
    mutable QSet<Page*> m_attached;     // the pages given the open document so far
    WelcomePage* m_welcome = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_documentActions; // enabled only while a file is open
    QString m_lastFind;
    HelpGuide* m_guide = nullptr; // made when first asked for
};

} // namespace equimark
