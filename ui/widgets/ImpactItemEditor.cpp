#include "widgets/ImpactItemEditor.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/UpdateImpactItemCommand.h"
#include "models/PlainToolTip.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "widgets/OptionalDate.h"
#include "widgets/RefreshWhenShown.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace equimark {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QListWidget* makeCheckList(QWidget* parent, const QString& objectName, const QString& name) {
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(name);
    list->setUniformItemSizes(false);
    list->setWordWrap(true);
    list->setMinimumHeight(list->fontMetrics().height() * 6);
    return list;
}

QListWidgetItem* addCheckItem(QListWidget* list, const QString& text, const QVariant& id) {
    auto* item = new QListWidgetItem(text, list);
    item->setData(IdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

} // namespace

ImpactItemEditor::ImpactItemEditor(QWidget* parent)
    : QWidget(parent) {
    buildUi();
    updateEnabled();
}

void ImpactItemEditor::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Choose an item of evidence of impact to see and edit it, or "
                                  "add one: what you did, with whom, and the difference it made "
                                  "to others' knowledge, understanding or practice."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("impactPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(8);
    outer->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    m_form = new QWidget(scroll);
    auto* layout = new QVBoxLayout(m_form);

    m_error = new QLabel(m_form);
    m_error->setObjectName(QStringLiteral("impactError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setForegroundRole(QPalette::ToolTipText);
    m_error->setMargin(6);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("impactTitle"));
    m_title->setAccessibleName(tr("What was done"));
    m_title->setPlaceholderText(tr("e.g. Coaching programme for aspiring middle leaders"));
    form->addRow(tr("&What was done:"), m_title);
    m_withWhom = new QLineEdit(m_form);
    m_withWhom->setObjectName(QStringLiteral("impactWithWhom"));
    m_withWhom->setAccessibleName(tr("With whom"));
    m_withWhom->setPlaceholderText(tr("e.g. Six support staff from the global majority"));
    form->addRow(tr("With w&hom:"), m_withWhom);
    m_impact = new QPlainTextEdit(m_form);
    m_impact->setObjectName(QStringLiteral("impactImpact"));
    m_impact->setAccessibleName(tr("Impact on others' knowledge, understanding or practice"));
    m_impact->setTabChangesFocus(true);
    m_impact->setFixedHeight(m_impact->fontMetrics().height() * 4 + 12);
    m_impact->installEventFilter(this);
    form->addRow(tr("&Impact on others:"), m_impact);
    m_howKnown = new QPlainTextEdit(m_form);
    m_howKnown->setObjectName(QStringLiteral("impactHowKnown"));
    m_howKnown->setAccessibleName(tr("How the impact is known"));
    m_howKnown->setTabChangesFocus(true);
    m_howKnown->setFixedHeight(m_howKnown->fontMetrics().height() * 3 + 12);
    m_howKnown->installEventFilter(this);
    form->addRow(tr("How it is &known:"), m_howKnown);

    auto* dates = new QHBoxLayout;
    m_hasStarted = makeOptionalDateCheck(m_form, QStringLiteral("impactStarted"),
                                         tr("Has a start date"), tr("&From"));
    m_started = makeOptionalDateEdit(m_form, QStringLiteral("impactStarted"), tr("Started on"));
    m_hasEnded = makeOptionalDateCheck(m_form, QStringLiteral("impactEnded"), tr("Has an end date"),
                                       tr("&To"));
    m_ended = makeOptionalDateEdit(m_form, QStringLiteral("impactEnded"), tr("Ended on"));
    dates->addWidget(m_hasStarted);
    dates->addWidget(m_started, 1);
    dates->addSpacing(12);
    dates->addWidget(m_hasEnded);
    dates->addWidget(m_ended, 1);
    form->addRow(tr("Dates:"), dates);
    layout->addLayout(form);

    auto* evidenceBox = new QGroupBox(tr("How it is shown: items from the evidence store"), m_form);
    auto* evidenceLayout = new QHBoxLayout(evidenceBox);
    m_evidence = makeCheckList(evidenceBox, QStringLiteral("impactEvidence"),
                               tr("Evidence items that show the impact"));
    m_evidence->setMaximumHeight(m_evidence->fontMetrics().height() * 9);
    m_evidence->setToolTip(tr("Tick the items of the school's evidence store that show this "
                              "impact. Add new evidence on the Evidence page."));
    m_attachments = new QLabel(evidenceBox);
    m_attachments->setObjectName(QStringLiteral("impactAttachments"));
    m_attachments->setAccessibleName(tr("Attached files of the ticked evidence"));
    m_attachments->setTextFormat(Qt::PlainText);
    m_attachments->setWordWrap(true);
    m_attachments->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_attachments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    evidenceLayout->addWidget(m_evidence, 3);
    evidenceLayout->addWidget(m_attachments, 2);
    layout->addWidget(evidenceBox);

    auto* mappingBox = new QGroupBox(tr("Mapped to"), m_form);
    auto* mapping = new QGridLayout(mappingBox);
    auto* criteriaLabel = new QLabel(tr("RACE Charter &criteria:"), mappingBox);
    m_criteria =
        makeCheckList(mappingBox, QStringLiteral("impactCriteria"), tr("RACE Charter criteria"));
    criteriaLabel->setBuddy(m_criteria);
    auto* standardsLabel = new QLabel(tr("LP &standards:"), mappingBox);
    m_standards = makeCheckList(mappingBox, QStringLiteral("impactStandards"), tr("LP standards"));
    standardsLabel->setBuddy(m_standards);
    auto* guidanceLabel =
        new QLabel(tr("Guidance from the published RACE LP mapping:"), mappingBox);
    m_guidance = new QLabel(mappingBox);
    m_guidance->setObjectName(QStringLiteral("mappingGuidance"));
    m_guidance->setAccessibleName(tr("Mapping guidance"));
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setWordWrap(true);
    m_guidance->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->setFrameShape(QFrame::StyledPanel);
    m_guidance->setMargin(6);
    m_guidance->setMinimumWidth(200);
    mapping->addWidget(criteriaLabel, 0, 0);
    mapping->addWidget(guidanceLabel, 0, 1);
    mapping->addWidget(m_criteria, 1, 0);
    mapping->addWidget(m_guidance, 1, 1, 3, 1);
    mapping->addWidget(standardsLabel, 2, 0);
    mapping->addWidget(m_standards, 3, 0);
    mapping->setColumnStretch(0, 1);
    mapping->setColumnStretch(1, 1);
    layout->addWidget(mappingBox);
    layout->addStretch(1);

    scroll->setWidget(m_form);
    outer->addWidget(scroll, 1);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(Field::Title); });
    connect(m_withWhom, &QLineEdit::editingFinished, this, [this] { commit(Field::WithWhom); });
    auto dateSignals = [this](QCheckBox* has, QDateEdit* edit, Field field) {
        connectOptionalDate(this, has, edit, m_filling, [this, field] { commit(field); });
    };
    dateSignals(m_hasStarted, m_started, Field::Started);
    dateSignals(m_hasEnded, m_ended, Field::Ended);
    connect(m_evidence, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateAttachments();
        commit(Field::Evidence);
    });
    connect(m_criteria, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateGuidance();
        commit(Field::Criteria);
    });
    connect(m_standards, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            commit(Field::Standards);
    });

    setTabOrder(m_title, m_withWhom);
    setTabOrder(m_withWhom, m_impact);
    setTabOrder(m_impact, m_howKnown);
    setTabOrder(m_howKnown, m_hasStarted);
    setTabOrder(m_hasStarted, m_started);
    setTabOrder(m_started, m_hasEnded);
    setTabOrder(m_hasEnded, m_ended);
    setTabOrder(m_ended, m_evidence);
    setTabOrder(m_evidence, m_criteria);
    setTabOrder(m_criteria, m_standards);
}

void ImpactItemEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_item = ImpactItem{};
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            m_item = ImpactItem{};
            updateEnabled();
        });
        connect(m_document, &SchoolDocument::portfolioChanged, this, [this](qint64 id) {
            if (m_item.id != 0 && id == m_item.portfolioId)
                refresh();
        });
        connect(m_document, &SchoolDocument::portfolioRemoved, this, [this](qint64 id) {
            if (m_item.id != 0 && id == m_item.portfolioId)
                showItem(0);
        });
        connect(m_document, &SchoolDocument::frameworksChanged, this, [this] {
            loadFramework();
            fill();
        });
        if (!m_evidenceWhenShown)
            m_evidenceWhenShown = new RefreshWhenShown(this, [this] {
                fillEvidence();
                fill();
            });
        auto evidence = [this] { m_evidenceWhenShown->request(); };
        connect(m_document, &SchoolDocument::evidenceAdded, this, evidence);
        connect(m_document, &SchoolDocument::evidenceChanged, this, evidence);
        connect(m_document, &SchoolDocument::evidenceRemoved, this, evidence);
        connect(m_document, &SchoolDocument::reloaded, this, [this] {
            fillEvidence();
            loadFramework();
            refresh();
        });
    }
    fillEvidence();
    showItem(0);
}

void ImpactItemEditor::showItem(qint64 itemId) {
    const QString frameworkBefore = m_framework.id;
    m_item = ImpactItem{};
    m_item.id = itemId;
    m_error->hide();
    m_error->clear();
    refresh();
    if (m_framework.id.isEmpty() || m_framework.id != frameworkBefore || m_criteria->count() == 0)
        loadFramework();
    fill();
}

void ImpactItemEditor::refresh() {
    const qint64 id = m_item.id;
    m_item = ImpactItem{};
    if (m_document && id != 0) {
        if (auto item = PortfolioRepository(m_document->file()).impactItem(id))
            m_item = std::move(*item);
    }
    if (m_document && m_item.id != 0 && m_framework.id.isEmpty())
        loadFramework();
    fill();
}

// The criteria and standards of the item's portfolio's framework, as check lists.
void ImpactItemEditor::loadFramework() {
    m_framework = Framework{};
    if (m_document && m_item.id != 0) {
        if (auto portfolio =
                PortfolioRepository(m_document->file()).portfolio(m_item.portfolioId)) {
            if (auto framework =
                    FrameworkRepository(m_document->file()).byId(portfolio->frameworkId))
                m_framework = std::move(*framework);
        }
    }
    m_filling = true;
    m_criteria->clear();
    m_standards->clear();
    for (const CharterSection& section : m_framework.sections) {
        for (const CharterCriterion& criterion : section.criteria) {
            auto* item = addCheckItem(m_criteria, tr("%1 %2").arg(criterion.id, criterion.text),
                                      criterion.id);
            item->setToolTip(plainToolTip(tr("Section %1: %2").arg(section.id, section.name)));
            if (!criterion.textKnown) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
        }
    }
    for (const LpStandard& standard : m_framework.lpStandards) {
        auto* item =
            addCheckItem(m_standards, tr("%1 %2").arg(standard.id, standard.name), standard.id);
        item->setToolTip(plainToolTip(standard.description));
        if (!standard.textKnown) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    m_filling = false;
}

void ImpactItemEditor::fillEvidence() {
    m_filling = true;
    m_evidence->clear();
    if (m_document) {
        if (auto all = EvidenceRepository(m_document->file()).all()) {
            for (const EvidenceItem& evidence : *all) {
                QString text = evidence.title;
                QStringList detail{evidenceKindLabel(evidence.kind)};
                if (evidence.datedOn.isValid())
                    detail << QLocale().toString(evidence.datedOn, QLocale::ShortFormat);
                if (!evidence.attachments.empty())
                    detail << (evidence.attachments.size() == 1
                                   ? tr("1 file")
                                   : tr("%1 files").arg(evidence.attachments.size()));
                auto* item = addCheckItem(
                    m_evidence, tr("%1 (%2)").arg(text, detail.join(QStringLiteral(", "))),
                    evidence.id);
                QStringList files;
                for (const Attachment& attachment : evidence.attachments)
                    files << tr("%1 (%2)").arg(attachment.fileName,
                                               QLocale().formattedDataSize(attachment.size));
                item->setData(Qt::UserRole + 2, files);
                item->setData(Qt::UserRole + 3, evidence.title);
            }
        } else {
            emit errorOccurred(all.errorMessage());
        }
    }
    m_filling = false;
}

void ImpactItemEditor::fill() {
    m_filling = true;
    if (m_title->text() != m_item.title) {
        m_title->setText(m_item.title);
        m_title->setCursorPosition(0);
    }
    if (m_withWhom->text() != m_item.withWhom)
        m_withWhom->setText(m_item.withWhom);
    if (m_impact->toPlainText() != m_item.impact)
        m_impact->setPlainText(m_item.impact);
    if (m_howKnown->toPlainText() != m_item.howKnown)
        m_howKnown->setPlainText(m_item.howKnown);
    showOptionalDate(m_hasStarted, m_started, m_item.startedOn);
    showOptionalDate(m_hasEnded, m_ended, m_item.endedOn);
    QStringList evidenceIds;
    for (qint64 id : m_item.evidenceIds)
        evidenceIds << QString::number(id);
    setChecked(m_evidence, evidenceIds);
    setChecked(m_criteria, m_item.criterionIds);
    setChecked(m_standards, m_item.standardIds);
    m_filling = false;
    updateAttachments();
    updateGuidance();
    updateEnabled();
}

void ImpactItemEditor::updateAttachments() {
    QStringList lines;
    for (int row = 0; row < m_evidence->count(); ++row) {
        const QListWidgetItem* item = m_evidence->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const QStringList files = item->data(Qt::UserRole + 2).toStringList();
        const QString title = item->data(Qt::UserRole + 3).toString();
        lines << (files.isEmpty() ? tr("%1: no files attached").arg(title)
                                  : tr("%1:\n  %2").arg(title, files.join(QStringLiteral("\n  "))));
    }
    m_attachments->setText(lines.isEmpty()
                               ? tr("No evidence ticked yet. The files attached to the ticked "
                                    "evidence are listed here.")
                               : lines.join(QLatin1Char('\n')));
}

void ImpactItemEditor::updateGuidance() {
    const QStringList ticked = checkedIds(m_criteria);
    if (ticked.isEmpty()) {
        m_guidance->setText(tr("Tick the RACE criteria this work served to see which LP "
                               "standards the published mapping suggests for them."));
        return;
    }
    QStringList lines;
    for (const CharterSection& section : m_framework.sections) {
        for (const CharterCriterion& criterion : section.criteria) {
            if (!ticked.contains(criterion.id))
                continue;
            if (criterion.lpMapping.empty()) {
                lines << tr("%1: the published mapping suggests no LP standard for this "
                            "criterion.")
                             .arg(criterion.id);
                continue;
            }
            for (const LpMapping& mapping : criterion.lpMapping) {
                QString standardName;
                for (const LpStandard& standard : m_framework.lpStandards) {
                    if (standard.id == mapping.standardId)
                        standardName = standard.name;
                }
                QString line =
                    tr("%1 suggests %2 %3: %4")
                        .arg(criterion.id, mapping.standardId, standardName, mapping.element);
                if (!mapping.exemplar.isEmpty())
                    line += QLatin1Char('\n') + tr("Exemplar: %1").arg(mapping.exemplar);
                lines << line;
            }
        }
    }
    m_guidance->setText(lines.join(QStringLiteral("\n\n")));
}

QString ImpactItemEditor::guidanceText() const {
    return m_guidance->text();
}

QString ImpactItemEditor::errorText() const {
    return m_error->text();
}

QStringList ImpactItemEditor::checkedIds(const QListWidget* list) const {
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(IdRole).toString();
    }
    return ids;
}

void ImpactItemEditor::setChecked(QListWidget* list, const QStringList& ids) {
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        const Qt::CheckState state =
            ids.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

void ImpactItemEditor::updateEnabled() {
    const bool shown = m_document && m_item.id != 0;
    const bool editable = shown && !m_document->isReadOnly();
    m_placeholder->setVisible(!shown);
    m_scroll->setVisible(shown);
    m_title->setReadOnly(!editable);
    m_withWhom->setReadOnly(!editable);
    m_impact->setReadOnly(!editable);
    m_howKnown->setReadOnly(!editable);
    m_hasStarted->setEnabled(editable);
    m_hasEnded->setEnabled(editable);
    m_started->setEnabled(editable && m_hasStarted->isChecked());
    m_ended->setEnabled(editable && m_hasEnded->isChecked());
    for (QListWidget* list : {m_evidence, m_criteria, m_standards}) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            item->setFlags(editable ? (item->flags() | Qt::ItemIsUserCheckable)
                                    : (item->flags() & ~Qt::ItemIsUserCheckable));
        }
    }
}

bool ImpactItemEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_impact)
            commit(Field::Impact);
        else if (watched == m_howKnown)
            commit(Field::HowKnown);
    }
    return QWidget::eventFilter(watched, event);
}

void ImpactItemEditor::commit(Field field) {
    if (m_filling || !m_document || m_item.id == 0 || m_document->isReadOnly())
        return;
    ImpactItem changed = m_item;
    QString text;
    switch (field) {
    case Field::Title:
        changed.title = m_title->text().trimmed();
        text = tr("Change what was done");
        break;
    case Field::WithWhom:
        changed.withWhom = m_withWhom->text().trimmed();
        text = tr("Change with whom");
        break;
    case Field::Impact:
        changed.impact = m_impact->toPlainText();
        text = tr("Change the impact on others");
        break;
    case Field::HowKnown:
        changed.howKnown = m_howKnown->toPlainText();
        text = tr("Change how the impact is known");
        break;
    case Field::Started:
        changed.startedOn = optionalDate(m_hasStarted, m_started);
        text = tr("Change the start date");
        break;
    case Field::Ended:
        changed.endedOn = optionalDate(m_hasEnded, m_ended);
        text = tr("Change the end date");
        break;
    case Field::Evidence:
        changed.evidenceIds.clear();
        for (const QString& id : checkedIds(m_evidence))
            changed.evidenceIds << id.toLongLong();
        text = tr("Change the evidence that shows the impact");
        break;
    case Field::Criteria:
        changed.criterionIds = checkedIds(m_criteria);
        text = tr("Map to RACE Charter criteria");
        break;
    case Field::Standards:
        changed.standardIds = checkedIds(m_standards);
        text = tr("Map to LP standards");
        break;
    }
    if (changed.title == m_item.title && changed.withWhom == m_item.withWhom &&
        changed.impact == m_item.impact && changed.howKnown == m_item.howKnown &&
        changed.startedOn == m_item.startedOn && changed.endedOn == m_item.endedOn &&
        changed.evidenceIds == m_item.evidenceIds && changed.criterionIds == m_item.criterionIds &&
        changed.standardIds == m_item.standardIds)
        return;
    auto command = std::make_unique<UpdateImpactItemCommand>(*m_document, changed);
    command->setText(text); // names the change in Edit > Undo
    if (auto done = m_document->execute(std::move(command)); !done) {
        showError(done.errorMessage()); // what was typed or ticked stays
        return;
    }
    m_error->hide();
    m_error->clear();
}

void ImpactItemEditor::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    emit errorOccurred(message);
}

} // namespace equimark
