#pragma once

#include "Result.h"
#include "domain/Action.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantList>
#include <map>
#include <utility>
#include <vector>

namespace equimark {

class SchoolFile;

// What else points at an action: the evidence and the accreditation summaries linked to
// it. Removing the action drops these links, so an undo needs them to put it back whole.
struct ActionLinks {
    QList<qint64> evidenceIds;
    QList<qint64> summaryIds;
    // RACE Charter criteria (framework id, criterion id) the action was raised for.
    std::vector<std::pair<QString, QString>> charterCriteria;
};

// What a list that only names the actions shows of each.
struct ActionName {
    qint64 id = 0;
    QString title;
    QString owner;
};

// The school's action plan: actions, the strands each serves, and their progress notes.
// Every edit is one transaction with a change-history row per changed field.
class ActionRepository {
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(SchoolFile& file)
        : m_file(file) {}

    // Ordered by due date (undated last), then id; strands in framework order, progress
    // oldest first. A fixed number of queries however many actions the file holds.
    Result<std::vector<Action>> all();
    // all() with only what the action plan's table shows and searches: the id, title,
    // strands, element, SIP priority, owner, due date and status, and the text of each progress
    // note (oldest added first). The start date, success criteria, cost, impact, who added it
    // and the notes' dates and authors are left empty: byId() reads an action whole.
    Result<std::vector<Action>> forTable();
    // Each action's id, title and owner, in all()'s order: for lists that only name them
    // (three columns of each row instead of all of them with strands and progress).
    Result<std::vector<ActionName>> names();
    Result<Action> byId(qint64 id);
    // The actions of one cell of the summary grid: an element, serving a strand.
    Result<std::vector<Action>> forCell(const QString& elementId, const QString& strandId);
    // The actions linked to an accreditation summary, in the order all() gives them.
    Result<std::vector<Action>> forSummary(qint64 summaryId);

    // Checks the title, the strands and element against the file's equality-mark framework
    // and the dates; records the file's user as the creator. Progress notes are ignored:
    // add them with addProgress().
    Result<qint64> add(const Action& action);
    // Adds every action in one transaction, each checked as add() checks it: all are added
    // (ids in the same order) or, on the first refusal, none.
    Result<std::vector<qint64>> addAll(const std::vector<Action>& actions);
    // Writes only what differs from the stored action; strands are replaced as a set.
    // Progress notes, creator and creation time are not changed here.
    Status update(const Action& action);
    // Removes the action with its progress notes and its links to evidence; the evidence
    // itself stays.
    Status remove(qint64 id);

    // The evidence and summaries that link to the action, by id.
    Result<ActionLinks> links(qint64 id);
    // Puts back a removed action exactly as it was: the same id, creator and creation time,
    // strands, progress notes (with their ids and authors) and the links in `links` to
    // evidence and summaries that still exist. Refused when the id is in use.
    Status restore(const Action& action, const ActionLinks& links = {});

    Result<qint64> addProgress(qint64 actionId, const QDate& notedOn, const QString& note);
    Status removeProgress(qint64 noteId);
    // Puts back a removed progress note with its id, date and author.
    Status restoreProgress(qint64 actionId, const ProgressNote& note);

    // Every status, with zero for those no action has.
    Result<std::map<ActionStatus, int>> statusCounts();
    // Open actions due before `today`.
    Result<int> overdueCount(const QDate& today);

private:
    // Actions whose ids `idQuery` selects (a fixed SQL fragment from this class, never
    // user input), or every action when it is empty.
    enum class Detail { Whole, Table };
    Result<std::vector<Action>> fetch(const QString& idQuery, const QVariantList& values,
                                      Detail detail = Detail::Whole);
    Status validate(const Action& action);
    // add() without its transaction: validates, inserts, records the history row.
    Result<qint64> insert(const Action& action);

    SchoolFile& m_file;
};

} // namespace equimark
