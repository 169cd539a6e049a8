#pragma once

#include "domain/AccreditationSummary.h"
#include "domain/MarkStatus.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <optional>
#include <vector>

namespace equimark {

class SchoolDocument;

// The six strands of the equality mark, one row each: the strand's badge, where its latest
// accreditation summary stands, and when it was submitted and verified. Observes the
// document: a summary change updates just the rows whose values moved.
class SummaryListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StrandColumn,
        BadgeColumn,
        StatusColumn,
        SubmittedColumn,
        VerifiedColumn,
        ColumnCount
    };
    enum Role {
        StrandIdRole = Qt::UserRole + 1,
        SummaryIdRole, // 0 when the strand has no summary yet
        SortRole,
    };

    explicit SummaryListModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    // The day badges are judged current on; today unless a test fixes it.
    void setToday(const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowForStrand(const QString& strandId) const;
    QString strandId(int row) const;
    // The strand's latest summary, if it has one.
    std::optional<AccreditationSummary> summary(int row) const;
    StrandStanding standing(int row) const;

    // Words for the badge column ("Awarded 12 Jul 2026, valid to 11 Jul 2029", ...).
    static QString badgeText(const StrandStanding& standing);

private:
    struct Row {
        QString strandId;
        QString strandName;
        std::optional<AccreditationSummary> summary;
        StrandStanding standing;
        bool operator==(const Row& other) const;
    };
    std::vector<Row> load() const;
    void reload();
    void refresh();

    QPointer<SchoolDocument> m_document;
    QDate m_today;
    std::vector<Row> m_rows;
};

} // namespace equimark
