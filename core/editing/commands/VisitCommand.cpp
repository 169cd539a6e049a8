#include "editing/commands/VisitCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/VisitRepository.h"

namespace equimark {

namespace {

QString commandText(VisitCommand::Kind kind) {
    switch (kind) {
    case VisitCommand::Kind::Update:
        return SchoolDocument::tr("Change a visit");
    case VisitCommand::Kind::Remove:
        return SchoolDocument::tr("Remove a visit");
    case VisitCommand::Kind::Add:
        break;
    }
    return SchoolDocument::tr("Add a visit");
}

} // namespace

VisitCommand::VisitCommand(SchoolDocument& document, Kind kind, const Visit& visit)
    : EditCommand(document, commandText(kind))
    , m_kind(kind)
    , m_visit(visit) {}

void VisitCommand::announce() {
    emit document().visitsChanged();
    for (const auto id : m_verifiedSummaries)
        emit document().summaryChanged(id);
}

Status VisitCommand::add() {
    VisitRepository repository(document().file());
    if (m_visit.id == 0) {
        auto added = repository.add(m_visit);
        if (!added)
            return added.error();
        m_visit.id = *added;
        return {};
    }
    return repository.restore(m_visit, m_verifiedSummaries);
}

Status VisitCommand::remove() {
    VisitRepository repository(document().file());
    if (!m_knowsOld) {
        auto old = repository.visit(m_visit.id);
        if (!old)
            return old.error();
        auto linked = repository.summariesVerifiedAt(m_visit.id);
        if (!linked)
            return linked.error();
        m_old = *old;
        m_verifiedSummaries = *linked;
        m_knowsOld = true;
    }
    return repository.remove(m_visit.id);
}

Status VisitCommand::apply() {
    Status done;
    switch (m_kind) {
    case Kind::Add:
        done = add();
        break;
    case Kind::Remove:
        done = remove();
        break;
    case Kind::Update: {
        VisitRepository repository(document().file());
        if (!m_knowsOld) {
            auto old = repository.visit(m_visit.id);
            if (!old)
                return old.error();
            m_old = *old;
            m_knowsOld = true;
        }
        done = repository.update(m_visit);
        break;
    }
    }
    if (!done)
        return done;
    announce();
    return {};
}

Status VisitCommand::revert() {
    VisitRepository repository(document().file());
    Status done;
    switch (m_kind) {
    case Kind::Add:
        done = repository.remove(m_visit.id);
        break;
    case Kind::Remove:
        done = repository.restore(m_old, m_verifiedSummaries);
        break;
    case Kind::Update:
        done = repository.update(m_old);
        break;
    }
    if (!done)
        return done;
    announce();
    return {};
}

} // namespace equimark
