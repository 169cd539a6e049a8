#pragma once

#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

namespace equimark {

class Page;

// One page of the main window as the navigation shows it before the page exists: pages are
// built the first time they are wanted, so start-up builds one page, not ten.
struct PageEntry {
    QString id;
    QString title;
    std::function<Page*(QWidget* parent)> create;
};

// The pages of the main window, in navigation order. A new step of the process adds one
// line to PageRegistry.cpp.
std::vector<PageEntry> pageEntries();

} // namespace equimark
