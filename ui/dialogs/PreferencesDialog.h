#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace equimark {

// Who you are (recorded on judgements and actions), the year you work in, the language.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QLineEdit* m_name;
    QComboBox* m_year;
    QComboBox* m_language;
};

} // namespace equimark
