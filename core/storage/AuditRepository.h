#pragma once

#include "Result.h"
#include "domain/AcademicYear.h"
#include "domain/Audit.h"
#include "domain/Framework.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

class SchoolFile;

// The yearly whole-school audit: one audit per academic year against the file's equality
// mark framework, a judgement per statement, and the sections delegated to groups.
// Statement, element and strand ids are checked against the framework stored in the file.
class AuditRepository {
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    enum class CarryForward {
        Nothing, // start with an empty audit
        Notes,   // copy last year's evidence notes, every statement not yet judged
    };

    explicit AuditRepository(SchoolFile& file)
        : m_file(file) {}

    // Every audit of the file's equality mark, oldest year first.
    Result<std::vector<Audit>> audits();
    Result<Audit> audit(AcademicYear year);  // NotFound when the year has no audit
    Result<Audit> auditById(qint64 auditId); // NotFound for an unknown id
    // The year's audit, started (empty) when it does not exist yet.
    Result<Audit> ensureAudit(AcademicYear year);
    // Starts the year's audit; Invalid when the year already has one. With Notes, last
    // year's notes are copied so the group starts from what it wrote. A non-zero `id`
    // gives the audit that id again (redoing a start that was undone).
    Result<Audit> startAudit(AcademicYear year, CarryForward carry, qint64 id = 0);
    // Removes an audit with its judgements, delegations and grid cells: the undo of
    // startAudit. NotFound for an unknown id.
    Status removeAudit(qint64 auditId);
    // The latest audit of the same framework before this one, if any.
    Result<std::optional<Audit>> previousAudit(qint64 auditId);
    // The framework an audit is judged against.
    Result<std::shared_ptr<const Framework>> framework(qint64 auditId);

    // Stored judgements (statements never touched have none), in statement id order.
    Result<std::vector<Judgement>> judgements(qint64 auditId);
    Result<QHash<QString, Judgement>> judgementsByStatement(qint64 auditId);
    // The stored judgements of a few statements (a cell of the grid) in one read; statements
    // not judged yet have none.
    Result<std::vector<Judgement>> judgementsOf(qint64 auditId, const QStringList& statementIds);
    // The statement's judgement; rating None and no note while it has none.
    Result<Judgement> judgement(qint64 auditId, const QString& statementId);
    // Records the rating and note as judged now by file.userName(), with history. Setting
    // the rating back to None with an empty note removes the judgement.
    Status setJudgement(qint64 auditId, const QString& statementId, Rating rating,
                        const QString& note);
    // What the previous year's audit said about the statement (for "last year" hints);
    // nullopt when there was no previous audit or it did not judge or note the statement.
    Result<std::optional<Judgement>> previousYearJudgement(qint64 auditId,
                                                           const QString& statementId);
    // Judged statements (rating not None) out of all statements of the framework.
    Result<AuditProgress> progress(qint64 auditId);

    Result<std::vector<Delegation>> delegations(qint64 auditId);
    // Hands an element (strandId empty), a strand (elementId empty) or one cell to a person
    // or group. Delegating the same section again replaces its delegate. Returns the id.
    Result<qint64> delegate(qint64 auditId, const QString& elementId, const QString& strandId,
                            const QString& delegate);
    Status removeDelegation(qint64 delegationId);
    // The delegation of exactly this section (element, strand or cell), if any.
    Result<std::optional<Delegation>> section(qint64 auditId, const QString& elementId,
                                              const QString& strandId);
    // Who is working on a cell: delegates of its element, its strand, or the cell itself.
    Result<QStringList> delegatesFor(qint64 auditId, const QString& elementId,
                                     const QString& strandId);

    // Checks ids against a framework: Invalid, naming the id, when one is unknown.
    static Status checkStatement(const Framework& framework, const QString& statementId);
    static Status checkElement(const Framework& framework, const QString& elementId);
    static Status checkStrand(const Framework& framework, const QString& strandId);

private:
    // Judgements whose rows `where` (a fixed fragment of this class, values bound) selects.
    Result<std::vector<Judgement>> readJudgements(const QString& where, const QVariantList& values);
    Result<Audit> create(AcademicYear year, qint64 id = 0);
    Result<std::optional<Judgement>> storedJudgement(qint64 auditId, const QString& statementId);

    SchoolFile& m_file;
};

} // namespace equimark
