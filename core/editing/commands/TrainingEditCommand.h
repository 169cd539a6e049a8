#pragma once

#include "domain/CaseStudy.h"
#include "domain/Person.h"
#include "domain/TrainingProgramme.h"
#include "domain/TrainingSession.h"
#include "editing/EditCommand.h"
#include "storage/CaseStudyRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/TrainingRepository.h"

#include <memory>
#include <optional>

namespace equimark {

// What removing each kind of training record gives back for undo.
template <typename Record> struct TrainingRemoved;
template <> struct TrainingRemoved<Person> { using Type = PersonRecord; };
template <> struct TrainingRemoved<TrainingSession> { using Type = TrainingSession; };
template <> struct TrainingRemoved<TrainingProgramme> { using Type = ProgrammeRecord; };
template <> struct TrainingRemoved<CaseStudy> { using Type = CaseStudy; };

// Adding, changing or removing one training record (a person, a session with its
// attendance, a programme with its ratings and actions, a case study with its evidence):
// the four kinds of record edit the same way, so one class serves them, instantiated for
// each in the .cpp. Each apply()/revert() is one repository transaction and emits
// SchoolDocument::trainingChanged().
template <typename Record> class TrainingEditCommand : public EditCommand {
public:
    enum class Kind { Add, Update, Remove };

    static std::unique_ptr<TrainingEditCommand> add(SchoolDocument& document, const Record& record);
    static std::unique_ptr<TrainingEditCommand> update(SchoolDocument& document,
                                                       const Record& record);
    static std::unique_ptr<TrainingEditCommand> remove(SchoolDocument& document, qint64 id);

    Status apply() override;
    Status revert() override;
    // The record's id (for an add, once applied).
    qint64 recordId() const { return m_id; }

private:
    using Removed = typename TrainingRemoved<Record>::Type;
    TrainingEditCommand(SchoolDocument& document, Kind kind, const Record& record, qint64 id);
    Status take();    // removes the record, keeping it for undo
    Status putBack(); // restores what take() removed

    Kind m_kind;
    Record m_record;
    std::optional<Record> m_old;
    std::optional<Removed> m_removed;
    qint64 m_id = 0;
};

using PersonCommand = TrainingEditCommand<Person>;
using TrainingSessionCommand = TrainingEditCommand<TrainingSession>;
using ProgrammeCommand = TrainingEditCommand<TrainingProgramme>;
using CaseStudyCommand = TrainingEditCommand<CaseStudy>;

extern template class TrainingEditCommand<Person>;
extern template class TrainingEditCommand<TrainingSession>;
extern template class TrainingEditCommand<TrainingProgramme>;
extern template class TrainingEditCommand<CaseStudy>;

} // namespace equimark
