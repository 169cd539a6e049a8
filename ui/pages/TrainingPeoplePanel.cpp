#include "pages/TrainingPeoplePanel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "models/PersonTableModel.h"
#include "widgets/FindNextRow.h"
#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {

// Dates before this mean "not set" in the editors: a QDateEdit cannot be empty.
const QDate notSetDate(1990, 1, 1);

// Body as a combo box, dates as date editors that can also say "not known" / "in post".
class PersonDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        switch (index.column()) {
        case PersonTableModel::BodyColumn: {
            auto* combo = new QComboBox(parent);
            combo->addItem(bodyLabel(Body::Staff), bodyId(Body::Staff));
            combo->addItem(bodyLabel(Body::Governor), bodyId(Body::Governor));
            combo->setAccessibleName(TrainingPeoplePanel::tr("Body"));
            return combo;
        }
        case PersonTableModel::JoinedColumn:
        case PersonTableModel::LeftColumn: {
            const bool left = index.column() == PersonTableModel::LeftColumn;
            auto* edit = new QDateEdit(parent);
            edit->setCalendarPopup(true);
            edit->setMinimumDate(notSetDate);
            edit->setSpecialValueText(left ? TrainingPeoplePanel::tr("In post")
                                           : TrainingPeoplePanel::tr("Not known"));
            edit->setAccessibleName(left ? TrainingPeoplePanel::tr("Left on")
                                         : TrainingPeoplePanel::tr("Joined on"));
            return edit;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        } else if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
            const QDate date = index.data(Qt::EditRole).toDate();
            edit->setDate(date.isValid() ? date : notSetDate);
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
        } else if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
            const QDate date = edit->date();
            model->setData(index, date <= notSetDate ? QDate() : date, Qt::EditRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }
};

} // namespace

TrainingPeoplePanel::TrainingPeoplePanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new PersonTableModel(this))
    , m_name(new QLineEdit(this))
    , m_body(new QComboBox(this))
    , m_add(new QPushButton(tr("Add person"), this))
    , m_remove(new QPushButton(tr("Remove person"), this))
    , m_view(new QTableView(this)) {
    m_name->setPlaceholderText(tr("Name of a new member of staff or governor"));
    m_name->setAccessibleName(tr("New person's name"));
    m_name->setAccessibleDescription(
        tr("Type a name and press Enter or Add person; then fill in the role and dates in the "
           "table."));
    m_body->addItem(bodyLabel(Body::Staff), bodyId(Body::Staff));
    m_body->addItem(bodyLabel(Body::Governor), bodyId(Body::Governor));
    m_body->setAccessibleName(tr("New person's body"));
    m_body->setToolTip(tr("Whether the new person is a member of staff or a governor"));
    m_add->setToolTip(tr("Add the person named to the list"));
    m_remove->setToolTip(tr("Remove the selected person with their attendance and ratings "
                            "(Edit > Undo puts them back)"));

    auto* bar = new FlowLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_name->setMinimumWidth(180);
    bar->addGroup({nameLabel, m_name});
    bar->addGroup({m_body, m_add});
    bar->addWidget(m_remove);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PersonDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    // The role takes what the other columns leave: they are as wide as their contents.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PersonTableModel::RoleColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("People"));
    m_view->setAccessibleDescription(
        tr("Staff and governors training is offered to. Press F2 to change a cell; Space "
           "ticks Leader."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &TrainingPeoplePanel::add);
    connect(m_name, &QLineEdit::returnPressed, this, &TrainingPeoplePanel::add);
    connect(m_name, &QLineEdit::textChanged, this, &TrainingPeoplePanel::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &TrainingPeoplePanel::remove);
    connect(m_model, &PersonTableModel::editFailed, this, &TrainingPeoplePanel::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TrainingPeoplePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingPeoplePanel::updateButtons);
    updateButtons();
}

void TrainingPeoplePanel::setDocument(SchoolDocument* document) {
    m_document = document;
    m_model->setDocument(document);
    updateButtons();
}

void TrainingPeoplePanel::updateButtons() {
    const bool editable = m_document && !m_document->isReadOnly();
    m_name->setEnabled(editable);
    m_body->setEnabled(editable);
    m_add->setEnabled(editable && !m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(editable && m_view->currentIndex().isValid());
}

void TrainingPeoplePanel::add() {
    if (!m_document || m_name->text().trimmed().isEmpty())
        return;
    Person person;
    person.name = m_name->text();
    person.body = bodyFromId(m_body->currentData().toString());
    auto command = PersonCommand::add(*m_document, person);
    auto* adding = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    m_name->clear();
    const int row = m_model->rowOf(adding->recordId());
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, PersonTableModel::RoleColumn));
        m_view->setFocus();
    }
}

void TrainingPeoplePanel::remove() {
    const Person* person = m_model->personAt(m_view->currentIndex().row());
    if (!m_document || !person)
        return;
    if (auto done = m_document->execute(PersonCommand::remove(*m_document, person->id)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingPeoplePanel::selectPerson(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, PersonTableModel::NameColumn));
}

bool TrainingPeoplePanel::find(const QString& text) {
    return findNextRow(m_view, [&](int row) {
        const Person* person = m_model->personAt(row);
        return person->name.contains(text, Qt::CaseInsensitive) ||
               person->role.contains(text, Qt::CaseInsensitive);
    });
}

} // namespace equimark
