#pragma once

#include "domain/AmbitionJudgement.h"
#include "domain/Framework.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <optional>
#include <vector>

namespace equimark {

class SchoolDocument;

// The race equality leadership ambitions of the file's ambitions framework for one academic
// year: an ambition is a parent row (with "2 of 3 met"), its success criteria the children,
// each with its status this year as a word and a colour chip, last year's status beside it
// as a hint, and the number of linked evidence items and actions. One criterion's edit
// updates just its row and its ambition's; a reset happens only when the year changes or the
// file is reloaded.
class AmbitionCriteriaModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        CriterionColumn,
        StatusColumn,
        LastYearColumn,
        EvidenceColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role {
        CriterionIdRole = Qt::UserRole + 1, // empty on ambition rows
        AmbitionIdRole,
        StatusIdRole, // this year's status id on criterion rows
        SearchTextRole,
    };

    explicit AmbitionCriteriaModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setYear(const QString& year); // "2026-27"
    QString year() const { return m_year; }
    QString lastYear() const;
    // The ambitions framework stored in the file; nullopt when the file has none.
    const std::optional<Framework>& framework() const { return m_framework; }
    QString frameworkId() const { return m_framework ? m_framework->id : QString(); }
    QString loadError() const { return m_loadError; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex indexOfCriterion(const QString& criterionId, int column = 0) const;
    QString criterionId(const QModelIndex& index) const;
    AmbitionJudgement judgement(const QString& criterionId) const;
    AmbitionJudgement lastYearJudgement(const QString& criterionId) const;
    const std::vector<AmbitionJudgement>& judgements() const { return m_judgements; }
    std::vector<AmbitionSummary> summaries() const;
    QString statusLabel(const QString& statusId) const;

signals:
    void reloaded();

private:
    void reload();
    void refreshCriterion(const QString& frameworkId, const QString& criterionId,
                          const QString& year);
    void refreshAll();
    void readJudgements();
    int position(const QString& criterionId) const; // in framework order
    QVariant ambitionData(int ambitionRow, int column, int role) const;
    QVariant criterionData(int ambitionRow, int criterionRow, int column, int role) const;

    QPointer<SchoolDocument> m_document;
    std::optional<Framework> m_framework;
    QString m_year;
    std::vector<AmbitionJudgement> m_judgements; // framework order
    std::vector<AmbitionJudgement> m_lastYear;
    QString m_loadError;
};

} // namespace equimark
