#include "dialogs/DelegateDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace equimark {

DelegateDialog::DelegateDialog(const Framework& framework, const QStringList& knownDelegates,
                               QWidget* parent)
    : QDialog(parent)
    , m_elementScope(new QRadioButton(tr("A whole &element (every strand)"), this))
    , m_strandScope(new QRadioButton(tr("A whole &strand (every element)"), this))
    , m_cellScope(new QRadioButton(tr("One &cell (an element in one strand)"), this))
    , m_element(new QComboBox(this))
    , m_strand(new QComboBox(this))
    , m_delegate(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Delegate a Section of the Audit"));

    for (const auto& element : framework.elements)
        m_element->addItem(element.name, element.id);
    for (const auto& strand : framework.strands)
        m_strand->addItem(strand.name, strand.id);
    m_delegate->setEditable(true);
    m_delegate->addItems(knownDelegates);
    m_delegate->setCurrentIndex(-1);
    m_delegate->lineEdit()->setPlaceholderText(tr("A person or a group, e.g. Curriculum team"));
    m_delegate->setInsertPolicy(QComboBox::NoInsert);

    m_elementScope->setAccessibleName(tr("Delegate a whole element"));
    m_elementScope->setToolTip(
        tr("Hand every statement of one element, in all strands, to the person or group"));
    m_strandScope->setAccessibleName(tr("Delegate a whole strand"));
    m_strandScope->setToolTip(
        tr("Hand every statement of one strand, in all elements, to the person or group"));
    m_cellScope->setAccessibleName(tr("Delegate one cell"));
    m_cellScope->setToolTip(
        tr("Hand the statements of one element in one strand to the person or group"));
    m_element->setAccessibleName(tr("Element"));
    m_element->setToolTip(tr("The element whose statements are handed over"));
    m_strand->setAccessibleName(tr("Strand"));
    m_strand->setToolTip(tr("The strand whose statements are handed over"));
    m_delegate->setAccessibleName(tr("Delegate to"));
    m_delegate->setToolTip(tr(
        "Who will judge these statements: choose a name or type a new one, e.g. the English team"));

    auto* scopes = new QButtonGroup(this);
    scopes->addButton(m_cellScope);
    scopes->addButton(m_elementScope);
    scopes->addButton(m_strandScope);
    m_cellScope->setChecked(true);

    auto* scopeBox = new QGroupBox(tr("Section"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_cellScope);
    scopeLayout->addWidget(m_elementScope);
    scopeLayout->addWidget(m_strandScope);

    auto* form = new QFormLayout;
    auto* elementLabel = new QLabel(tr("E&lement:"), this);
    elementLabel->setBuddy(m_element);
    auto* strandLabel = new QLabel(tr("St&rand:"), this);
    strandLabel->setBuddy(m_strand);
    auto* delegateLabel = new QLabel(tr("&Delegate to:"), this);
    delegateLabel->setBuddy(m_delegate);
    form->addRow(elementLabel, m_element);
    form->addRow(strandLabel, m_strand);
    form->addRow(delegateLabel, m_delegate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("De&legate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(scopes, &QButtonGroup::buttonToggled, this, &DelegateDialog::updateState);
    connect(m_delegate, &QComboBox::editTextChanged, this, &DelegateDialog::updateState);
    setTabOrder(m_cellScope, m_element);
    setTabOrder(m_element, m_strand);
    setTabOrder(m_strand, m_delegate);
    setMinimumWidth(460);
    updateState();
}

void DelegateDialog::setSection(Scope scope, const QString& elementId, const QString& strandId) {
    if (const int row = m_element->findData(elementId); row >= 0)
        m_element->setCurrentIndex(row);
    if (const int column = m_strand->findData(strandId); column >= 0)
        m_strand->setCurrentIndex(column);
    (scope == Scope::Element  ? m_elementScope
     : scope == Scope::Strand ? m_strandScope
                              : m_cellScope)
        ->setChecked(true);
    updateState();
}

void DelegateDialog::setDelegate(const QString& name) {
    m_delegate->setEditText(name);
}

DelegateDialog::Scope DelegateDialog::scope() const {
    if (m_elementScope->isChecked())
        return Scope::Element;
    if (m_strandScope->isChecked())
        return Scope::Strand;
    return Scope::Cell;
}

QString DelegateDialog::elementId() const {
    return scope() == Scope::Strand ? QString() : m_element->currentData().toString();
}

QString DelegateDialog::strandId() const {
    return scope() == Scope::Element ? QString() : m_strand->currentData().toString();
}

QString DelegateDialog::delegate() const {
    return m_delegate->currentText().trimmed();
}

void DelegateDialog::updateState() {
    m_element->setEnabled(scope() != Scope::Strand);
    m_strand->setEnabled(scope() != Scope::Element);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!delegate().isEmpty());
}

} // namespace equimark
