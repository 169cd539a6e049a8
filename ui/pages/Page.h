#pragma once

#include <QIcon>
#include <QVariant>
#include <QWidget>

namespace equimark {

class SchoolDocument;

// One step of the process as the main window shows it. Pages are created once; the window
// hands them the open document (or nullptr when the file is closed).
class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // "overview", "audit", ... stable, for navigation
    virtual QString title() const = 0;  // translated name in the navigation list
    virtual QIcon icon() const { return {}; }
    virtual void setDocument(SchoolDocument* document) = 0;

    // Shows a particular item: a grid cell, an action id, a strand... (page-specific).
    virtual void navigateTo(const QVariant& target) { Q_UNUSED(target) }
    // Edit > Find: selects the next item whose text contains `text`; false when none.
    virtual bool find(const QString& text) {
        Q_UNUSED(text)
        return false;
    }

signals:
    void navigateRequested(const QString& pageId, const QVariant& target = {});
    // A failed edit or export: the window shows the message; the page keeps what was typed.
    void errorOccurred(const QString& message);
};

} // namespace equimark
