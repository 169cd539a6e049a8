#pragma once

#include <QDate>
#include <QString>
#include <QTextDocument>
#include <memory>

namespace equimark {

// A built report: its content, and what every page's header and footer say.
struct Report {
    std::unique_ptr<QTextDocument> document;
    QString schoolName;
    QString title;         // "Accreditation summary: Race"
    QString frameworkLine; // "Lancashire Equality Mark, edition 2026.1"
    QDate generatedOn = QDate::currentDate();
    bool landscape = false;
};

} // namespace equimark
