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

    // The report's words in reading order, a line per paragraph and per table cell line, with
    // each table row and chart caption in its place (QTextDocument::toPlainText leaves them
    // out: they are objects drawn by the report).
    QString plainText() const;
};

} // namespace equimark
