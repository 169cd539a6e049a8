#include "widgets/EvidenceEditor.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/AddAttachmentCommand.h"
#include "editing/commands/RemoveAttachmentCommand.h"
#include "editing/commands/UpdateEvidenceCommand.h"
#include "models/PlainToolTip.h"
#include "storage/ActionRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/AttachmentPreview.h"
#include "widgets/FlowLayout.h"
#include "widgets/RefreshWhenShown.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace equimark {

namespace {

// Dates before this mean "undated": a QDateEdit cannot be empty.
const QDate undatedDate(1990, 1, 1);

QListWidget* checkList(QWidget* parent, const QString& name, const QString& objectName) {
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(name);
    list->setUniformItemSizes(true);
    return list;
}

QListWidgetItem* checkItem(QListWidget* list, const QString& text, const QVariant& id, bool checked,
                           const QString& toolTip = {}) {
    // Filled in before it joins the list: every change to an item already in a list is a
    // signal its view handles, five per item for the 2,000 actions of a large school.
    auto* item = new QListWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    list->addItem(item);
    return item;
}

QStringList checkedStrings(const QListWidget* list) {
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

QList<qint64> checkedNumbers(const QListWidget* list) {
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void setChecks(QListWidget* list, const QStringList& ids) {
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const bool on = ids.contains(item->data(Qt::UserRole).toString());
        if ((item->checkState() == Qt::Checked) != on)
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList sorted(QStringList ids) {
    ids.sort();
    return ids;
}

} // namespace

EvidenceEditor::EvidenceEditor(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select evidence in the list, add new evidence, or drop files here "
                            "to add them as evidence."),
                         this);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);

    m_form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form, 1);

    auto* form = new QFormLayout;
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_title->setAccessibleName(tr("Title of the evidence"));
    m_title->setToolTip(tr("A short name that says what the evidence is"));
    m_title->setMaxLength(300);
    form->addRow(tr("&Title:"), m_title);
    connect(m_title, &QLineEdit::editingFinished, this, &EvidenceEditor::commit);

    auto* kindRow = new FlowLayout; // the date goes under the type in a narrow pane
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("evidenceKind"));
    m_kind->setAccessibleName(tr("Type of evidence"));
    m_kind->setToolTip(
        tr("What kind of evidence this is: a document, a photograph, minutes, a survey and so on"));
    for (const auto& id : evidenceKindIds())
        m_kind->addItem(evidenceKindLabel(*evidenceKindFromId(id)), id);
    connect(m_kind, &QComboBox::activated, this, &EvidenceEditor::commit);
    m_date = new QDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("evidenceDate"));
    m_date->setAccessibleName(tr("Date of the evidence"));
    m_date->setToolTip(tr("The day the evidence was made or collected"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(undatedDate);
    m_date->setSpecialValueText(tr("Undated"));
    connect(m_date, &QDateEdit::editingFinished, this, &EvidenceEditor::commit);
    auto* dateLabel = new QLabel(tr("&Date:"), m_form);
    dateLabel->setBuddy(m_date);
    kindRow->addWidget(m_kind);
    kindRow->addGroup({dateLabel, m_date});
    auto* kindLabel = new QLabel(tr("T&ype:"), m_form);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);

    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(QStringLiteral("evidenceDescription"));
    m_description->setAccessibleName(tr("Description of the evidence"));
    m_description->setAccessibleDescription(
        tr("What the evidence shows and where the original is kept"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    m_description->installEventFilter(this);
    form->addRow(tr("De&scription:"), m_description);
    m_addedBy = new QLabel(m_form);
    m_addedBy->setTextFormat(Qt::PlainText);
    m_addedBy->setWordWrap(true);
    m_addedBy->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_addedBy);
    formLayout->addLayout(form);

    auto* tabs = new QTabWidget(m_form);
    tabs->setObjectName(QStringLiteral("evidenceTabs"));
    formLayout->addWidget(tabs, 1);

    // Files first: attaching is what people come to this panel for most.
    auto* files = new QWidget(tabs);
    auto* filesLayout = new QVBoxLayout(files);
    m_attachments = new QTreeWidget(files);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setAccessibleName(tr("Attached files"));
    m_attachments->setAccessibleDescription(
        tr("Copies of files kept inside the school file; choose one to open, save or remove it"));
    m_attachments->setRootIsDecorated(false);
    m_attachments->setUniformRowHeights(true);
    m_attachments->setHeaderLabels({tr("File"), tr("Size"), tr("Type")});
    m_attachments->header()->setStretchLastSection(true);
    m_attachments->setColumnWidth(0, 220);
    m_attachments->setColumnWidth(1, 70);
    m_attachments->installEventFilter(this);
    connect(m_attachments, &QTreeWidget::currentItemChanged, this, &EvidenceEditor::showPreview);
    connect(m_attachments, &QTreeWidget::itemActivated, this, &EvidenceEditor::openAttachment);
    auto* fileButtons = new FlowLayout;
    m_addAttachment = new QPushButton(tr("&Attach files…"), files);
    m_addAttachment->setObjectName(QStringLiteral("addAttachment"));
    m_addAttachment->setToolTip(tr("Store copies of files in the school file (you can also drop "
                                   "files onto this page)"));
    m_openAttachment = new QPushButton(tr("&Open"), files);
    m_openAttachment->setObjectName(QStringLiteral("openAttachment"));
    m_openAttachment->setToolTip(tr("Open a copy of the file with its usual program"));
    m_exportAttachment = new QPushButton(tr("E&xport…"), files);
    m_exportAttachment->setObjectName(QStringLiteral("exportAttachment"));
    m_exportAttachment->setToolTip(tr("Save a copy of the file to a folder"));
    m_removeAttachment = new QPushButton(tr("Re&move file"), files);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachment"));
    m_removeAttachment->setToolTip(tr("Remove the chosen file from the school file"));
    fileButtons->addWidget(m_addAttachment);
    fileButtons->addWidget(m_openAttachment);
    fileButtons->addWidget(m_exportAttachment);
    fileButtons->addWidget(m_removeAttachment);
    connect(m_addAttachment, &QPushButton::clicked, this,
            &EvidenceEditor::addAttachmentsWithDialog);
    connect(m_openAttachment, &QPushButton::clicked, this, &EvidenceEditor::openAttachment);
    connect(m_exportAttachment, &QPushButton::clicked, this, &EvidenceEditor::exportWithDialog);
    connect(m_removeAttachment, &QPushButton::clicked, this, &EvidenceEditor::removeAttachment);
    m_preview = new AttachmentPreview(files);
    m_preview->setObjectName(QStringLiteral("attachmentPreview"));
    filesLayout->addWidget(m_attachments, 2);
    filesLayout->addLayout(fileButtons);
    filesLayout->addWidget(m_preview, 3);
    tabs->addTab(files, tr("&Files"));

    auto* links = new QWidget(tabs);
    auto* linksLayout = new QHBoxLayout(links);
    auto* strandsColumn = new QVBoxLayout;
    auto* strandsLabel = new QLabel(tr("Equality &strands:"), links);
    m_strands = checkList(links, tr("Equality strands the evidence supports"),
                          QStringLiteral("evidenceStrands"));
    strandsLabel->setBuddy(m_strands);
    strandsColumn->addWidget(strandsLabel);
    strandsColumn->addWidget(m_strands, 1);
    auto* actionsColumn = new QVBoxLayout;
    auto* actionsLabel = new QLabel(tr("Ac&tions it supports:"), links);
    m_actions =
        checkList(links, tr("Actions the evidence supports"), QStringLiteral("evidenceActions"));
    actionsLabel->setBuddy(m_actions);
    actionsColumn->addWidget(actionsLabel);
    actionsColumn->addWidget(m_actions, 1);
    linksLayout->addLayout(strandsColumn, 1);
    linksLayout->addLayout(actionsColumn, 2);
    tabs->addTab(links, tr("Strands and a&ctions"));
    connect(m_strands, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commit();
    });
    connect(m_actions, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commit();
    });
    // Listed when first seen, not when the page opens: on a large school that is 2,000 rows
    // on a tab most visits never open.
    m_actionsWhenShown = new RefreshWhenShown(m_actions, [this] {
        fillActions();
        updateEditable();
    });

    auto* statements = new QWidget(tabs);
    auto* statementsLayout = new QVBoxLayout(statements);
    m_statementSearch = new QLineEdit(statements);
    m_statementSearch->setObjectName(QStringLiteral("statementSearch"));
    m_statementSearch->setPlaceholderText(tr("Search the audit statements by number or words"));
    m_statementSearch->setAccessibleName(tr("Search the audit statements"));
    m_statementSearch->setClearButtonEnabled(true);
    connect(m_statementSearch, &QLineEdit::textChanged, this, &EvidenceEditor::filterStatements);
    m_statements = checkList(statements, tr("Audit statements the evidence supports"),
                             QStringLiteral("evidenceStatements"));
    m_statements->setWordWrap(true);
    m_statements->setUniformItemSizes(false);
    m_statements->setSpacing(2);
    m_statementCount = new QLabel(statements);
    m_statementCount->setTextFormat(Qt::PlainText);
    statementsLayout->addWidget(m_statementSearch);
    statementsLayout->addWidget(m_statements, 1);
    statementsLayout->addWidget(m_statementCount);
    tabs->addTab(statements, tr("Audit state&ments"));
    connect(m_statements, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commit();
    });

    setEvidence(0);
}

void EvidenceEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_evidenceId = 0;
    if (m_document) {
        connect(m_document, &SchoolDocument::evidenceChanged, this, [this](qint64 id) {
            if (id == m_evidenceId)
                reload();
        });
        connect(m_document, &SchoolDocument::evidenceRemoved, this, [this](qint64 id) {
            if (id == m_evidenceId)
                setEvidence(0);
        });
        connect(m_document, &SchoolDocument::actionAdded, this,
                [this] { m_actionsWhenShown->request(); });
        connect(m_document, &SchoolDocument::actionRemoved, this, [this] {
            reload(); // the item's links to the removed action have gone with it
            m_actionsWhenShown->request();
        });
        // An edited action changes at most its own row: rebuilding the list of every action
        // on each keystroke in the action plan would cost the whole list every time.
        connect(m_document, &SchoolDocument::actionChanged, this, [this](qint64 id) {
            if (!m_actionsWhenShown->isPending() && m_actions->isVisible())
                refreshAction(id);
            else
                m_actionsWhenShown->request();
        });
        connect(m_document, &SchoolDocument::reloaded, this, [this] {
            reload();
            m_actionsWhenShown->request();
        });
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            setEvidence(0);
        });
    }
    fillStrands();
    m_actions->clear(); // another school's actions
    m_actionsWhenShown->request();
    m_statementsShownFor = -1;
    fillStatements();
    setEvidence(0);
}

bool EvidenceEditor::editable() const {
    return m_document && !m_document->isReadOnly() && m_evidenceId != 0;
}

void EvidenceEditor::setEvidence(qint64 evidenceId) {
    m_evidenceId = m_document ? evidenceId : 0;
    reload();
}

void EvidenceEditor::reload() {
    m_item = EvidenceItem();
    if (m_document && m_evidenceId != 0) {
        auto item = EvidenceRepository(m_document->file()).byId(m_evidenceId);
        if (item)
            m_item = std::move(*item);
        else
            m_evidenceId = 0;
    }
    showItem();
}

void EvidenceEditor::fillStrands() {
    m_loading = true;
    m_strands->clear();
    if (m_document) {
        for (const auto& strand : m_document->equalityMark().strands)
            checkItem(m_strands, strand.name, strand.id, false);
    }
    m_loading = false;
}

namespace {
QString actionToolTip(const QString& owner) {
    return owner.isEmpty() ? QString() : plainToolTip(EvidenceEditor::tr("Owner: %1").arg(owner));
}
} // namespace

void EvidenceEditor::fillActions() {
    m_loading = true;
    m_actions->clear();
    if (m_document) {
        if (auto actions = ActionRepository(m_document->file()).names()) {
            for (const auto& action : *actions)
                checkItem(m_actions, action.title, action.id,
                          m_evidenceId != 0 && m_item.actionIds.contains(action.id),
                          actionToolTip(action.owner));
        }
    }
    m_loading = false;
}

void EvidenceEditor::refreshAction(qint64 actionId) {
    auto action =
        m_document ? ActionRepository(m_document->file()).byId(actionId) : Result<Action>(Error{});
    for (int i = 0; i < m_actions->count(); ++i) {
        QListWidgetItem* item = m_actions->item(i);
        if (item->data(Qt::UserRole).toLongLong() != actionId)
            continue;
        if (!action) { // gone after all: start again from the file
            fillActions();
            reload();
            return;
        }
        const QSignalBlocker quiet(m_actions); // a new title is not a change of links
        item->setText(action->title);
        item->setToolTip(actionToolTip(action->owner));
        return;
    }
}

void EvidenceEditor::fillStatements() {
    m_loading = true;
    m_statements->clear();
    if (m_document) {
        for (const auto& statement : m_document->equalityMark().statements)
            checkItem(m_statements, tr("%1  %2").arg(statement.id, statement.text), statement.id,
                      false);
    }
    m_loading = false;
    filterStatements();
}

void EvidenceEditor::filterStatements() {
    const QString needle = m_statementSearch->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_statements->count(); ++i) {
        QListWidgetItem* item = m_statements->item(i);
        // What is linked stays in view whatever the search.
        const bool show = item->checkState() == Qt::Checked || needle.isEmpty() ||
                          item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!show);
        shown += show ? 1 : 0;
    }
    const int linked = int(m_item.statementIds.size());
    m_statementCount->setText(tr("%1 linked; showing %2 of %3 statements")
                                  .arg(linked)
                                  .arg(shown)
                                  .arg(m_statements->count()));
}

void EvidenceEditor::showItem() {
    const bool has = m_evidenceId != 0;
    m_empty->setVisible(!has);
    m_form->setVisible(has);
    m_loading = true;
    if (has) {
        if (!m_title->hasFocus() || m_title->text().trimmed() == m_item.title)
            m_title->setText(m_item.title);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(evidenceKindId(m_item.kind))));
        m_date->setDate(m_item.datedOn.isValid() ? m_item.datedOn : undatedDate);
        if (!m_description->hasFocus() && m_description->toPlainText() != m_item.description)
            m_description->setPlainText(m_item.description);
        QString added;
        if (m_item.addedAt.isValid())
            added = m_item.addedBy.isEmpty()
                        ? tr("Added on %1.")
                              .arg(QLocale().toString(m_item.addedAt.toLocalTime(),
                                                      QLocale::ShortFormat))
                        : tr("Added by %1 on %2.")
                              .arg(m_item.addedBy, QLocale().toString(m_item.addedAt.toLocalTime(),
                                                                      QLocale::ShortFormat));
        m_addedBy->setText(added);
        setChecks(m_strands, m_item.strandIds);
        // Linked statements first, in framework order, then the rest; only when another
        // item is shown, so that a tick does not make the list jump under the pointer.
        const bool another = m_statementsShownFor != m_evidenceId;
        if (another) {
            m_loading = false;
            fillStatements();
            m_loading = true;
            m_statementsShownFor = m_evidenceId;
        }
        setChecks(m_statements, m_item.statementIds);
        int linkedRow = 0;
        for (int i = 0; another && i < m_statements->count(); ++i) {
            if (m_statements->item(i)->checkState() != Qt::Checked)
                continue;
            if (i != linkedRow)
                m_statements->insertItem(linkedRow, m_statements->takeItem(i));
            ++linkedRow;
        }
        for (int i = 0; i < m_actions->count(); ++i) {
            QListWidgetItem* item = m_actions->item(i);
            const bool on = m_item.actionIds.contains(item->data(Qt::UserRole).toLongLong());
            if ((item->checkState() == Qt::Checked) != on)
                item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_title->clear();
        m_description->clear();
        m_addedBy->clear();
        setChecks(m_strands, {});
        setChecks(m_statements, {});
        setChecks(m_actions, {});
    }
    m_loading = false;
    filterStatements();
    showAttachments();
    updateEditable();
}

void EvidenceEditor::showAttachments() {
    const qint64 keep = currentAttachmentId();
    m_attachments->clear();
    QMimeDatabase mimes;
    for (const auto& attachment : m_item.attachments) {
        auto* row = new QTreeWidgetItem(m_attachments);
        row->setText(0, attachment.fileName);
        row->setText(1, QLocale().formattedDataSize(attachment.size));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const QMimeType type = mimes.mimeTypeForName(attachment.mimeType);
        row->setText(2, type.isValid() && !type.comment().isEmpty() ? type.comment()
                                                                    : attachment.mimeType);
        row->setData(0, Qt::UserRole, attachment.id);
        row->setIcon(0,
                     QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName())));
    }
    if (keep != 0)
        selectAttachment(keep);
    if (!m_attachments->currentItem() && m_attachments->topLevelItemCount() > 0)
        m_attachments->setCurrentItem(m_attachments->topLevelItem(0));
    showPreview();
}

qint64 EvidenceEditor::currentAttachmentId() const {
    const QTreeWidgetItem* item = m_attachments->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void EvidenceEditor::selectAttachment(qint64 attachmentId) {
    for (int i = 0; i < m_attachments->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_attachments->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == attachmentId) {
            m_attachments->setCurrentItem(item);
            return;
        }
    }
}

const Attachment* EvidenceEditor::attachment(qint64 id) const {
    for (const auto& attachment : m_item.attachments) {
        if (attachment.id == id)
            return &attachment;
    }
    return nullptr;
}

void EvidenceEditor::showPreview() {
    const Attachment* current = attachment(currentAttachmentId());
    if (!current || !m_document) {
        m_preview->showNote(m_item.attachments.empty()
                                ? tr("No files attached. Attach photos, documents or minutes "
                                     "with Attach files…, or drop them onto this page.")
                                : tr("Select a file to preview it."));
    } else if (!current->mimeType.startsWith(QStringLiteral("image/"))) {
        m_preview->showNote(
            tr("%1 is not a picture; open it or export a copy to see it.").arg(current->fileName));
    } else if (auto data = EvidenceRepository(m_document->file()).attachmentData(current->id)) {
        m_preview->showImage(*data, current->fileName);
    } else {
        m_preview->showNote(data.errorMessage());
    }
    updateEditable();
}

void EvidenceEditor::updateEditable() {
    const bool canEdit = editable();
    const bool hasFile = currentAttachmentId() != 0;
    m_title->setReadOnly(!canEdit);
    m_kind->setEnabled(canEdit);
    m_date->setReadOnly(!canEdit);
    m_description->setReadOnly(!canEdit);
    for (QListWidget* list : {m_strands, m_actions, m_statements}) {
        // Flags are not links: no itemChanged (and no look for a change to save) per row.
        const QSignalBlocker quiet(list);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            const auto flags = canEdit ? item->flags() | Qt::ItemIsUserCheckable
                                       : item->flags() & ~Qt::ItemIsUserCheckable;
            if (flags != item->flags())
                item->setFlags(flags);
        }
    }
    m_addAttachment->setEnabled(canEdit);
    m_removeAttachment->setEnabled(canEdit && hasFile);
    // Reading a file out is fine in a read-only school file.
    m_openAttachment->setEnabled(hasFile);
    m_exportAttachment->setEnabled(hasFile);
}

void EvidenceEditor::commit() {
    if (m_loading || !editable())
        return;
    EvidenceItem item = m_item;
    item.title = m_title->text().trimmed();
    item.kind = evidenceKindFromId(m_kind->currentData().toString()).value_or(item.kind);
    item.datedOn = m_date->date() <= undatedDate ? QDate() : m_date->date();
    item.description = m_description->toPlainText();
    item.strandIds = checkedStrings(m_strands);
    item.statementIds = checkedStrings(m_statements);
    QList<qint64> oldActions = m_item.actionIds;
    std::sort(oldActions.begin(), oldActions.end());
    // A list not yet (or no longer) filled holds no ticks: the links stay as they are stored.
    item.actionIds = m_actionsWhenShown->isPending() ? oldActions : checkedNumbers(m_actions);
    if (item.title == m_item.title && item.kind == m_item.kind && item.datedOn == m_item.datedOn &&
        item.description == m_item.description &&
        sorted(item.strandIds) == sorted(m_item.strandIds) &&
        sorted(item.statementIds) == sorted(m_item.statementIds) && item.actionIds == oldActions)
        return;
    if (auto done = m_document->execute(std::make_unique<UpdateEvidenceCommand>(*m_document, item));
        !done) {
        // Typed text stays for the user to correct; ticks go back to what is stored.
        emit errorOccurred(done.errorMessage());
        m_loading = true;
        setChecks(m_strands, m_item.strandIds);
        setChecks(m_statements, m_item.statementIds);
        m_loading = false;
    }
}

Status EvidenceEditor::attachFiles(const QStringList& paths) {
    if (!editable())
        return Error::make(Error::Code::ReadOnly, tr("Select evidence to attach the files to."));
    QMimeDatabase mimes;
    QUndoStack* stack = m_document->undoStack();
    const bool several = paths.size() > 1;
    if (several)
        stack->beginMacro(tr("Attach %1 files").arg(paths.size()));
    Status result;
    qint64 last = 0;
    for (const QString& path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (QFileInfo(path).size() > EvidenceRepository::MaxAttachmentBytes) {
            result = Error::make(Error::Code::Invalid,
                                 tr("\"%1\" is larger than %2 MB and cannot be kept in the "
                                    "school file; attach a smaller copy instead.")
                                     .arg(name)
                                     .arg(EvidenceRepository::MaxAttachmentBytes / (1024 * 1024)));
            break;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result = Error::make(Error::Code::Io,
                                 tr("\"%1\" could not be read: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            break;
        }
        const QByteArray data = file.readAll();
        const QString mime = mimes.mimeTypeForFileNameAndData(name, data).name();
        auto command =
            std::make_unique<AddAttachmentCommand>(*m_document, m_evidenceId, name, data, mime);
        auto* added = command.get();
        if (auto done = m_document->execute(std::move(command)); !done) {
            result = done;
            break;
        }
        last = added->attachmentId();
    }
    if (several)
        stack->endMacro();
    if (last != 0)
        selectAttachment(last);
    return result;
}

Status EvidenceEditor::exportAttachment(qint64 attachmentId, const QString& path) {
    if (!m_document)
        return Error::make(Error::Code::NotFound, tr("No school file is open."));
    auto data = EvidenceRepository(m_document->file()).attachmentData(attachmentId);
    if (!data)
        return data.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
        return Error::make(Error::Code::Io,
                           tr("The copy could not be saved as \"%1\": %2")
                               .arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

void EvidenceEditor::addAttachmentsWithDialog() {
    if (!editable())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files to \"%1\"").arg(m_item.title),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (paths.isEmpty())
        return;
    if (auto done = attachFiles(paths); !done)
        emit errorOccurred(done.errorMessage());
}

void EvidenceEditor::exportWithDialog() {
    const Attachment* current = attachment(currentAttachmentId());
    if (!current)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(current->fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a copy"), start);
    if (path.isEmpty())
        return;
    if (auto done = exportAttachment(current->id, path); !done)
        emit errorOccurred(done.errorMessage());
}

void EvidenceEditor::openAttachment() {
    const Attachment* current = attachment(currentAttachmentId());
    if (!current)
        return;
    // A copy in a folder of its own, so that two files with one name do not collide.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .filePath(QStringLiteral("equimark-attachments/%1").arg(current->id));
    if (!QDir().mkpath(folder)) {
        emit errorOccurred(tr("A copy of \"%1\" could not be made to open it: the folder %2 "
                              "could not be created.")
                               .arg(current->fileName, QDir::toNativeSeparators(folder)));
        return;
    }
    const QString path = QDir(folder).filePath(current->fileName);
    if (auto done = exportAttachment(current->id, path); !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit errorOccurred(tr("No program is set up to open \"%1\". Export a copy and open it "
                              "from there.")
                               .arg(current->fileName));
}

void EvidenceEditor::removeAttachment() {
    const Attachment* current = attachment(currentAttachmentId());
    if (!current || !editable())
        return;
    if (auto done = m_document->execute(
            std::make_unique<RemoveAttachmentCommand>(*m_document, current->id, current->fileName));
        !done)
        emit errorOccurred(done.errorMessage());
}

bool EvidenceEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commit();
    if (watched == m_attachments && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeAttachment();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace equimark
