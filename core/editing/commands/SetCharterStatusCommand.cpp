#include "editing/commands/SetCharterStatusCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/CharterRepository.h"

namespace equimark {

SetCharterStatusCommand::SetCharterStatusCommand(SchoolDocument& document,
                                                 const QString& frameworkId,
                                                 const CharterStatus& status)
    : EditCommand(document, SchoolDocument::tr("Change the RACE Charter Mark award"))
    , m_frameworkId(frameworkId)
    , m_status(status) {}

Status SetCharterStatusCommand::apply() {
    if (!m_knowsOld) {
        auto old = CharterRepository(document().file()).status(m_frameworkId);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_status);
}

Status SetCharterStatusCommand::revert() {
    return write(m_old);
}

Status SetCharterStatusCommand::write(const CharterStatus& status) {
    if (auto written = CharterRepository(document().file()).setStatus(m_frameworkId, status);
        !written)
        return written;
    emit document().charterChanged(m_frameworkId, QString());
    return {};
}

} // namespace equimark
