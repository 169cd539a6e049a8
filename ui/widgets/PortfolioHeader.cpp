#include "widgets/PortfolioHeader.h"

#include "domain/PortfolioCoverage.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/UpdatePortfolioCommand.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "widgets/OptionalDate.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>

namespace equimark {

namespace {

QString longDate(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

PortfolioHeader::PortfolioHeader(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate()) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    m_programme = new QLineEdit(this);
    m_programme->setObjectName(QStringLiteral("portfolioProgramme"));
    m_programme->setAccessibleName(tr("Programme"));
    m_programme->setToolTip(tr("The programme the Lead Practitioner follows"));
    m_programme->setMaxLength(200);
    auto* programmeLabel = new QLabel(tr("Pro&gramme:"), this);
    programmeLabel->setBuddy(m_programme);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("portfolioStatus"));
    m_status->setAccessibleName(tr("Portfolio status"));
    m_status->setToolTip(
        tr("How far the portfolio has gone: drafting, submitted, moderated or accredited"));
    for (auto status : {PortfolioStatus::Drafting, PortfolioStatus::Submitted,
                        PortfolioStatus::Moderated, PortfolioStatus::Accredited})
        m_status->addItem(portfolioStatusLabel(status), portfolioStatusId(status));
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);

    auto dateField = [this](QCheckBox*& has, QDateEdit*& edit, const QString& name,
                            const QString& objectName) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        has = makeOptionalDateCheck(row, objectName, tr("Has a %1").arg(name));
        edit = makeOptionalDateEdit(row, objectName, name);
        layout->addWidget(has);
        layout->addWidget(edit, 1);
        connect(has, &QCheckBox::toggled, this, [this, has, edit](bool checked) {
            edit->setEnabled(checked && has->isEnabled());
            if (m_filling)
                return;
            if (checked && edit->date() == edit->minimumDate()) {
                const QSignalBlocker blocker(edit);
                edit->setDate(m_today);
            }
        });
        return row;
    };

    auto* gatewayLabel = new QLabel(tr("Gate&way:"), this);
    QWidget* gatewayRow =
        dateField(m_hasGateway, m_gateway, tr("gateway date"), QStringLiteral("portfolioGateway"));
    gatewayLabel->setBuddy(m_hasGateway);
    m_gateway->setToolTip(tr("The moderation gateway the portfolio is aimed at. There are two "
                             "gateways a year."));
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("gatewayCountdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);

    auto* submittedLabel = new QLabel(tr("Su&bmitted:"), this);
    QWidget* submittedRow = dateField(m_hasSubmitted, m_submitted, tr("date submitted"),
                                      QStringLiteral("portfolioSubmitted"));
    submittedLabel->setBuddy(m_hasSubmitted);
    auto* accreditedLabel = new QLabel(tr("Accre&dited:"), this);
    QWidget* accreditedRow = dateField(m_hasAccredited, m_accredited, tr("date accredited"),
                                       QStringLiteral("portfolioAccredited"));
    accreditedLabel->setBuddy(m_hasAccredited);
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("portfolioExpiry"));
    m_expiry->setTextFormat(Qt::PlainText);
    m_expiry->setWordWrap(true);

    grid->addWidget(programmeLabel, 0, 0);
    grid->addWidget(m_programme, 0, 1, 1, 3);
    grid->addWidget(statusLabel, 0, 4);
    grid->addWidget(m_status, 0, 5);
    grid->addWidget(gatewayLabel, 1, 0);
    grid->addWidget(gatewayRow, 1, 1);
    grid->addWidget(m_countdown, 1, 2, 1, 2);
    grid->addWidget(submittedLabel, 1, 4);
    grid->addWidget(submittedRow, 1, 5);
    grid->addWidget(accreditedLabel, 2, 4);
    grid->addWidget(accreditedRow, 2, 5);
    grid->addWidget(m_expiry, 2, 1, 1, 3);
    grid->setColumnStretch(3, 1);

    // Readiness: an icon and words, never colour alone.
    auto* readinessRow = new QHBoxLayout;
    m_readinessIcon = new QLabel(this);
    m_readinessIcon->setObjectName(QStringLiteral("portfolioReadinessIcon"));
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("portfolioReadiness"));
    m_readiness->setTextFormat(Qt::PlainText);
    m_readiness->setWordWrap(true);
    m_readiness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readinessRow->addWidget(m_readinessIcon, 0, Qt::AlignTop);
    readinessRow->addWidget(m_readiness, 1);
    grid->addLayout(readinessRow, 3, 0, 1, 6);

    connect(m_programme, &QLineEdit::editingFinished, this, [this] { commit(Field::Programme); });
    connect(m_status, &QComboBox::activated, this, [this] { commit(Field::Status); });
    auto dateSignals = [this](QCheckBox* has, QDateEdit* edit, Field field) {
        connect(has, &QCheckBox::toggled, this, [this, field] {
            if (!m_filling)
                commit(field);
        });
        connect(edit, &QDateEdit::editingFinished, this, [this, field] { commit(field); });
        connect(edit->calendarWidget(), &QCalendarWidget::clicked, this,
                [this, field] { commit(field); });
    };
    dateSignals(m_hasGateway, m_gateway, Field::Gateway);
    dateSignals(m_hasSubmitted, m_submitted, Field::Submitted);
    dateSignals(m_hasAccredited, m_accredited, Field::Accredited);

    setTabOrder(m_programme, m_status);
    setTabOrder(m_status, m_hasGateway);
    setTabOrder(m_hasGateway, m_gateway);
    setTabOrder(m_gateway, m_hasSubmitted);
    setTabOrder(m_hasSubmitted, m_submitted);
    setTabOrder(m_submitted, m_hasAccredited);
    setTabOrder(m_hasAccredited, m_accredited);
    updateEnabled();
}

void PortfolioHeader::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_portfolio = Portfolio{};
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            m_portfolio = Portfolio{};
            fill();
        });
        connect(m_document, &SchoolDocument::portfolioChanged, this, [this](qint64 id) {
            if (id == m_portfolio.id)
                refresh();
        });
        connect(m_document, &SchoolDocument::portfolioRemoved, this, [this](qint64 id) {
            if (id == m_portfolio.id)
                showPortfolio(0);
        });
        connect(m_document, &SchoolDocument::frameworksChanged, this, &PortfolioHeader::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &PortfolioHeader::refresh);
    }
    fill();
}

void PortfolioHeader::showPortfolio(qint64 portfolioId) {
    m_portfolio = Portfolio{};
    m_portfolio.id = portfolioId;
    refresh();
}

void PortfolioHeader::setToday(const QDate& today) {
    m_today = today;
    fill();
}

void PortfolioHeader::refresh() {
    const qint64 id = m_portfolio.id;
    m_portfolio = Portfolio{};
    if (m_document && id != 0) {
        if (auto portfolio = PortfolioRepository(m_document->file()).portfolio(id))
            m_portfolio = std::move(*portfolio);
        else
            emit errorOccurred(portfolio.errorMessage());
    }
    fill();
}

void PortfolioHeader::fill() {
    m_filling = true;
    const Portfolio& p = m_portfolio;
    if (m_programme->text() != p.programme) {
        m_programme->setText(p.programme);
        m_programme->setCursorPosition(0);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(portfolioStatusId(p.status))));
    showOptionalDate(m_hasGateway, m_gateway, p.gatewayOn);
    showOptionalDate(m_hasSubmitted, m_submitted, p.submittedOn);
    showOptionalDate(m_hasAccredited, m_accredited, p.accreditedOn);
    m_filling = false;

    std::vector<ImpactItem> items;
    Framework framework;
    bool haveFramework = false;
    if (m_document && p.id != 0) {
        if (auto loaded = FrameworkRepository(m_document->file()).byId(p.frameworkId)) {
            framework = std::move(*loaded);
            haveFramework = true;
            m_accreditationYears = framework.accreditationYears;
        }
        if (auto loaded = PortfolioRepository(m_document->file()).impactItems(p.id))
            items = std::move(*loaded);
    }

    m_countdown->setText(countdownText());
    const QDate expires = p.expiresOn(m_accreditationYears);
    if (p.status == PortfolioStatus::Accredited && expires.isValid()) {
        m_expiry->setText(expires < m_today
                              ? tr("Accreditation expired on %1.").arg(longDate(expires))
                              : tr("Accreditation lasts until %1.").arg(longDate(expires)));
    } else {
        m_expiry->setText(tr("Accreditation lasts %1 years from the date it is given.")
                              .arg(m_accreditationYears));
    }

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (p.id == 0 || !haveFramework) {
        m_ready = false;
        m_readiness->clear();
        m_readinessIcon->clear();
    } else if (p.status != PortfolioStatus::Drafting) {
        m_ready = true;
        m_readinessIcon->setPixmap(
            style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSize, iconSize));
        m_readiness->setText(
            tr("%1: the portfolio has gone to its gateway.").arg(portfolioStatusLabel(p.status)));
    } else {
        const PortfolioCoverage coverage = PortfolioCoverage::compute(framework, p, items);
        m_ready = coverage.ready();
        if (m_ready) {
            m_readinessIcon->setPixmap(
                style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSize, iconSize));
            m_readiness->setText(tr("Ready for the gateway: every LP standard has evidence "
                                    "of impact and a self-assessment, and every reflective "
                                    "question is answered."));
        } else {
            m_readinessIcon->setPixmap(
                style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
            m_readiness->setText(
                tr("Not ready for the gateway yet. %1")
                    .arg(coverage.reasonsNotReady(framework).join(QLatin1Char(' '))));
        }
    }
    m_readinessIcon->setAccessibleName(m_ready ? tr("Ready") : tr("Not ready"));
    updateEnabled();
}

QString PortfolioHeader::countdownText() const {
    const auto days = m_portfolio.daysToGateway(m_today);
    if (!days)
        return m_portfolio.id == 0 ? QString() : tr("No gateway chosen yet");
    const qint64 n = *days;
    if (n == 0)
        return tr("Gateway is today");
    if (n == 1)
        return tr("Gateway tomorrow");
    if (n > 1)
        return tr("Gateway in %1 days").arg(n);
    if (n == -1)
        return tr("Gateway passed yesterday");
    return tr("Gateway passed %1 days ago").arg(-n);
}

QString PortfolioHeader::readinessText() const {
    return m_readiness->text();
}

void PortfolioHeader::updateEnabled() {
    const bool shown = m_document && m_portfolio.id != 0;
    const bool editable = shown && !m_document->isReadOnly();
    m_programme->setReadOnly(!editable);
    m_programme->setEnabled(shown);
    m_status->setEnabled(editable);
    for (auto [has, edit] :
         {std::pair{m_hasGateway, m_gateway}, std::pair{m_hasSubmitted, m_submitted},
          std::pair{m_hasAccredited, m_accredited}}) {
        has->setEnabled(editable);
        edit->setEnabled(editable && has->isChecked());
    }
}

void PortfolioHeader::commit(Field field) {
    if (m_filling || !m_document || m_portfolio.id == 0 || m_document->isReadOnly())
        return;
    Portfolio changed = m_portfolio;
    QString text;
    switch (field) {
    case Field::Programme:
        changed.programme = m_programme->text().trimmed();
        text = tr("Change the programme");
        break;
    case Field::Gateway:
        changed.gatewayOn = optionalDate(m_hasGateway, m_gateway);
        text = tr("Change the gateway date");
        break;
    case Field::Submitted:
        changed.submittedOn = optionalDate(m_hasSubmitted, m_submitted);
        text = tr("Change the date submitted");
        break;
    case Field::Accredited:
        changed.accreditedOn = optionalDate(m_hasAccredited, m_accredited);
        text = tr("Change the date accredited");
        break;
    case Field::Status: {
        const auto status = portfolioStatusFromId(m_status->currentData().toString());
        if (!status)
            return;
        changed.status = *status;
        // The dates a status implies, so that the user need not set them by hand.
        if (*status != PortfolioStatus::Drafting && !changed.submittedOn.isValid())
            changed.submittedOn = m_today;
        if (*status == PortfolioStatus::Accredited && !changed.accreditedOn.isValid())
            changed.accreditedOn = m_today;
        text = tr("Mark the portfolio as %1").arg(portfolioStatusLabel(*status));
        break;
    }
    }
    if (changed.programme == m_portfolio.programme && changed.gatewayOn == m_portfolio.gatewayOn &&
        changed.status == m_portfolio.status && changed.submittedOn == m_portfolio.submittedOn &&
        changed.accreditedOn == m_portfolio.accreditedOn)
        return;
    auto command = std::make_unique<UpdatePortfolioCommand>(*m_document, changed);
    command->setText(text); // names the change in Edit > Undo
    if (auto done = m_document->execute(std::move(command)); !done)
        emit errorOccurred(done.errorMessage()); // what was typed stays in the field
}

} // namespace equimark
