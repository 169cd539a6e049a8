// The floor for a PDF export: a whole process that lays out a 3-page QTextDocument and
// writes it with QPdfWriter. `equimark-cli export summary` is reported as a multiple of it.
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

// Three A4 pages of body text at the default font (checked with pdfinfo).
constexpr int kParagraphs = 36;

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QTextDocument document;
    QTextCursor cursor(&document);
    const QString paragraph = QStringLiteral(
        "The school reviewed its equality practice with the reference group, agreed the "
        "priorities for the year and recorded the actions, owners and success criteria. ");
    for (int n = 0; n < kParagraphs; ++n) {
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("%1. ").arg(n + 1) + paragraph + paragraph + paragraph);
    }
    QPdfWriter writer(QString::fromLocal8Bit(argv[1]));
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return 0;
}
