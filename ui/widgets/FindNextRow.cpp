#include "widgets/FindNextRow.h"

#include <QAbstractItemView>

namespace equimark {

bool findNextRow(QAbstractItemView* view, const std::function<bool(int row)>& matches, int column) {
    const QAbstractItemModel* model = view->model();
    const int rows = model ? model->rowCount() : 0;
    const int start = view->currentIndex().isValid() ? view->currentIndex().row() + 1 : 0;
    for (int step = 0; step < rows; ++step) {
        const int row = (start + step) % rows;
        if (matches(row)) {
            view->setCurrentIndex(model->index(row, column));
            view->scrollTo(view->currentIndex());
            return true;
        }
    }
    return false;
}

} // namespace equimark
