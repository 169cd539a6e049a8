// equimark_bench: the benchmarks of issue 8. Prints one JSON line per figure
// ({"name", "median", "min", "max", "runs", "unit"}, plus p99, the floor figure and the
// multiple of it where they apply). Not a test: run it with scripts/bench.sh.
#include "Figure.h"
#include "FloorEdit.h"
#include "ProcessRunner.h"
#include "WindowBenchmarks.h"
#include "demo/DemoSchool.h"
#include "demo/LargeSchool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <map>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace equimark;
using namespace equimark::bench;

namespace {

// The edits time their own commits: the 55 MB copy they edit, and the PDFs the groups before
// them wrote, are put on the disk first, or the first fsyncs of the edited file wait for them.
void settleDisk() {
#ifdef Q_OS_UNIX
    ::sync();
#endif
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

std::map<QString, double> medians;

void report(const Figure& figure) {
    Figure shown = figure;
    if (!shown.floor.isEmpty())
        shown.floorMedian = medians[shown.floor];
    medians[shown.name] = shown.median();
    out() << shown.json() << Qt::endl;
}

// A virtual X server for the "on Xvfb" figures; none when Xvfb is not installed.
class VirtualDisplay {
public:
    VirtualDisplay() {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            return;
        m_server.setProgram(xvfb);
        m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"),
                               QStringLiteral("-screen"), QStringLiteral("0"),
                               QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                               QStringLiteral("tcp")});
        m_server.start();
        if (!m_server.waitForStarted(5000) || !m_server.waitForReadyRead(10000))
            return;
        const QString number = QString::fromLatin1(m_server.readLine()).trimmed();
        if (!number.isEmpty())
            m_display = QLatin1Char(':') + number;
    }
    ~VirtualDisplay() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(5000);
        }
    }
    QString display() const { return m_display; }

private:
    QProcess m_server;
    QString m_display;
};

struct ProcessFigure {
    QString name;
    QString program;
    QStringList arguments;
    QMap<QString, QString> environment;
    QString floor;
    QString target;
    bool memory = false; // also report peak memory, as <name>.peak-memory
    QString memoryTarget;

    ProcessFigure& against(const QString& floorName, const QString& goal = {}) {
        floor = floorName;
        target = goal;
        return *this;
    }
    ProcessFigure& withMemory(const QString& goal = {}) {
        memory = true;
        memoryTarget = goal;
        return *this;
    }
};

ProcessFigure process(const QString& name, const QString& program, const QStringList& arguments,
                      const QMap<QString, QString>& environment) {
    ProcessFigure spec;
    spec.name = name;
    spec.program = program;
    spec.arguments = arguments;
    spec.environment = environment;
    return spec;
}

Figure single(const QString& name, const QString& unit, double value) {
    Figure figure = Figure::named(name, unit);
    figure.values = {value};
    return figure;
}

void measure(const ProcessFigure& spec, int runs) {
    // One run first, untimed: the figures are warm, as a second launch would be.
    auto warm = ProcessRunner::run(spec.program, spec.arguments, spec.environment);
    if (!warm.ok)
        throw std::runtime_error(warm.error.toStdString());
    Figure time = Figure::named(spec.name, QStringLiteral("ms"), spec.target);
    time.floor = spec.floor;
    Figure memory = Figure::named(spec.name + QStringLiteral(".peak-memory"), QStringLiteral("MiB"),
                                  spec.memoryTarget);
    for (int i = 0; i < runs; ++i) {
        auto run = ProcessRunner::run(spec.program, spec.arguments, spec.environment);
        if (!run.ok)
            throw std::runtime_error(run.error.toStdString());
        time.values.push_back(run.milliseconds);
        memory.values.push_back(run.peakMiB);
    }
    report(time);
    if (spec.memory)
        report(memory);
}

// Whole processes, as a user or a county script would start them, beside the floor programs.
void processBenchmarks(const QString& demo, const QString& large, const QString& pdf, int runs) {
    const QString gui = QStringLiteral(EQUIMARK_GUI);
    const QString cli = QStringLiteral(EQUIMARK_CLI);
    const QMap<QString, QString> offscreen{
        {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
    const QStringList startDemo{QStringLiteral("--startup-benchmark"), demo};
    const QStringList startLarge{QStringLiteral("--startup-benchmark"), large};

    const QString floorTable = QStringLiteral(EQUIMARK_FLOOR_TABLE);
    measure(process(QStringLiteral("floor.table-window.offscreen"), floorTable, {}, offscreen)
                .withMemory(),
            runs);
    measure(
        process(QStringLiteral("startup.demo.offscreen"), gui, startDemo, offscreen)
            .against(QStringLiteral("floor.table-window.offscreen"), QStringLiteral("<= 3x floor"))
            .withMemory(QStringLiteral("<= 60 MiB")),
        runs);
    VirtualDisplay display;
    if (!display.display().isEmpty()) {
        const QMap<QString, QString> xvfb{
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
            {QStringLiteral("DISPLAY"), display.display()}};
        measure(
            process(QStringLiteral("floor.table-window.xvfb"), floorTable, {}, xvfb).withMemory(),
            runs);
        measure(
            process(QStringLiteral("startup.demo.xvfb"), gui, startDemo, xvfb)
                .against(QStringLiteral("floor.table-window.xvfb"), QStringLiteral("<= 3x floor"))
                .withMemory(QStringLiteral("<= 60 MiB")),
            runs);
    }
    measure(
        process(QStringLiteral("startup.large.offscreen"), gui, startLarge, offscreen)
            .against(QStringLiteral("floor.table-window.offscreen"), QStringLiteral("<= 250 ms"))
            .withMemory(),
        runs);

    measure(process(QStringLiteral("floor.pdf-3-pages"), QStringLiteral(EQUIMARK_FLOOR_PDF), {pdf},
                    offscreen),
            runs);
    auto exportArgs = [&](const QString& kind, const QString& file, const QStringList& more) {
        return QStringList{QStringLiteral("export"), kind, file} + more +
               QStringList{QStringLiteral("-o"), pdf};
    };
    const QStringList race{QStringLiteral("--strand"), QStringLiteral("race")};
    const QString pdfFloor = QStringLiteral("floor.pdf-3-pages");
    measure(process(QStringLiteral("export.summary.demo"), cli,
                    exportArgs(QStringLiteral("summary"), demo, race), offscreen)
                .against(pdfFloor, QStringLiteral("<= 2x floor")),
            runs);
    measure(process(QStringLiteral("export.summary.large"), cli,
                    exportArgs(QStringLiteral("summary"), large, race), offscreen)
                .against(pdfFloor, QStringLiteral("<= 2x floor")),
            runs);
    measure(process(QStringLiteral("export.action-plan.large-2000-actions"), cli,
                    exportArgs(QStringLiteral("action-plan"), large, {}), offscreen)
                .against(pdfFloor, QStringLiteral("<= 2000 ms")),
            std::max(1, runs / 2));
    measure(process(QStringLiteral("export.audit-record.large"), cli,
                    exportArgs(QStringLiteral("audit"), large, {}), offscreen)
                .against(pdfFloor),
            std::max(1, runs / 2));
    measure(
        process(QStringLiteral("check.large"), cli, {QStringLiteral("check"), large}, offscreen),
        runs);
}

} // namespace

int main(int argc, char* argv[]) {
    // Offscreen unless told otherwise: the figures must not depend on a desktop.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Equimark"));
    QApplication::setApplicationName(QStringLiteral("EquimarkBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Equimark's benchmarks: one JSON line per figure on standard output."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"),
                                  QStringLiteral("Runs of each whole-process figure (10)."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption windowRunsOption(QStringLiteral("window-runs"),
                                        QStringLiteral("Windows opened on the large file (5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption editsOption(QStringLiteral("edits"),
                                   QStringLiteral("Edits timed of each kind (1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    QCommandLineOption growthOption(QStringLiteral("growth-edits"),
                                    QStringLiteral("Edits for the memory growth figure (10000)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption workOption(QStringLiteral("work"),
                                  QStringLiteral("Folder for the school files, kept and reused "
                                                 "(default: a temporary folder)."),
                                  QStringLiteral("DIR"));
    QCommandLineOption onlyOption(QStringLiteral("only"),
                                  QStringLiteral("Only these groups, comma-separated: process, "
                                                 "window, edit (default: all)."),
                                  QStringLiteral("GROUPS"));
    parser.addOptions(
        {runsOption, windowRunsOption, editsOption, growthOption, workOption, onlyOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int windowRuns = parser.value(windowRunsOption).toInt();
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&](const char* group) {
        return only.isEmpty() || only.contains(QLatin1String(group));
    };

    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(work);
    const QString demo = work + QStringLiteral("/demo.equimark");
    const QString large = work + QStringLiteral("/large.equimark");
    const QString pdf = work + QStringLiteral("/out.pdf");

    try {
        if (!QFileInfo::exists(demo)) {
            if (auto built = DemoSchool::build(demo); !built)
                throw std::runtime_error(built.errorMessage().toStdString());
        }
        if (!QFileInfo::exists(large)) {
            QElapsedTimer timer;
            timer.start();
            if (auto built = LargeSchool::build(large, LargeSchool::Size{}); !built)
                throw std::runtime_error(built.errorMessage().toStdString());
            report(single(QStringLiteral("large.generate"), QStringLiteral("ms"),
                          double(timer.elapsed())));
        }
        report(single(QStringLiteral("large.file-size"), QStringLiteral("MiB"),
                      double(QFileInfo(large).size()) / 1048576.0));

        if (wanted("process"))
            processBenchmarks(demo, large, pdf, runs);
        if (wanted("window"))
            windowBenchmarks(large, windowRuns, report);
        if (wanted("edit")) {
            // Edited on a copy, so that every run starts from the same large file.
            const QString edited = work + QStringLiteral("/large-edited.equimark");
            QFile::remove(edited);
            if (!QFile::copy(large, edited))
                throw std::runtime_error("the large school file could not be copied");
            settleDisk();
            report(floorEdit(work, parser.value(editsOption).toInt()));
            editBenchmarks(edited, parser.value(editsOption).toInt(),
                           parser.value(growthOption).toInt(), report);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "equimark_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
