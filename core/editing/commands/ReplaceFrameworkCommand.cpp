#include "editing/commands/ReplaceFrameworkCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/FrameworkRepository.h"

namespace equimark {

ReplaceFrameworkCommand::ReplaceFrameworkCommand(SchoolDocument& document, const Framework& before,
                                                 const Framework& after)
    : EditCommand(document, SchoolDocument::tr("Change the wording of %1").arg(after.name))
    , m_before(before)
    , m_after(after) {}

Status ReplaceFrameworkCommand::apply() {
    return write(m_after);
}

Status ReplaceFrameworkCommand::revert() {
    return write(m_before);
}

Status ReplaceFrameworkCommand::write(const Framework& framework) {
    if (auto written = FrameworkRepository(document().file()).replace(framework); !written)
        return written;
    emit document().frameworksChanged();
    return {};
}

} // namespace equimark
