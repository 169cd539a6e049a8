#include "pages/EvidencePage.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddEvidenceCommand.h"
#include "editing/commands/RemoveEvidenceCommand.h"
#include "models/EvidenceTableModel.h"
#include "storage/EvidenceRepository.h"
#include "widgets/EvidenceEditor.h"
#include "widgets/FindNextRow.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace equimark {

// Type, strand and words, all at once: more than QSortFilterProxyModel's one pattern.
class EvidenceFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString& kindId, const QString& strandId, const QString& text) {
        m_kindId = kindId;
        m_strandId = strandId;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!m_kindId.isEmpty() && index.data(EvidenceTableModel::KindRole).toString() != m_kindId)
            return false;
        if (!m_strandId.isEmpty() &&
            !index.data(EvidenceTableModel::StrandIdsRole).toStringList().contains(m_strandId))
            return false;
        return m_text.isEmpty() || index.data(EvidenceTableModel::SearchTextRole)
                                       .toString()
                                       .contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_kindId;
    QString m_strandId;
    QString m_text;
};

namespace {

QStringList localFiles(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

EvidencePage::EvidencePage(QWidget* parent)
    : Page(parent)
    , m_model(new EvidenceTableModel(this))
    , m_filter(new EvidenceFilter(this)) {
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(EvidenceTableModel::SortRole);
    m_filter->setDynamicSortFilter(true);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Evidence"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Filter by title, description or file name"));
    m_search->setAccessibleName(tr("Filter the evidence by words"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Fi&lter:"), this);
    searchLabel->setBuddy(m_search);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("evidenceKindFilter"));
    m_kindFilter->setAccessibleName(tr("Show evidence of type"));
    m_kindFilter->setToolTip(tr("Show only one type of evidence"));
    m_kindFilter->addItem(tr("All types"), QString());
    for (const auto& id : evidenceKindIds())
        m_kindFilter->addItem(evidenceKindLabel(*evidenceKindFromId(id)), id);
    m_strandFilter = new QComboBox(this);
    m_strandFilter->setObjectName(QStringLiteral("evidenceStrandFilter"));
    m_strandFilter->setAccessibleName(tr("Show evidence for strand"));
    m_strandFilter->setToolTip(tr("Show only the evidence linked to one equality strand"));
    m_add = new QPushButton(tr("&New evidence"), this);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_add->setToolTip(tr("Add an item of evidence dated today"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeEvidence"));
    m_remove->setToolTip(tr("Remove the selected evidence and its files (Delete)"));
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_strandFilter, 1);
    filters->addSpacing(12);
    filters->addWidget(m_add);
    filters->addWidget(m_remove);
    layout->addLayout(filters);
    connect(m_search, &QLineEdit::textChanged, this, &EvidencePage::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &EvidencePage::applyFilter);
    connect(m_strandFilter, &QComboBox::currentIndexChanged, this, &EvidencePage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &EvidencePage::addEvidence);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePage::removeEvidence);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    auto* listPanel = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(listPanel);
    m_view->setObjectName(QStringLiteral("evidenceTable"));
    m_view->setAccessibleName(tr("Evidence"));
    m_view->setAccessibleDescription(tr("Every item of evidence; choose one to change it on the "
                                        "right, or press Delete to remove it"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EvidenceTableModel::DateColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(EvidenceTableModel::KindColumn, 100);
    m_view->setColumnWidth(EvidenceTableModel::DateColumn, 100);
    m_view->setColumnWidth(EvidenceTableModel::StrandsColumn, 120);
    m_view->setColumnWidth(EvidenceTableModel::ActionsColumn, 60);
    m_view->setColumnWidth(EvidenceTableModel::AttachmentsColumn, 45);
    m_view->installEventFilter(this);
    listLayout->addWidget(m_view, 1);
    m_count = new QLabel(listPanel);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(m_count);

    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new EvidenceEditor(scroll);
    m_editor->setObjectName(QStringLiteral("evidenceEditor"));
    m_editor->setMinimumHeight(560);
    scroll->setWidget(m_editor);
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    layout->addWidget(m_splitter, 1);

    if (const QByteArray state = Preferences::state(QStringLiteral("evidence/splitter"));
        !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = Preferences::state(QStringLiteral("evidence/columns"));
        !state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);

    connect(m_editor, &EvidenceEditor::errorOccurred, this, &Page::errorOccurred);
    connect(m_model, &EvidenceTableModel::loadFailed, this, &Page::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidencePage::currentChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &EvidencePage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EvidencePage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EvidencePage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EvidencePage::currentChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EvidencePage::currentChanged);

    setTabOrder(m_search, m_kindFilter);
    setTabOrder(m_kindFilter, m_strandFilter);
    setTabOrder(m_strandFilter, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_view);
    fillStrandFilter();
    updateEditable();
    updateCount();
}

EvidencePage::~EvidencePage() {
    Preferences::setState(QStringLiteral("evidence/splitter"), m_splitter->saveState());
    Preferences::setState(QStringLiteral("evidence/columns"),
                          m_view->horizontalHeader()->saveState());
}

QString EvidencePage::staticTitle() {
    return tr("Evidence");
}

QIcon EvidencePage::icon() const {
    return QIcon::fromTheme(QStringLiteral("folder-documents"));
}

void EvidencePage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // First, so that nothing below reads a file that is going away.
    if (m_document)
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    m_editor->setDocument(document);
    m_model->setDocument(document);
    fillStrandFilter();
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    currentChanged();
    updateEditable();
    updateCount();
}

void EvidencePage::fillStrandFilter() {
    const QString keep = m_strandFilter->currentData().toString();
    const QSignalBlocker blocker(m_strandFilter);
    m_strandFilter->clear();
    m_strandFilter->addItem(tr("All strands"), QString());
    if (m_document) {
        for (const auto& strand : m_document->equalityMark().strands)
            m_strandFilter->addItem(strand.name, strand.id);
    }
    m_strandFilter->setCurrentIndex(std::max(0, m_strandFilter->findData(keep)));
}

qint64 EvidencePage::currentEvidenceId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(EvidenceTableModel::IdRole).toLongLong() : 0;
}

void EvidencePage::currentChanged() {
    const qint64 id = currentEvidenceId();
    if (id != m_editor->evidenceId())
        m_editor->setEvidence(id);
    updateEditable();
}

void EvidencePage::updateEditable() {
    const bool canEdit = m_document && !m_document->isReadOnly();
    m_add->setEnabled(canEdit);
    m_remove->setEnabled(canEdit && currentEvidenceId() != 0);
    setAcceptDrops(canEdit);
}

void EvidencePage::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (shown != total)
        m_count->setText(tr("Showing %1 of %2 items of evidence").arg(shown).arg(total));
    else if (total == 1)
        m_count->setText(tr("1 item of evidence"));
    else
        m_count->setText(tr("%1 items of evidence").arg(total));
}

void EvidencePage::applyFilter() {
    m_filter->setFilter(m_kindFilter->currentData().toString(),
                        m_strandFilter->currentData().toString(), m_search->text());
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    currentChanged();
    updateCount();
}

void EvidencePage::select(qint64 evidenceId) {
    const int row = m_model->rowOf(evidenceId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show everything rather than hide what was asked for.
        m_search->clear();
        m_kindFilter->setCurrentIndex(0);
        m_strandFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    currentChanged();
}

void EvidencePage::addEvidence() {
    if (!m_document || m_document->isReadOnly())
        return;
    EvidenceItem item;
    item.title = tr("New evidence");
    item.datedOn = QDate::currentDate();
    const QString strand = m_strandFilter->currentData().toString();
    if (!strand.isEmpty())
        item.strandIds << strand;
    if (const auto kind = evidenceKindFromId(m_kindFilter->currentData().toString()))
        item.kind = *kind;
    auto command = std::make_unique<AddEvidenceCommand>(*m_document, item);
    auto* added = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    m_search->clear();
    select(added->evidenceId());
    if (auto* title = m_editor->findChild<QLineEdit*>(QStringLiteral("evidenceTitle"))) {
        title->setFocus();
        title->selectAll();
    }
}

void EvidencePage::removeEvidence() {
    const qint64 id = currentEvidenceId();
    if (!m_document || m_document->isReadOnly() || id == 0)
        return;
    const int row = m_view->currentIndex().row();
    const QString title =
        m_view->currentIndex().siblingAtColumn(EvidenceTableModel::TitleColumn).data().toString();
    if (auto done =
            m_document->execute(std::make_unique<RemoveEvidenceCommand>(*m_document, id, title));
        !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(std::min(row, m_filter->rowCount() - 1), 0));
    currentChanged();
}

Status EvidencePage::addFiles(const QStringList& paths) {
    if (!m_document || m_document->isReadOnly())
        return Error::make(Error::Code::ReadOnly,
                           tr("This school file is open read-only; files cannot be added."));
    if (paths.isEmpty())
        return {};
    if (currentEvidenceId() != 0)
        return m_editor->attachFiles(paths);

    // Nothing selected: each file becomes evidence of its own, named after the file.
    QMimeDatabase mimes;
    QUndoStack* stack = m_document->undoStack();
    if (paths.size() > 1)
        stack->beginMacro(tr("Add %1 files as evidence").arg(paths.size()));
    Status result;
    qint64 last = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.size() > EvidenceRepository::MaxAttachmentBytes) {
            result = Error::make(Error::Code::Invalid,
                                 tr("\"%1\" is larger than %2 MB and cannot be kept in the "
                                    "school file; attach a smaller copy instead.")
                                     .arg(info.fileName())
                                     .arg(EvidenceRepository::MaxAttachmentBytes / (1024 * 1024)));
            break;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result = Error::make(Error::Code::Io,
                                 tr("\"%1\" could not be read: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            break;
        }
        const QByteArray data = file.readAll();
        const QString mime = mimes.mimeTypeForFileNameAndData(info.fileName(), data).name();
        EvidenceItem item;
        item.title = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
        item.kind = mime.startsWith(QStringLiteral("image/")) ? EvidenceKind::Photo
                                                              : EvidenceKind::Document;
        item.datedOn = info.lastModified().date();
        std::vector<AddEvidenceCommand::File> files{{info.fileName(), data, mime}};
        auto command = std::make_unique<AddEvidenceCommand>(*m_document, item, std::move(files));
        auto* added = command.get();
        if (auto done = m_document->execute(std::move(command)); !done) {
            result = done;
            break;
        }
        last = added->evidenceId();
    }
    if (paths.size() > 1)
        stack->endMacro();
    if (last != 0)
        select(last);
    return result;
}

void EvidencePage::dragEnterEvent(QDragEnterEvent* event) {
    if (m_document && !m_document->isReadOnly() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidencePage::dragMoveEvent(QDragMoveEvent* event) {
    if (m_document && !m_document->isReadOnly() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidencePage::dropEvent(QDropEvent* event) {
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty() || !m_document || m_document->isReadOnly()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (auto done = addFiles(paths); !done)
        emit errorOccurred(done.errorMessage());
}

bool EvidencePage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeEvidence();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void EvidencePage::navigateTo(const QVariant& target) {
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (ok) {
        select(id);
        m_view->setFocus();
    }
}

bool EvidencePage::find(const QString& text) {
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const bool found = findNextRow(m_view, [&](int row) {
        return m_filter->index(row, 0)
            .data(EvidenceTableModel::SearchTextRole)
            .toString()
            .contains(needle, Qt::CaseInsensitive);
    });
    if (found) {
        m_view->setFocus();
        currentChanged();
    }
    return found;
}

} // namespace equimark
