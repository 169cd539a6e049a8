#include "reports/ReportFigure.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

namespace equimark {

namespace {
constexpr int FigureIndex = QTextFormat::UserProperty + 1;
}

ReportFigure::ReportFigure(QObject* parent)
    : QObject(parent) {}

ReportFigure* ReportFigure::of(QTextDocument& document) {
    if (auto* existing = document.findChild<ReportFigure*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto* handler = new ReportFigure(&document);
    document.documentLayout()->registerHandler(ObjectType, handler);
    return handler;
}

QTextCharFormat ReportFigure::add(Paint paint, qreal widthFraction, qreal aspect,
                                  const QString& caption) {
    m_figures.push_back({std::move(paint), widthFraction, aspect, caption});
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(FigureIndex, int(m_figures.size() - 1));
    return format;
}

QString ReportFigure::caption(const QTextFormat& format) const {
    const int index = format.property(FigureIndex).toInt();
    return index >= 0 && index < int(m_figures.size()) ? m_figures[std::size_t(index)].caption
                                                       : QString();
}

QSizeF ReportFigure::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    const int index = format.property(FigureIndex).toInt();
    if (index < 0 || index >= int(m_figures.size()))
        return {};
    const Figure& figure = m_figures[std::size_t(index)];
    // The page's text width, as laid out for the device the report is painted on.
    const qreal available = document->pageSize().width() > 0
                                ? document->pageSize().width() - 2 * document->documentMargin()
                                : document->textWidth();
    const qreal width = qMax<qreal>(1, available * figure.widthFraction - 2);
    return {width, width * figure.aspect + captionHeight(document, figure.caption)};
}

QFont ReportFigure::captionFont(QTextDocument* document) {
    QFont font = document->defaultFont();
    font.setPointSizeF(11);
    font.setBold(true);
    return font;
}

qreal ReportFigure::captionHeight(QTextDocument* document, const QString& caption) {
    if (caption.isEmpty())
        return 0;
    // Measured on the device the report is laid out for, as the text around it is.
    return QFontMetricsF(captionFont(document), document->documentLayout()->paintDevice())
               .height() *
           1.5;
}

void ReportFigure::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int,
                              const QTextFormat& format) {
    const int index = format.property(FigureIndex).toInt();
    if (index < 0 || index >= int(m_figures.size()))
        return;
    const Figure& figure = m_figures[std::size_t(index)];
    const qreal caption = captionHeight(document, figure.caption);
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    if (caption > 0) {
        painter->setFont(captionFont(document));
        painter->setPen(Qt::black);
        painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), caption),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, figure.caption);
    }
    figure.paint(*painter, rect.adjusted(0, caption, 0, 0));
    painter->restore();
}

} // namespace equimark
