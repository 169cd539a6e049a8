#include "editing/commands/UpdateActionCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ActionRepository.h"

namespace equimark {

UpdateActionCommand::UpdateActionCommand(SchoolDocument& document, const Action& action,
                                         const QString& text)
    : EditCommand(document, text)
    , m_action(action) {}

Status UpdateActionCommand::apply() {
    if (!m_knowsOld) {
        auto old = ActionRepository(document().file()).byId(m_action.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_action);
}

Status UpdateActionCommand::revert() {
    return write(m_old);
}

Status UpdateActionCommand::write(const Action& action) {
    if (auto written = ActionRepository(document().file()).update(action); !written)
        return written;
    emit document().actionChanged(action.id);
    return {};
}

} // namespace equimark
