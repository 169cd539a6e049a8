#pragma once

#include "domain/EvidenceItem.h"
#include "editing/EditCommand.h"
#include "storage/EvidenceRepository.h"

#include <QByteArray>
#include <vector>

namespace equimark {

// Adds an item of evidence, optionally with files attached at once (a file dropped on the
// evidence page becomes its own item). Undo removes it; redo puts back exactly what undo took
// away, under the same ids.
class AddEvidenceCommand : public EditCommand {
public:
    struct File {
        QString name;
        QByteArray data;
        QString mimeType; // empty: guessed from the name
    };

    AddEvidenceCommand(SchoolDocument& document, const EvidenceItem& item,
                       std::vector<File> files = {});

    Status apply() override;
    Status revert() override;
    qint64 evidenceId() const { return m_record.item.id; }

private:
    EvidenceRecord m_record;
    std::vector<File> m_files;
    bool m_added = false;
};

} // namespace equimark
