#pragma once

#include <QObject>
#include <QTextObjectInterface>
#include <functional>
#include <vector>

class QTextDocument;

namespace equimark {

// A drawing inside a report (a chart), painted with the same QPainter as the text: vector
// lines in a PDF, sharp on paper, at whatever resolution the page is laid out in. The
// document owns the handler; each figure is a paint function and its shape.
class ReportFigure : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Paint = std::function<void(QPainter& painter, const QRectF& area)>;
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    // The handler of `document`, registered on first use.
    static ReportFigure* of(QTextDocument& document);

    // A new figure `widthFraction` of the text width wide and `aspect` (height / width)
    // high, under its `caption` (a heading that can never be parted from its figure at a
    // page's foot); returns the format to insert as the object replacement character.
    QTextCharFormat add(Paint paint, qreal widthFraction, qreal aspect, const QString& caption);

    // The caption of the figure `format` stands for.
    QString caption(const QTextFormat& format) const;

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    explicit ReportFigure(QObject* parent);

    struct Figure {
        Paint paint;
        qreal widthFraction;
        qreal aspect;
        QString caption;
    };
    static QFont captionFont(QTextDocument* document);
    static qreal captionHeight(QTextDocument* document, const QString& caption);
    std::vector<Figure> m_figures;
};

} // namespace equimark
