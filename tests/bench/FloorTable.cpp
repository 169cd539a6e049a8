// The floor for start-up: the least a Qt Widgets program can do to show a table, a
// QMainWindow with a 600-row QTableView, exiting right after its first paint. Equimark's
// start-up is reported as a multiple of this, measured in the same run.
#include "widgets/FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QStandardItemModel model(600, 4);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(
                row, column,
                new QStandardItem(QStringLiteral("Row %1, column %2").arg(row).arg(column)));
    }
    QMainWindow window;
    auto* table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1366, 768);
    equimark::FirstPaintWatcher watcher(table->viewport());
    QObject::connect(&watcher, &equimark::FirstPaintWatcher::painted, &app, &QApplication::quit);
    window.show();
    return app.exec();
}
