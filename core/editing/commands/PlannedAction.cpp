#include "editing/commands/PlannedAction.h"

namespace equimark {

Status PlannedAction::put(SchoolFile& file) {
    ActionRepository actions(file);
    if (added)
        return actions.restore(action, links);
    auto id = actions.add(action);
    if (!id)
        return id.error();
    action.id = *id;
    added = true;
    return {};
}

Status PlannedAction::take(SchoolFile& file) {
    ActionRepository actions(file);
    auto current = actions.byId(action.id);
    if (!current)
        return current.error();
    auto currentLinks = actions.links(action.id);
    if (!currentLinks)
        return currentLinks.error();
    if (auto removed = actions.remove(action.id); !removed)
        return removed;
    action = *current;
    links = *currentLinks;
    return {};
}

} // namespace equimark
