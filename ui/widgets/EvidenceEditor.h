#pragma once

#include "Result.h"
#include "domain/EvidenceItem.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace equimark {

class RefreshWhenShown;

class AttachmentPreview;
class SchoolDocument;

// The detail panel of the evidence page: everything about one item of evidence, committed
// as commands when a field is left (title, date, description) or at once (type, ticked
// strands, actions and statements), and its attached files: add, open, export, remove, and
// a preview of images.
class EvidenceEditor : public QWidget {
    Q_OBJECT

public:
    explicit EvidenceEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setEvidence(qint64 evidenceId); // 0: nothing selected
    qint64 evidenceId() const { return m_evidenceId; }

    // Stores the files with the evidence shown (one undo step); stops at the first that
    // cannot be read or stored, with the reason.
    Status attachFiles(const QStringList& paths);
    // Writes the stored bytes of an attachment to `path` safely (QSaveFile).
    Status exportAttachment(qint64 attachmentId, const QString& path);
    qint64 currentAttachmentId() const;
    void selectAttachment(qint64 attachmentId);

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void fillStrands();
    void fillActions();
    void refreshAction(qint64 actionId);
    void fillStatements();
    void filterStatements();
    void showItem();
    void showAttachments();
    void showPreview();
    void commit();
    void updateEditable();
    void addAttachmentsWithDialog();
    void exportWithDialog();
    void openAttachment();
    void removeAttachment();
    bool editable() const;
    const Attachment* attachment(qint64 id) const;

    SchoolDocument* m_document = nullptr;
    RefreshWhenShown* m_actionsWhenShown = nullptr; // lists the actions once they are seen
    qint64 m_evidenceId = 0;
    qint64 m_statementsShownFor = -1;
    EvidenceItem m_item;
    bool m_loading = false;

    QLabel* m_empty;
    QWidget* m_form;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QLabel* m_addedBy;
    QPlainTextEdit* m_description;
    QListWidget* m_strands;
    QListWidget* m_actions;
    QLineEdit* m_statementSearch;
    QListWidget* m_statements;
    QLabel* m_statementCount;
    QTreeWidget* m_attachments;
    QPushButton* m_addAttachment;
    QPushButton* m_openAttachment;
    QPushButton* m_exportAttachment;
    QPushButton* m_removeAttachment;
    AttachmentPreview* m_preview;
};

} // namespace equimark
