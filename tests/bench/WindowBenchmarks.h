#pragma once

#include "Figure.h"

#include <functional>
#include <vector>

namespace equimark::bench {

using Report = std::function<void(const Figure&)>;

// In this process, offscreen, through the real MainWindow: opening a school file to the first
// paint, switching pages, filtering the statement list and the action plan.
void windowBenchmarks(const QString& schoolFile, int runs, const Report& report);

// One committed edit through the GUI's own path (SchoolDocument::execute of the command a
// page pushes, with the window open on the page, so its models update too): a judgement and
// an action field. Then `growthEdits` more, and how much resident memory grew.
void editBenchmarks(const QString& schoolFile, int edits, int growthEdits, const Report& report);

} // namespace equimark::bench
