#pragma once

#include "Result.h"
#include "domain/Framework.h"
#include "storage/SchoolFile.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

class QTimer;

namespace equimark {

class EditCommand;

// The open school: owns the SchoolFile and the undo stack. Every edit arrives as an
// EditCommand, which writes through to the file in one transaction and then announces what
// changed through one of the typed signals below; models listen to those and update just
// the rows concerned. Nothing here knows about widgets.
class SchoolDocument : public QObject {
    Q_OBJECT

public:
    static constexpr int UndoLimit = 1000; // steps Edit > Undo can go back

    explicit SchoolDocument(std::unique_ptr<SchoolFile> file, QObject* parent = nullptr);
    ~SchoolDocument() override;

    SchoolFile& file() { return *m_file; }
    QUndoStack* undoStack() { return m_undoStack; }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QString path() const { return m_file->path(); }
    // The equality-mark framework stored in the file (cached: it never changes while open).
    const Framework& equalityMark() const { return m_equalityMark; }

    // Performs the command now. On success it goes on the undo stack (without running a
    // second time); on failure nothing is pushed and the error comes back for the editor to
    // show, with the user's typed text still in place.
    Status execute(std::unique_ptr<EditCommand> command);

    // Called by commands whose undo or redo failed (the disk filled up, another program took
    // the lock): views are told to reload and the user sees the message.
    void reportFailure(const Error& error);

    // Looks for commits by other programs (another window, the CLI) and announces them.
    void checkForOutsideChanges();

signals:
    void schoolChanged();
    void membersChanged();
    void meetingsChanged();
    void auditsChanged(); // an audit year was started
    void judgementChanged(qint64 auditId, const QString& statementId);
    void delegationsChanged(qint64 auditId);
    void gridCellChanged(qint64 auditId, const QString& elementId, const QString& strandId);
    void actionAdded(qint64 actionId);
    void actionChanged(qint64 actionId);
    void actionRemoved(qint64 actionId);
    void evidenceAdded(qint64 evidenceId);
    void evidenceChanged(qint64 evidenceId);
    void evidenceRemoved(qint64 evidenceId);
    void summaryChanged(qint64 summaryId); // includes status changes and badges
    void visitsChanged();
    // RACE Charter self-evaluation: one criterion's judgement, or (empty id) the award status.
    void charterChanged(const QString& frameworkId, const QString& criterionId);
    void practitionersChanged();               // added, renamed or removed (with their portfolios)
    void portfolioChanged(qint64 portfolioId); // details, assessments, reflections, items
    void portfolioRemoved(qint64 portfolioId);
    // A framework's wording was completed or corrected, or a framework was added.
    void frameworksChanged();
    // Outcome counts, national figures or the suppression threshold (an import, an edit).
    void outcomesChanged();
    // One ambition criterion's status, notes or links for one academic year.
    void ambitionChanged(const QString& frameworkId, const QString& criterionId,
                         const QString& year);
    // People, training sessions, attendance, programmes, ratings or case studies.
    void trainingChanged();

    // Everything may have changed (another program wrote to the file, or an undo failed):
    // views reload from the file.
    void reloaded();
    void editFailed(const QString& message);
    void changedOutside();

private:
    std::unique_ptr<SchoolFile> m_file;
    QUndoStack* m_undoStack;
    Framework m_equalityMark;
    QTimer* m_watch;
    qint64 m_dataVersion = -1;
};

} // namespace equimark
