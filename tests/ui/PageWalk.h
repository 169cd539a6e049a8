#pragma once

#include "DemoDocument.h"
#include "MainWindow.h"

#include <QString>

namespace equimark {
class Page;
} // namespace equimark

namespace equimark::test {

// The demo school, with the demo outcome figures imported, opened in a shown 1366x768 main
// window as a user opens it (the file is closed first, so the window is its only writer).
struct DemoWindow {
    DemoWindow();
    DemoDocument demo;
    MainWindow window;
};

// Lets the window catch up with what was just done (layouts, deferred refreshes).
void settle();

// Shows the page as a user would, and chooses the first row of every list and table on it
// so that the detail editors show an item too. Pages are built when first wanted: this
// builds it.
Page* showPageWithFirstRows(MainWindow& window, const QString& pageId);

} // namespace equimark::test
