// The delegation side of the audit page: handing sections to people or groups, taking them
// back, and narrowing the grid and list to one delegate's sections ("my sections").
#include "Preferences.h"
#include "dialogs/DelegateDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/DelegateSectionCommand.h"
#include "editing/commands/RemoveDelegationCommand.h"
#include "models/AuditGridModel.h"
#include "models/StatementFilterProxy.h"
#include "pages/AuditPage.h"

#include <QComboBox>
#include <QMenu>
#include <QTableView>
#include <memory>

namespace equimark {

namespace {
enum Scope { ElementScope, StrandScope, CellScope };

DelegateDialog::Scope dialogScope(int scope) {
    return scope == ElementScope  ? DelegateDialog::Scope::Element
           : scope == StrandScope ? DelegateDialog::Scope::Strand
                                  : DelegateDialog::Scope::Cell;
}
} // namespace

void AuditPage::reloadDelegateFilter() {
    const QString chosen = m_delegateFilter->currentData().toString();
    const QSignalBlocker blocker(m_delegateFilter);
    m_delegateFilter->clear();
    m_delegateFilter->addItem(tr("All sections"), QString());
    const QString me = Preferences::userName();
    if (!me.isEmpty())
        m_delegateFilter->addItem(tr("My sections (%1)").arg(me), me);
    for (const QString& name : m_gridModel->delegateNames()) {
        if (name.compare(me, Qt::CaseInsensitive) != 0)
            m_delegateFilter->addItem(name, name);
    }
    m_delegateFilter->setCurrentIndex(qMax(0, m_delegateFilter->findData(chosen)));
    applyDelegateFilter();
}

void AuditPage::applyDelegateFilter() {
    const QString who = m_delegateFilter->currentData().toString();
    m_gridModel->setHighlightDelegate(who);
    std::optional<QSet<QString>> cells;
    if (!who.isEmpty()) {
        cells.emplace();
        for (int row = 0; row < m_gridModel->rowCount(); ++row) {
            for (int column = 0; column < m_gridModel->columnCount(); ++column) {
                if (m_gridModel->delegatesFor(m_gridModel->index(row, column))
                        .contains(who, Qt::CaseInsensitive))
                    cells->insert(StatementFilterProxy::cellKey(m_gridModel->elementId(row),
                                                                m_gridModel->strandId(column)));
            }
        }
    }
    // Rows and columns without any of the chosen sections are hidden from the grid.
    for (int row = 0; row < m_gridModel->rowCount(); ++row) {
        bool show = !cells || cells->isEmpty();
        for (int column = 0; !show && column < m_gridModel->columnCount(); ++column)
            show = cells->contains(StatementFilterProxy::cellKey(m_gridModel->elementId(row),
                                                                 m_gridModel->strandId(column)));
        m_grid->setRowHidden(row, !show);
    }
    for (int column = 0; column < m_gridModel->columnCount(); ++column) {
        bool show = !cells || cells->isEmpty();
        for (int row = 0; !show && row < m_gridModel->rowCount(); ++row)
            show = cells->contains(StatementFilterProxy::cellKey(m_gridModel->elementId(row),
                                                                 m_gridModel->strandId(column)));
        m_grid->setColumnHidden(column, !show);
    }
    m_filter->setCells(cells);
    updateListCaption();
}

void AuditPage::delegateSection() {
    const QModelIndex cell = m_grid->currentIndex();
    openDelegateDialog(CellScope, m_gridModel->elementId(cell.row()),
                       m_gridModel->strandId(cell.column()));
}

void AuditPage::openDelegateDialog(int scope, const QString& elementId, const QString& strandId) {
    if (!m_document || readOnly() || currentAuditId() == 0)
        return;
    DelegateDialog dialog(m_document->equalityMark(), m_gridModel->delegateNames(), this);
    dialog.setSection(dialogScope(scope), elementId, strandId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status done = m_document->execute(std::make_unique<DelegateSectionCommand>(
        *m_document, currentAuditId(), dialog.elementId(), dialog.strandId(), dialog.delegate()));
    if (!done)
        emit errorOccurred(done.errorMessage());
}

void AuditPage::removeDelegation(const QString& elementId, const QString& strandId) {
    if (!m_document || readOnly())
        return;
    const Status done = m_document->execute(std::make_unique<RemoveDelegationCommand>(
        *m_document, currentAuditId(), elementId, strandId));
    if (!done)
        emit errorOccurred(done.errorMessage());
}

void AuditPage::showGridMenu(const QPoint& position) {
    const QModelIndex cell = m_grid->indexAt(position);
    if (!cell.isValid() || !m_document)
        return;
    const QString elementId = m_gridModel->elementId(cell.row());
    const QString strandId = m_gridModel->strandId(cell.column());
    const Framework& mark = m_document->equalityMark();
    const QString elementName = mark.element(elementId) ? mark.element(elementId)->name : elementId;
    const QString strandName = mark.strand(strandId) ? mark.strand(strandId)->name : strandId;

    QMenu menu(this);
    menu.addAction(tr("Delegate This Cell\u2026"), this,
                   [=, this] { openDelegateDialog(CellScope, elementId, strandId); });
    menu.addAction(tr("Delegate the Element \"%1\"\u2026").arg(elementName), this,
                   [=, this] { openDelegateDialog(ElementScope, elementId, strandId); });
    menu.addAction(tr("Delegate the Strand \"%1\"\u2026").arg(strandName), this,
                   [=, this] { openDelegateDialog(StrandScope, elementId, strandId); });
    const auto covering = m_gridModel->delegationsCovering(cell);
    if (!covering.empty())
        menu.addSeparator();
    for (const auto& d : covering) {
        const QString section = d.strandId.isEmpty()    ? tr("element %1").arg(elementName)
                                : d.elementId.isEmpty() ? tr("strand %1").arg(strandName)
                                                        : tr("this cell");
        menu.addAction(tr("Take %1 Back from %2").arg(section, d.delegate), this,
                       [=, this] { removeDelegation(d.elementId, d.strandId); });
    }
    for (auto* action : menu.actions())
        action->setEnabled(action->isSeparator() || !readOnly());
    menu.exec(m_grid->viewport()->mapToGlobal(position));
}

} // namespace equimark
