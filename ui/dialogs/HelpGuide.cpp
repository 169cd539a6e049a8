#include "dialogs/HelpGuide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace equimark {

HelpGuide::HelpGuide(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setWindowTitle(tr("Equimark Guide"));
    setObjectName(QStringLiteral("helpGuide"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setAccessibleName(tr("Equimark guide"));
    m_browser->setAccessibleDescription(
        tr("The guide to the process and to each page; Tab moves between its links"));
    // Only the guide's own sections open here: it links nowhere else and loads nothing.
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({});
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFile(QLocale())));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 80, fontMetrics().height() * 40);
}

void HelpGuide::showSection(const QString& anchor) {
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(anchor);
}

QString HelpGuide::guideFile(const QLocale& locale) {
    const QString translated =
        QStringLiteral(":/help/guide_%1.html").arg(QLocale::languageToCode(locale.language()));
    return QFile::exists(translated) ? translated : QStringLiteral(":/help/guide_en.html");
}

} // namespace equimark
