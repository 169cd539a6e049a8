#pragma once

#include "domain/Visit.h"
#include "models/RowDiff.h"

#include <QPointer>
#include <vector>

namespace equimark {

class SchoolDocument;

// Advisory and accreditation visits, newest first: date, kind, advisor, focus. Follows the
// document's visitsChanged with precise row insertions, removals and changes.
class VisitListModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, AdvisorColumn, FocusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit VisitListModel(QObject* parent = nullptr);
    void setDocument(SchoolDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Visit* visit(int row) const;
    int rowForId(qint64 id) const;

private:
    void reload();
    void refresh();

    QPointer<SchoolDocument> m_document;
    std::vector<Visit> m_rows;
};

} // namespace equimark
