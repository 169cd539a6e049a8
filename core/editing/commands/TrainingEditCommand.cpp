#include "editing/commands/TrainingEditCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

namespace {

// How each kind of record is read, written and named; one overload set per kind.
QString nameOf(const Person& record) {
    return record.name.trimmed();
}
QString nameOf(const TrainingSession& record) {
    return record.title.trimmed();
}
QString nameOf(const TrainingProgramme& record) {
    return record.title.trimmed();
}
QString nameOf(const CaseStudy& record) {
    return record.title.trimmed();
}

const Person& recordOf(const PersonRecord& removed) {
    return removed.person;
}
const TrainingSession& recordOf(const TrainingSession& removed) {
    return removed;
}
const TrainingProgramme& recordOf(const ProgrammeRecord& removed) {
    return removed.programme;
}
const CaseStudy& recordOf(const CaseStudy& removed) {
    return removed;
}

QString label(const Person&, int kind) {
    const char* texts[] = {QT_TRANSLATE_NOOP("SchoolDocument", "Add person %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Change person %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Remove person %1")};
    return SchoolDocument::tr(texts[kind]);
}
QString label(const TrainingSession&, int kind) {
    const char* texts[] = {QT_TRANSLATE_NOOP("SchoolDocument", "Add training session %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Change training session %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Remove training session %1")};
    return SchoolDocument::tr(texts[kind]);
}
QString label(const TrainingProgramme&, int kind) {
    const char* texts[] = {QT_TRANSLATE_NOOP("SchoolDocument", "Add training programme %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Change training programme %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Remove training programme %1")};
    return SchoolDocument::tr(texts[kind]);
}
QString label(const CaseStudy&, int kind) {
    const char* texts[] = {QT_TRANSLATE_NOOP("SchoolDocument", "Add case study %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Change case study %1"),
                           QT_TRANSLATE_NOOP("SchoolDocument", "Remove case study %1")};
    return SchoolDocument::tr(texts[kind]);
}

Result<Person> fetch(SchoolFile& file, qint64 id, const Person*) {
    return TrainingRepository(file).person(id);
}
Result<TrainingSession> fetch(SchoolFile& file, qint64 id, const TrainingSession*) {
    return TrainingRepository(file).session(id);
}
Result<TrainingProgramme> fetch(SchoolFile& file, qint64 id, const TrainingProgramme*) {
    return ProgrammeRepository(file).programme(id);
}
Result<CaseStudy> fetch(SchoolFile& file, qint64 id, const CaseStudy*) {
    return CaseStudyRepository(file).caseStudy(id);
}

Result<qint64> addRecord(SchoolFile& file, const Person& record) {
    return TrainingRepository(file).addPerson(record);
}
Result<qint64> addRecord(SchoolFile& file, const TrainingSession& record) {
    return TrainingRepository(file).addSession(record);
}
Result<qint64> addRecord(SchoolFile& file, const TrainingProgramme& record) {
    return ProgrammeRepository(file).addProgramme(record);
}
Result<qint64> addRecord(SchoolFile& file, const CaseStudy& record) {
    return CaseStudyRepository(file).addCaseStudy(record);
}

Status updateRecord(SchoolFile& file, const Person& record) {
    return TrainingRepository(file).updatePerson(record);
}
Status updateRecord(SchoolFile& file, const TrainingSession& record) {
    return TrainingRepository(file).updateSession(record);
}
Status updateRecord(SchoolFile& file, const TrainingProgramme& record) {
    return ProgrammeRepository(file).updateProgramme(record);
}
Status updateRecord(SchoolFile& file, const CaseStudy& record) {
    return CaseStudyRepository(file).updateCaseStudy(record);
}

Result<PersonRecord> removeRecord(SchoolFile& file, qint64 id, const Person*) {
    return TrainingRepository(file).removePerson(id);
}
Result<TrainingSession> removeRecord(SchoolFile& file, qint64 id, const TrainingSession*) {
    return TrainingRepository(file).removeSession(id);
}
Result<ProgrammeRecord> removeRecord(SchoolFile& file, qint64 id, const TrainingProgramme*) {
    return ProgrammeRepository(file).removeProgramme(id);
}
Result<CaseStudy> removeRecord(SchoolFile& file, qint64 id, const CaseStudy*) {
    return CaseStudyRepository(file).removeCaseStudy(id);
}

Status restoreRecord(SchoolFile& file, const PersonRecord& removed) {
    return TrainingRepository(file).restorePerson(removed);
}
Status restoreRecord(SchoolFile& file, const TrainingSession& removed) {
    return TrainingRepository(file).restoreSession(removed);
}
Status restoreRecord(SchoolFile& file, const ProgrammeRecord& removed) {
    return ProgrammeRepository(file).restoreProgramme(removed);
}
Status restoreRecord(SchoolFile& file, const CaseStudy& removed) {
    return CaseStudyRepository(file).restoreCaseStudy(removed);
}

} // namespace

template <typename Record>
TrainingEditCommand<Record>::TrainingEditCommand(SchoolDocument& document, Kind kind,
                                                 const Record& record, qint64 id)
    : EditCommand(document, label(record, int(kind)).arg(nameOf(record)))
    , m_kind(kind)
    , m_record(record)
    , m_id(id) {}

template <typename Record>
std::unique_ptr<TrainingEditCommand<Record>>
TrainingEditCommand<Record>::add(SchoolDocument& document, const Record& record) {
    Record fresh = record;
    fresh.id = 0;
    return std::unique_ptr<TrainingEditCommand>(
        new TrainingEditCommand(document, Kind::Add, fresh, 0));
}

template <typename Record>
std::unique_ptr<TrainingEditCommand<Record>>
TrainingEditCommand<Record>::update(SchoolDocument& document, const Record& record) {
    return std::unique_ptr<TrainingEditCommand>(
        new TrainingEditCommand(document, Kind::Update, record, record.id));
}

template <typename Record>
std::unique_ptr<TrainingEditCommand<Record>>
TrainingEditCommand<Record>::remove(SchoolDocument& document, qint64 id) {
    Record record;
    record.id = id;
    return std::unique_ptr<TrainingEditCommand>(
        new TrainingEditCommand(document, Kind::Remove, record, id));
}

template <typename Record> Status TrainingEditCommand<Record>::take() {
    auto removed = removeRecord(document().file(), m_id, static_cast<const Record*>(nullptr));
    if (!removed)
        return removed.error();
    m_removed = std::move(*removed);
    return {};
}

template <typename Record> Status TrainingEditCommand<Record>::putBack() {
    if (!m_removed)
        return {};
    return restoreRecord(document().file(), *m_removed);
}

template <typename Record> Status TrainingEditCommand<Record>::apply() {
    SchoolFile& file = document().file();
    Status done;
    switch (m_kind) {
    case Kind::Add:
        if (!m_removed) {
            auto added = addRecord(file, m_record);
            if (!added)
                return added.error();
            m_id = *added;
        } else {
            done = putBack();
        }
        break;
    case Kind::Update:
        if (!m_old) {
            auto old = fetch(file, m_id, static_cast<const Record*>(nullptr));
            if (!old)
                return old.error();
            m_old = std::move(*old);
        }
        done = updateRecord(file, m_record);
        break;
    case Kind::Remove:
        done = take();
        if (done && m_removed)
            setText(label(m_record, int(m_kind)).arg(nameOf(recordOf(*m_removed))));
        break;
    }
    if (!done)
        return done;
    emit document().trainingChanged();
    return {};
}

template <typename Record> Status TrainingEditCommand<Record>::revert() {
    Status done;
    switch (m_kind) {
    case Kind::Add:
        // Keeps what was recorded since (attendance, ratings) for the redo.
        done = take();
        break;
    case Kind::Update:
        done = m_old ? updateRecord(document().file(), *m_old) : Status();
        break;
    case Kind::Remove:
        done = putBack();
        break;
    }
    if (!done)
        return done;
    emit document().trainingChanged();
    return {};
}

template class TrainingEditCommand<Person>;
template class TrainingEditCommand<TrainingSession>;
template class TrainingEditCommand<TrainingProgramme>;
template class TrainingEditCommand<CaseStudy>;

} // namespace equimark
