#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "TempDir.h"
#include "interchange/ActionCsv.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"
#include "storage/ActionRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace equimark;
using namespace equimark::test;

namespace {

using Table = std::vector<QStringList>;

Table rowsOf(const QByteArray& bytes) {
    CsvProblem problem;
    auto rows = CsvReader().read(bytes, &problem);
    INFO(rows.errorMessage());
    REQUIRE(rows.ok());
    CHECK(problem.at.line == 0);
    Table table;
    for (const auto& row : *rows) {
        REQUIRE(row.positions.size() == std::size_t(row.fields.size()));
        table.push_back(row.fields);
    }
    return table;
}

// The problem a rejected file reports; the Error agrees with it.
CsvProblem problemOf(const QByteArray& bytes, const CsvLimits& limits = {}) {
    CsvProblem problem;
    auto rows = CsvReader(limits).read(bytes, &problem);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().code == Error::Code::Invalid);
    CHECK(rows.error().message == QStringLiteral("Line %1, column %2: %3")
                                      .arg(problem.at.line)
                                      .arg(problem.at.column)
                                      .arg(problem.reason));
    CHECK(problem.at.line > 0);
    CHECK(problem.at.column > 0);
    return problem;
}

QStringList row(std::initializer_list<const char16_t*> cells) {
    QStringList list;
    for (const auto* cell : cells)
        list << QString::fromUtf16(cell);
    return list;
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding) {
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

const QString unicodeText = QStringLiteral("title,owner\r\nZoë’s club,محمد علي\r\n"
                                           "\"Café, \"\"très\"\" bien\",李明 \U0001F600\r\n");
const Table unicodeTable = {row({u"title", u"owner"}), row({u"Zoë’s club", u"محمد علي"}),
                            row({u"Café, \"très\" bien", u"李明 \U0001F600"})};

} // namespace

TEST_CASE("a CSV file reads the same with or without a final line end", "[csv]") {
    const Table expected = {row({u"a", u"b", u"c"}), row({u"1", u"2", u"3"})};
    CHECK(rowsOf("a,b,c\n1,2,3\n") == expected);
    CHECK(rowsOf("a,b,c\n1,2,3") == expected);
    CHECK(rowsOf("a,b,c\r\n1,2,3\r\n") == expected);
    CHECK(rowsOf("a,b,c\r\n1,2,3") == expected);
    CHECK(rowsOf("").empty());
}

TEST_CASE("CR, LF and CRLF line ends each end one line, also mixed", "[csv]") {
    const Table expected = {row({u"a", u"b"}), row({u"1", u"2"}), row({u"3", u"4"})};
    CHECK(rowsOf("a,b\r1,2\r3,4\r") == expected);
    CHECK(rowsOf("a,b\r1,2\n3,4\r\n") == expected);
    // Lines are counted the same way for messages: line 3 whichever line ends came before.
    CHECK(problemOf("a,b\r1,2\r3,\"4").at.line == 3);
    CHECK(problemOf("a,b\r\n1,2\r\n3,\"4").at.line == 3);
    CHECK(problemOf("a,b\n1,2\r3,\"4").at.line == 3);
}

TEST_CASE("quoted fields keep commas, doubled quote marks and line breaks exactly", "[csv]") {
    const QByteArray text = "title,notes\r\n"
                            "\"Assemblies, termly\",\"She said \"\"yes\"\"\"\r\n"
                            "\"two\r\nlines\",\"cr\ronly and lf\nonly\"\r\n"
                            "\"\",\"\"\"\"\r\n";
    const Table expected = {row({u"title", u"notes"}),
                            row({u"Assemblies, termly", u"She said \"yes\""}),
                            row({u"two\r\nlines", u"cr\ronly and lf\nonly"}), row({u"", u"\""})};
    CHECK(rowsOf(text) == expected);
}

TEST_CASE("fields are kept exactly: spaces, empty fields and a trailing comma", "[csv]") {
    const Table expected = {row({u"a", u"b", u"c"}), row({u"", u"", u""}),
                            row({u" x ", u"", u"y "})};
    CHECK(rowsOf("a,b,c\n,,\n x ,,y \n") == expected);
}

TEST_CASE("a line with nothing on it is skipped", "[csv]") {
    const Table expected = {row({u"a", u"b"}), row({u"1", u"2"})};
    CHECK(rowsOf("\r\na,b\r\n\r\n\n1,2\r\n\r\n") == expected);
}

TEST_CASE("each field knows the line and column it starts at", "[csv]") {
    auto square = CsvReader().read("id,name\r\n7,\"Ann\r\nLee\"\r\n8,Bob\r\n");
    REQUIRE(square.ok());
    REQUIRE(square->size() == 3);
    CHECK(square->at(1).positions.at(0).line == 2);
    CHECK(square->at(1).positions.at(0).column == 1);
    CHECK(square->at(1).positions.at(1).line == 2);
    CHECK(square->at(1).positions.at(1).column == 3);
    CHECK(square->at(2).positions.at(1).line == 4);
    CHECK(square->at(2).positions.at(1).column == 3);
}

TEST_CASE("UTF-8 with or without a BOM and UTF-16 with a BOM read the same text", "[csv]") {
    CHECK(rowsOf(unicodeText.toUtf8()) == unicodeTable);
    CHECK(rowsOf("\xEF\xBB\xBF" + unicodeText.toUtf8()) == unicodeTable);
    const QByteArray le = utf16(unicodeText, QStringConverter::Utf16LE);
    REQUIRE(le.startsWith("\xFF\xFE"));
    CHECK(rowsOf(le) == unicodeTable);
    const QByteArray be = utf16(unicodeText, QStringConverter::Utf16BE);
    REQUIRE(be.startsWith("\xFE\xFF"));
    CHECK(rowsOf(be) == unicodeTable);
    // The BOM is not part of the first header name.
    CHECK(rowsOf("\xEF\xBB\xBF"
                 "title\r\nx\r\n")
              .front()
              .front() == QStringLiteral("title"));
}

TEST_CASE("rows with a different number of fields are refused at the place they differ", "[csv]") {
    SECTION("too few: the column where the row ends") {
        const auto problem = problemOf("a,b,c\n1,2,3\n4,5\n");
        CHECK(problem.at.line == 3);
        CHECK(problem.at.column == 4);
        CHECK(problem.reason.contains(QStringLiteral("fewer fields")));
    }
    SECTION("too many: the column of the first extra field") {
        const auto problem = problemOf("a,b\r\n1,2\r\n3,4,five\r\n");
        CHECK(problem.at.line == 3);
        CHECK(problem.at.column == 5);
        CHECK(problem.reason.contains(QStringLiteral("more fields")));
    }
}

TEST_CASE("an unclosed quote is refused at the quote that opened it", "[csv]") {
    const auto problem = problemOf("a,b\n1,\"never closed\n2,3\n");
    CHECK(problem.at.line == 2);
    CHECK(problem.at.column == 3);
    CHECK(problem.error().message ==
          QStringLiteral("Line 2, column 3: a quoted field is not closed."));
}

TEST_CASE("a quote mark inside an unquoted field is refused where it stands", "[csv]") {
    const auto problem = problemOf("a,b\n1,5\" screen\n");
    CHECK(problem.at.line == 2);
    CHECK(problem.at.column == 4);
    CHECK(problem.reason.contains(QStringLiteral("\"\"")));
}

TEST_CASE("text after a closing quote is refused where it starts", "[csv]") {
    const auto problem = problemOf("a,b\n\"one\"two,3\n");
    CHECK(problem.at.line == 2);
    CHECK(problem.at.column == 6);
}

TEST_CASE("a NUL character is refused with its place", "[csv]") {
    const auto problem = problemOf(QByteArray("a,b\nc,d\0e\n", 10));
    CHECK(problem.at.line == 2);
    CHECK(problem.at.column == 4);
    CHECK(problem.reason.contains(QStringLiteral("NUL")));
    // Also inside quotes, and as UTF-16.
    CHECK(problemOf(QByteArray("\"a\0\"", 4)).at.column == 3);
    CHECK(problemOf(utf16(QStringLiteral("a,b\nc,") + QChar(0), QStringConverter::Utf16LE))
              .at.column == 3);
}

TEST_CASE("invalid UTF-8 is refused at the first bad byte", "[csv]") {
    struct Case {
        QByteArray bytes;
        int line;
        int column;
    };
    const Case cases[] = {
        {"a,b\nc,\xC3\x28\n", 2, 3},      // a lead byte without its continuation
        {"a,b\nZo\xC3\xAB,\xFF\n", 2, 5}, // 0xFF never appears; "Zoë," is 4 characters
        {"x,\xC0\xAF\n", 1, 3},           // overlong "/"
        {"x,\xED\xA0\x80\n", 1, 3},       // a UTF-16 surrogate written as UTF-8
        {"x,\xF4\x90\x80\x80\n", 1, 3},   // past U+10FFFF
        {"x\ny,\xE2\x82", 2, 3},          // cut off in the middle of "€"
        {"\xEF\xBB\xBF"
         "a\n\x80",
         2, 1},                      // after a BOM too
        {"caf\xE9,latin-1\n", 1, 4}, // Windows-1252 é: the usual real-world case
    };
    for (const auto& c : cases) {
        INFO(c.bytes.toHex().toStdString());
        const auto problem = problemOf(c.bytes);
        CHECK(problem.at.line == c.line);
        CHECK(problem.at.column == c.column);
        CHECK(problem.reason.contains(QStringLiteral("UTF-8")));
    }
}

TEST_CASE("invalid UTF-16 is refused: a lone surrogate or an odd number of bytes", "[csv]") {
    QString lone = QStringLiteral("a,b\nc,");
    lone += QChar(0xD800);
    lone += QStringLiteral("x");
    // QStringEncoder would replace the lone surrogate: write the code units by hand.
    QByteArray bytes("\xFF\xFE");
    for (QChar c : lone) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    const auto problem = problemOf(bytes);
    CHECK(problem.at.line == 2);
    CHECK(problem.at.column == 3);

    const auto odd = problemOf(utf16(QStringLiteral("a,b\n"), QStringConverter::Utf16BE) + "x");
    CHECK(odd.at.line == 2);
    CHECK(odd.at.column == 1);
}

TEST_CASE("a 10 MB field is refused quickly at the field's start", "[csv]") {
    QByteArray bytes = "title,notes\r\nfirst,\"";
    bytes += QByteArray(10 * 1024 * 1024, 'x');
    bytes += "\"\r\n";
    QElapsedTimer timer;
    timer.start();
    const auto problem = problemOf(bytes);
    CHECK(timer.elapsed() < 3000);
    CHECK(problem.at.line == 2);
    CHECK(problem.at.column == 7);
    CHECK(problem.reason.contains(QStringLiteral("longer than")));
    // Unquoted, the same.
    QByteArray plain = "a\n" + QByteArray(2 * 1024 * 1024, 'y');
    CHECK(problemOf(plain).at.line == 2);
}

TEST_CASE("100,000 columns are refused quickly at the first column past the limit", "[csv]") {
    QByteArray bytes;
    bytes.reserve(200000);
    for (int i = 0; i < 100000; ++i)
        bytes += "a,";
    bytes += "a\r\n";
    QElapsedTimer timer;
    timer.start();
    const auto problem = problemOf(bytes);
    CHECK(timer.elapsed() < 1000);
    CHECK(problem.at.line == 1);
    CHECK(problem.at.column == 2001); // the 1,001st field
    CHECK(problem.reason.contains(QStringLiteral("columns")));
}

TEST_CASE("a file with more rows than the limit is refused at the first row past it", "[csv]") {
    CsvLimits limits;
    limits.maxRows = 3;
    CHECK(CsvReader(limits).read("a\n1\n2\n").ok());
    const auto problem = problemOf("a\n1\n2\n3\n", limits);
    CHECK(problem.at.line == 4);
    CHECK(problem.reason.contains(QStringLiteral("rows")));

    limits = {};
    limits.maxBytes = 10;
    CHECK(problemOf("a,b\n1234567890\n", limits).reason.contains(QStringLiteral("larger")));
}

TEST_CASE("a missing CSV file or a folder is refused with its own code", "[csv]") {
    TempDir dir;
    CsvProblem problem;
    auto missing = CsvReader().readFile(dir.file(QStringLiteral("none.csv")), &problem);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(problem.at.line == 0);
    auto folder = CsvReader().readFile(dir.path(), &problem);
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().code == Error::Code::Invalid);
    CHECK(folder.error().message.contains(QStringLiteral("folder")));

    writeAll(dir.file(QStringLiteral("ok.csv")), "\xEF\xBB\xBF"
                                                 "a,b\r\n1,2\r\n");
    auto read = CsvReader().readFile(dir.file(QStringLiteral("ok.csv")));
    REQUIRE(read.ok());
    CHECK(read->at(1).fields == row({u"1", u"2"}));
}

TEST_CASE("the CSV writer writes a BOM, CRLF and quotes only where needed", "[csv]") {
    CsvWriter writer;
    writer.addRow(row({u"title", u"owner"}));
    writer.addRow(row({u"plain", u"Zoë"}));
    writer.addRow(row({u"a, b", u"say \"hi\""}));
    writer.addRow(row({u"two\nlines", u" padded"}));
    writer.addRow(row({u"", u""}));
    CHECK(writer.bytes() == QByteArray("\xEF\xBB\xBF"
                                       "title,owner\r\n"
                                       "plain,Zo\xC3\xAB\r\n"
                                       "\"a, b\",\"say \"\"hi\"\"\"\r\n"
                                       "\"two\nlines\",\" padded\"\r\n"
                                       ",\r\n"));
}

TEST_CASE("what the CSV writer writes reads back exactly", "[csv]") {
    const Table table = {
        row({u"title", u"notes", u"n"}),
        row({u"Café, \"très\" bien", u"line one\r\nline two\rthree\nfour", u"-3"}),
        row({u" leading", u"trailing ", u""}),
        row({u"=1+1", u"@SUM(A1:A9)", u"+44 1772 000000"}),
        row({u"'=already quoted", u"\ttab", u"-x"}),
        row({u"محمد \U0001F600", u"\"", u","}),
    };
    CsvWriter writer;
    for (const auto& cells : table)
        writer.addRow(cells);
    Table back = rowsOf(writer.bytes());
    for (auto& cells : back) {
        for (auto& cell : cells)
            cell = CsvWriter::restored(cell);
    }
    CHECK(back == table);
}

TEST_CASE("cells a spreadsheet would run as formulas are written as text", "[csv]") {
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(CsvWriter::field(QStringLiteral("+cmd|' /C calc'!A0")) ==
          QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::field(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(CsvWriter::field(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    // A user's own leading apostrophe is kept: it gains a second one and reads back as one.
    CHECK(CsvWriter::field(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    // Plain numbers and ordinary text stay as they are.
    CHECK(CsvWriter::field(QStringLiteral("-3")) == QStringLiteral("-3"));
    CHECK(CsvWriter::field(QStringLiteral("+4.5")) == QStringLiteral("+4.5"));
    CHECK(CsvWriter::field(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(CsvWriter::field(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(CsvWriter::restored(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
}

TEST_CASE("a CSV file that cannot be written leaves nothing behind", "[csv]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("missing-folder/out.csv"));
    CsvWriter writer;
    writer.addRow(row({u"a"}));
    auto written = writer.writeFile(path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == Error::Code::Io);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    const QString ok = dir.file(QStringLiteral("out.csv"));
    REQUIRE(writer.writeFile(ok).ok());
    CHECK(readAll(ok) == writer.bytes());
}

// The action plan as CSV, on real school files.

namespace {

Action plannedAction() {
    Action action;
    action.title = QStringLiteral("=Diversify the library, \"with\" pupils");
    action.strandIds = {QStringLiteral("race"), QStringLiteral("religion-belief")};
    action.elementId = QStringLiteral("curriculum");
    action.owner = QStringLiteral("Ms Patel");
    action.startOn = QDate(2025, 9, 8);
    action.dueOn = QDate(2026, 3, 27);
    action.successCriteria = QStringLiteral("Every class library has books by and about people "
                                            "of many ethnicities.\r\nPupils can name three.");
    action.cost = QStringLiteral("£450");
    action.status = ActionStatus::InProgress;
    return action;
}

std::vector<Action> actionsIn(SchoolFile& file) {
    auto actions = ActionRepository(file).all();
    REQUIRE(actions.ok());
    return *actions;
}

void requireSameAction(const Action& a, const Action& b) {
    CHECK(a.title == b.title);
    CHECK(a.strandIds == b.strandIds);
    CHECK(a.elementId == b.elementId);
    CHECK(a.owner == b.owner);
    CHECK(a.startOn == b.startOn);
    CHECK(a.dueOn == b.dueOn);
    CHECK(a.successCriteria == b.successCriteria);
    CHECK(a.cost == b.cost);
    CHECK(a.status == b.status);
}

const QByteArray header = "title,strands,element,owner,start,due,success criteria,cost,status\r\n";

} // namespace

TEST_CASE("an exported action plan imports into another school unchanged", "[csv]") {
    SchoolFixture source;
    Action second;
    second.title = QStringLiteral("Review uniform policy");
    second.strandIds = {QStringLiteral("gender")};
    second.status = ActionStatus::NotStarted;
    REQUIRE(ActionRepository(*source.file).add(plannedAction()).ok());
    REQUIRE(ActionRepository(*source.file).add(second).ok());

    auto bytes = ActionCsv(*source.file).exportCsv();
    REQUIRE(bytes.ok());
    const QByteArray start = QByteArray("\xEF\xBB\xBF") + header;
    CHECK(bytes->startsWith(start));
    // The formula-like title went out as text.
    CHECK(bytes->contains("\"'=Diversify the library, \"\"with\"\" pupils\""));

    SchoolFixture target;
    auto imported = ActionCsv(*target.file).import(*bytes);
    INFO(imported.errorMessage());
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    target.reopen();
    const auto before = actionsIn(*source.file);
    const auto after = actionsIn(*target.file);
    REQUIRE(after.size() == 2);
    for (std::size_t i = 0; i < after.size(); ++i)
        requireSameAction(after[i], before[i]);
    CHECK(after[0].createdBy == QStringLiteral("Test User"));
}

TEST_CASE("an action CSV accepts columns in any order, names and labels, and blank rows", "[csv]") {
    SchoolFixture fixture;
    const QByteArray csv = "Status,Title,Strands,Due,Element\n"
                           "In progress,Anti-racism CPD,Race; Gender,2027-01-31,"
                           "Learning and teaching\n"
                           ",,,,\n"
                           ",Survey parents,socio-economic,,\n";
    auto imported = ActionCsv(*fixture.file).import(csv);
    INFO(imported.errorMessage());
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    fixture.reopen();
    const auto actions = actionsIn(*fixture.file);
    REQUIRE(actions.size() == 2);
    CHECK(actions[0].title == QStringLiteral("Anti-racism CPD"));
    CHECK(actions[0].strandIds == QStringList{QStringLiteral("race"), QStringLiteral("gender")});
    CHECK(actions[0].elementId == QStringLiteral("teaching"));
    CHECK(actions[0].status == ActionStatus::InProgress);
    CHECK(actions[0].dueOn == QDate(2027, 1, 31));
    CHECK(actions[1].status == ActionStatus::NotStarted);
}

TEST_CASE("an action CSV with one bad row adds nothing and names the row's line and column",
          "[csv]") {
    struct Case {
        QByteArray body;
        int line;
        int column;
        QString reasonPart;
    };
    const Case cases[] = {
        {"Good,race,,,,,,,\r\nBad,race;martian,,,,,,,\r\n", 3, 5, QStringLiteral("\"martian\"")},
        {"Good,race,,,,,,,\r\nBad,race,kitchen,,,,,,\r\n", 3, 10, QStringLiteral("\"kitchen\"")},
        {"Good,race,,,,,,,\r\nBad,race,,,31/03/2027,,,,\r\n", 3, 12, QStringLiteral("YYYY-MM-DD")},
        {"Good,race,,,,2027-02-30,,,\r\n", 2, 14, QStringLiteral("2027-02-30")},
        {"Good,race,,,2027-05-01,2027-04-01,,,\r\n", 2, 24, QStringLiteral("before")},
        {"Good,race,,,,,,,\r\nBad,race,,,,,,,finished\r\n", 3, 16, QStringLiteral("\"finished\"")},
        {"Good,race,,,,,,,\r\n  ,race,,,,,,,\r\n", 3, 1, QStringLiteral("no title")},
        {"Good,race,,,,,,,\r\nBad, ; ,,,,,,,\r\n", 3, 5, QStringLiteral("no equality strand")},
    };
    for (const auto& c : cases) {
        INFO(c.body.toStdString());
        SchoolFixture fixture;
        REQUIRE(ActionRepository(*fixture.file).add(plannedAction()).ok());
        CsvProblem problem;
        auto imported = ActionCsv(*fixture.file).import(header + c.body, &problem);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().code == Error::Code::Invalid);
        CHECK(problem.at.line == c.line);
        CHECK(problem.at.column == c.column);
        CHECK(problem.reason.contains(c.reasonPart));
        CHECK(imported.error().message.startsWith(
            QStringLiteral("Line %1, column %2: ").arg(c.line).arg(c.column)));
        fixture.reopen();
        CHECK(actionsIn(*fixture.file).size() == 1);
    }
}

TEST_CASE("an action CSV with a wrong header is refused naming the column", "[csv]") {
    SchoolFixture fixture;
    CsvProblem problem;
    auto unknown = ActionCsv(*fixture.file).import("title,strands,budget\nA,race,5\n", &problem);
    REQUIRE_FALSE(unknown.ok());
    CHECK(problem.at.line == 1);
    CHECK(problem.at.column == 15);
    CHECK(problem.reason.contains(QStringLiteral("\"budget\"")));

    auto twice = ActionCsv(*fixture.file).import("title,strands,Title\nA,race,B\n", &problem);
    REQUIRE_FALSE(twice.ok());
    CHECK(problem.at.column == 15);
    CHECK(problem.reason.contains(QStringLiteral("twice")));

    auto noStrands = ActionCsv(*fixture.file).import("title,owner\nA,Ms Patel\n", &problem);
    REQUIRE_FALSE(noStrands.ok());
    CHECK(problem.reason.contains(QStringLiteral("\"strands\"")));

    auto empty = ActionCsv(*fixture.file).import("", &problem);
    REQUIRE_FALSE(empty.ok());
    CHECK(problem.reason.contains(QStringLiteral("empty")));
    CHECK(actionsIn(*fixture.file).empty());

    auto headerOnly = ActionCsv(*fixture.file).import(header);
    REQUIRE(headerOnly.ok());
    CHECK(*headerOnly == 0);
}

TEST_CASE("a one-column file keeps an empty field and a BOM character as content", "[csv]") {
    CsvWriter writer;
    writer.addRow(row({u"note"}));
    writer.addRow(row({u""}));
    writer.addRow(row({u"\uFEFFstarts with a BOM character"}));
    CHECK(writer.bytes().contains("\r\n\"\"\r\n"));
    const Table expected = {row({u"note"}), row({u""}),
                            row({u"\uFEFFstarts with a BOM character"})};
    CHECK(rowsOf(writer.bytes()) == expected);
    // Only the first BOM is the file's: a second one is text.
    CHECK(rowsOf("\xEF\xBB\xBF\xEF\xBB\xBF"
                 "a\n")
              .front()
              .front() == QStringLiteral("\uFEFFa"));
}
