#include "PageWalk.h"

#include "CatchCompat.h"
#include "pages/Page.h"

#include <QAbstractItemView>
#include <QApplication>

namespace equimark::test {

DemoWindow::DemoWindow() {
    demo.document.reset();
    addDemoOutcomes(demo.path);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(demo.path));
}

void settle() {
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

Page* showPageWithFirstRows(MainWindow& window, const QString& pageId) {
    Page* page = window.page(pageId);
    window.showPage(pageId);
    settle();
    for (auto* view : page->findChildren<QAbstractItemView*>()) {
        if (view->model() && view->model()->rowCount() > 0 && view->isVisible()) {
            view->setCurrentIndex(view->model()->index(0, 0));
            settle();
        }
    }
    return page;
}

} // namespace equimark::test
