// Parsing delimited text: quoting, line ends, line numbers, issues and delimiters.

#include "csvtestsupport.h"

using namespace clientele;
using namespace clientele::csvtest;

namespace {

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *cell : cells)
        list.append(QString::fromUtf8(cell));
    return list;
}

/// A device that cannot seek, like a pipe: the reader must keep its sample instead of rereading.
class PipeDevice final : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data)
        : m_data(std::move(data))
    { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
        std::copy_n(m_data.constData() + m_offset, count, data);
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_offset = 0;
};

/// A file that fails part way through, as a vanished network share does.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(QByteArray data)
        : m_data(std::move(data))
    { }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_offset >= m_data.size()) {
            setErrorString(QStringLiteral("the network share vanished"));
            return -1;
        }
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
        std::copy_n(m_data.constData() + m_offset, count, data);
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_offset = 0;
};

} // namespace

TEST_CASE("semicolon tab and pipe files are detected and split")
{
    const ReadResult semicolon = readFixture(QStringLiteral("semicolon.csv"));
    CHECK(semicolon.delimiter == QStringLiteral(";"));
    CHECK(semicolon.cells
          == QList<QStringList> {
              row({"Vorname", "Nachname", "E-Mail", "Umsatz", "Notiz"}),
              row({"Jürgen", "Müller", "j.mueller@example.de", "1.234,50", "Kunde seit 2019, bevorzugt Roggen"}),
              row({"Zoë", "Weiß", "zoe@example.de", "12,00", "Allergie: Nüsse; Gluten"}),
          });
    CHECK(semicolon.lines == QList<qint64> {1, 2, 3});

    const ReadResult tab = readFixture(QStringLiteral("tab.tsv"));
    CHECK(tab.delimiter == QStringLiteral("\t"));
    CHECK(tab.cells
          == QList<QStringList> {
              row({"Name", "Email", "Phone", "Notes"}),
              row({"Doe, Jane", "jane@example.com", "+1 555 0100", "Likes croissants, baguettes"}),
              row({"Smith, John", "john@example.com", "555-0101", ""}),
          });

    const ReadResult pipe = readFixture(QStringLiteral("pipe.txt"));
    CHECK(pipe.delimiter == QStringLiteral("|"));
    CHECK(pipe.cells
          == QList<QStringList> {
              row({"id", "name", "city", "note"}),
              row({"1", "Ana", "Lisboa", "a, b; c"}),
              row({"2", "Bo", "Malmö|Skåne", "x"}),
          });
    CHECK(pipe.issues.isEmpty());
}

TEST_CASE("lone CR line ends end records")
{
    const ReadResult result = readFixture(QStringLiteral("cr_only.csv"));
    CHECK(result.cells == QList<QStringList> {row({"a", "b"}), row({"1", "2"}), row({"3", "4"})});
    CHECK(result.lines == QList<qint64> {1, 2, 3});
}

TEST_CASE("mixed line ends are each one line break")
{
    const ReadResult result = readFixture(QStringLiteral("mixed_line_ends.csv"));
    CHECK(result.cells
          == QList<QStringList> {
              row({"name", "note"}),
              row({"Ann", "one"}),
              row({"Bob", "two\r\nlines"}),
              row({"Cid", "three"}),
              row({"Dee", "four"}),
          });
    // Bob's quoted CRLF makes his record span lines 3-4; line 6 is blank.
    CHECK(result.lines == QList<qint64> {1, 2, 3, 5, 7});
}

TEST_CASE("blank lines and rows of empty fields are skipped")
{
    const ReadResult result = readFixture(QStringLiteral("blank_lines.csv"));
    CHECK(result.cells
          == QList<QStringList> {
              row({"name", "email"}),
              row({"Ann", "ann@example.com"}),
              row({"Bob", "bob@example.com"}),
          });
    CHECK(result.lines == QList<qint64> {3, 5, 9});
    CHECK(result.issues.isEmpty());
}

TEST_CASE("embedded newlines keep the line numbers of later records right")
{
    const ReadResult result = readFixture(QStringLiteral("embedded_newlines.csv"));
    CHECK(result.cells
          == QList<QStringList> {
              row({"name", "address", "notes"}),
              row({"Ann", "12 Main St\nApt 4", "first"}),
              row({"Bob", "1 Rue Haute\n\n75001 Paris", "said \"hi\"\ntwice"}),
              row({"Cid", "5 Elm", "last"}),
          });
    CHECK(result.lines == QList<qint64> {1, 2, 4, 8});
}

TEST_CASE("doubled quotes inside quoted fields are one quote")
{
    const ReadResult result = readFixture(QStringLiteral("doubled_quotes.csv"));
    CHECK(result.cells
          == QList<QStringList> {
              row({"name", "quote"}),
              row({"Ann \"The Baker\"", "She said \"yes\", then \"no\""}),
              row({"Bob", "\""}),
              row({"Cid", "\"\""}),
              row({"Dee", "a\"b"}),
          });
}

TEST_CASE("stray quotes in unquoted fields are kept as text")
{
    const ReadResult result = readFixture(QStringLiteral("stray_quotes.csv"));
    CHECK(result.cells
          == QList<QStringList> {
              row({"name", "height", "note"}),
              row({"Ann", "5'11\"", "tall \"really\""}),
              row({"Bob", "abcd", "x"}),
          });
    CHECK(result.issues.isEmpty());
}

TEST_CASE("an unterminated quote at the end of the file is reported with its line")
{
    const ReadResult result = readFixture(QStringLiteral("unterminated_quote.csv"));
    CHECK(result.cells == QList<QStringList> {row({"name", "email"}), row({"Ann", "ann@example.com"})});
    REQUIRE(result.issues.size() == 1);
    const ImportIssue &issue = result.issues.first();
    CHECK(issue.row == 3);
    CHECK(issue.outcome == ImportIssue::Outcome::Rejected);
    CHECK(issue.column.isEmpty());
    CHECK(issue.message.contains(QStringLiteral("line 3")));
    CHECK(result.error.isEmpty());
}

TEST_CASE("an unterminated quote names the line where it opened")
{
    // Bob's record starts on line 4; its second quoted field opens on line 5 and never closes.
    const QByteArray data("name,notes,email\nAnn,\"multi\nline\",ann@example.com\nBob,\"ok\nthen\",x,\"open\nCid\n");
    auto reader = readerFor(data);
    std::optional<RawRow> first = reader->next();
    REQUIRE(first);
    CHECK(reader->takeIssues().isEmpty());
    const ReadResult rest = readAll(*reader);
    CHECK(rest.cells == QList<QStringList> {row({"Ann", "multi\nline", "ann@example.com"})});
    CHECK(rest.lines == QList<qint64> {2});
    REQUIRE(rest.issues.size() == 1);
    CHECK(rest.issues.first().row == 4);
    CHECK(rest.issues.first().message.contains(QStringLiteral("opened on line 5")));
    CHECK(rest.issues.first().message.contains(QStringLiteral("starting on line 4")));
    CHECK_FALSE(reader->next());
}

TEST_CASE("formula-looking text is returned verbatim")
{
    const ReadResult result = readFixture(QStringLiteral("formulas.csv"));
    CHECK(result.delimiter == QStringLiteral(","));
    CHECK(result.cells
          == QList<QStringList> {
              row({"name", "value", "phone"}),
              row({"Ann", "=1+2", "+49 30 1234567"}),
              row({"Bob", "=HYPERLINK(\"http://x\")", "-5"}),
              row({"Cid", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"}),
          });
}

TEST_CASE("the delimiter can be overridden")
{
    const ReadResult asComma = readFixture(QStringLiteral("semicolon.csv"), withDelimiter(QStringLiteral(",")));
    CHECK(asComma.delimiter == QStringLiteral(","));
    CHECK(asComma.cells
          == QList<QStringList> {
              row({"Vorname;Nachname;E-Mail;Umsatz;Notiz"}),
              row({"Jürgen;Müller;j.mueller@example.de;1.234", "50;Kunde seit 2019", " bevorzugt Roggen"}),
              row({"Zoë;Weiß;zoe@example.de;12", "00;\"Allergie: Nüsse; Gluten\""}),
          });

    const ReadResult tabByName = readFixture(QStringLiteral("tab.tsv"), withDelimiter(QStringLiteral("tab")));
    CHECK(tabByName.delimiter == QStringLiteral("\t"));
    CHECK(tabByName.cells.at(1).size() == 4);

    const ReadResult pipe = readBytes("a,b|c\n1,2|3\n", withDelimiter(QStringLiteral("|")));
    CHECK(pipe.cells == QList<QStringList> {row({"a,b", "c"}), row({"1,2", "3"})});

    auto bad = CsvReader::open(fixturePath(QStringLiteral("semicolon.csv")), withDelimiter(QStringLiteral("ab")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(QStringLiteral("\"ab\"")));
    CHECK(bad.error().field == QStringLiteral("delimiter"));
    CHECK_FALSE(
        CsvReader::open(fixturePath(QStringLiteral("semicolon.csv")), withDelimiter(QStringLiteral("\""))).ok());
}

TEST_CASE("delimiter options are parsed by name and character")
{
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral("auto")) == QChar());
    CHECK(CsvReader::parseDelimiterOption(QString()) == QChar());
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral("\t")) == QLatin1Char('\t'));
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral("TAB")) == QLatin1Char('\t'));
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral("\\t")) == QLatin1Char('\t'));
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral("semicolon")) == QLatin1Char(';'));
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral("|")) == QLatin1Char('|'));
    CHECK(CsvReader::parseDelimiterOption(QStringLiteral(":")) == QLatin1Char(':'));
    CHECK_FALSE(CsvReader::parseDelimiterOption(QStringLiteral("\n")));
    CHECK_FALSE(CsvReader::parseDelimiterOption(QStringLiteral(";;")));
}

TEST_CASE("delimiter detection ignores delimiters inside quotes")
{
    // Counting the quoted commas would give six fields on every line, more than the three
    // semicolons give.
    const ReadResult result = readFixture(QStringLiteral("quoted_delimiters.csv"));
    CHECK(result.delimiter == QStringLiteral(";"));
    CHECK(result.cells
          == QList<QStringList> {
              row({"Doe, Jane", "1 Main St, Springfield, IL", "a, b, c"}),
              row({"Roe, Max", "2 Oak Ave, Portland, OR", "d, e, f"}),
              row({"Poe, Al", "3 Elm Rd, Austin, TX", "g, h, i"}),
          });

    CHECK(CsvReader::detectDelimiter(u"a,\"x;y;z;w\",b\nc,\"p;q;r;s\",d\n", true) == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(u"a\tb\t\"x;y;z\"\n1\t2\t\"p;q\nr;s\"\n", true) == QLatin1Char('\t'));
}

TEST_CASE("delimiter detection prefers the most consistent field count")
{
    // Decimal commas make the comma count vary; the semicolon splits every line in four.
    CHECK(CsvReader::detectDelimiter(u"name;price;qty;note\nA;1,50;2;x\nB;12,00;1;y, z\nC;3;4;w\n", true)
          == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(u"id|name\n1|Ann, B.\n2|Bob\n", true) == QLatin1Char('|'));
    CHECK(CsvReader::detectDelimiter(u"a,b,c\n1,2,3\n", true) == QLatin1Char(','));
    // A single column: nothing splits, so the default.
    CHECK(CsvReader::detectDelimiter(u"email\nann@example.com\n", true) == QLatin1Char(','));
    // A cut last line does not count when the sample is not the whole file.
    CHECK(CsvReader::detectDelimiter(u"a;b\n1;2\n3;4\n5,6,7,8,9|", false) == QLatin1Char(';'));
}

TEST_CASE("a trailing delimiter makes a last empty field")
{
    const ReadResult result = readBytes("a,b,\n1,,\n2,3,");
    CHECK(result.cells == QList<QStringList> {row({"a", "b", ""}), row({"1", "", ""}), row({"2", "3", ""})});
}

TEST_CASE("rows keep as many fields as the file gives")
{
    // Too many or too few fields are the mapping's to report; the reader must not pad or cut.
    const ReadResult result = readBytes("a,b,c\n1,2\n1,2,3,4\n");
    CHECK(result.cells == QList<QStringList> {row({"a", "b", "c"}), row({"1", "2"}), row({"1", "2", "3", "4"})});
}

TEST_CASE("a record longer than the limit is reported and skipped")
{
    QByteArray data("name,notes\n\"Ann\",\"");
    data.append(QByteArray(CsvReader::MaxRecordChars + 10, 'x'));
    data.append("\"\nBob,ok\n");
    auto reader = readerFor(data);
    const ReadResult result = readAll(*reader);
    CHECK(result.cells == QList<QStringList> {row({"name", "notes"}), row({"Bob", "ok"})});
    CHECK(result.lines == QList<qint64> {1, 3});
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().row == 2);
    CHECK(result.issues.first().outcome == ImportIssue::Outcome::Rejected);
    CHECK(reader->bufferedBytes() < 1024 * 1024);
}

TEST_CASE("a device that cannot seek reads the same")
{
    const QByteArray data = fileBytes(fixturePath(QStringLiteral("embedded_newlines.csv")));
    auto reader = CsvReader::open(std::make_unique<PipeDevice>(data), QStringLiteral("pipe"), ReadOptions {}, 5);
    REQUIRE(reader.ok());
    const ReadResult sequential = readAll(*reader.value());
    const ReadResult seekable = readFixture(QStringLiteral("embedded_newlines.csv"));
    CHECK(sequential.cells == seekable.cells);
    CHECK(sequential.lines == seekable.lines);
}

TEST_CASE("progress runs from the start to 1 by bytes consumed")
{
    QByteArray data("name,email\n");
    for (int i = 0; i < 200; ++i)
        data.append(QStringLiteral("Person %1,p%1@example.com\n").arg(i).toUtf8());
    auto reader = readerFor(data, {}, 256);
    CHECK(reader->progress() < 0.01);
    CHECK(reader->format() == QStringLiteral("csv"));
    double last = reader->progress();
    bool sawMiddle = false;
    while (reader->next()) {
        CHECK(reader->progress() >= last);
        last = reader->progress();
        sawMiddle = sawMiddle || (last > 0.3 && last < 0.7);
    }
    CHECK(sawMiddle);
    CHECK(reader->progress() == 1.0);
}

TEST_CASE("an empty device gives no rows and no error")
{
    const ReadResult result = readBytes(QByteArray());
    CHECK(result.cells.isEmpty());
    CHECK(result.issues.isEmpty());
    CHECK(result.error.isEmpty());
}

TEST_CASE("a read error stops the reader with a message naming the file")
{
    QByteArray data("name,email\n");
    while (data.size() < CsvReader::SampleSize + 100)
        data.append("Ann,ann@example.com\n");
    auto device = std::make_unique<FailingDevice>(data);
    REQUIRE(device->open(QIODevice::ReadOnly));
    auto reader = CsvReader::open(std::move(device), QStringLiteral("/mnt/share/customers.csv"), ReadOptions {}, 4096);
    REQUIRE(reader.ok());
    const ReadResult result = readAll(*reader.value());
    CHECK(result.cells.size() > 1000);
    CHECK(result.error.contains(QStringLiteral("/mnt/share/customers.csv")));
    CHECK(result.error.contains(QStringLiteral("the network share vanished")));
    CHECK_FALSE(reader.value()->next());

    auto failsAtOnce = std::make_unique<FailingDevice>(QByteArray());
    REQUIRE(failsAtOnce->open(QIODevice::ReadOnly));
    auto none = CsvReader::open(std::move(failsAtOnce), QStringLiteral("/mnt/share/empty.csv"), ReadOptions {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorMessage().contains(QStringLiteral("/mnt/share/empty.csv")));
}
