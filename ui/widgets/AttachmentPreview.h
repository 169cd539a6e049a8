#pragma once

#include <QByteArray>
#include <QLabel>
#include <QPixmap>

namespace equimark {

// A picture of an image attachment, scaled to fit and keeping its proportions. The image is
// decoded from the bytes stored in the school file, never loaded from a path.
class AttachmentPreview : public QLabel {
    Q_OBJECT

public:
    explicit AttachmentPreview(QWidget* parent = nullptr);

    // Shows the image in `data`; false (and a short note instead) when it is not an image
    // Qt can read.
    bool showImage(const QByteArray& data, const QString& fileName);
    void showNote(const QString& note);
    bool hasImage() const { return !m_original.isNull(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {120, 90}; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rescale();

    QPixmap m_original;
};

} // namespace equimark
