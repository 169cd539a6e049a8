#include "editing/commands/ImportOutcomesCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/OutcomeRepository.h"

#include <QSet>

namespace equimark {

ImportOutcomesCommand::ImportOutcomesCommand(SchoolDocument& document,
                                             std::vector<OutcomeCount> rows)
    : EditCommand(document,
                  SchoolDocument::tr("Import %n outcome figure(s)", nullptr, int(rows.size())))
    , m_rows(std::move(rows)) {}

Status ImportOutcomesCommand::apply() {
    OutcomeRepository repository(document().file());
    if (!m_knowsOld) {
        auto old = repository.existing(m_rows);
        if (!old)
            return old.error();
        m_old = *old;
        QSet<QString> had;
        for (const auto& row : m_old)
            had.insert(row.key());
        for (const auto& row : m_rows) {
            if (!had.contains(row.key()))
                m_new.push_back(row);
        }
        m_knowsOld = true;
    }
    if (auto written = repository.write(m_rows); !written)
        return written;
    emit document().outcomesChanged();
    return {};
}

Status ImportOutcomesCommand::revert() {
    if (auto written = OutcomeRepository(document().file()).write(m_old, m_new); !written)
        return written;
    emit document().outcomesChanged();
    return {};
}

} // namespace equimark
