#include "CatchCompat.h"
#include "DemoDocument.h"
#include "MainWindow.h"
#include "PageWalk.h"
#include "dialogs/DelegateDialog.h"
#include "dialogs/HelpGuide.h"
#include "dialogs/NewAuditYearDialog.h"
#include "dialogs/NewSchoolWizard.h"
#include "dialogs/OutcomeImportDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/SchoolDetailsDialog.h"
#include "i18n/Translations.h"
#include "pages/Page.h"
#include "storage/SchoolRepository.h"
#include "widgets/KeyboardConventions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace equimark;
using namespace equimark::test;

namespace {

QString describe(const QWidget* widget) {
    QString parents;
    for (const QWidget* up = widget->parentWidget(); up && parents.count(u'/') < 3;
         up = up->parentWidget())
        parents += u'/' + QString::fromLatin1(up->metaObject()->className());
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() +
           u" \"" + widget->accessibleName() + u"\" in" + parents;
}

// Something a keyboard user works with: what a screen reader must be able to name, and
// what Tab must reach. Parts of a compound control (a spin box's line edit, a combo's
// list, scroll bars, a tab bar's scroll buttons) belong to their control.
bool isControl(QWidget* widget, QWidget* page) {
    if (!widget->isVisibleTo(page->window()) || !widget->isEnabled() ||
        !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
        return false;
    for (QWidget* up = widget->parentWidget(); up && up != page; up = up->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(up) || qobject_cast<QComboBox*>(up) ||
            qobject_cast<QTabBar*>(up) || !up->isEnabled())
            return false;
    }
    if (qobject_cast<QAbstractSlider*>(widget) && !widget->inherits("QScrollBar"))
        return true;
    return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
           qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
           qobject_cast<QTextEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QTabBar*>(widget);
}

QString accessibleText(QWidget* widget, QAccessible::Text text) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(text).trimmed() : QString();
}

// Buttons of one exclusive choice (the RAG ratings) are one stop for Tab, as radio buttons
// are: Tab reaches the choice, the arrow keys move within it.
bool sameChoice(QWidget* a, QWidget* b) {
    auto* first = qobject_cast<QAbstractButton*>(a);
    auto* second = qobject_cast<QAbstractButton*>(b);
    if (!first || !second)
        return false;
    if (first->group() && first->group()->exclusive())
        return first->group() == second->group();
    return first->autoExclusive() && second->autoExclusive() &&
           first->parentWidget() == second->parentWidget();
}

// A dialog's own OK, Cancel, Close, Next or Back button.
bool isStandardButton(QWidget* widget) {
    if (!qobject_cast<QAbstractButton*>(widget))
        return false;
    auto* box = qobject_cast<QDialogButtonBox*>(widget->parentWidget());
    if (box &&
        box->standardButton(static_cast<QAbstractButton*>(widget)) != QDialogButtonBox::NoButton)
        return true;
    return widget->objectName().startsWith(QLatin1String("qt_wizard_")) ||
           widget->objectName().startsWith(QLatin1String("__qt__passive_wizardbutton"));
}

struct PageSurvey {
    QStringList unnamed, undescribed, unreached;
    int controls = 0;
    int reached = 0;

    // One line for each control found wanting, saying how.
    QStringList problems() const {
        QStringList lines;
        for (const QString& problem : unnamed)
            lines << QStringLiteral("no name: ") + problem;
        for (const QString& problem : undescribed)
            lines << QStringLiteral("no description: ") + problem;
        for (const QString& problem : unreached)
            lines << QStringLiteral("not reached by Tab: ") + problem;
        return lines;
    }
};

// Presses Tab from the first control of a page or dialog until focus comes round again, noting
// every control it lands on; then checks each control on the page was among them.
PageSurvey survey(QWidget* page) {
    PageSurvey result;
    QList<QWidget*> controls;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (isControl(widget, page))
            controls << widget;
    }
    result.controls = int(controls.size());
    for (QWidget* control : controls) {
        if (accessibleText(control, QAccessible::Name).isEmpty())
            result.unnamed << describe(control);
        // Qt names a tab bar by its current tab and gives it no description of its own;
        // OK, Cancel, Next and the like say what they do in their name.
        if (accessibleText(control, QAccessible::Description).isEmpty() &&
            !qobject_cast<QTabBar*>(control) && !isStandardButton(control))
            result.undescribed << describe(control);
    }
    if (controls.isEmpty())
        return result;
    controls.first()->setFocus(Qt::TabFocusReason);
    settle();
    QSet<QWidget*> visited;
    QWidget* start = QApplication::focusWidget();
    bool left = false; // a text browser keeps the focus while Tab walks its links
    for (int press = 0; press < 400 && QApplication::focusWidget(); ++press) {
        QWidget* focus = QApplication::focusWidget();
        visited.insert(focus);
        if (focus->focusProxy())
            visited.insert(focus->focusProxy());
        if (qEnvironmentVariableIsSet("EQUIMARK_TAB_TRACE"))
            qWarning("%s", qPrintable(describe(focus)));
        QTest::keyClick(focus, Qt::Key_Tab);
        settle();
        if (QApplication::focusWidget() != start)
            left = true;
        else if (left)
            break;
    }
    // Every stop says what it is: no unnamed scroll area or frame takes the focus.
    for (QWidget* stop : visited) {
        if (accessibleText(stop, QAccessible::Name).isEmpty())
            result.unnamed << QStringLiteral("(a Tab stop) ") + describe(stop);
    }
    for (QWidget* control : controls) {
        bool landed = visited.contains(control);
        for (QWidget* seen : visited)
            landed |= seen->focusProxy() == control || sameChoice(seen, control);
        if (landed)
            ++result.reached;
        else
            result.unreached << describe(control);
    }
    return result;
}

} // namespace

TEST_CASE("every control on every page is named, described and reached by Tab", "[accessibility]") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    for (const QString& id : window.pageIds()) {
        Page* page = showPageWithFirstRows(window, id);
        const PageSurvey found = survey(page);
        INFO(id.toStdString() << ": " << found.controls << " controls, " << found.reached
                              << " reached by Tab");
        CHECK(found.controls > 0);
        CHECK(found.problems().join(u'\n').toStdString() == "");
    }
}

// Two controls on one key do nothing at all (Qt calls the key ambiguous), so a shortcut a
// tooltip promises must be the only one on its page, the menus' shortcuts included.
TEST_CASE("no two commands share a keyboard shortcut on any page", "[accessibility]") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    for (const QString& id : window.pageIds()) {
        Page* page = showPageWithFirstRows(window, id);
        QMap<QString, QStringList> owners;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (!action->isVisible() || action->shortcutContext() != Qt::WindowShortcut)
                continue;
            for (const QKeySequence& key : action->shortcuts())
                owners[key.toString()] << action->text().remove(u'&');
        }
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(&window) && !button->shortcut().isEmpty())
                owners[button->shortcut().toString()] << button->accessibleName();
        }
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
        }
        INFO(id.toStdString());
        CHECK(clashes.join(u'\n').toStdString() == "");
    }
}

TEST_CASE("every control of the dialogs is named, described and reached by Tab",
          "[accessibility]") {
    // As the application has them from its first window on.
    KeyboardConventions::install();
    DemoDocument demo;
    SchoolDocument& document = *demo.document;
    const auto school = SchoolRepository(document.file()).load();
    REQUIRE(school.ok());
    std::vector<std::pair<const char*, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back("preferences", std::make_unique<PreferencesDialog>());
    dialogs.emplace_back("school details", std::make_unique<SchoolDetailsDialog>(*school, false));
    dialogs.emplace_back("new audit year",
                         std::make_unique<NewAuditYearDialog>(
                             QList<AcademicYear>{AcademicYear(2026)}, AcademicYear(2027)));
    dialogs.emplace_back("delegate",
                         std::make_unique<DelegateDialog>(document.equalityMark(),
                                                          QStringList{QStringLiteral("Tom")}));
    dialogs.emplace_back("report",
                         std::make_unique<ReportDialog>(document, ReportDialog::Output::Pdf,
                                                        ReportRequest::Kind::ActionPlan));
    dialogs.emplace_back("new school", std::make_unique<NewSchoolWizard>());
    dialogs.emplace_back("guide", std::make_unique<HelpGuide>());
    dialogs.emplace_back(
        "outcomes import",
        std::make_unique<OutcomeImportDialog>(
            document, QStringLiteral(EQUIMARK_SOURCE_DIR "/docs/examples/demo-outcomes.csv")));
    for (auto& [name, dialog] : dialogs) {
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        settle();
        const PageSurvey found = survey(dialog.get());
        INFO(name << ": " << found.controls << " controls, " << found.reached << " reached by Tab");
        CHECK(found.controls > 0);
        CHECK(found.problems().join(u'\n').toStdString() == "");
        dialog->hide();
    }
}

// A 1366x768 laptop at 150 % scaling gives the window 910x512 device-independent pixels,
// less a title bar and a panel: every page must fit in that, in English and in Welsh (whose
// words run longer), or it is cut off at the screen's edge.
TEST_CASE("every page fits a 1366x768 screen at 150 % scaling, in English and Welsh",
          "[accessibility]") {
    const QSize screen(1366 * 2 / 3, 768 * 2 / 3 - 40);
    for (const char* language : {"en_GB", "cy_GB"}) {
        const Translations translations{QLocale(QString::fromLatin1(language))};
        DemoDocument demo;
        const QString path = demo.path;
        demo.document.reset();
        addDemoOutcomes(path);
        MainWindow window;
        window.resize(screen);
        window.show();
        REQUIRE(window.openFile(path));
        for (const QString& id : window.pageIds()) {
            window.showPage(id);
            settle();
            const QSize needed = window.minimumSizeHint();
            INFO(language << " " << id.toStdString() << ": the window needs at least "
                          << needed.width() << "x" << needed.height());
            CHECK(needed.width() <= screen.width());
            CHECK(needed.height() <= screen.height());
        }
    }
}
