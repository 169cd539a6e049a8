#pragma once

#include <QWidget>
#include <vector>

namespace equimark {

class Page;

// The pages of the main window, in navigation order. A new step of the process adds one
// line to PageRegistry.cpp.
std::vector<Page*> createPages(QWidget* parent);

} // namespace equimark
