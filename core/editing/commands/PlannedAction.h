#pragma once

#include "Result.h"
#include "domain/Action.h"
#include "storage/ActionRepository.h"

namespace equimark {

class SchoolFile;

// An action a command puts into the plan and takes out again on undo (AddActionCommand,
// RaiseLinkedActionCommand): kept whole in between, so a redo brings back the very same
// action (same id, with any progress notes and links it gained meanwhile).
struct PlannedAction {
    Action action;
    ActionLinks links;
    bool added = false; // put once: later puts restore rather than add

    Status put(SchoolFile& file);
    // Removes the action, keeping what it has become for the next put().
    Status take(SchoolFile& file);
};

} // namespace equimark
