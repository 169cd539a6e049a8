#include "pages/HistoryPage.h"

#include "Preferences.h"
#include "domain/HistoryDescription.h"
#include "editing/SchoolDocument.h"
#include "models/HistoryTableModel.h"
#include "storage/AccreditationRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/PortfolioRepository.h"
#include "storage/VisitRepository.h"
#include "widgets/FlowLayout.h"
#include "widgets/PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace equimark {

namespace {

QPlainTextEdit* valueView(const QString& accessibleName, QWidget* parent) {
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(accessibleName);
    view->setTabChangesFocus(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

} // namespace

HistoryPage::HistoryPage(QWidget* parent)
    : Page(parent)
    , m_model(new HistoryTableModel(this))
    , m_searchDelay(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("History"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Every change made to this school file, by whom and when. The "
                                "history is kept in the file and cannot be changed."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    auto* filters = new FlowLayout;
    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("historyPageFilter"));
    m_page->setAccessibleName(tr("Show changes on page"));
    m_page->setToolTip(tr("Show only the changes made on one page"));
    m_page->addItem(tr("All pages"), QString());
    for (const auto& id : historyPageIds())
        m_page->addItem(historyPageLabel(id), id);
    auto* pageLabel = new QLabel(tr("&Page:"), this);
    pageLabel->setBuddy(m_page);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("historyPersonFilter"));
    m_person->setAccessibleName(tr("Show changes made by"));
    m_person->setToolTip(tr("Show only the changes one person made"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* personLabel = new QLabel(tr("&By:"), this);
    personLabel->setBuddy(m_person);
    m_fromEnabled = new QCheckBox(tr("&From"), this);
    m_fromEnabled->setObjectName(QStringLiteral("historyFromEnabled"));
    m_fromEnabled->setToolTip(tr("Only changes made on or after this day"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setAccessibleName(tr("Changes made on or after"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toEnabled = new QCheckBox(tr("&To"), this);
    m_toEnabled->setObjectName(QStringLiteral("historyToEnabled"));
    m_toEnabled->setToolTip(tr("Only changes made on or before this day"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setAccessibleName(tr("Changes made on or before"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Words in the values, ids or names"));
    m_search->setAccessibleName(tr("Filter the history by words"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Fi&lter:"), this);
    searchLabel->setBuddy(m_search);
    filters->addGroup({pageLabel, m_page});
    filters->addGroup({personLabel, m_person});
    filters->addGroup({m_fromEnabled, m_from, m_toEnabled, m_to});
    filters->addGroup({searchLabel, m_search});
    layout->addLayout(filters);

    auto* quick = new QHBoxLayout;
    m_sinceVisit = new QPushButton(tr("Since the last &visit"), this);
    m_sinceVisit->setObjectName(QStringLiteral("historySinceVisit"));
    m_sinceVisit->setAccessibleName(tr("Show the changes since the last visit"));
    m_clear = new QPushButton(tr("&Show everything"), this);
    m_clear->setObjectName(QStringLiteral("historyClearFilters"));
    m_clear->setToolTip(tr("Clear every filter"));
    quick->addWidget(m_sinceVisit);
    quick->addWidget(m_clear);
    quick->addStretch(1);
    layout->addLayout(quick);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    auto* listPanel = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(listPanel);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Change history"));
    m_view->setAccessibleDescription(
        tr("Every change to the school file, newest first; press Enter to open the changed item"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Wide enough for a whole date and time in the user's locale.
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    m_view->setColumnWidth(HistoryTableModel::WhenColumn,
                           m_view->fontMetrics().horizontalAdvance(sampleTime) + 24);
    m_view->setColumnWidth(HistoryTableModel::WhoColumn, 130);
    m_view->setColumnWidth(HistoryTableModel::PageColumn, 130);
    m_view->setColumnWidth(HistoryTableModel::WhatColumn, 220);
    m_view->installEventFilter(this);
    listLayout->addWidget(m_view, 1);
    m_count = new QLabel(listPanel);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(m_count);

    auto* detail = new QWidget(m_splitter);
    detail->setObjectName(QStringLiteral("historyDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_when = plainLabel(detail);
    m_when->setObjectName(QStringLiteral("historyWhen"));
    m_who = plainLabel(detail);
    m_who->setObjectName(QStringLiteral("historyWho"));
    m_what = plainLabel(detail);
    m_what->setObjectName(QStringLiteral("historyWhat"));
    m_field = plainLabel(detail);
    m_field->setObjectName(QStringLiteral("historyField"));
    form->addRow(tr("When:"), m_when);
    form->addRow(tr("Who:"), m_who);
    form->addRow(tr("What:"), m_what);
    form->addRow(tr("Change:"), m_field);
    detailLayout->addLayout(form);
    m_before = valueView(tr("Value before the change"), detail);
    m_before->setObjectName(QStringLiteral("historyBefore"));
    m_before->setAccessibleDescription(tr("What the changed field held before the change"));
    m_after = valueView(tr("Value after the change"), detail);
    m_after->setObjectName(QStringLiteral("historyAfter"));
    m_after->setAccessibleDescription(tr("What the changed field held after the change"));
    auto* beforeLabel = new QLabel(tr("Be&fore:"), detail);
    beforeLabel->setBuddy(m_before);
    auto* afterLabel = new QLabel(tr("&After:"), detail);
    afterLabel->setBuddy(m_after);
    detailLayout->addWidget(beforeLabel);
    detailLayout->addWidget(m_before, 1);
    detailLayout->addWidget(afterLabel);
    detailLayout->addWidget(m_after, 1);
    m_open = new QPushButton(tr("&Open on its page"), detail);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_open->setToolTip(tr("Show the changed item on its page (double-click or Enter)"));
    auto* openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);
    detailLayout->addLayout(openRow);
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    if (const QByteArray state = Preferences::state(QStringLiteral("history/splitter"));
        !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = Preferences::state(QStringLiteral("history/columns"));
        !state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPage::applyFilters);
    connect(m_page, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_person, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &HistoryPage::applyFilters);
    connect(m_toEnabled, &QCheckBox::toggled, this, &HistoryPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_sinceVisit, &QPushButton::clicked, this, &HistoryPage::showSinceLastVisit);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker page(m_page), person(m_person), from(m_fromEnabled), to(m_toEnabled),
            search(m_search);
        m_page->setCurrentIndex(0);
        m_person->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_from->setEnabled(false);
        m_toEnabled->setChecked(false);
        m_to->setEnabled(false);
        m_search->clear();
        applyFilters();
    });
    connect(m_open, &QPushButton::clicked, this, &HistoryPage::openCurrent);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryPage::openCurrent);
    connect(m_model, &HistoryTableModel::loadFailed, this, &Page::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        currentChanged();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                // New people appear in the person filter as soon as they edit.
                for (int row = first; row <= last && first == 0; ++row) {
                    const HistoryEntry* entry = m_model->entry(row);
                    if (entry && !entry->who.isEmpty() && m_person->findData(entry->who) < 0) {
                        fillPeople();
                        break;
                    }
                }
                updateCount();
            });

    setTabOrder(m_page, m_person);
    setTabOrder(m_person, m_fromEnabled);
    setTabOrder(m_fromEnabled, m_from);
    setTabOrder(m_from, m_toEnabled);
    setTabOrder(m_toEnabled, m_to);
    setTabOrder(m_to, m_search);
    setTabOrder(m_search, m_sinceVisit);
    setTabOrder(m_sinceVisit, m_clear);
    setTabOrder(m_clear, m_view);
    setTabOrder(m_view, m_before);
    setTabOrder(m_before, m_after);
    setTabOrder(m_after, m_open);
    fillPeople();
    updateLastVisit();
    currentChanged();
    updateCount();
}

HistoryPage::~HistoryPage() {
    Preferences::setState(QStringLiteral("history/splitter"), m_splitter->saveState());
    Preferences::setState(QStringLiteral("history/columns"),
                          m_view->horizontalHeader()->saveState());
}

QIcon HistoryPage::icon() const {
    return QIcon::fromTheme(QStringLiteral("document-open-recent"));
}

void HistoryPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
        connect(m_document, &SchoolDocument::visitsChanged, this, &HistoryPage::updateLastVisit);
        connect(m_document, &SchoolDocument::reloaded, this, [this] {
            fillPeople();
            updateLastVisit();
        });
    }
    fillPeople();
    updateLastVisit();
    m_model->setDocument(document);
    applyFilters();
}

void HistoryPage::fillPeople() {
    const QString keep = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    if (m_document) {
        if (auto people = ChangeHistory(m_document->file()).people()) {
            for (const auto& name : *people)
                m_person->addItem(name, name);
        }
    }
    const int index = m_person->findData(keep);
    m_person->setCurrentIndex(std::max(0, index));
    if (index < 0 && !keep.isEmpty())
        applyFilters();
}

void HistoryPage::updateLastVisit() {
    m_lastVisit = {};
    if (m_document) {
        // Visits come newest first; a planned visit is not the last one.
        if (auto visits = VisitRepository(m_document->file()).visits()) {
            const QDate today = QDate::currentDate();
            for (const auto& visit : *visits) {
                if (visit.visitedOn.isValid() && visit.visitedOn <= today) {
                    m_lastVisit = visit.visitedOn;
                    break;
                }
            }
        }
    }
    m_sinceVisit->setEnabled(m_lastVisit.isValid());
    if (m_lastVisit.isValid()) {
        const QString day = QLocale().toString(m_lastVisit, QStringLiteral("d MMM yyyy"));
        m_sinceVisit->setText(tr("Since the last &visit (%1)").arg(day));
        m_sinceVisit->setToolTip(tr("Show what changed on or after the visit of %1").arg(day));
    } else {
        m_sinceVisit->setText(tr("Since the last &visit"));
        m_sinceVisit->setToolTip(tr("No visit has been recorded yet"));
    }
}

bool HistoryPage::showSinceLastVisit() {
    if (!m_lastVisit.isValid())
        return false;
    {
        const QSignalBlocker from(m_from), fromEnabled(m_fromEnabled), to(m_toEnabled);
        m_from->setDate(m_lastVisit);
        m_fromEnabled->setChecked(true);
        m_from->setEnabled(true);
        m_toEnabled->setChecked(false);
        m_to->setEnabled(false);
    }
    applyFilters();
    return true;
}

void HistoryPage::applyFilters() {
    m_searchDelay->stop();
    HistoryFilter filter;
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    filter.who = m_person->currentData().toString();
    const QString page = m_page->currentData().toString();
    if (!page.isEmpty())
        filter.entities = historyEntitiesOf(page);
    filter.text = m_search->text().trimmed();
    const qint64 keep = m_view->currentIndex().data(HistoryTableModel::IdRole).toLongLong();
    m_model->setFilter(filter);
    for (int row = 0; keep != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->entry(row)->id == keep) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    currentChanged();
    updateCount();
}

void HistoryPage::updateCount() {
    const qint64 total = m_model->totalCount();
    const bool filtered = m_page->currentIndex() > 0 || m_person->currentIndex() > 0 ||
                          m_fromEnabled->isChecked() || m_toEnabled->isChecked() ||
                          !m_search->text().trimmed().isEmpty();
    if (!m_document)
        m_count->clear();
    else if (total == 0)
        m_count->setText(filtered ? tr("No changes match these filters.")
                                  : tr("No changes have been recorded yet."));
    else if (total == 1)
        m_count->setText(filtered ? tr("1 matching change") : tr("1 change"));
    else
        m_count->setText((filtered ? tr("%1 matching changes") : tr("%1 changes"))
                             .arg(QLocale().toString(total)));
}

void HistoryPage::currentChanged() {
    const QModelIndex current = m_view->currentIndex();
    showEntry(current.isValid() ? m_model->entry(current.row()) : nullptr);
}

void HistoryPage::showEntry(const HistoryEntry* entry) {
    m_open->setEnabled(entry != nullptr);
    if (!entry) {
        for (QLabel* label : {m_when, m_who, m_what, m_field})
            label->clear();
        m_before->clear();
        m_after->clear();
        m_before->setPlaceholderText(tr("Select a change to see it in full."));
        m_after->setPlaceholderText(QString());
        return;
    }
    m_when->setText(QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat));
    m_who->setText(entry->who.isEmpty() ? tr("(not recorded)") : entry->who);
    m_what->setText(historyPageLabel(historyPageOf(entry->entity)) + QStringLiteral(" › ") +
                    historySubject(*entry));
    switch (historyChange(*entry)) {
    case HistoryChange::Created:
        m_field->setText(tr("Created"));
        break;
    case HistoryChange::Removed:
        m_field->setText(tr("Removed"));
        break;
    case HistoryChange::Changed:
        m_field->setText(entry->field.isEmpty() ? tr("Changed")
                                                : historyFieldLabel(entry->entity, entry->field));
        break;
    }
    // setPlainText: whatever was typed is shown as typed, never as markup.
    m_before->setPlaceholderText(tr("(none)"));
    m_after->setPlaceholderText(tr("(none)"));
    const auto shown = [entry](const QString& value) {
        return value.isEmpty() ? QString() : historyValueText(entry->entity, entry->field, value);
    };
    m_before->setPlainText(shown(entry->oldValue));
    m_after->setPlainText(shown(entry->newValue));
}

QVariant HistoryPage::targetOf(const HistoryEntry& entry) const {
    QVariant target = historyTarget(entry);
    if (!target.isNull() || !m_document)
        return target;
    bool ok = false;
    const qint64 id = entry.entityId.toLongLong(&ok);
    if (!ok)
        return target;
    if (entry.entity == u"accreditation_summary") {
        if (auto summary = AccreditationRepository(m_document->file()).summary(id))
            return summary->strandId;
    } else if (entry.entity == u"impact") {
        if (auto item = PortfolioRepository(m_document->file()).impactItem(id))
            return QStringLiteral("portfolio/%1").arg(item->portfolioId);
    }
    return target;
}

void HistoryPage::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    const HistoryEntry* entry = current.isValid() ? m_model->entry(current.row()) : nullptr;
    if (!entry)
        return;
    emit navigateRequested(historyPageOf(entry->entity), targetOf(*entry));
}

void HistoryPage::navigateTo(const QVariant& target) {
    const int index = m_page->findData(target.toString());
    if (index > 0)
        m_page->setCurrentIndex(index);
}

bool HistoryPage::find(const QString& text) {
    m_search->setText(text);
    applyFilters();
    if (m_model->rowCount() == 0)
        return false;
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
    return true;
}

bool HistoryPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace equimark
