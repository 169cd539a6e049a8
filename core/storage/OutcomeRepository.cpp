#include "storage/OutcomeRepository.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"
#include "domain/AcademicYear.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace equimark {

namespace {

const QString outcomeEntity = QStringLiteral("outcome");
const QString settingsEntity = QStringLiteral("outcome-settings");

// Sort keys: the catalogue's order of measures, the census order of groups.
int measureIndex(const QString& id) {
    const auto& all = OutcomeMeasure::all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].id() == id)
            return int(i);
    }
    return int(all.size());
}

int groupIndex(const QString& code) {
    const auto& all = EthnicGroup::all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].code() == code)
            return int(i);
    }
    return int(all.size());
}

void sortRows(std::vector<OutcomeCount>& rows) {
    std::sort(rows.begin(), rows.end(), [](const OutcomeCount& a, const OutcomeCount& b) {
        const auto ka = std::tuple(a.year, measureIndex(a.measureId), groupIndex(a.groupCode));
        const auto kb = std::tuple(b.year, measureIndex(b.measureId), groupIndex(b.groupCode));
        return ka < kb;
    });
}

Result<std::vector<OutcomeCount>> readRows(QSqlDatabase& db, const QString& where,
                                           const QVariantList& values) {
    auto rows = sql::run(db,
                         QStringLiteral("SELECT year, measure_id, group_code, count, base, pupils "
                                        "FROM outcome") +
                             where,
                         values);
    if (!rows)
        return rows.error();
    std::vector<OutcomeCount> result;
    while (rows->next()) {
        OutcomeCount row;
        row.year = rows->value(0).toString();
        row.measureId = rows->value(1).toString();
        row.groupCode = rows->value(2).toString();
        row.count = rows->value(3).toLongLong();
        row.base = rows->value(4).toLongLong();
        if (!rows->value(5).isNull())
            row.pupils = rows->value(5).toLongLong();
        result.push_back(std::move(row));
    }
    sortRows(result);
    return result;
}

// "12 of 30" as the history shows a count.
QString countText(const OutcomeCount& row) {
    return QStringLiteral("%1/%2").arg(row.count).arg(row.base);
}

} // namespace

Result<std::vector<OutcomeCount>> OutcomeRepository::all() {
    return readRows(m_file.database(), {}, {});
}

Result<std::vector<OutcomeCount>> OutcomeRepository::allIn(QSqlDatabase& db) {
    return readRows(db, {}, {});
}

Result<std::vector<OutcomeCount>> OutcomeRepository::ofMeasure(const QString& measureId) {
    return readRows(m_file.database(), QStringLiteral(" WHERE measure_id = ?"), {measureId});
}

Result<std::vector<OutcomeCount>>
OutcomeRepository::existing(const std::vector<OutcomeCount>& keys) {
    QSet<QString> wanted;
    for (const auto& key : keys)
        wanted.insert(key.key());
    auto rows = all();
    if (!rows)
        return rows;
    std::erase_if(*rows,
                  [&wanted](const OutcomeCount& row) { return !wanted.contains(row.key()); });
    return rows;
}

Result<qint64> OutcomeRepository::rowCount() {
    auto rows = sql::run(m_file.database(), QStringLiteral("SELECT count(*) FROM outcome"));
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toLongLong() : 0;
}

Result<QStringList> OutcomeRepository::years() {
    auto rows = sql::run(m_file.database(),
                         QStringLiteral("SELECT DISTINCT year FROM outcome ORDER BY year"));
    if (!rows)
        return rows.error();
    QStringList years;
    while (rows->next())
        years << rows->value(0).toString();
    return years;
}

Status OutcomeRepository::check(const OutcomeCount& row) {
    const OutcomeMeasure* measure = OutcomeMeasure::find(row.measureId);
    const EthnicGroup* group = EthnicGroup::find(row.groupCode);
    const auto year = AcademicYear::parse(row.year);
    const auto invalid = [&](const QString& reason) {
        const QString where = QStringLiteral("%1, %2, %3")
                                  .arg(row.year, measure ? measure->name() : row.measureId,
                                       group ? group->name() : row.groupCode);
        return Error::make(Error::Code::Invalid, tr("%1: %2").arg(where, reason));
    };
    if (!measure)
        return invalid(tr("\"%1\" is not an outcome measure.").arg(row.measureId));
    if (!group || group->code() != row.groupCode)
        return invalid(
            tr("\"%1\" is not an ethnic group code of the school census.").arg(row.groupCode));
    if (!year || year->toString() != row.year)
        return invalid(tr("\"%1\" is not an academic year written like 2025-26.").arg(row.year));
    if (row.count < 0 || row.base < 0 || (row.pupils && *row.pupils < 0))
        return invalid(tr("counts cannot be negative."));
    if (measure->kind() == OutcomeMeasure::Kind::Proportion && row.count > row.base)
        return invalid(tr("%1 (%2) cannot be more than %3 (%4).")
                           .arg(measure->countName())
                           .arg(row.count)
                           .arg(measure->baseName())
                           .arg(row.base));
    if (measure->comparesGroups() && row.base == 0 && row.count > 0)
        return invalid(tr("there are %1 %2 but no %3.")
                           .arg(row.count)
                           .arg(measure->countName(), measure->baseName()));
    if (!measure->baseIsPeople() && !row.pupils)
        return invalid(tr("the number of pupils is missing; it decides whether the figures are "
                          "small enough to hide when shared."));
    return {};
}

Status OutcomeRepository::write(const std::vector<OutcomeCount>& put,
                                const std::vector<OutcomeCount>& remove) {
    for (const auto& row : put) {
        if (auto checked = check(row); !checked)
            return checked;
    }
    auto& db = m_file.database();
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    std::vector<OutcomeCount> touched = put;
    touched.insert(touched.end(), remove.begin(), remove.end());
    auto before = existing(touched);
    if (!before)
        return before.error();
    QHash<QString, OutcomeCount> old;
    for (const auto& row : *before)
        old.insert(row.key(), row);

    // Per year and measure: how many groups' counts changed, were added or were removed.
    std::map<std::pair<QString, QString>, std::pair<QStringList, QStringList>> changes;
    for (const auto& row : put) {
        const auto found = old.constFind(row.key());
        if (found != old.constEnd() && *found == row)
            continue;
        auto written = sql::run(
            db,
            QStringLiteral("INSERT INTO outcome (year, measure_id, group_code, count, base, "
                           "pupils) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year, measure_id, "
                           "group_code) DO UPDATE SET count = excluded.count, base = "
                           "excluded.base, pupils = excluded.pupils"),
            {row.year, row.measureId, row.groupCode, row.count, row.base,
             row.pupils ? QVariant(*row.pupils) : QVariant()});
        if (!written)
            return written.error();
        auto& change = changes[{row.year, row.measureId}];
        change.first << (found == old.constEnd() ? QString()
                                                 : row.groupCode + u' ' + countText(*found));
        change.second << row.groupCode + u' ' + countText(row);
    }
    for (const auto& row : remove) {
        const auto found = old.constFind(row.key());
        if (found == old.constEnd())
            continue;
        auto removed =
            sql::run(db,
                     QStringLiteral("DELETE FROM outcome WHERE year = ? AND measure_id = ? AND "
                                    "group_code = ?"),
                     {row.year, row.measureId, row.groupCode});
        if (!removed)
            return removed.error();
        auto& change = changes[{row.year, row.measureId}];
        change.first << row.groupCode + u' ' + countText(*found);
    }
    ChangeHistory history(m_file);
    for (const auto& [key, values] : changes) {
        QStringList oldValues = values.first;
        oldValues.removeAll(QString());
        if (auto s = history.record(
                outcomeEntity, key.first + u' ' + key.second, QStringLiteral("counts"),
                oldValues.isEmpty() ? QVariant() : oldValues.join(u"; "),
                values.second.isEmpty() ? QVariant() : values.second.join(u"; "));
            !s)
            return s;
    }
    return t.commit();
}

Result<std::vector<NationalFigure>> OutcomeRepository::nationalFigures() {
    auto rows = sql::run(m_file.database(),
                         QStringLiteral("SELECT year, measure_id, value FROM outcome_national "
                                        "ORDER BY year, measure_id"));
    if (!rows)
        return rows.error();
    std::vector<NationalFigure> result;
    while (rows->next())
        result.push_back(NationalFigure{rows->value(0).toString(), rows->value(1).toString(),
                                        rows->value(2).toDouble()});
    return result;
}

Result<std::optional<double>> OutcomeRepository::nationalFigure(const QString& year,
                                                                const QString& measureId) {
    auto rows = sql::run(m_file.database(),
                         QStringLiteral("SELECT value FROM outcome_national WHERE year = ? AND "
                                        "measure_id = ?"),
                         {year, measureId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<double>();
    return std::optional<double>(rows->value(0).toDouble());
}

Status OutcomeRepository::setNationalFigure(const QString& year, const QString& measureId,
                                            std::optional<double> value) {
    const OutcomeMeasure* measure = OutcomeMeasure::find(measureId);
    if (!measure)
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not an outcome measure.").arg(measureId));
    const auto parsed = AcademicYear::parse(year);
    if (!parsed || parsed->toString() != year)
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not an academic year written like 2025-26.").arg(year));
    if (value && (*value < 0 || (measure->isPercentage() && *value > 1)))
        return Error::make(
            Error::Code::Invalid,
            measure->isPercentage()
                ? tr("A national figure for %1 is a percentage from 0 to 100.").arg(measure->name())
                : tr("A national figure cannot be negative."));
    auto old = nationalFigure(year, measureId);
    if (!old)
        return old.error();
    if (*old == value)
        return {};
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    auto& db = m_file.database();
    auto written =
        value ? sql::run(db,
                         QStringLiteral("INSERT INTO outcome_national (year, measure_id, value) "
                                        "VALUES (?, ?, ?) ON CONFLICT (year, measure_id) DO "
                                        "UPDATE SET value = excluded.value"),
                         {year, measureId, *value})
              : sql::run(db,
                         QStringLiteral("DELETE FROM outcome_national WHERE year = ? AND "
                                        "measure_id = ?"),
                         {year, measureId});
    if (!written)
        return written.error();
    if (auto s = ChangeHistory(m_file).record(
            settingsEntity, year + u' ' + measureId, QStringLiteral("national"),
            *old ? QVariant(**old) : QVariant(), value ? QVariant(*value) : QVariant());
        !s)
        return s;
    return t.commit();
}

Result<int> OutcomeRepository::suppressionThreshold() {
    auto rows = sql::run(m_file.database(),
                         QStringLiteral("SELECT suppression_threshold FROM outcome_settings "
                                        "WHERE id = 1"));
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toInt() : 5;
}

Status OutcomeRepository::setSuppressionThreshold(int threshold) {
    if (threshold < 1 || threshold > 100)
        return Error::make(Error::Code::Invalid,
                           tr("The threshold for hiding small numbers is from 1 to 100."));
    auto old = suppressionThreshold();
    if (!old)
        return old.error();
    if (*old == threshold)
        return {};
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    auto written = sql::run(m_file.database(),
                            QStringLiteral("INSERT INTO outcome_settings (id, "
                                           "suppression_threshold) VALUES (1, ?) ON CONFLICT "
                                           "(id) DO UPDATE SET suppression_threshold = "
                                           "excluded.suppression_threshold"),
                            {threshold});
    if (!written)
        return written.error();
    if (auto s = ChangeHistory(m_file).record(settingsEntity, QStringLiteral("threshold"),
                                              QStringLiteral("threshold"), *old, threshold);
        !s)
        return s;
    return t.commit();
}

} // namespace equimark
