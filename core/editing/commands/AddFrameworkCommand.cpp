#include "editing/commands/AddFrameworkCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/FrameworkRepository.h"

namespace equimark {

namespace {

QString commandText(Framework::Kind kind) {
    switch (kind) {
    case Framework::Kind::EqualityMark:
        return SchoolDocument::tr("Start using the Equality Mark");
    case Framework::Kind::RaceCharter:
        return SchoolDocument::tr("Start using the RACE Charter Mark");
    case Framework::Kind::Ambitions:
        return SchoolDocument::tr("Start using the ambitions framework");
    }
    return {};
}

} // namespace

AddFrameworkCommand::AddFrameworkCommand(SchoolDocument& document, Framework::Kind kind)
    : EditCommand(document, commandText(kind))
    , m_kind(kind) {}

Status AddFrameworkCommand::apply() {
    // The shipped definition never changes while the app runs, so a redo adds the very same
    // framework again.
    auto added = FrameworkRepository(document().file()).addShipped(m_kind);
    if (!added)
        return added.error();
    m_frameworkId = added->id;
    emit document().frameworksChanged();
    return {};
}

Status AddFrameworkCommand::revert() {
    if (auto removed = FrameworkRepository(document().file()).remove(m_frameworkId); !removed)
        return removed;
    emit document().frameworksChanged();
    return {};
}

} // namespace equimark
