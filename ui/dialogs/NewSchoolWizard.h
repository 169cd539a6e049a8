#pragma once

#include "domain/School.h"

#include <QStringList>
#include <QWizard>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace equimark {

// New school: its details, the frameworks it works with, and where the file goes.
class NewSchoolWizard : public QWizard {
    Q_OBJECT

public:
    explicit NewSchoolWizard(QWidget* parent = nullptr);

    School school() const;
    QStringList frameworkIds() const;
    QString filePath() const;

    bool validateCurrentPage() override;
    void accept() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_urn;
    QComboBox* m_phase;
    QLineEdit* m_authority;
    QListWidget* m_frameworks;
    QLineEdit* m_path;
};

} // namespace equimark
