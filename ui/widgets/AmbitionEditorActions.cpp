// The actions part of the AmbitionEditor: the linked actions of the shared action plan, and
// raising, linking, opening and unlinking them.
#include "dialogs/RaiseActionDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/RaiseAmbitionActionCommand.h"
#include "models/PlainToolTip.h"
#include "storage/ActionRepository.h"
#include "widgets/AmbitionEditor.h"

#include <QInputDialog>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTabWidget>

namespace equimark {

namespace {

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

void AmbitionEditor::fillActions() {
    const qint64 keep = currentActionId();
    m_actions->clear();
    if (m_document && !m_judgement.actionIds.isEmpty()) {
        if (auto actions = ActionRepository(m_document->file()).all()) {
            for (const auto& action : *actions) {
                if (!m_judgement.actionIds.contains(action.id))
                    continue;
                QString text =
                    tr("%1 \u2014 %2").arg(action.title, actionStatusLabel(action.status));
                if (action.dueOn.isValid())
                    text += tr(", due %1").arg(shortDate(action.dueOn));
                auto* row = new QStandardItem(text);
                row->setData(action.id, IdRole);
                row->setEditable(false);
                row->setToolTip(plainToolTip(
                    action.owner.isEmpty() ? action.title
                                           : tr("%1 (owner: %2)").arg(action.title, action.owner)));
                m_actions->appendRow(row);
                if (action.id == keep)
                    m_actionView->setCurrentIndex(row->index());
            }
        }
    }
    m_tabs->setTabText(1, tr("Ac&tions (%1)").arg(m_judgement.actionIds.size()));
    if (m_actions->rowCount() == 0) {
        auto* row = new QStandardItem(tr("No actions yet. Raise one to plan the work for this "
                                         "criterion."));
        row->setFlags(Qt::NoItemFlags);
        row->setData(qint64(0), IdRole);
        m_actions->appendRow(row);
    }
    updateEnabled();
}

qint64 AmbitionEditor::currentActionId() const {
    return m_actionView->currentIndex().data(IdRole).toLongLong();
}

bool AmbitionEditor::linkAction(qint64 actionId) {
    if (m_judgement.actionIds.contains(actionId))
        return true;
    AmbitionJudgement judgement = m_judgement;
    judgement.actionIds << actionId;
    return write(judgement);
}

bool AmbitionEditor::unlinkAction(qint64 actionId) {
    AmbitionJudgement judgement = m_judgement;
    judgement.actionIds.removeAll(actionId);
    return write(judgement);
}

Action AmbitionEditor::draftAction() const {
    Action action;
    const AmbitionCriterion* criterion =
        m_framework ? ambitionCriterion(*m_framework, m_criterionId) : nullptr;
    const Ambition* ambition =
        m_framework ? ambitionOfCriterion(*m_framework, m_criterionId) : nullptr;
    if (criterion && ambition)
        action.title = tr("Ambition %1: %2").arg(ambition->number).arg(criterion->text);
    action.strandIds << QStringLiteral("race");
    action.startOn = QDate::currentDate();
    if (criterion)
        action.successCriteria = tr("The success criterion is met: %1").arg(criterion->text);
    return action;
}

Result<qint64> AmbitionEditor::raiseAction(const Action& draft) {
    if (!editable())
        return Error::make(Error::Code::ReadOnly, tr("This school file is open read-only."));
    if (m_notesDirty)
        commitNotes();
    auto command = std::make_unique<RaiseAmbitionActionCommand>(*m_document, m_framework->id,
                                                                m_criterionId, m_year, draft);
    RaiseAmbitionActionCommand* raised = command.get();
    const Status done = m_document->execute(std::move(command));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return done.error();
    }
    return raised->actionId();
}

void AmbitionEditor::raiseWithDialog() {
    if (!editable())
        return;
    RaiseActionDialog dialog(
        draftAction(), tr("Raise an Action for %1").arg(m_criterionId),
        tr("The action goes into the school's action plan under the race strand, linked to "
           "this success criterion for %1, so the same work counts for the Equality Mark. Add "
           "the rest of its details on the Action plan page.")
            .arg(m_year),
        [this](const Action& action) { return raiseAction(action); }, this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdId() == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Action Added"),
        tr("The action is in the action plan. Open it on the Action plan page to add its "
           "owner, dates and success criteria?"),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Close);
    if (answer == QMessageBox::Open)
        emit navigateRequested(QStringLiteral("action-plan"), dialog.createdId());
}

void AmbitionEditor::linkWithDialog() {
    if (!editable())
        return;
    auto actions = ActionRepository(m_document->file()).all();
    if (!actions) {
        emit errorOccurred(actions.errorMessage());
        return;
    }
    QStringList titles;
    QList<qint64> ids;
    for (const auto& action : *actions) {
        if (m_judgement.actionIds.contains(action.id))
            continue;
        titles << tr("%1 \u2014 %2").arg(action.title, actionStatusLabel(action.status));
        ids << action.id;
    }
    if (titles.isEmpty()) {
        QMessageBox::information(this, tr("Link an Action"),
                                 tr("Every action in the action plan is already linked to this "
                                    "criterion, or the plan is empty."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link an Action"),
        tr("Action from the school's action plan that serves %1 in %2:").arg(m_criterionId, m_year),
        titles, 0, false, &ok);
    if (!ok)
        return;
    const auto at = titles.indexOf(chosen);
    if (at >= 0)
        linkAction(ids[at]);
}

void AmbitionEditor::openCurrentAction() {
    if (const qint64 id = currentActionId())
        emit navigateRequested(QStringLiteral("action-plan"), id);
}

} // namespace equimark
