#include "interchange/OutcomeCsv.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeAnalysis.h"
#include "analysis/OutcomeMeasure.h"
#include "domain/AcademicYear.h"
#include "interchange/CsvWriter.h"
#include "storage/OutcomeRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <array>
#include <optional>

namespace equimark {

namespace {

enum Column { Year, Measure, Group, Count, Base, Pupils, ColumnCount };
constexpr std::array<const char*, ColumnCount> columnNames = {"year",  "measure", "group",
                                                              "count", "base",    "pupils"};
constexpr std::array<const char*, 5> noteNames = {"measure name", "group name", "count is",
                                                  "base is", "definition"};

using ColumnMap = std::array<qsizetype, ColumnCount>;

std::optional<CsvProblem> mapColumns(const CsvRow& header, ColumnMap& map) {
    map.fill(-1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString key = CsvRow::headerKey(header.fields.at(i));
        if (std::any_of(noteNames.begin(), noteNames.end(),
                        [&key](const char* name) { return key == QLatin1String(name); }))
            continue;
        const auto found =
            std::find_if(columnNames.begin(), columnNames.end(),
                         [&key](const char* name) { return key == QLatin1String(name); });
        if (found == columnNames.end())
            return CsvProblem{header.positions.at(i),
                              OutcomeCsv::tr("\"%1\" is not a column of an outcomes file. The "
                                             "first row names the columns: %2.")
                                  .arg(header.fields.at(i).trimmed(),
                                       OutcomeCsv::columns().join(QStringLiteral(", ")))};
        auto& slot = map[std::size_t(found - columnNames.begin())];
        if (slot >= 0)
            return CsvProblem{header.positions.at(i),
                              OutcomeCsv::tr("the column \"%1\" appears twice.")
                                  .arg(header.fields.at(i).trimmed())};
        slot = i;
    }
    for (Column required : {Year, Measure, Group, Count, Base}) {
        if (map[required] < 0)
            return CsvProblem{{1, 1},
                              OutcomeCsv::tr("the first row has no \"%1\" column. It names the "
                                             "columns: %2.")
                                  .arg(QLatin1String(columnNames[required]),
                                       OutcomeCsv::columns().join(QStringLiteral(", ")))};
    }
    return std::nullopt;
}

class RowReader {
public:
    explicit RowReader(const ColumnMap& map)
        : m_map(map) {}

    // Reads one row; false (with no problem) for a row to skip.
    std::optional<CsvProblem> read(const CsvRow& row, OutcomeCount& out, bool* skip) {
        m_row = &row;
        *skip = false;
        const QString countText = text(Count);
        const QString baseText = text(Base);
        const QString pupilsText = text(Pupils);
        if (countText.isEmpty() && baseText.isEmpty() && pupilsText.isEmpty()) {
            *skip = true;
            return std::nullopt;
        }

        const auto year = AcademicYear::parse(text(Year));
        if (!year)
            return CsvProblem{at(Year), OutcomeCsv::tr("\"%1\" is not an academic year; write "
                                                       "it like 2025-26.")
                                            .arg(text(Year))};
        out.year = year->toString();

        const OutcomeMeasure* measure = findMeasure(text(Measure));
        if (!measure) {
            QStringList ids;
            for (const auto& known : OutcomeMeasure::all())
                ids << known.id();
            return CsvProblem{at(Measure), OutcomeCsv::tr("\"%1\" is not an outcome measure. "
                                                          "Use one of: %2.")
                                               .arg(text(Measure), ids.join(u", "))};
        }
        out.measureId = measure->id();

        const EthnicGroup* group = EthnicGroup::find(text(Group));
        if (!group)
            return CsvProblem{at(Group),
                              OutcomeCsv::tr("\"%1\" is not an ethnic group of the school census; "
                                             "use its code (e.g. BCRB, MWBC, REFU, NOBT) or its "
                                             "name.")
                                  .arg(text(Group))};
        out.groupCode = group->code();

        const bool share = !measure->comparesGroups();
        if (auto problem = number(Count, countText, true, out.count))
            return problem;
        if (auto problem = number(Base, baseText, !share, out.base))
            return problem;
        qint64 pupils = 0;
        if (auto problem = number(Pupils, pupilsText, !measure->baseIsPeople(), pupils))
            return problem;
        out.pupils = pupilsText.isEmpty() ? std::nullopt : std::optional<qint64>(pupils);

        if (measure->kind() == OutcomeMeasure::Kind::Proportion && out.count > out.base)
            return CsvProblem{at(Count), OutcomeCsv::tr("the count (%1 %2) is more than the base "
                                                        "(%3 %4).")
                                             .arg(out.count)
                                             .arg(measure->countName())
                                             .arg(out.base)
                                             .arg(measure->baseName())};
        if (auto checked = OutcomeRepository::check(out); !checked)
            return CsvProblem{at(Count), checked.error().message};
        return std::nullopt;
    }

    CsvPosition at(Column column) const {
        const qsizetype index = m_map[column];
        return index < 0 ? m_row->positions.front() : m_row->positions.at(index);
    }

private:
    QString text(Column column) const {
        const qsizetype index = m_map[column];
        return index < 0 ? QString() : CsvWriter::restored(m_row->fields.at(index)).trimmed();
    }

    std::optional<CsvProblem> number(Column column, const QString& value, bool required,
                                     qint64& into) const {
        into = 0;
        if (value.isEmpty()) {
            if (!required)
                return std::nullopt;
            return CsvProblem{at(column),
                              column == Pupils
                                  ? OutcomeCsv::tr("the \"pupils\" column is empty: absence "
                                                   "needs the number of pupils behind the "
                                                   "sessions.")
                                  : OutcomeCsv::tr("the \"%1\" column is empty.")
                                        .arg(QLatin1String(columnNames[column]))};
        }
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
        if (!digits.match(value).hasMatch())
            return CsvProblem{at(column),
                              OutcomeCsv::tr("\"%1\" is not a count: write a whole number of 0 "
                                             "or more without separators, e.g. 1250.")
                                  .arg(value)};
        into = value.toLongLong();
        return std::nullopt;
    }

    static const OutcomeMeasure* findMeasure(const QString& word) {
        for (const auto& measure : OutcomeMeasure::all()) {
            if (measure.id().compare(word, Qt::CaseInsensitive) == 0 ||
                measure.name().compare(word, Qt::CaseInsensitive) == 0)
                return &measure;
        }
        return nullptr;
    }

    const ColumnMap& m_map;
    const CsvRow* m_row = nullptr;
};

// A figure as shared: percent for rates and shares, points for an average.
QString figure(const OutcomeMeasure& measure, std::optional<double> value) {
    if (!value)
        return {};
    const double shown = measure.kind() == OutcomeMeasure::Kind::Average ? *value : *value * 100;
    return QString::number(shown, 'f', measure.kind() == OutcomeMeasure::Kind::Average ? 1 : 2);
}

} // namespace

QStringList OutcomeCsv::columns() {
    QStringList names;
    for (const char* name : columnNames)
        names << QLatin1String(name);
    return names;
}

QStringList OutcomeCsv::notes() {
    QStringList names;
    for (const char* name : noteNames)
        names << QLatin1String(name);
    return names;
}

QByteArray OutcomeCsv::blankTemplate(const QString& year) {
    CsvWriter writer;
    writer.addRow(columns() + notes());
    for (const auto& measure : OutcomeMeasure::all()) {
        for (const auto& group : EthnicGroup::all()) {
            writer.addRow(
                {year,
                 measure.id(),
                 group.code(),
                 {},
                 {},
                 {},
                 measure.name(),
                 group.name(),
                 measure.countName(),
                 measure.comparesGroups() ? measure.baseName()
                                          : tr("(not needed: the school's total)"),
                 measure.definition() +
                     (measure.baseIsPeople()
                          ? QString()
                          : QLatin1Char(' ') +
                                tr("Give the pupils behind the sessions in \"pupils\"."))});
        }
    }
    return writer.bytes();
}

Result<std::vector<OutcomeCount>> OutcomeCsv::parse(const QByteArray& bytes, CsvProblem* problem) {
    auto rows = CsvReader().read(bytes, problem);
    if (!rows)
        return rows.error();
    return parse(*rows, problem);
}

Result<std::vector<OutcomeCount>> OutcomeCsv::parse(const std::vector<CsvRow>& rows,
                                                    CsvProblem* problem) {
    const auto fail = [problem](const CsvProblem& found) -> Error {
        if (problem)
            *problem = found;
        return found.error();
    };
    if (rows.empty())
        return fail({{1, 1},
                     tr("the file is empty. Its first row must name the columns: %1.")
                         .arg(columns().join(QStringLiteral(", ")))});
    ColumnMap map;
    if (auto found = mapColumns(rows.front(), map))
        return fail(*found);

    std::vector<OutcomeCount> counts;
    QHash<QString, int> lineOf; // key -> line it was first given on
    RowReader reader(map);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const CsvRow& row = rows.at(i);
        if (row.isBlank())
            continue;
        OutcomeCount count;
        bool skip = false;
        if (auto found = reader.read(row, count, &skip))
            return fail(*found);
        if (skip)
            continue;
        if (const auto first = lineOf.constFind(count.key()); first != lineOf.constEnd())
            return fail({reader.at(Group),
                         tr("%1, %2, %3 is given twice: first on line %4.")
                             .arg(count.year, OutcomeMeasure::find(count.measureId)->name(),
                                  EthnicGroup::find(count.groupCode)->name())
                             .arg(*first)});
        lineOf.insert(count.key(), row.positions.front().line);
        counts.push_back(std::move(count));
    }
    return counts;
}

QByteArray OutcomeCsv::sharedExport(const OutcomeAnalysis& analysis) {
    CsvWriter writer;
    writer.addRow({QStringLiteral("year"), QStringLiteral("measure"),
                   QStringLiteral("measure name"), QStringLiteral("group"),
                   QStringLiteral("group name"), QStringLiteral("count"), QStringLiteral("base"),
                   QStringLiteral("pupils"), QStringLiteral("unit"), QStringLiteral("value"),
                   QStringLiteral("gap to all other pupils"), QStringLiteral("national"),
                   QStringLiteral("gap to national"), QStringLiteral("risk ratio"),
                   QStringLiteral("risk ratio lower 95%"), QStringLiteral("risk ratio upper 95%")});
    const QString hidden = QStringLiteral("c");
    for (const auto* measure : analysis.measures()) {
        const QString unit = measure->kind() == OutcomeMeasure::Kind::Average
                                 ? QStringLiteral("points")
                                 : QStringLiteral("%");
        for (const auto& year : analysis.years(measure->id())) {
            const MeasureYear figures = analysis.of(measure->id(), year);
            auto outcomes = figures.groups;
            outcomes.push_back(figures.school);
            for (const auto& outcome : outcomes) {
                const EthnicGroup* group = EthnicGroup::find(outcome.groupCode);
                const bool rr = outcome.riskRatio && !outcome.hidden();
                writer.addRow(
                    {year, measure->id(), measure->name(),
                     outcome.groupCode.isEmpty() ? QStringLiteral("ALL") : outcome.groupCode,
                     group ? group->name() : measure->everyoneName(),
                     outcome.countHidden ? hidden : QString::number(outcome.count),
                     outcome.baseHidden ? hidden : QString::number(outcome.base),
                     !outcome.pupils      ? QString()
                     : outcome.baseHidden ? hidden
                                          : QString::number(*outcome.pupils),
                     unit, outcome.hidden() ? hidden : figure(*measure, outcome.value),
                     outcome.hidden() ? hidden : figure(*measure, outcome.gapToOthers),
                     figure(*measure, figures.national),
                     outcome.hidden() ? hidden : figure(*measure, outcome.gapToNational),
                     rr ? QString::number(outcome.riskRatio->ratio, 'f', 2) : QString(),
                     rr ? QString::number(outcome.riskRatio->lower, 'f', 2) : QString(),
                     rr ? QString::number(outcome.riskRatio->upper, 'f', 2) : QString()});
            }
        }
    }
    return writer.bytes();
}

} // namespace equimark
