#include "interchange/ActionCsv.h"

#include "domain/Framework.h"
#include "interchange/CsvWriter.h"
#include "storage/ActionRepository.h"
#include "storage/FrameworkRepository.h"

#include <QRegularExpression>
#include <array>
#include <optional>

namespace equimark {

namespace {

enum Column { Title, Strands, ElementCol, Owner, Start, Due, Criteria, Cost, StatusCol, Count };

// File-format words, never translated: a file written in one language imports in another.
constexpr std::array<const char*, Count> columnNames = {
    "title", "strands", "element", "owner", "start", "due", "success criteria", "cost", "status"};

QString listOf(const QStringList& words) {
    return words.join(QStringLiteral(", "));
}

// Where each known column is in the file; -1 for a column the file leaves out.
using ColumnMap = std::array<qsizetype, Count>;

std::optional<CsvProblem> mapColumns(const CsvRow& header, ColumnMap& map) {
    map.fill(-1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString key = CsvRow::headerKey(header.fields.at(i));
        const auto found =
            std::find_if(columnNames.begin(), columnNames.end(),
                         [&key](const char* name) { return key == QLatin1String(name); });
        if (found == columnNames.end())
            return CsvProblem{
                header.positions.at(i),
                ActionCsv::tr("\"%1\" is not a column of an action plan file. The "
                              "first row names the columns: %2.")
                    .arg(header.fields.at(i).trimmed(), listOf(ActionCsv::columns()))};
        auto& slot = map[std::size_t(found - columnNames.begin())];
        if (slot >= 0)
            return CsvProblem{header.positions.at(i),
                              ActionCsv::tr("the column \"%1\" appears twice.")
                                  .arg(header.fields.at(i).trimmed())};
        slot = i;
    }
    for (Column required : {Title, Strands}) {
        if (map[required] < 0)
            return CsvProblem{
                {1, 1},
                ActionCsv::tr("the first row has no \"%1\" column. It names the "
                              "columns: %2.")
                    .arg(QLatin1String(columnNames[required]), listOf(ActionCsv::columns()))};
    }
    return std::nullopt;
}

// Reads one row into an action, naming the first problem's place.
class RowReader {
public:
    RowReader(const Framework& framework, const ColumnMap& map)
        : m_framework(framework)
        , m_map(map) {}

    std::optional<CsvProblem> read(const CsvRow& row, Action& action) {
        m_row = &row;
        action.title = text(Title).trimmed();
        if (action.title.isEmpty())
            return CsvProblem{at(Title), ActionCsv::tr("the action has no title.")};

        const QString strandText = text(Strands);
        for (const auto& part :
             strandText.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
            const QString word = part.trimmed();
            if (word.isEmpty())
                continue;
            const Strand* strand = findStrand(word);
            if (!strand) {
                QStringList ids;
                for (const auto& known : m_framework.strands)
                    ids << known.id;
                return CsvProblem{at(Strands),
                                  ActionCsv::tr("\"%1\" is not an equality strand of the %2. Use "
                                                "one or more of: %3, separated by \";\".")
                                      .arg(word, m_framework.name, listOf(ids))};
            }
            if (!action.strandIds.contains(strand->id))
                action.strandIds << strand->id;
        }
        if (action.strandIds.isEmpty())
            return CsvProblem{at(Strands),
                              ActionCsv::tr("the action \"%1\" has no equality strand; name at "
                                            "least one, e.g. race.")
                                  .arg(action.title)};

        const QString elementText = text(ElementCol).trimmed();
        if (!elementText.isEmpty()) {
            const Element* element = findElement(elementText);
            if (!element) {
                QStringList ids;
                for (const auto& known : m_framework.elements)
                    ids << known.id;
                return CsvProblem{at(ElementCol),
                                  ActionCsv::tr("\"%1\" is not an element of the %2. Use one of: "
                                                "%3; or leave it empty.")
                                      .arg(elementText, m_framework.name, listOf(ids))};
            }
            action.elementId = element->id;
        }

        action.owner = text(Owner).trimmed();
        if (auto problem = date(Start, action.startOn))
            return problem;
        if (auto problem = date(Due, action.dueOn))
            return problem;
        if (action.startOn.isValid() && action.dueOn.isValid() && action.dueOn < action.startOn)
            return CsvProblem{at(Due), ActionCsv::tr("the action is due (%1) before it starts "
                                                     "(%2).")
                                           .arg(action.dueOn.toString(Qt::ISODate),
                                                action.startOn.toString(Qt::ISODate))};
        action.successCriteria = text(Criteria);
        action.cost = text(Cost).trimmed();

        const QString statusText = text(StatusCol).trimmed();
        if (!statusText.isEmpty()) {
            auto status = findStatus(statusText);
            if (!status)
                return CsvProblem{at(StatusCol),
                                  ActionCsv::tr("\"%1\" is not an action status. Use one of: %2; "
                                                "or leave it empty for not started.")
                                      .arg(statusText, listOf(actionStatusIds()))};
            action.status = *status;
        }
        return std::nullopt;
    }

private:
    // The cell, with the apostrophe CsvWriter puts before formula-like text taken off.
    QString text(Column column) const {
        const qsizetype index = m_map[column];
        return index < 0 ? QString() : CsvWriter::restored(m_row->fields.at(index));
    }

    CsvPosition at(Column column) const {
        const qsizetype index = m_map[column];
        return index < 0 ? m_row->positions.front() : m_row->positions.at(index);
    }

    std::optional<CsvProblem> date(Column column, QDate& into) const {
        const QString value = text(column).trimmed();
        if (value.isEmpty())
            return std::nullopt;
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        if (shape.match(value).hasMatch())
            into = QDate::fromString(value, Qt::ISODate);
        if (!into.isValid())
            return CsvProblem{at(column),
                              ActionCsv::tr("\"%1\" is not a date; write dates as YYYY-MM-DD, "
                                            "e.g. 2027-03-31.")
                                  .arg(value)};
        return std::nullopt;
    }

    const Strand* findStrand(const QString& word) const {
        for (const auto& strand : m_framework.strands) {
            if (strand.id.compare(word, Qt::CaseInsensitive) == 0 ||
                strand.name.compare(word, Qt::CaseInsensitive) == 0)
                return &strand;
        }
        return nullptr;
    }

    const Element* findElement(const QString& word) const {
        for (const auto& element : m_framework.elements) {
            if (element.id.compare(word, Qt::CaseInsensitive) == 0 ||
                element.name.compare(word, Qt::CaseInsensitive) == 0)
                return &element;
        }
        return nullptr;
    }

    static std::optional<ActionStatus> findStatus(const QString& word) {
        if (auto status = actionStatusFromId(word))
            return status;
        for (const auto& id : actionStatusIds()) {
            const auto status = actionStatusFromId(id);
            if (status && actionStatusLabel(*status).compare(word, Qt::CaseInsensitive) == 0)
                return status;
        }
        return std::nullopt;
    }

    const Framework& m_framework;
    const ColumnMap& m_map;
    const CsvRow* m_row = nullptr;
};

} // namespace

QStringList ActionCsv::columns() {
    QStringList names;
    for (const char* name : columnNames)
        names << QLatin1String(name);
    return names;
}

Result<QByteArray> ActionCsv::exportCsv() {
    auto actions = ActionRepository(m_file).all();
    if (!actions)
        return actions.error();
    CsvWriter writer;
    writer.addRow(columns());
    for (const auto& action : *actions) {
        QStringList cells(Count);
        cells[Title] = action.title;
        cells[Strands] = action.strandIds.join(QLatin1Char(';'));
        cells[ElementCol] = action.elementId;
        cells[Owner] = action.owner;
        cells[Start] = action.startOn.isValid() ? action.startOn.toString(Qt::ISODate) : QString();
        cells[Due] = action.dueOn.isValid() ? action.dueOn.toString(Qt::ISODate) : QString();
        cells[Criteria] = action.successCriteria;
        cells[Cost] = action.cost;
        cells[StatusCol] = actionStatusId(action.status);
        writer.addRow(cells);
    }
    return writer.bytes();
}

Status ActionCsv::exportToFile(const QString& path) {
    auto bytes = exportCsv();
    if (!bytes)
        return bytes.error();
    return CsvWriter::writeFile(path, *bytes);
}

Result<std::vector<Action>> ActionCsv::parse(const QByteArray& bytes, CsvProblem* problem) {
    auto rows = CsvReader().read(bytes, problem);
    if (!rows)
        return rows.error();
    return parse(*rows, problem);
}

Result<std::vector<Action>> ActionCsv::parse(const std::vector<CsvRow>& rows, CsvProblem* problem) {
    const auto fail = [problem](const CsvProblem& found) -> Error {
        if (problem)
            *problem = found;
        return found.error();
    };
    if (rows.empty())
        return fail({{1, 1},
                     tr("the file is empty. Its first row must name the columns: %1.")
                         .arg(listOf(columns()))});

    ColumnMap map;
    if (auto found = mapColumns(rows.front(), map))
        return fail(*found);

    auto framework = FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark);
    if (!framework)
        return framework.error();

    std::vector<Action> actions;
    RowReader reader(*framework, map);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const CsvRow& row = rows.at(i);
        if (row.isBlank()) // a spreadsheet's empty ",,,,," rows
            continue;
        Action action;
        if (auto found = reader.read(row, action))
            return fail(*found);
        actions.push_back(std::move(action));
    }
    return actions;
}

Result<int> ActionCsv::import(const QByteArray& bytes, CsvProblem* problem) {
    auto rows = CsvReader().read(bytes, problem);
    if (!rows)
        return rows.error();
    return import(*rows, problem);
}

Result<int> ActionCsv::import(const std::vector<CsvRow>& rows, CsvProblem* problem) {
    auto actions = parse(rows, problem);
    if (!actions)
        return actions.error();
    if (actions->empty())
        return 0;
    auto added = ActionRepository(m_file).addAll(*actions);
    if (!added)
        return added.error();
    return int(added->size());
}

} // namespace equimark
