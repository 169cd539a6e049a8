#pragma once

#include <QDialog>

class QLocale;
class QTextBrowser;

namespace equimark {

// The built-in guide to the process and to each page (Help > Equimark Guide, F1), in the
// interface's language when the guide is written in it, else in English. It stays open
// beside the window while the user works.
class HelpGuide : public QDialog {
    Q_OBJECT
public:
    explicit HelpGuide(QWidget* parent = nullptr);

    // Scrolls to the section about a page (its page id) or a topic ("keyboard", "reports",
    // "files"); the top of the guide when there is none.
    void showSection(const QString& anchor);
    QTextBrowser* browser() const { return m_browser; }

    // The guide for `locale`: ":/help/guide_cy.html" for Welsh, else the English one.
    static QString guideFile(const QLocale& locale);

private:
    QTextBrowser* m_browser;
};

} // namespace equimark
