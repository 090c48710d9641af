#include "import/mapping/valueparsers.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::ValueParsers;

namespace {

QString decimalText(const QString &text)
{
    const auto d = parseDecimal(text);
    if (!d)
        return QStringLiteral("invalid");
    QString result = (d->negative ? QStringLiteral("-") : QString()) + d->whole;
    if (!d->fraction.isEmpty())
        result += QLatin1Char('.') + d->fraction;
    if (!d->currency.isEmpty())
        result += QLatin1Char(' ') + d->currency;
    return result;
}

std::optional<qint64> money(const QString &text, const QString &currency = QStringLiteral("EUR"))
{
    return parseMoney(text, currency);
}

} // namespace

TEST_CASE("decimals with either separator and thousands separators parse exactly")
{
    CHECK(decimalText(QStringLiteral("1.234,56")) == QLatin1String("1234.56"));
    CHECK(decimalText(QStringLiteral("1,234.56")) == QLatin1String("1234.56"));
    CHECK(decimalText(QStringLiteral("1 234,56")) == QLatin1String("1234.56"));
    CHECK(decimalText(QStringLiteral("1\u00a0234,56")) == QLatin1String("1234.56"));
    CHECK(decimalText(QStringLiteral("1'234.50")) == QLatin1String("1234.50"));
    CHECK(decimalText(QStringLiteral("12,5")) == QLatin1String("12.5"));
    CHECK(decimalText(QStringLiteral("12.5")) == QLatin1String("12.5"));
    CHECK(decimalText(QStringLiteral("1,234")) == QLatin1String("1234"));
    CHECK(decimalText(QStringLiteral("1.234.567")) == QLatin1String("1234567"));
    CHECK(decimalText(QStringLiteral("1,234,567.891")) == QLatin1String("1234567.891"));
    CHECK(decimalText(QStringLiteral("0,500")) == QLatin1String("0.500"));
    CHECK(decimalText(QStringLiteral(".5")) == QLatin1String("0.5"));
    CHECK(decimalText(QStringLiteral("007")) == QLatin1String("7"));
    CHECK(decimalText(QStringLiteral("-12.50")) == QLatin1String("-12.50"));
    CHECK(decimalText(QStringLiteral("(12.50)")) == QLatin1String("-12.50"));
    CHECK(decimalText(QStringLiteral("12.50-")) == QLatin1String("-12.50"));
}

TEST_CASE("currency symbols and codes around amounts are read")
{
    CHECK(decimalText(QStringLiteral("€12,50")) == QLatin1String("12.50 EUR"));
    CHECK(decimalText(QStringLiteral("12,50 €")) == QLatin1String("12.50 EUR"));
    CHECK(decimalText(QStringLiteral("$1,234.00")) == QLatin1String("1234.00"));
    CHECK(decimalText(QStringLiteral("12.50 EUR")) == QLatin1String("12.50 EUR"));
    CHECK(decimalText(QStringLiteral("USD 99")) == QLatin1String("99 USD"));
    CHECK(decimalText(QStringLiteral("£3.20")) == QLatin1String("3.20 GBP"));
    CHECK(decimalText(QStringLiteral("-€5,00")) == QLatin1String("-5.00 EUR"));
    CHECK(decimalText(QStringLiteral("CHF 1'250.00")) == QLatin1String("1250.00 CHF"));
}

TEST_CASE("text that is not a number is rejected")
{
    CHECK(decimalText(QStringLiteral("")) == QLatin1String("invalid"));
    CHECK(decimalText(QStringLiteral("abc")) == QLatin1String("invalid"));
    CHECK(decimalText(QStringLiteral("12 apples")) == QLatin1String("invalid"));
    CHECK(decimalText(QStringLiteral("1,2,3")) == QLatin1String("invalid"));
    CHECK(decimalText(QStringLiteral("1.2.3,4,5")) == QLatin1String("invalid"));
    CHECK(decimalText(QStringLiteral("--5")) == QLatin1String("invalid"));
    // A formula is never computed.
    CHECK(decimalText(QStringLiteral("=1+2")) == QLatin1String("invalid"));
    CHECK(decimalText(QStringLiteral("=SUM(A1:A3)")) == QLatin1String("invalid"));
}

TEST_CASE("money becomes integer minor units rounded half away from zero")
{
    CHECK(money(QStringLiteral("12,50")) == 1250);
    CHECK(money(QStringLiteral("€12,50")) == 1250);
    CHECK(money(QStringLiteral("$1,234.00"), QStringLiteral("USD")) == 123400);
    CHECK(money(QStringLiteral("1.234,56")) == 123456);
    CHECK(money(QStringLiteral("12")) == 1200);
    CHECK(money(QStringLiteral("0.1")) == 10);
    CHECK(money(QStringLiteral("0.125")) == 13);
    CHECK(money(QStringLiteral("0.115")) == 12);
    CHECK(money(QStringLiteral("0.1149")) == 11);
    CHECK(money(QStringLiteral("-0.125")) == -13);
    CHECK(money(QStringLiteral("-0.124")) == -12);
    CHECK(money(QStringLiteral("1,234.565")) == 123457);
    CHECK(money(QStringLiteral("2.6749")) == 267);
    CHECK(money(QStringLiteral("2,6750")) == 268);
    // One separator and three digits is a thousands separator, as in "1.234" euros.
    CHECK(money(QStringLiteral("2.675")) == 267500);
    CHECK(money(QStringLiteral("0.005")) == 1);
    CHECK(money(QStringLiteral("-0.005")) == -1);
    // Digits of the currency: JPY has none, KWD three.
    CHECK(money(QStringLiteral("1,500"), QStringLiteral("JPY")) == 1500);
    CHECK(money(QStringLiteral("1500.5"), QStringLiteral("JPY")) == 1501);
    CHECK(money(QStringLiteral("1.2345"), QStringLiteral("KWD")) == 1235);
    // A currency written in the text decides the digits and is reported.
    QString found;
    CHECK(parseMoney(QStringLiteral("¥1500"), QStringLiteral("EUR"), &found) == 1500);
    CHECK(found == QLatin1String("JPY"));
    CHECK(parseMoney(QStringLiteral("12.50 EUR"), QStringLiteral("USD"), &found) == 1250);
    CHECK(found == QLatin1String("EUR"));
    // Beyond doubles' exact range, still exact.
    CHECK(money(QStringLiteral("92233720368547758.07")) == Q_INT64_C(9223372036854775807));
    CHECK(money(QStringLiteral("12345678901234567.89")) == Q_INT64_C(1234567890123456789));
    CHECK_FALSE(money(QStringLiteral("92233720368547758.08")));
    CHECK_FALSE(money(QStringLiteral("92233720368547758.075")));
    CHECK_FALSE(money(QStringLiteral("1234567890123456789012")));
    CHECK_FALSE(money(QStringLiteral("")));
    CHECK_FALSE(money(QStringLiteral("free")));
}

TEST_CASE("quantities become thousandths")
{
    CHECK(parseQuantityMilli(QStringLiteral("2")) == 2000);
    CHECK(parseQuantityMilli(QStringLiteral("0.5")) == 500);
    CHECK(parseQuantityMilli(QStringLiteral("0,5")) == 500);
    CHECK(parseQuantityMilli(QStringLiteral("1.25")) == 1250);
    CHECK(parseQuantityMilli(QStringLiteral("0.0005")) == 1);
    CHECK(parseQuantityMilli(QStringLiteral("0.0004")) == 0);
    CHECK_FALSE(parseQuantityMilli(QStringLiteral("two")));
    CHECK_FALSE(parseQuantityMilli(QStringLiteral("€2")));
}

TEST_CASE("yes and no answers in several languages read as consent")
{
    for (const char *yes : {"yes", "YES", "Y", "true", "TRUE", "1", "ja", "Ja", "oui", "sí", "si", "x", "subscribed",
                            "opted_in", "Opted In", "opt-in", "confirmed"}) {
        INFO(yes);
        CHECK(parseBoolean(QString::fromUtf8(yes)) == true);
    }
    for (const char *no : {"no", "No", "N", "false", "0", "nein", "non", "unsubscribed", "opted_out", "not_subscribed",
                           "Not subscribed", "never_subscribed", "cleaned"}) {
        INFO(no);
        CHECK(parseBoolean(QString::fromUtf8(no)) == false);
    }
    CHECK_FALSE(parseBoolean(QStringLiteral("")).has_value());
    CHECK_FALSE(parseBoolean(QStringLiteral("maybe")).has_value());
    CHECK_FALSE(parseBoolean(QStringLiteral("pending")).has_value());
}

TEST_CASE("tags split on commas and semicolons trimmed and deduplicated")
{
    CHECK(splitTags(QStringLiteral("VIP, Sourdough"))
          == QStringList {QStringLiteral("VIP"), QStringLiteral("Sourdough")});
    CHECK(splitTags(QStringLiteral("Croissants; Weekly ;"))
          == QStringList {QStringLiteral("Croissants"), QStringLiteral("Weekly")});
    CHECK(splitTags(QStringLiteral("a,b;A , c,,b"))
          == QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(splitTags(QStringLiteral("* myContacts ::: Friends ::: Wholesale"))
          == QStringList {QStringLiteral("myContacts"), QStringLiteral("Friends"), QStringLiteral("Wholesale")});
    CHECK(splitTags(QStringLiteral("\"VIP\",\"Newsletter\""))
          == QStringList {QStringLiteral("VIP"), QStringLiteral("Newsletter")});
    CHECK(splitTags(QStringLiteral("Großhandel;großhandel")) == QStringList {QStringLiteral("Großhandel")});
    CHECK(splitTags(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("full names split into first and last names")
{
    auto split = [](const char *name) {
        const PersonName parts = splitFullName(QString::fromUtf8(name));
        return parts.first + QLatin1Char('|') + parts.last;
    };
    CHECK(split("Anna Müller") == QStringLiteral("Anna|Müller"));
    CHECK(split("  Anna   Müller ") == QStringLiteral("Anna|Müller"));
    CHECK(split("Müller, Anna") == QStringLiteral("Anna|Müller"));
    CHECK(split("van der Berg, Anna Maria") == QStringLiteral("Anna Maria|van der Berg"));
    CHECK(split("Mary Ann Smith") == QStringLiteral("Mary Ann|Smith"));
    CHECK(split("Ludwig van Beethoven") == QStringLiteral("Ludwig|van Beethoven"));
    CHECK(split("Anna Maria van der Berg") == QStringLiteral("Anna Maria|van der Berg"));
    CHECK(split("María de la Cruz") == QStringLiteral("María|de la Cruz"));
    CHECK(split("Charles de Gaulle") == QStringLiteral("Charles|de Gaulle"));
    CHECK(split("Robert De Niro") == QStringLiteral("Robert|De Niro"));
    CHECK(split("Cher") == QStringLiteral("Cher|"));
    CHECK(split("John Smith, Jr.") == QStringLiteral("John|Smith, Jr."));
    CHECK(split("") == QStringLiteral("|"));
    CHECK(joinName(QStringLiteral("Anna"), QStringLiteral("Müller")) == QStringLiteral("Anna Müller"));
    CHECK(joinName(QStringLiteral(" Anna "), QString()) == QStringLiteral("Anna"));
    CHECK(joinName(QString(), QStringLiteral("Müller")) == QStringLiteral("Müller"));
}

TEST_CASE("Google multi-values put the starred primary first")
{
    CHECK(splitMultiValue(QStringLiteral("a@x.com ::: * b@x.com ::: c@x.com"))
          == QStringList {QStringLiteral("b@x.com"), QStringLiteral("a@x.com"), QStringLiteral("c@x.com")});
    CHECK(splitMultiValue(QStringLiteral("+1 555 0100 ::: +1 555 0101"))
          == QStringList {QStringLiteral("+1 555 0100"), QStringLiteral("+1 555 0101")});
    CHECK(splitMultiValue(QStringLiteral("one")) == QStringList {QStringLiteral("one")});
    CHECK(firstValue(QStringLiteral("Work ::: * Home")) == QLatin1String("Home"));
    CHECK(firstValue(QStringLiteral("Work ::: Home")) == QLatin1String("Work"));
    CHECK(firstValue(QStringLiteral(" plain ")) == QLatin1String("plain"));
}

TEST_CASE("Shopify's leading apostrophe is removed from ids and phones")
{
    CHECK(stripLeadingApostrophe(QStringLiteral("'+15035550123")) == QLatin1String("+15035550123"));
    CHECK(stripLeadingApostrophe(QStringLiteral(" '02134")) == QLatin1String("02134"));
    CHECK(stripLeadingApostrophe(QStringLiteral("O'Brien")) == QLatin1String("O'Brien"));
    CHECK(stripLeadingApostrophe(QStringLiteral("12")) == QLatin1String("12"));
}

TEST_CASE("formula-like text is recognised and never evaluated")
{
    CHECK(looksLikeFormula(QStringLiteral("=1+2")));
    CHECK(looksLikeFormula(QStringLiteral("+49 171")));
    CHECK(looksLikeFormula(QStringLiteral("-minus")));
    CHECK(looksLikeFormula(QStringLiteral("@handle")));
    CHECK_FALSE(looksLikeFormula(QStringLiteral("Anna")));
    CHECK_FALSE(looksLikeFormula(QStringLiteral("")));
    // The value parsers do not compute it either: it is not a number, date or answer.
    CHECK_FALSE(parseMoney(QStringLiteral("=2*3"), QStringLiteral("EUR")));
    CHECK(parseDate(QStringLiteral("=DATE(2024,1,1)")).kind == ParsedDate::Kind::Invalid);
    CHECK_FALSE(parseBoolean(QStringLiteral("=TRUE()")).has_value());
    CHECK(firstValue(QStringLiteral("=HYPERLINK(\"http://evil\")")) == QStringLiteral("=HYPERLINK(\"http://evil\")"));
}
