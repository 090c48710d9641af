// orders pdf: the PDF is read back with pdftotext (poppler-utils) and its text checked for the
// customer, every line, the tax per rate, the total and the amount due, worked out by hand. The
// book is in EUR with prices entered without tax; the CLI runs in the C locale, where amounts
// read "12.50 EUR" (the C locale's currency format puts the code after the amount).
#include "clirunner.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

namespace {

void prepareBook(const CliFixture &cli)
{
    const CliResult init = cli.runOnDb({QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    rawExec(cli.db(),
            {QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                            "('business.currency', 'EUR'), ('business.prices_include_tax', '0'), "
                            "('business.name', 'Bäckerei Sonne'), "
                            "('business.address', 'Brotgasse 1\n10117 Berlin'), "
                            "('business.tax_id', 'DE123456789'), "
                            "('business.bank_details', 'IBAN DE02 1001 0010 0123 4567 89'), "
                            "('business.paper_size', 'a4')")});
}

/// Zoë Müller's order: 2 x 4.50 at 7 % (9.00), 1 x 120.00 at 19 %, 3 x 1.99 at 7 % (5.97);
/// 7 % on 14.97 is 1.05, 19 % on 120.00 is 22.80; total 158.82, 50.00 deposit, 108.82 due.
QString addOrder(const CliFixture &cli, bool draft = false)
{
    const CliResult contact = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"),
                                           QStringLiteral("Zoë"), QStringLiteral("--last"), QStringLiteral("Müller")});
    INFO(contact.err.toStdString());
    REQUIRE(contact.exitCode == 0);
    QStringList arguments {QStringLiteral("orders"),    QStringLiteral("add"),
                           QStringLiteral("--contact"), contact.out.trimmed(),
                           QStringLiteral("--line"),    QStringLiteral("Sourdough loaf;2;4.50;7"),
                           QStringLiteral("--line"),    QStringLiteral("Catering platter;1;120.00;19"),
                           QStringLiteral("--line"),    QStringLiteral("Butter croissant;3;1.99;7"),
                           QStringLiteral("--json")};
    if (draft)
        arguments.append(QStringLiteral("--draft"));
    else
        arguments.append({QStringLiteral("--deposit"), QStringLiteral("50.00")});
    const CliResult order = cli.runOnDb(arguments);
    INFO(order.err.toStdString());
    REQUIRE(order.exitCode == 0);
    return order.json().object().value(QStringLiteral("number")).toString();
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty();
}

/// The output of a poppler tool, with every run of white space made one space.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

QString pdfText(const QString &path)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

CliResult runPdf(const CliFixture &cli, const QStringList &arguments)
{
    return cli.runOnDb(QStringList {QStringLiteral("orders"), QStringLiteral("pdf")} + arguments);
}

void checkFigures(const QString &text)
{
    INFO(text.toStdString());
    for (const char *expected : {"Bäckerei Sonne",
                                 "Brotgasse 1",
                                 "10117 Berlin",
                                 "Tax ID: DE123456789",
                                 "Customer Zoë Müller",
                                 "Sourdough loaf",
                                 "2 pcs",
                                 "4.50 EUR",
                                 "9.00 EUR",
                                 "Catering platter",
                                 "120.00 EUR",
                                 "19 %",
                                 "Butter croissant",
                                 "3 pcs",
                                 "1.99 EUR",
                                 "5.97 EUR",
                                 "Subtotal 134.97 EUR",
                                 "Tax 7 % on 14.97 EUR 1.05 EUR",
                                 "Tax 19 % on 120.00 EUR 22.80 EUR",
                                 "Total 158.82 EUR",
                                 "Deposit 50.00 EUR",
                                 "Paid 50.00 EUR",
                                 "Amount due 108.82 EUR"})
        CHECK(text.contains(QString::fromUtf8(expected)));
}

} // namespace

TEST_CASE("orders pdf writes an order slip with the customer, every line, the tax per rate and the totals")
{
    if (!havePoppler()) {
        WARN("SKIP: pdftotext/pdfinfo/pdfimages (poppler-utils) not installed; ./dev installs them");
        return;
    }
    CliFixture cli;
    prepareBook(cli);
    const QString number = addOrder(cli);
    const QString file = cli.path(QStringLiteral("slip.pdf"));
    const CliResult result = runPdf(cli, {number, QStringLiteral("--output"), file});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == QStringLiteral("Wrote Order slip %1 to %2\n").arg(number, file));
    const QString text = pdfText(file);
    CHECK(text.contains(QStringLiteral("Order slip %1").arg(number)));
    checkFigures(text);
    CHECK(text.contains(QStringLiteral("IBAN DE02 1001 0010 0123 4567 89")));
    CHECK(poppler(QStringLiteral("pdfinfo"), {file}).contains(QStringLiteral("(A4)")));
    CHECK(poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}).contains(QStringLiteral(" image "))
          == false);

    // The logo kept in the book is drawn on the page.
    rawExec(
        cli.db(),
        {QStringLiteral(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('business.logo', "
            "'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')")});
    const QString withLogo = cli.path(QStringLiteral("logo.pdf"));
    REQUIRE(runPdf(cli, {number, QStringLiteral("--output"), withLogo}).exitCode == 0);
    CHECK(
        poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), withLogo}).contains(QStringLiteral(" image ")));

    // US Letter when asked; a draft is a quote.
    const QString draft = addOrder(cli, true);
    const QString quote = cli.path(QStringLiteral("quote.pdf"));
    const CliResult letter = runPdf(cli,
                                    {draft, QStringLiteral("--output"), quote, QStringLiteral("--paper"),
                                     QStringLiteral("letter"), QStringLiteral("--json")});
    INFO(letter.err.toStdString());
    REQUIRE(letter.exitCode == 0);
    const QJsonObject json = letter.json().object();
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("quote"));
    CHECK(json.value(QStringLiteral("paper")).toString() == QStringLiteral("letter"));
    CHECK(json.value(QStringLiteral("total")).toString() == QStringLiteral("158.82"));
    CHECK(json.value(QStringLiteral("amount_due")).toString() == QStringLiteral("158.82"));
    CHECK(json.value(QStringLiteral("issued")).toBool() == false);
    CHECK(poppler(QStringLiteral("pdfinfo"), {quote}).contains(QStringLiteral("(letter)")));
    const QString quoteText = pdfText(quote);
    CHECK(quoteText.contains(QStringLiteral("Quote %1").arg(draft)));
    CHECK(quoteText.contains(QStringLiteral("Amount due 158.82 EUR")));
}

TEST_CASE("orders pdf --invoice issues the invoice once, then reprints it as issued")
{
    if (!havePoppler()) {
        WARN("SKIP: pdftotext/pdfinfo/pdfimages (poppler-utils) not installed; ./dev installs them");
        return;
    }
    CliFixture cli;
    prepareBook(cli);
    const QString number = addOrder(cli);
    const QString first = cli.path(QStringLiteral("invoice.pdf"));
    const CliResult issued = runPdf(cli, {number, QStringLiteral("--output"), first, QStringLiteral("--invoice")});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(
        issued.out
        == QStringLiteral("Issued invoice INV-0001 for order %1.\nWrote Invoice INV-0001 to %2\n").arg(number, first));
    const QString text = pdfText(first);
    CHECK(text.contains(QStringLiteral("Invoice INV-0001")));
    CHECK(text.contains(QStringLiteral("Order %1").arg(number)));
    checkFigures(text);

    // The reprint is the same document, though the business has been renamed since.
    rawExec(cli.db(), {QStringLiteral("UPDATE settings SET value = 'Sonne GmbH' WHERE key = 'business.name'")});
    const QString second = cli.path(QStringLiteral("again.pdf"));
    const CliResult again = runPdf(
        cli, {number, QStringLiteral("--output"), second, QStringLiteral("--invoice"), QStringLiteral("--json")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    const QJsonObject json = again.json().object();
    CHECK(json.value(QStringLiteral("number")).toString() == QStringLiteral("INV-0001"));
    CHECK(json.value(QStringLiteral("issued")).toBool() == false);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("invoice"));
    CHECK(pdfText(second) == text);

    // By its own number, too.
    const QString third = cli.path(QStringLiteral("by-number.pdf"));
    REQUIRE(runPdf(cli, {QStringLiteral("INV-0001"), QStringLiteral("--output"), third}).exitCode == 0);
    CHECK(pdfText(third) == text);
}

TEST_CASE("orders pdf refuses bad input, naming the field")
{
    CliFixture cli;
    prepareBook(cli);
    const QString draft = addOrder(cli, true);
    const QString file = cli.path(QStringLiteral("out.pdf"));

    const CliResult noOutput = runPdf(cli, {draft});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("--output")));

    const CliResult paper
        = runPdf(cli, {draft, QStringLiteral("--output"), file, QStringLiteral("--paper"), QStringLiteral("a5")});
    CHECK(paper.exitCode == 1);
    CHECK(paper.err.contains(QStringLiteral("--paper: unknown paper size 'a5'")));

    const CliResult draftInvoice = runPdf(cli, {draft, QStringLiteral("--output"), file, QStringLiteral("--invoice")});
    CHECK(draftInvoice.exitCode == 1);
    CHECK(draftInvoice.err.contains(QStringLiteral("ORDER: Order %1 is a draft").arg(draft)));

    const CliResult missing = runPdf(cli, {QStringLiteral("4711"), QStringLiteral("--output"), file});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("No order with id or number 4711")));
    CHECK_FALSE(QFile::exists(file));
}
