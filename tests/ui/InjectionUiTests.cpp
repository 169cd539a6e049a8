#include "CatchCompat.h"
#include "HostileSchool.h"
#include "MainWindow.h"
#include "PageWalk.h"
#include "pages/Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace equimark;
using namespace equimark::test;

namespace {

// Raw markup from the hostile strings; escaped, it reads "&lt;img" and is harmless.
bool holdsRawMarkup(const QString& text) {
    return text.contains(QLatin1String("<img"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("<a href=\"file"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("<style>body"), Qt::CaseInsensitive);
}

QString describe(const QWidget* widget) {
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
           widget->objectName() + QStringLiteral(" (") + widget->accessibleName() +
           QLatin1Char(')');
}

// Everything on screen that Qt would render as rich text and that holds raw markup.
struct Survey {
    QStringList problems;
    int plainLabelsWithUserText = 0;
    bool fullTextShown = false; // some editor holds a whole typed value, NUL and all

    void widget(QWidget* widget) {
        if (holdsRawMarkup(widget->toolTip()))
            problems << QStringLiteral("tooltip of ") + describe(widget);
        if (holdsRawMarkup(widget->whatsThis()))
            problems << QStringLiteral("what's this of ") + describe(widget);
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            const QString text = label->text();
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
            if (rich && holdsRawMarkup(text))
                problems << QStringLiteral("rich label ") + describe(label) + QStringLiteral(": ") +
                                text.left(80);
            if (!rich && text.contains(hostile::image()))
                ++plainLabelsWithUserText;
        }
        if (auto* edit = qobject_cast<QTextEdit*>(widget)) {
            for (const QString& found : activeContent(*edit->document()))
                problems << describe(edit) + QStringLiteral(": ") + found;
            fullTextShown |= isWholeValue(edit->toPlainText());
        }
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            fullTextShown |= isWholeValue(edit->toPlainText());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            fullTextShown |= isWholeValue(edit->text());
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            model(view, view->model(), QModelIndex(), 0);
    }

    // Tooltips and "what's this" from models are rich text when they look like it.
    void model(QAbstractItemView* view, QAbstractItemModel* model, const QModelIndex& parent,
               int depth) {
        const int rows = std::min(model->rowCount(parent), 200);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                for (int role : {int(Qt::ToolTipRole), int(Qt::WhatsThisRole)}) {
                    if (holdsRawMarkup(index.data(role).toString()))
                        problems << QStringLiteral("model tooltip in ") + describe(view) +
                                        QStringLiteral(" row %1 column %2").arg(row).arg(column);
                }
                if (column == 0 && depth < 3 && model->hasChildren(index))
                    this->model(view, model, index, depth + 1);
            }
        }
    }

    static bool isWholeValue(const QString& text) {
        return text.contains(QChar(0)) && text.contains(hostile::rightToLeft()) &&
               text.contains(hostile::image());
    }
};

// Visits every page, with the first row of each list chosen, and surveys every widget of the
// window.
Survey surveyEveryPage(MainWindow& window) {
    Survey survey;
    for (const QString& id : window.pageIds()) {
        showPageWithFirstRows(window, id);
        for (QWidget* widget : window.findChildren<QWidget*>())
            survey.widget(widget);
    }
    return survey;
}

} // namespace

TEST_CASE("markup typed into any field never becomes rich text on any page", "[injection]") {
    HostileSchool school;
    school.file.reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(school.path));
    CHECK(window.windowTitle().contains(hostile::image()));

    const Survey survey = surveyEveryPage(window);
    QStringList problems = survey.problems;
    problems.removeDuplicates();
    for (const QString& problem : problems)
        UNSCOPED_INFO(problem.toStdString());
    CHECK(survey.problems.isEmpty());
    // The survey saw user text: labels showing it as plain text, and an editor with the whole
    // value (the NUL is kept, and what follows it is not cut off).
    CHECK(survey.plainLabelsWithUserText > 0);
    CHECK(survey.fullTextShown);
}
