#pragma once

#include "domain/Visit.h"
#include "editing/EditCommand.h"

#include <QList>

namespace equimark {

// Adds, changes or removes an advisory or accreditation visit (with its meetings). Undoing a
// removal puts the visit back under its own id, still linked to the summaries verified at it.
class VisitCommand : public EditCommand {
public:
    enum class Kind { Add, Update, Remove };

    // Add: `visit` without an id; Update: the visit as it should be; Remove: its id is enough.
    VisitCommand(SchoolDocument& document, Kind kind, const Visit& visit);

    Status apply() override;
    Status revert() override;

    qint64 visitId() const { return m_visit.id; }

private:
    Status add();
    Status remove();
    void announce();

    Kind m_kind;
    Visit m_visit;
    Visit m_old;
    QList<qint64> m_verifiedSummaries;
    bool m_knowsOld = false;
};

} // namespace equimark
