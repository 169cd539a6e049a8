#include "reports/Report.h"

#include "reports/ReportFigure.h"
#include "reports/ReportTable.h"

#include <QTextBlock>

namespace equimark {

QString Report::plainText() const {
    if (!document)
        return {};
    QStringList blocks;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QString text;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.objectType() == ReportTable::ObjectType)
                text += ReportTable::of(*document)->text(format);
            else if (format.objectType() == ReportFigure::ObjectType)
                text += ReportFigure::of(*document)->caption(format);
            else
                text += fragment.text();
        }
        blocks << text;
    }
    QString text = blocks.join(QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace equimark
