#pragma once

#include "domain/Framework.h"
#include "domain/Portfolio.h"

#include <QAbstractItemModel>
#include <vector>

namespace equimark {

class SchoolDocument;

// A portfolio's self-assessment against the LP standards: the framework's LP groups at the
// top level, their standards beneath, each with the practitioner's level and note. Editing
// a level or note becomes one UpdatePortfolioCommand; the rows follow portfolioChanged with
// dataChanged for the standards that moved, and frameworksChanged (wording completed) for
// the names.
class StandardAssessmentModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { StandardColumn, LevelColumn, NoteColumn, ColumnCount };
    enum Roles {
        StandardIdRole = Qt::UserRole + 1, // QString, empty on group rows
        LevelIdRole,                       // QString self-assessment id ("" = not assessed)
    };

    explicit StandardAssessmentModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setPortfolio(qint64 portfolioId); // 0 = none
    qint64 portfolioId() const { return m_portfolio.id; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The index of a standard's row in `column`; invalid when unknown.
    QModelIndex indexOf(const QString& standardId, int column = StandardColumn) const;

signals:
    void editFailed(const QString& message);

private:
    struct Group {
        QString name;
        std::vector<const LpStandard*> standards;
    };

    void reload();
    void refresh();
    void buildGroups();
    const LpStandard* standardAt(const QModelIndex& index) const;

    SchoolDocument* m_document = nullptr;
    Framework m_framework;
    Portfolio m_portfolio;
    std::vector<Group> m_groups;
};

} // namespace equimark
