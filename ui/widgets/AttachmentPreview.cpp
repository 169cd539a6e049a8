#include "widgets/AttachmentPreview.h"

#include <QResizeEvent>

namespace equimark {

AttachmentPreview::AttachmentPreview(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMinimumSize(120, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFrameShape(QFrame::StyledPanel);
    setForegroundRole(QPalette::PlaceholderText);
    setAccessibleName(tr("Preview of the selected attachment"));
}

bool AttachmentPreview::showImage(const QByteArray& data, const QString& fileName) {
    QPixmap pixmap;
    if (!pixmap.loadFromData(data)) {
        showNote(tr("\"%1\" cannot be previewed.").arg(fileName));
        return false;
    }
    m_original = pixmap;
    setAccessibleDescription(
        tr("Image %1, %2 by %3 pixels").arg(fileName).arg(pixmap.width()).arg(pixmap.height()));
    setToolTip(QString());
    rescale();
    return true;
}

void AttachmentPreview::showNote(const QString& note) {
    m_original = QPixmap();
    setPixmap(QPixmap());
    setText(note);
    setAccessibleDescription(note);
}

QSize AttachmentPreview::sizeHint() const {
    return {240, 180};
}

void AttachmentPreview::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    rescale();
}

void AttachmentPreview::rescale() {
    if (m_original.isNull())
        return;
    const QSize room = contentsRect().size() - QSize(4, 4);
    if (room.width() <= 0 || room.height() <= 0)
        return;
    // Never enlarge a small image: it would only look blurred.
    const QSize target = m_original.size().boundedTo(room);
    setPixmap(m_original.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace equimark
