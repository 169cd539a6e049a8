#include "editing/commands/UpdateSchoolCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/SchoolRepository.h"

namespace equimark {

UpdateSchoolCommand::UpdateSchoolCommand(SchoolDocument& document, const School& school)
    : EditCommand(document, SchoolDocument::tr("Change school details"))
    , m_school(school) {}

Status UpdateSchoolCommand::apply() {
    if (!m_knowsOld) {
        auto old = SchoolRepository(document().file()).load();
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_school);
}

Status UpdateSchoolCommand::revert() {
    return write(m_old);
}

Status UpdateSchoolCommand::write(const School& school) {
    if (auto written = SchoolRepository(document().file()).update(school); !written)
        return written;
    emit document().schoolChanged();
    return {};
}

} // namespace equimark
