#include "pages/TrainingPage.h"

#include "pages/TrainingCasesPanel.h"
#include "pages/TrainingCoveragePanel.h"
#include "pages/TrainingPeoplePanel.h"
#include "pages/TrainingProgrammesPanel.h"
#include "pages/TrainingSessionsPanel.h"

#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace equimark {

TrainingPage::TrainingPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_people(new TrainingPeoplePanel(m_tabs))
    , m_sessions(new TrainingSessionsPanel(m_tabs))
    , m_programmes(new TrainingProgrammesPanel(m_tabs))
    , m_cases(new TrainingCasesPanel(m_tabs))
    , m_coverage(new TrainingCoveragePanel(m_tabs)) {
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Staff training"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    // Coverage first: it is what the coordinator acts on.
    m_tabs->addTab(m_coverage, tr("Coverage"));
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_sessions, tr("Sessions"));
    m_tabs->addTab(m_programmes, tr("Programmes"));
    m_tabs->addTab(m_cases, tr("Case studies"));
    m_tabs->setAccessibleName(tr("Training"));
    m_tabs->setAccessibleDescription(tr("Coverage, people, sessions, programmes and case "
                                        "studies"));
    layout->addWidget(m_tabs, 1);

    connect(m_people, &TrainingPeoplePanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_sessions, &TrainingSessionsPanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_programmes, &TrainingProgrammesPanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_cases, &TrainingCasesPanel::errorOccurred, this, &Page::errorOccurred);
}

QIcon TrainingPage::icon() const {
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

void TrainingPage::setDocument(SchoolDocument* document) {
    m_people->setDocument(document);
    m_sessions->setDocument(document);
    m_programmes->setDocument(document);
    m_cases->setDocument(document);
    m_coverage->setDocument(document);
}

void TrainingPage::navigateTo(const QVariant& target) {
    const QString text = target.toString();
    const QWidget* tabs[] = {m_coverage, m_people, m_sessions, m_programmes, m_cases};
    const char* names[] = {"coverage", "people", "sessions", "programmes", "cases"};
    for (int i = 0; i < 5; ++i) {
        if (text == QLatin1String(names[i]))
            m_tabs->setCurrentWidget(const_cast<QWidget*>(tabs[i]));
    }
    const qint64 id = text.section(QLatin1Char('/'), 1).toLongLong();
    if (text.startsWith(u"person/")) {
        m_tabs->setCurrentWidget(m_people);
        m_people->selectPerson(id);
    } else if (text.startsWith(u"session/")) {
        m_tabs->setCurrentWidget(m_sessions);
        m_sessions->selectSession(id);
    } else if (text.startsWith(u"programme/")) {
        m_tabs->setCurrentWidget(m_programmes);
        m_programmes->selectProgramme(id);
    } else if (text.startsWith(u"case/")) {
        m_tabs->setCurrentWidget(m_cases);
        m_cases->selectCase(id);
    }
}

bool TrainingPage::find(const QString& text) {
    QWidget* current = m_tabs->currentWidget();
    if (current == m_sessions)
        return m_sessions->find(text);
    if (current == m_programmes)
        return m_programmes->find(text);
    if (current == m_cases)
        return m_cases->find(text);
    m_tabs->setCurrentWidget(m_people);
    return m_people->find(text);
}

} // namespace equimark
