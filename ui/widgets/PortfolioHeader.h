#pragma once

#include "domain/Portfolio.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace equimark {

class SchoolDocument;

// The top of a portfolio: programme, target gateway with a countdown, status with the dates
// it was submitted and accredited, when accreditation expires, and whether the portfolio is
// ready for its gateway (with the reasons when it is not). Each field is committed on its
// own as one UpdatePortfolioCommand; a refused change keeps what was typed and shows why.
class PortfolioHeader : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioHeader(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void showPortfolio(qint64 portfolioId); // 0 = none
    qint64 portfolioId() const { return m_portfolio.id; }
    // The day countdowns are counted from (today unless a test says otherwise).
    void setToday(const QDate& today);

    QString countdownText() const;
    QString readinessText() const;
    bool isReady() const { return m_ready; }

signals:
    void errorOccurred(const QString& message);

private:
    enum class Field { Programme, Gateway, Status, Submitted, Accredited };

    void refresh();
    void fill();
    void commit(Field field);
    void updateEnabled();

    SchoolDocument* m_document = nullptr;
    Portfolio m_portfolio;
    int m_accreditationYears = 3;
    QDate m_today;
    bool m_filling = false;
    bool m_ready = false;

    QLineEdit* m_programme = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_hasGateway = nullptr;
    QDateEdit* m_gateway = nullptr;
    QLabel* m_countdown = nullptr;
    QCheckBox* m_hasSubmitted = nullptr;
    QDateEdit* m_submitted = nullptr;
    QCheckBox* m_hasAccredited = nullptr;
    QDateEdit* m_accredited = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_readinessIcon = nullptr;
    QLabel* m_readiness = nullptr;
};

} // namespace equimark
