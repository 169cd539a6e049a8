#pragma once

#include "domain/Framework.h"
#include "frameworks/FrameworkEditor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace equimark {

class SchoolDocument;

// Completes or corrects the wording of the file's RACE Charter Mark framework, for a school
// holding the official documents: sections, criteria and Lead Practitioner standards in a
// tree (entries whose official wording is not entered yet are marked and counted), the chosen
// entry's text beside it, "Add Section…", "Add Criterion…" and "Import Framework File…"
// (which shows what would change first). Each change is checked as it is made and refused
// with the reason shown under the text, which stays as typed. "Save Wording" stores everything
// as one ReplaceFrameworkCommand, so a single Undo takes it back.
class FrameworkTextDialog : public QDialog {
    Q_OBJECT

public:
    FrameworkTextDialog(SchoolDocument& document, const Framework& framework,
                        QWidget* parent = nullptr);

    bool selectCriterion(const QString& criterionId);
    bool selectSection(const QString& sectionId);
    bool selectStandard(const QString& standardId);

    // Takes the text being edited into the working copy; false (message shown) when refused.
    bool applyCurrent();
    // Applies the text being edited and stores the working copy as one undoable edit; false
    // (message shown, dialog stays open) when refused.
    bool save();
    // Adds to the working copy; false with the reason shown when refused.
    bool addSection(const QString& sectionId, const QString& name);
    bool addCriterion(const QString& sectionId, const QString& criterionId, const QString& text);
    // Loads a framework file and, after `confirm` (or a question to the user when not given),
    // makes it the working copy.
    bool importFile(const QString& path, bool askFirst = true);

    const Framework& working() const { return m_working; }
    // Words for what differs between two editions of a framework, one line per change.
    static QStringList changes(const Framework& from, const Framework& to);
    // Entries whose official wording is not entered yet.
    static int unknownCount(const Framework& framework);

    QTreeWidget* tree() const { return m_tree; }
    QPlainTextEdit* textEditor() const { return m_text; }
    QLineEdit* nameEditor() const { return m_name; }
    QPlainTextEdit* descriptionEditor() const { return m_description; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    enum class Entry { None, Section, Criterion, Standard };

    void rebuildTree();
    void refreshTree();
    void decorate(QTreeWidgetItem* item) const;
    bool applyCurrentFor(QTreeWidgetItem* item);
    void showCurrent();
    void currentChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous);
    void showError(const QString& message);
    void clearError();
    bool adopt(const FrameworkEditor& editor);
    void addSectionWithDialog();
    void addCriterionWithDialog();
    void importWithDialog();
    Entry currentEntry(QString* id = nullptr) const;
    QString currentSectionId() const;
    bool selectItem(Entry entry, const QString& id);

    SchoolDocument& m_document;
    Framework m_original;
    Framework m_working;
    FrameworkEditor m_editor;
    bool m_switching = false;

    QLabel* m_summary;
    QTreeWidget* m_tree;
    QStackedWidget* m_pages;
    QLabel* m_heading;
    QLabel* m_state;
    QLineEdit* m_name;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QLabel* m_error;
    QPushButton* m_addSection;
    QPushButton* m_addCriterion;
    QPushButton* m_import;
};

} // namespace equimark
