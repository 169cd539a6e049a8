#include "CatchCompat.h"
#include "MainWindow.h"
#include "PageWalk.h"
#include "widgets/RagStyle.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <cmath>

using namespace equimark;
using namespace equimark::test;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& colour) {
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette palette(const QColor& window, const QColor& text, const QColor& base) {
    QPalette p(window);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, text);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Mid, text);
    return p;
}

struct NamedPalette {
    const char* name;
    QPalette palette;
};

std::vector<NamedPalette> systemPalettes() {
    return {{"light", palette(QColor(0xef, 0xef, 0xef), Qt::black, Qt::white)},
            {"dark",
             palette(QColor(0x2d, 0x2d, 0x2d), QColor(0xe0, 0xe0, 0xe0), QColor(0x1e, 0x1e, 0x1e))},
            {"high contrast (dark)", palette(Qt::black, Qt::white, Qt::black)},
            {"high contrast (light)", palette(Qt::white, Qt::black, Qt::white)}};
}

} // namespace

// The chip's letter is what makes a rating readable without colour, so it must keep the
// 4.5:1 contrast WCAG asks of text against the chip in every palette the system may give.
TEST_CASE("RAG chips stay legible in light, dark and high-contrast palettes", "[accessibility]") {
    for (const auto& [name, p] : systemPalettes()) {
        INFO(name);
        for (Rating rating : {Rating::Red, Rating::Amber, Rating::Green}) {
            INFO(ratingLabel(rating).toStdString());
            CHECK(contrast(RagStyle::text(rating, p), RagStyle::fill(rating, p)) >= 4.5);
        }
        // "Not yet judged" is a dash on the cell's own background.
        CHECK(contrast(RagStyle::text(Rating::None, p), p.color(QPalette::Base)) >= 4.5);
    }
}

// Pages follow the palette the system gives (no colours of their own), so a window drawn
// in a dark palette is dark. EQUIMARK_SCREENSHOTS=<folder> keeps the pictures to look at.
TEST_CASE("the window follows a dark system palette", "[accessibility]") {
    const QPalette before = QApplication::palette();
    QApplication::setPalette(systemPalettes()[1].palette);
    {
        DemoWindow demo;
        MainWindow& window = demo.window;
        const QString folder = qEnvironmentVariable("EQUIMARK_SCREENSHOTS");
        for (const QString& id : {QStringLiteral("overview"), QStringLiteral("audit"),
                                  QStringLiteral("summary-grid")}) {
            window.showPage(id);
            QApplication::processEvents();
            const QImage shot = window.grab().toImage();
            if (!folder.isEmpty())
                shot.save(QDir(folder).filePath(QStringLiteral("dark-%1.png").arg(id)));
            // Most of the window is the dark background, not a light page of its own.
            int dark = 0;
            int samples = 0;
            for (int y = 0; y < shot.height(); y += 16) {
                for (int x = 0; x < shot.width(); x += 16, ++samples)
                    dark += QColor(shot.pixel(x, y)).lightness() < 96;
            }
            INFO(id.toStdString());
            CHECK(dark * 10 > samples * 7);
        }
    }
    QApplication::setPalette(before);
}
