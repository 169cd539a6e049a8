#include "dialogs/FrameworkTextDialog.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/ReplaceFrameworkCommand.h"
#include "frameworks/FrameworkLoader.h"
#include "models/PlainToolTip.h"
#include "widgets/PlainLabel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <functional>

namespace equimark {

namespace {

constexpr int EntryRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

// A small form asking for an id and a text; `apply` decides, and its refusal is shown in the
// form, which stays open with what was typed.
bool askIdAndText(QWidget* parent, const QString& title, const QString& explanation,
                  const QString& idLabel, const QString& id, const QString& textLabel,
                  const std::function<Status(const QString&, const QString&)>& apply) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* note = plainLabel(&dialog);
    note->setText(explanation);
    auto* idEdit = new QLineEdit(id, &dialog);
    idEdit->setAccessibleName(idLabel);
    auto* text = new QPlainTextEdit(&dialog);
    text->setAccessibleName(textLabel);
    text->setTabChangesFocus(true);
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 60);
    text->setMaximumHeight(text->fontMetrics().height() * 6);
    auto* error = plainLabel(&dialog);
    error->setFrameShape(QFrame::StyledPanel);
    error->setAutoFillBackground(true);
    error->setBackgroundRole(QPalette::ToolTipBase);
    error->setForegroundRole(QPalette::ToolTipText);
    error->setMargin(6);
    error->setAccessibleName(FrameworkTextDialog::tr("Error"));
    error->hide();
    auto* form = new QFormLayout;
    form->addRow(idLabel, idEdit);
    form->addRow(textLabel, text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status done = apply(idEdit->text().trimmed(), text->toPlainText().trimmed());
        if (!done) {
            error->setText(done.errorMessage());
            error->show();
            return;
        }
        dialog.accept();
    });
    text->setFocus();
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

FrameworkTextDialog::FrameworkTextDialog(SchoolDocument& document, const Framework& framework,
                                         QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(framework)
    , m_working(framework)
    , m_editor(framework)
    , m_summary(plainLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_heading(plainLabel(this))
    , m_state(plainLabel(this))
    , m_name(new QLineEdit(this))
    , m_textLabel(new QLabel(tr("Official &wording:"), this))
    , m_text(new QPlainTextEdit(this))
    , m_descriptionLabel(new QLabel(tr("&Description:"), this))
    , m_description(new QPlainTextEdit(this))
    , m_error(plainLabel(this))
    , m_addSection(new QPushButton(tr("Add &Section\u2026"), this))
    , m_addCriterion(new QPushButton(tr("Add &Criterion\u2026"), this))
    , m_import(new QPushButton(tr("&Import Framework File\u2026"), this)) {
    setWindowTitle(tr("Complete the Wording of %1").arg(framework.name));
    resize(980, 640);

    auto* intro = plainLabel(this);
    intro->setText(
        tr("Only part of the RACE Charter Mark and Lead Practitioner wording is public. Enter "
           "the official text from the scheme's documents: choose an entry on the left and type "
           "or paste its wording. Entries marked \u201cnot entered\u201d still need it. The "
           "changes are saved together when you choose Save Wording, and one Undo takes them "
           "back."));

    m_tree->setHeaderLabels({tr("Entry"), tr("Wording")});
    m_tree->setAccessibleName(tr("Sections, criteria and Lead Practitioner standards"));
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(false);
    m_tree->setMinimumWidth(360);

    auto* treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_addSection);
    treeButtons->addWidget(m_addCriterion);
    treeButtons->addStretch();
    m_addSection->setAccessibleName(tr("Add a section of criteria"));
    m_addCriterion->setAccessibleName(tr("Add a criterion to the chosen section"));
    m_import->setAccessibleName(tr("Import a framework file"));
    m_import->setToolTip(tr("Replace the framework's wording with an Equimark framework file "
                            "(.json), after showing what would change"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(treeButtons);

    // The chosen entry.
    auto* hint = plainLabel(this);
    hint->setText(tr("Choose a section, a criterion or a standard to see and edit its wording."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(300);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setObjectName(QStringLiteral("nameLabel"));
    nameLabel->setBuddy(m_name);
    m_text->setAccessibleName(tr("Official wording of the criterion"));
    m_text->setTabChangesFocus(true);
    m_textLabel->setBuddy(m_text);
    m_description->setAccessibleName(tr("Description of the standard"));
    m_description->setTabChangesFocus(true);
    m_descriptionLabel->setBuddy(m_description);
    m_error->setObjectName(QStringLiteral("wordingError"));
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setForegroundRole(QPalette::ToolTipText);
    m_error->setMargin(6);
    m_error->setAccessibleName(FrameworkTextDialog::tr("Error"));
    m_error->hide();
    formLayout->addWidget(m_heading);
    formLayout->addWidget(m_state);
    formLayout->addWidget(nameLabel);
    formLayout->addWidget(m_name);
    formLayout->addWidget(m_textLabel);
    formLayout->addWidget(m_text, 2);
    formLayout->addWidget(m_descriptionLabel);
    formLayout->addWidget(m_description, 2);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    m_pages->addWidget(hint);
    m_pages->addWidget(form);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save &Wording"));
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FrameworkTextDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FrameworkTextDialog::currentChanged);
    connect(m_addSection, &QPushButton::clicked, this, &FrameworkTextDialog::addSectionWithDialog);
    connect(m_addCriterion, &QPushButton::clicked, this,
            &FrameworkTextDialog::addCriterionWithDialog);
    connect(m_import, &QPushButton::clicked, this, &FrameworkTextDialog::importWithDialog);

    setTabOrder(m_tree, m_addSection);
    setTabOrder(m_addSection, m_addCriterion);
    setTabOrder(m_addCriterion, m_name);
    setTabOrder(m_name, m_text);
    setTabOrder(m_text, m_description);

    rebuildTree();
    showCurrent();
}

int FrameworkTextDialog::unknownCount(const Framework& framework) {
    int count = 0;
    for (const auto* criterion : framework.allCriteria())
        count += criterion->textKnown ? 0 : 1;
    for (const auto& standard : framework.lpStandards)
        count += standard.textKnown ? 0 : 1;
    return count;
}

void FrameworkTextDialog::decorate(QTreeWidgetItem* item) const {
    const QVariant entryData = item->data(0, EntryRole);
    if (!entryData.isValid())
        return;
    const QString id = item->data(0, IdRole).toString();
    bool known = true;
    QString text;
    switch (Entry(entryData.toInt())) {
    case Entry::None:
        return;
    case Entry::Section:
        if (const auto* section = m_working.section(id))
            item->setText(0, tr("Section %1: %2").arg(section->id, section->name));
        return;
    case Entry::Criterion:
        if (const auto* criterion = m_working.criterion(id)) {
            known = criterion->textKnown;
            text = tr("%1  %2").arg(criterion->id, criterion->text);
        }
        break;
    case Entry::Standard:
        if (const auto* standard = m_working.lpStandard(id)) {
            known = standard->textKnown;
            text = tr("%1  %2").arg(standard->id, standard->name);
        }
        break;
    }
    item->setText(0, text);
    item->setText(1, known ? tr("entered") : tr("not entered"));
    item->setIcon(0, known ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QFont font = m_tree->font();
    font.setItalic(!known);
    item->setFont(0, font);
    item->setFont(1, font);
    item->setToolTip(
        0, plainToolTip(known ? text : tr("The official wording has not been entered yet.")));
}

void FrameworkTextDialog::refreshTree() {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        decorate(*it);
    const int unknown = unknownCount(m_working);
    m_summary->setText(
        unknown == 0 ? tr("Every criterion and standard has its wording.")
                     : tr("%n entry(ies) still need their official wording.", nullptr, unknown));
}

void FrameworkTextDialog::rebuildTree() {
    QString keepId;
    const Entry keep = currentEntry(&keepId);
    m_switching = true;
    m_tree->clear();
    auto add = [](auto* parent, Entry entry, const QString& id) {
        auto* item = new QTreeWidgetItem(parent);
        item->setData(0, EntryRole, int(entry));
        item->setData(0, IdRole, id);
        return item;
    };
    auto* criteria = new QTreeWidgetItem(m_tree, {tr("RACE Charter Mark criteria")});
    criteria->setFlags(Qt::ItemIsEnabled);
    for (const auto& section : m_working.sections) {
        auto* sectionItem = add(criteria, Entry::Section, section.id);
        for (const auto& criterion : section.criteria)
            add(sectionItem, Entry::Criterion, criterion.id);
    }
    auto* standards = new QTreeWidgetItem(m_tree, {tr("Lead Practitioner standards")});
    standards->setFlags(Qt::ItemIsEnabled);
    for (const auto& standard : m_working.lpStandards)
        add(standards, Entry::Standard, standard.id);
    m_tree->expandAll();
    refreshTree();
    m_switching = false;
    if (keep != Entry::None)
        selectItem(keep, keepId);
}

FrameworkTextDialog::Entry FrameworkTextDialog::currentEntry(QString* id) const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->data(0, EntryRole).isValid())
        return Entry::None;
    if (id)
        *id = item->data(0, IdRole).toString();
    return Entry(item->data(0, EntryRole).toInt());
}

QString FrameworkTextDialog::currentSectionId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->data(0, EntryRole).toInt() != int(Entry::Section))
        item = item->data(0, EntryRole).toInt() == int(Entry::Criterion) ? item->parent() : nullptr;
    if (item)
        return item->data(0, IdRole).toString();
    return m_working.sections.empty() ? QString() : m_working.sections.back().id;
}

bool FrameworkTextDialog::selectItem(Entry entry, const QString& id) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, EntryRole).toInt() == int(entry) &&
            (*it)->data(0, EntryRole).isValid() && (*it)->data(0, IdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return m_tree->currentItem() == *it;
        }
    }
    return false;
}

bool FrameworkTextDialog::selectCriterion(const QString& criterionId) {
    return selectItem(Entry::Criterion, criterionId);
}

bool FrameworkTextDialog::selectSection(const QString& sectionId) {
    return selectItem(Entry::Section, sectionId);
}

bool FrameworkTextDialog::selectStandard(const QString& standardId) {
    return selectItem(Entry::Standard, standardId);
}

void FrameworkTextDialog::currentChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous) {
    if (m_switching)
        return;
    Q_UNUSED(current)
    // The text typed for the entry being left is taken in first; a refusal keeps it chosen.
    if (previous && !applyCurrentFor(previous)) {
        m_switching = true;
        m_tree->setCurrentItem(previous);
        m_switching = false;
        return;
    }
    showCurrent();
}

void FrameworkTextDialog::showCurrent() {
    QString id;
    const Entry entry = currentEntry(&id);
    clearError();
    m_pages->setCurrentIndex(entry == Entry::None ? 0 : 1);
    m_addCriterion->setEnabled(!m_working.sections.empty());
    auto* nameLabel = findChild<QLabel*>(QStringLiteral("nameLabel"));
    const bool name = entry == Entry::Section || entry == Entry::Standard;
    nameLabel->setVisible(name);
    m_name->setVisible(name);
    m_textLabel->setVisible(entry == Entry::Criterion);
    m_text->setVisible(entry == Entry::Criterion);
    m_descriptionLabel->setVisible(entry == Entry::Standard);
    m_description->setVisible(entry == Entry::Standard);
    switch (entry) {
    case Entry::None:
        return;
    case Entry::Section:
        if (const auto* section = m_working.section(id)) {
            m_heading->setText(tr("Section %1").arg(section->id));
            m_state->setText(tr("The name of a section is shown above its criteria."));
            m_name->setText(section->name);
        }
        return;
    case Entry::Criterion:
        if (const auto* criterion = m_working.criterion(id)) {
            m_heading->setText(tr("Criterion %1").arg(criterion->id));
            m_state->setText(criterion->textKnown
                                 ? tr("Official wording entered.")
                                 : tr("The official wording has not been entered yet: replace "
                                      "the text below with the wording from the RACE Charter "
                                      "Mark documents."));
            m_text->setPlainText(criterion->textKnown ? criterion->text : QString());
            m_text->setPlaceholderText(criterion->textKnown ? QString() : criterion->text);
        }
        return;
    case Entry::Standard:
        if (const auto* standard = m_working.lpStandard(id)) {
            QString group;
            for (const auto& g : m_working.lpGroups) {
                if (g.id == standard->groupId)
                    group = g.name;
            }
            m_heading->setText(tr("Lead Practitioner standard %1 (%2)").arg(standard->id, group));
            m_state->setText(standard->textKnown
                                 ? tr("Official wording entered.")
                                 : tr("The official wording has not been entered yet: enter the "
                                      "standard's name and description from the Lead "
                                      "Practitioner booklet."));
            m_name->setText(standard->textKnown ? standard->name : QString());
            m_name->setPlaceholderText(standard->textKnown ? QString() : standard->name);
            m_description->setPlainText(standard->description);
        }
        return;
    }
}

bool FrameworkTextDialog::applyCurrent() {
    return applyCurrentFor(m_tree->currentItem());
}

bool FrameworkTextDialog::applyCurrentFor(QTreeWidgetItem* item) {
    if (!item || !item->data(0, EntryRole).isValid())
        return true;
    const auto entry = Entry(item->data(0, EntryRole).toInt());
    const QString id = item->data(0, IdRole).toString();
    FrameworkEditor edited = m_editor;
    Status done;
    switch (entry) {
    case Entry::None:
        return true;
    case Entry::Section: {
        const auto* section = m_working.section(id);
        if (!section || m_name->text().trimmed() == section->name)
            return true;
        done = edited.setSectionName(id, m_name->text().trimmed());
        break;
    }
    case Entry::Criterion: {
        const auto* criterion = m_working.criterion(id);
        const QString typed = m_text->toPlainText().trimmed();
        // An unknown criterion left blank stays as it was: nothing was entered.
        if (!criterion || (criterion->textKnown && typed == criterion->text) ||
            (!criterion->textKnown && typed.isEmpty() && m_text->toPlainText().isEmpty()))
            return true;
        done = edited.setCriterionText(id, typed);
        break;
    }
    case Entry::Standard: {
        const auto* standard = m_working.lpStandard(id);
        const QString name = m_name->text().trimmed();
        const QString description = m_description->toPlainText().trimmed();
        if (!standard)
            return true;
        const bool untouched = standard->textKnown
                                   ? name == standard->name && description == standard->description
                                   : name.isEmpty() && description == standard->description;
        if (untouched)
            return true;
        done = edited.setStandard(id, name, description);
        break;
    }
    }
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    if (!adopt(edited))
        return false;
    clearError();
    return true;
}

bool FrameworkTextDialog::adopt(const FrameworkEditor& editor) {
    auto result = editor.result();
    if (!result) {
        showError(result.errorMessage());
        return false;
    }
    m_editor = editor;
    m_working = std::move(*result);
    refreshTree(); // same entries, new wording: the items stay (this runs while one is left)
    return true;
}

void FrameworkTextDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void FrameworkTextDialog::clearError() {
    m_error->clear();
    m_error->hide();
}

bool FrameworkTextDialog::addSection(const QString& sectionId, const QString& name) {
    if (!applyCurrent())
        return false;
    FrameworkEditor edited = m_editor;
    if (const Status done = edited.addSection(sectionId, name); !done) {
        showError(done.errorMessage());
        return false;
    }
    if (!adopt(edited))
        return false;
    rebuildTree();
    selectSection(sectionId);
    return true;
}

bool FrameworkTextDialog::addCriterion(const QString& sectionId, const QString& criterionId,
                                       const QString& text) {
    if (!applyCurrent())
        return false;
    FrameworkEditor edited = m_editor;
    if (const Status done = edited.addCriterion(sectionId, criterionId, text); !done) {
        showError(done.errorMessage());
        return false;
    }
    if (!adopt(edited))
        return false;
    rebuildTree();
    selectCriterion(criterionId);
    return true;
}

void FrameworkTextDialog::addSectionWithDialog() {
    if (!applyCurrent())
        return;
    int next = 1;
    for (const auto& section : m_working.sections)
        next = std::max(next, section.id.toInt() + 1);
    askIdAndText(this, tr("Add a Section"),
                 tr("Sections are numbered as in the RACE Charter Mark documents; their criteria "
                    "are numbered <section>.<n>."),
                 tr("Section &number:"), QString::number(next), tr("Section &name:"),
                 [this](const QString& id, const QString& name) -> Status {
                     FrameworkEditor edited = m_editor;
                     if (Status done = edited.addSection(id, name); !done)
                         return done;
                     auto result = edited.result();
                     if (!result)
                         return result.error();
                     m_editor = edited;
                     m_working = std::move(*result);
                     rebuildTree();
                     selectSection(id);
                     return {};
                 });
}

void FrameworkTextDialog::addCriterionWithDialog() {
    if (!applyCurrent())
        return;
    const QString sectionId = currentSectionId();
    const auto* section = m_working.section(sectionId);
    if (!section)
        return;
    int next = 1;
    for (const auto& criterion : section->criteria)
        next = std::max(next, criterion.id.section(u'.', 1).toInt() + 1);
    askIdAndText(this, tr("Add a Criterion to Section %1").arg(sectionId),
                 tr("Enter the criterion exactly as the RACE Charter Mark documents word it."),
                 tr("Criterion &number:"), QStringLiteral("%1.%2").arg(sectionId).arg(next),
                 tr("Official &wording:"),
                 [this, sectionId](const QString& id, const QString& text) -> Status {
                     FrameworkEditor edited = m_editor;
                     if (Status done = edited.addCriterion(sectionId, id, text); !done)
                         return done;
                     auto result = edited.result();
                     if (!result)
                         return result.error();
                     m_editor = edited;
                     m_working = std::move(*result);
                     rebuildTree();
                     selectCriterion(id);
                     return {};
                 });
}

QStringList FrameworkTextDialog::changes(const Framework& from, const Framework& to) {
    QStringList lines;
    for (const auto& section : to.sections) {
        const auto* before = from.section(section.id);
        if (!before)
            lines << tr("New section %1: %2").arg(section.id, section.name);
        else if (before->name != section.name)
            lines << tr("Section %1 renamed to \u201c%2\u201d").arg(section.id, section.name);
    }
    for (const auto& section : from.sections) {
        if (!to.section(section.id))
            lines << tr("Section %1 (%2) removed").arg(section.id, section.name);
    }
    for (const auto* criterion : to.allCriteria()) {
        const auto* before = from.criterion(criterion->id);
        if (!before)
            lines << tr("New criterion %1: %2").arg(criterion->id, criterion->text);
        else if (before->text != criterion->text)
            lines << tr("Criterion %1 reworded: %2").arg(criterion->id, criterion->text);
    }
    for (const auto* criterion : from.allCriteria()) {
        if (!to.criterion(criterion->id))
            lines << tr("Criterion %1 removed").arg(criterion->id);
    }
    for (const auto& standard : to.lpStandards) {
        const auto* before = from.lpStandard(standard.id);
        if (!before)
            lines << tr("New standard %1: %2").arg(standard.id, standard.name);
        else if (before->name != standard.name || before->description != standard.description)
            lines << tr("Standard %1 reworded: %2").arg(standard.id, standard.name);
    }
    for (const auto& standard : from.lpStandards) {
        if (!to.lpStandard(standard.id))
            lines << tr("Standard %1 removed").arg(standard.id);
    }
    if (from.version != to.version)
        lines << tr("Edition %1 replaces %2").arg(to.version, from.version);
    return lines;
}

bool FrameworkTextDialog::importFile(const QString& path, bool askFirst) {
    if (!applyCurrent())
        return false;
    auto loaded = FrameworkLoader::loadFile(path);
    if (!loaded) {
        showError(loaded.errorMessage());
        return false;
    }
    if (loaded->kind != m_working.kind || loaded->id != m_working.id) {
        showError(tr("The file holds the framework \u201c%1\u201d (%2), not \u201c%3\u201d (%4), "
                     "so it cannot replace this one.")
                      .arg(loaded->name, loaded->id, m_working.name, m_working.id));
        return false;
    }
    const QStringList lines = changes(m_working, *loaded);
    if (lines.isEmpty()) {
        showError(tr("The file has the same wording as this framework: nothing to import."));
        return false;
    }
    if (askFirst) {
        QMessageBox box(
            QMessageBox::Question, tr("Import Framework File"),
            tr("Importing this file would make %n change(s):", nullptr, int(lines.size())),
            QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        const int shown = std::min<int>(12, int(lines.size()));
        QString preview = lines.mid(0, shown).join(u'\n');
        if (lines.size() > shown)
            preview += u'\n' + tr("\u2026 and %n more (see the details).", nullptr,
                                  int(lines.size()) - shown);
        box.setInformativeText(preview + QStringLiteral("\n\n") +
                               tr("Nothing is stored until you choose Save Wording."));
        box.setDetailedText(lines.join(u'\n'));
        auto* use = box.addButton(tr("Use This File"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != use)
            return false;
    }
    m_editor = FrameworkEditor(*loaded);
    m_working = std::move(*loaded);
    rebuildTree();
    clearError();
    showCurrent();
    return true;
}

void FrameworkTextDialog::importWithDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Framework File"), QString(),
                                                      tr("Framework files (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool FrameworkTextDialog::save() {
    if (!applyCurrent())
        return false;
    if (m_working.source == m_original.source)
        return true; // nothing changed
    const Status done = m_document.execute(
        std::make_unique<ReplaceFrameworkCommand>(m_document, m_original, m_working));
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    m_original = m_working;
    return true;
}

void FrameworkTextDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace equimark
