#include "WindowBenchmarks.h"

#include "MainWindow.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/SetJudgementCommand.h"
#include "editing/commands/UpdateActionCommand.h"
#include "pages/AuditPage.h"
#include "pages/Page.h"
#include "storage/ActionRepository.h"
#include "widgets/FirstPaintWatcher.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <stdexcept>
#include <unistd.h>

namespace equimark::bench {

namespace {

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `widget` has painted (what `change` did reaches the screen).
void untilPainted(QWidget* widget, const std::function<void()>& change) {
    FirstPaintWatcher watcher(widget);
    QEventLoop loop;
    bool painted = false;
    QObject::connect(&watcher, &FirstPaintWatcher::painted, &loop, [&] {
        painted = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    change();
    if (!painted)
        loop.exec();
    if (!painted)
        throw std::runtime_error("a widget was never painted");
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

double residentMiB() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0 : 0;
}

struct OpenWindow {
    MainWindow window;
    double openMs = 0;

    explicit OpenWindow(const QString& path) {
        QElapsedTimer timer;
        timer.start();
        window.resize(1366, 768);
        if (!window.openFile(path))
            throw std::runtime_error("the school file could not be opened");
        untilPainted(window.page(window.currentPageId()), [this] { window.show(); });
        openMs = elapsedMs(timer);
        settle();
    }

    double showPage(const QString& id) {
        QElapsedTimer timer;
        timer.start();
        untilPainted(window.page(id), [&] { window.showPage(id); });
        const double ms = elapsedMs(timer);
        settle();
        return ms;
    }
};

} // namespace

void windowBenchmarks(const QString& schoolFile, int runs, const Report& report) {
    Figure open = Figure::named(QStringLiteral("large.open-to-first-paint"), QStringLiteral("ms"),
                                QStringLiteral("<= 250 ms"));
    const QStringList pages{QStringLiteral("audit"),       QStringLiteral("summary-grid"),
                            QStringLiteral("action-plan"), QStringLiteral("evidence"),
                            QStringLiteral("history"),     QStringLiteral("overview")};
    std::vector<Figure> first;
    std::vector<Figure> again;
    for (const QString& page : pages) {
        first.push_back(Figure::named(QStringLiteral("large.switch.%1.first").arg(page),
                                      QStringLiteral("ms"), QStringLiteral("<= 50 ms")));
        again.push_back(Figure::named(QStringLiteral("large.switch.%1.again").arg(page),
                                      QStringLiteral("ms"), QStringLiteral("<= 50 ms")));
    }
    Figure unjudged = Figure::named(QStringLiteral("large.audit.filter-unjudged"),
                                    QStringLiteral("ms"), QStringLiteral("<= 50 ms"));
    Figure cell = Figure::named(QStringLiteral("large.audit.select-cell"), QStringLiteral("ms"),
                                QStringLiteral("<= 50 ms"));
    Figure search = Figure::named(QStringLiteral("large.action-plan.filter-text"),
                                  QStringLiteral("ms"), QStringLiteral("<= 50 ms"));
    Figure cleared = Figure::named(QStringLiteral("large.action-plan.clear-filter"),
                                   QStringLiteral("ms"), QStringLiteral("<= 50 ms"));

    for (int run = 0; run < runs; ++run) {
        OpenWindow open_(schoolFile);
        open.values.push_back(open_.openMs);
        for (size_t i = 0; i < size_t(pages.size()); ++i)
            first[i].values.push_back(open_.showPage(pages[int(i)]));
        for (size_t i = 0; i < size_t(pages.size()); ++i)
            again[i].values.push_back(open_.showPage(pages[int(i)]));

        open_.showPage(QStringLiteral("audit"));
        auto* audit = qobject_cast<AuditPage*>(open_.window.page(QStringLiteral("audit")));
        QWidget* statements = audit->statementView()->viewport();
        for (int toggle = 0; toggle < 2; ++toggle) {
            QElapsedTimer timer;
            timer.start();
            untilPainted(statements, [&] { audit->unjudgedOnly()->toggle(); });
            unjudged.values.push_back(elapsedMs(timer));
            settle();
        }
        QAbstractItemModel* grid = audit->gridView()->model();
        for (int row : {1, 4}) {
            QElapsedTimer timer;
            timer.start();
            untilPainted(statements, [&] {
                audit->gridView()->setCurrentIndex(grid->index(row, 1 + run % 5));
            });
            cell.values.push_back(elapsedMs(timer));
            settle();
        }

        open_.showPage(QStringLiteral("action-plan"));
        Page* plan = open_.window.page(QStringLiteral("action-plan"));
        auto* text = plan->findChild<QLineEdit*>(QStringLiteral("filterText"));
        auto* table = plan->findChild<QAbstractItemView*>(QStringLiteral("actionTable"));
        if (!text || !table)
            throw std::runtime_error("the action plan page has no filter or table");
        for (const QString& words : {QStringLiteral("Race"), QString()}) {
            QElapsedTimer timer;
            timer.start();
            untilPainted(table->viewport(), [&] { text->setText(words); });
            (words.isEmpty() ? cleared : search).values.push_back(elapsedMs(timer));
            settle();
        }
    }
    report(open);
    for (const Figure& f : first)
        report(f);
    for (const Figure& f : again)
        report(f);
    report(unjudged);
    report(cell);
    report(search);
    report(cleared);
}

void editBenchmarks(const QString& schoolFile, int edits, int growthEdits, const Report& report) {
    OpenWindow open(schoolFile);
    open.showPage(QStringLiteral("audit"));
    auto* audit = qobject_cast<AuditPage*>(open.window.page(QStringLiteral("audit")));
    SchoolDocument& document = *open.window.document();
    const qint64 auditId = audit->currentAuditId();
    const auto& statements = document.equalityMark().statements;
    auto actions = ActionRepository(document.file()).all();
    if (!actions || actions->empty())
        throw std::runtime_error("the school file has no actions");

    int counter = 0;
    auto judge = [&] {
        const auto& statement = statements[size_t(counter) % statements.size()];
        const Rating rating = counter % 2 ? Rating::Green : Rating::Amber;
        const QString note = QStringLiteral("Benchmark note %1").arg(counter++);
        QElapsedTimer timer;
        timer.start();
        auto done = document.execute(
            std::make_unique<SetJudgementCommand>(document, auditId, statement.id, rating, note));
        const double ms = elapsedMs(timer);
        if (!done)
            throw std::runtime_error(done.errorMessage().toStdString());
        return ms;
    };
    auto changeCriteria = [&] {
        Action action = (*actions)[size_t(counter) % actions->size()];
        action.successCriteria = QStringLiteral("Pupils report the change (%1).").arg(counter++);
        QElapsedTimer timer;
        timer.start();
        auto done = document.execute(std::make_unique<UpdateActionCommand>(
            document, action, QStringLiteral("Change success criteria")));
        const double ms = elapsedMs(timer);
        if (!done)
            throw std::runtime_error(done.errorMessage().toStdString());
        return ms;
    };

    Figure judgement = Figure::named(QStringLiteral("edit.judgement"), QStringLiteral("ms"),
                                     QStringLiteral("p99 <= 2 ms, max <= 20 ms"));
    judgement.floor = QStringLiteral("floor.edit-one-row");
    for (int i = 0; i < edits; ++i) {
        judgement.values.push_back(judge());
        QApplication::processEvents(); // the page repaints between edits, as it would
    }
    report(judgement);

    open.showPage(QStringLiteral("action-plan"));
    Figure owner = Figure::named(QStringLiteral("edit.action-success-criteria"),
                                 QStringLiteral("ms"), QStringLiteral("p99 <= 2 ms, max <= 20 ms"));
    owner.floor = judgement.floor;
    for (int i = 0; i < edits; ++i) {
        owner.values.push_back(changeCriteria());
        QApplication::processEvents();
    }
    report(owner);

    // Memory over many edits: the undo stack keeps each one, nothing else should grow.
    open.showPage(QStringLiteral("audit"));
    const double before = residentMiB();
    for (int i = 0; i < growthEdits; ++i) {
        if (i % 2)
            changeCriteria();
        else
            judge();
        if (i % 16 == 0)
            QApplication::processEvents();
    }
    settle();
    const double after = residentMiB();
    Figure growth = Figure::named(QStringLiteral("edit.memory-growth-%1-edits").arg(growthEdits),
                                  QStringLiteral("%"), QStringLiteral("<= 10 %"));
    growth.values.push_back(before > 0 ? (after - before) / before * 100.0 : 0);
    report(growth);
    Figure resident =
        Figure::named(QStringLiteral("edit.resident-after-edits"), QStringLiteral("MiB"));
    resident.values.push_back(after);
    report(resident);
}

} // namespace equimark::bench
