#include "pages/WelcomePage.h"

#include "Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace equimark {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this)) {
    auto* title = new QLabel(tr("Equimark"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Equality accreditation work for your school: the whole-school "
                                "audit, the summary grid, the action plan, accreditation "
                                "summaries and badges. Everything is saved as you go."),
                             this);
    intro->setWordWrap(true);

    auto* newButton = new QPushButton(tr("&New school…"), this);
    auto* openButton = new QPushButton(tr("&Open a school file…"), this);
    auto* demoButton = new QPushButton(tr("Open the &demo school"), this);
    newButton->setAccessibleName(tr("Create a new school file"));
    openButton->setAccessibleName(tr("Open a school file"));
    demoButton->setAccessibleName(tr("Open the demo school"));
    demoButton->setToolTip(tr("A fictional primary school with every step filled in, to try "
                              "Equimark out. Kept in %1.")
                               .arg(QDir::toNativeSeparators(Preferences::dataFolder())));
    for (auto* button : {newButton, openButton, demoButton})
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto* recentLabel = new QLabel(tr("&Recent files"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setMaximumHeight(200);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addWidget(demoButton);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    column->addStretch();

    auto* centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 2);
    centred->addStretch(1);
    centred->setContentsMargins(24, 48, 24, 24);
    refreshRecent();
}

void WelcomePage::refreshRecent() {
    m_recent->clear();
    for (const auto& path : Preferences::recentFiles()) {
        const QFileInfo info(path);
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(info.completeBaseName(),
                                                  QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("No school files opened yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace equimark
