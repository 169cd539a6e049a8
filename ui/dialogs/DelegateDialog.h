#pragma once

#include "domain/Framework.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QRadioButton;

namespace equimark {

// Asks which section of the audit to delegate (a whole element, a whole strand or one cell)
// and to whom: a person or group, typed or chosen from the names already used.
class DelegateDialog : public QDialog {
    Q_OBJECT

public:
    enum class Scope { Element, Strand, Cell };

    DelegateDialog(const Framework& framework, const QStringList& knownDelegates,
                   QWidget* parent = nullptr);

    void setSection(Scope scope, const QString& elementId, const QString& strandId);
    void setDelegate(const QString& name);

    Scope scope() const;
    // Empty for a strand-wide delegation.
    QString elementId() const;
    // Empty for an element-wide delegation.
    QString strandId() const;
    QString delegate() const;

private:
    void updateState();

    QRadioButton* m_elementScope;
    QRadioButton* m_strandScope;
    QRadioButton* m_cellScope;
    QComboBox* m_element;
    QComboBox* m_strand;
    QComboBox* m_delegate;
    QDialogButtonBox* m_buttons;
};

} // namespace equimark
