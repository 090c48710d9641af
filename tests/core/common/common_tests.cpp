#include "qtcatch.h"

#include "common/clock.h"
#include "common/money.h"
#include "common/timeformat.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace clientele;

TEST_CASE("money formats from integer minor units without losing a cent")
{
    CHECK(currencyDigits(QStringLiteral("EUR")) == 2);
    CHECK(currencyDigits(QStringLiteral("jpy")) == 0);
    CHECK(currencyDigits(QStringLiteral("KWD")) == 3);
    CHECK(formatMoney({1250, QStringLiteral("USD")}, QStringLiteral("en_US")) == QStringLiteral("$12.50"));
    CHECK(formatMoney({-5, QStringLiteral("USD")}, QStringLiteral("en_US")) == QStringLiteral("-$0.05"));
    CHECK(formatMoney({123456789, QStringLiteral("USD")}, QStringLiteral("en_US")) == QStringLiteral("$1,234,567.89"));
    CHECK(formatMoney({1500, QStringLiteral("JPY")}, QStringLiteral("ja_JP")).endsWith(QStringLiteral("1,500")));
    // 2^53 + 1 cents is where a double would start to drop cents.
    CHECK(formatMoney({9007199254740993LL, QStringLiteral("USD")}, QStringLiteral("en_US"))
              .endsWith(QStringLiteral(".93")));
    // A currency foreign to the locale is shown by its code.
    CHECK(formatMoney({995, QStringLiteral("EUR")}, QStringLiteral("en_US")) == QStringLiteral("EUR 9.95"));
    // Where the symbol goes is the locale's: before in Irish English, after in German.
    CHECK(formatMoney({123456, QStringLiteral("EUR")}, QStringLiteral("en_IE")) == QStringLiteral("€1,234.56"));
    CHECK(formatMoney({123456, QStringLiteral("EUR")}, QStringLiteral("de_DE")) == QStringLiteral("1.234,56\u00a0€"));
    CHECK(formatMoney({-5, QStringLiteral("EUR")}, QStringLiteral("de_DE")) == QStringLiteral("-0,05\u00a0€"));
    CHECK(formatMoney({995, QStringLiteral("USD")}, QStringLiteral("de_DE")) == QStringLiteral("9,95\u00a0USD"));
}

TEST_CASE("plain amounts have exactly the currency's minor digits, whatever the locale")
{
    CHECK(plainAmount(124900, QStringLiteral("EUR")) == QStringLiteral("1249.00"));
    CHECK(plainAmount(5, QStringLiteral("EUR")) == QStringLiteral("0.05"));
    CHECK(plainAmount(0, QStringLiteral("USD")) == QStringLiteral("0.00"));
    CHECK(plainAmount(-5, QStringLiteral("EUR")) == QStringLiteral("-0.05"));
    CHECK(plainAmount(-123456, QStringLiteral("EUR")) == QStringLiteral("-1234.56"));
    CHECK(plainAmount(1500, QStringLiteral("JPY")) == QStringLiteral("1500"));
    CHECK(plainAmount(1500, QStringLiteral("KWD")) == QStringLiteral("1.500"));
    // 2^53 + 1 cents: a double would print ...92.
    CHECK(plainAmount(9007199254740993LL, QStringLiteral("USD")) == QStringLiteral("90071992547409.93"));
    CHECK(plainAmount(std::numeric_limits<qint64>::min(), QStringLiteral("EUR"))
          == QStringLiteral("-92233720368547758.08"));

    CHECK(plainDecimal(500, 3) == QStringLiteral("0.5"));
    CHECK(plainDecimal(2000, 3) == QStringLiteral("2"));
    CHECK(plainDecimal(1250, 3) == QStringLiteral("1.25"));
    CHECK(plainDecimal(1900, 2) == QStringLiteral("19"));
    CHECK(plainDecimal(750, 2) == QStringLiteral("7.5"));
    CHECK(plainDecimal(0, 2) == QStringLiteral("0"));
    CHECK(plainDecimal(10, 0) == QStringLiteral("10"));
    CHECK(plainDecimal(-50, 2) == QStringLiteral("-0.5"));
}

TEST_CASE("plain amounts are parsed strictly, to exact minor units")
{
    const auto eur = [](const QString &text, NumberSign sign = NumberSign::NonNegative) {
        return parsePlainAmount(text, QStringLiteral("EUR"), sign);
    };
    CHECK(*eur(QStringLiteral("12.50")) == 1250);
    CHECK(*eur(QStringLiteral("12.5")) == 1250);
    CHECK(*eur(QStringLiteral("12")) == 1200);
    CHECK(*eur(QStringLiteral("0.01")) == 1);
    CHECK(*eur(QStringLiteral("0")) == 0);
    CHECK(*eur(QStringLiteral("007.10")) == 710);
    CHECK(*eur(QStringLiteral(" 4.50 ")) == 450);
    CHECK(*eur(QStringLiteral("-3.20"), NumberSign::Any) == -320);
    // 2^53 + 1 cents survive, which a double would not.
    CHECK(*eur(QStringLiteral("90071992547409.93")) == 9007199254740993LL);
    CHECK(*eur(QStringLiteral("92233720368547758.07")) == std::numeric_limits<qint64>::max());
    CHECK(*eur(QStringLiteral("-92233720368547758.08"), NumberSign::Any) == std::numeric_limits<qint64>::min());
    CHECK(*parsePlainAmount(QStringLiteral("1500"), QStringLiteral("JPY")) == 1500);
    CHECK(*parsePlainAmount(QStringLiteral("1.234"), QStringLiteral("KWD")) == 1234);

    const auto tooPrecise = eur(QStringLiteral("12.345"));
    REQUIRE_FALSE(tooPrecise.ok());
    CHECK(tooPrecise.error().kind == Error::Kind::Validation);
    CHECK(tooPrecise.errorMessage() == QStringLiteral("\"12.345\" has more decimals than EUR allows (2)"));
    const auto yen = parsePlainAmount(QStringLiteral("12.5"), QStringLiteral("jpy"));
    REQUIRE_FALSE(yen.ok());
    CHECK(yen.errorMessage() == QStringLiteral("\"12.5\" has more decimals than JPY allows (0)"));
    // A zero past the precision is still a decimal the currency does not have: never rounded.
    CHECK_FALSE(eur(QStringLiteral("12.500")).ok());

    for (const char *text : {"1,000.00", "1.000,00", "12,50", "1 000", "1e3", "1E3", "+5", "0x10", ".5", "5.", "1.2.3",
                             "12.50 EUR", "€12.50", "--1", "", "   ", "١٢"}) {
        INFO(text);
        const auto parsed = eur(QString::fromUtf8(text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == Error::Kind::Validation);
    }
    CHECK(eur(QStringLiteral("1,000")).errorMessage().startsWith(QStringLiteral("\"1,000\" is not a plain number")));
    CHECK(eur(QStringLiteral("-1")).errorMessage() == QStringLiteral("\"-1\" cannot be negative"));
    CHECK(eur(QStringLiteral("0"), NumberSign::Positive).errorMessage()
          == QStringLiteral("\"0\" must be more than zero"));
    CHECK(eur(QStringLiteral("92233720368547758.08")).errorMessage()
          == QStringLiteral("\"92233720368547758.08\" is too large"));
    CHECK_FALSE(eur(QStringLiteral("99999999999999999999")).ok());
}

TEST_CASE("plain quantities and rates are parsed strictly to their scale")
{
    CHECK(*parsePlainDecimal(QStringLiteral("0.5"), 3, NumberSign::Positive) == 500);
    CHECK(*parsePlainDecimal(QStringLiteral("2"), 3, NumberSign::Positive) == 2000);
    CHECK(*parsePlainDecimal(QStringLiteral("0.125"), 3, NumberSign::Positive) == 125);
    CHECK(*parsePlainDecimal(QStringLiteral("7.5"), 2) == 750);
    CHECK(*parsePlainDecimal(QStringLiteral("19"), 2) == 1900);
    CHECK(*parsePlainDecimal(QStringLiteral("0"), 2) == 0);

    const auto fine = parsePlainDecimal(QStringLiteral("0.0005"), 3, NumberSign::Positive);
    REQUIRE_FALSE(fine.ok());
    CHECK(fine.errorMessage() == QStringLiteral("\"0.0005\" has more decimals than allowed (3)"));
    CHECK(parsePlainDecimal(QStringLiteral("0"), 3, NumberSign::Positive).errorMessage()
          == QStringLiteral("\"0\" must be more than zero"));
    CHECK(parsePlainDecimal(QStringLiteral("0.000"), 3, NumberSign::Positive).errorMessage()
          == QStringLiteral("\"0.000\" must be more than zero"));
    CHECK(parsePlainDecimal(QStringLiteral("-1"), 3, NumberSign::Positive).errorMessage()
          == QStringLiteral("\"-1\" must be more than zero"));
    CHECK(parsePlainDecimal(QStringLiteral("12"), 0).ok());
    CHECK(parsePlainDecimal(QStringLiteral("1.5"), 0).errorMessage()
          == QStringLiteral("\"1.5\" has more decimals than allowed (0)"));
    CHECK(parsePlainDecimal(QStringLiteral("7,5"), 2)
              .errorMessage()
              .startsWith(QStringLiteral("\"7,5\" is not a plain number")));
}

TEST_CASE("amounts and quantities typed in an editor follow the locale and stay exact")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::Ireland);
    const QString eur = QStringLiteral("EUR");
    CHECK(*parseTypedAmount(QStringLiteral("12,50"), eur, german) == 1250);
    CHECK(*parseTypedAmount(QStringLiteral("1.234,5"), eur, german) == 123450);
    CHECK(*parseTypedAmount(QStringLiteral("1 234,56 €"), eur, german) == 123456);
    CHECK(*parseTypedAmount(QStringLiteral("€1,234.56"), eur, english) == 123456);
    CHECK(*parseTypedAmount(QStringLiteral("1234.56 EUR"), eur, english) == 123456);
    CHECK(*parseTypedAmount(QStringLiteral("-2,00"), eur, german, NumberSign::Any) == -200);
    CHECK(*parseTypedDecimal(QStringLiteral("0,5"), 3, german) == 500);
    CHECK(*parseTypedDecimal(QStringLiteral("2.5"), 3, english) == 2500);

    // "12.50" in a German form is a mistake, not twelve hundred and fifty.
    const auto misplaced = parseTypedAmount(QStringLiteral("12.50"), eur, german);
    REQUIRE_FALSE(misplaced.ok());
    CHECK(misplaced.error().kind == Error::Kind::Validation);
    CHECK(misplaced.errorMessage() == QStringLiteral("\"12.50\" is not a number such as 1234,50"));
    const auto tooPrecise = parseTypedAmount(QStringLiteral("4,555"), eur, german);
    REQUIRE_FALSE(tooPrecise.ok());
    CHECK(tooPrecise.errorMessage() == QStringLiteral("\"4,555\" has more decimals than EUR allows (2)"));
    CHECK_FALSE(parseTypedAmount(QStringLiteral("12,3,4"), eur, german).ok());
    CHECK_FALSE(parseTypedAmount(QStringLiteral("1,2345.00"), eur, english).ok());
    CHECK_FALSE(parseTypedAmount(QStringLiteral("-1,00"), eur, german).ok());
    CHECK_FALSE(parseTypedDecimal(QStringLiteral("0"), 3, german, NumberSign::Positive).ok());
    CHECK_FALSE(parseTypedDecimal(QString(), 3, german).ok());

    CHECK(typedDecimal(500, 3, german) == QStringLiteral("0,5"));
    CHECK(typedDecimal(2000, 3, english) == QStringLiteral("2"));
    CHECK(typedDecimal(1250, 2, english, 2) == QStringLiteral("12.50"));
    CHECK(typedDecimal(1200, 2, german, 2) == QStringLiteral("12,00"));
    CHECK(typedDecimal(-5, 2, english, 2) == QStringLiteral("-0.05"));

    CHECK(typedPercent(750, german) == QStringLiteral("7,5\u202f%"));
    CHECK(typedPercent(1900, english) == QStringLiteral("19\u202f%"));
    bool hadSign = false;
    CHECK(withoutPercentSign(QStringLiteral(" 10 % "), german, &hadSign) == QStringLiteral("10"));
    CHECK(hadSign);
    CHECK(withoutPercentSign(QStringLiteral("7,5%"), german, &hadSign) == QStringLiteral("7,5"));
    CHECK(hadSign);
    CHECK(withoutPercentSign(QStringLiteral(" 2,00 "), german, &hadSign) == QStringLiteral("2,00"));
    CHECK_FALSE(hadSign);
}

TEST_CASE("times are stored as UTC ISO-8601 and dates as ISO dates")
{
    const QDateTime local(QDate(2026, 7, 1), QTime(14, 30, 15, 250), Qt::OffsetFromUTC, 2 * 3600);
    CHECK(toStoredTime(local) == QStringLiteral("2026-07-01T12:30:15.250Z"));
    CHECK(fromStoredTime(QStringLiteral("2026-07-01T12:30:15.250Z")) == local);
    CHECK(fromStoredTime(QStringLiteral("2026-07-01T12:30:15Z")).isValid());
    CHECK(toStoredTime(QDateTime()).isEmpty());
    CHECK_FALSE(fromStoredTime(QString()).isValid());
    CHECK(toStoredDate(QDate(2026, 2, 3)) == QStringLiteral("2026-02-03"));
    CHECK(fromStoredDate(QStringLiteral("2026-02-03")) == QDate(2026, 2, 3));
}

TEST_CASE("a fixed clock stands still until moved")
{
    FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC));
    CHECK(clock.nowUtc() == clock.nowUtc());
    clock.advanceSecs(3600);
    CHECK(clock.today() == QDate(2027, 1, 1));
}
