#pragma once

#include <QString>

namespace equimark::test {

// The text of a PDF as pdftotext (poppler-utils) reads it, in drawing order (a table cell's
// lines stay together), pages split by \f.
// Reading the real file proves what a person opening the PDF would see.
QString pdfText(const QString& path);
int pdfPageCount(const QString& path);

} // namespace equimark::test
