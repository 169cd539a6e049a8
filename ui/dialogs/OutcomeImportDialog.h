#pragma once

#include "domain/OutcomeCount.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace equimark {

class OutcomePreviewModel;
class SchoolDocument;

// Reads an outcomes CSV and shows what it would import before anything is written: every
// row, which replace figures already in the file, or the first problem with its line and
// column (then nothing can be imported). Import runs one undoable command.
class OutcomeImportDialog : public QDialog {
    Q_OBJECT

public:
    OutcomeImportDialog(SchoolDocument& document, const QString& csvPath,
                        QWidget* parent = nullptr);

    bool canImport() const;
    QString problem() const { return m_problem; }
    OutcomePreviewModel* model() const { return m_model; }
    // Imports through the undo stack; false (and a message) when it failed.
    bool importNow();

private:
    void read(const QString& csvPath);

    SchoolDocument& m_document;
    OutcomePreviewModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QDialogButtonBox* m_buttons;
    QString m_problem;
};

} // namespace equimark
