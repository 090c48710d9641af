#include "common/displayformat.h"
#include "common/translations.h"
#include "dashboard/dashboardcharts.h"

#include <QCoreApplication>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

/// Sets the default locale for one test and puts the previous one back.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale)
        : m_previous(QLocale())
    {
        QLocale::setDefault(locale);
    }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

} // namespace

TEST_CASE("Amounts are shown whole, compact and in full in the user's locale")
{
    LocaleScope scope(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(display::money(Money {123456, QStringLiteral("USD")}) == QStringLiteral("$1,234.56"));
    CHECK(display::wholeMoney(Money {123450, QStringLiteral("USD")}) == QStringLiteral("$1,235"));
    CHECK(display::wholeMoney(Money {123449, QStringLiteral("USD")}) == QStringLiteral("$1,234"));
    CHECK(display::wholeMoney(Money {-150, QStringLiteral("USD")}) == QStringLiteral("-$2"));
    CHECK(display::wholeMoney(Money {1500, QStringLiteral("JPY")}) == QStringLiteral("JPY 1,500"));
    CHECK(display::compactMoney(Money {99900, QStringLiteral("USD")}) == QStringLiteral("$999"));
    CHECK(display::compactMoney(Money {250000, QStringLiteral("USD")}) == QStringLiteral("$2.5k"));
    CHECK(display::compactMoney(Money {500000, QStringLiteral("USD")}) == QStringLiteral("$5k"));
    CHECK(display::compactMoney(Money {999900, QStringLiteral("USD")}) == QStringLiteral("$10k"));
    CHECK(display::compactMoney(Money {1234567, QStringLiteral("USD")}) == QStringLiteral("$12.3k"));
    CHECK(display::compactMoney(Money {250000000, QStringLiteral("USD")}) == QStringLiteral("$2.5M"));
    CHECK(display::compactMoney(Money {-1234567, QStringLiteral("USD")}) == QStringLiteral("-$12.3k"));
}

TEST_CASE("Amounts follow a German locale")
{
    LocaleScope scope(QLocale(QLocale::German, QLocale::Germany));
    // The locale's own format: the symbol after the amount, apart from it by a no-break space.
    CHECK(display::wholeMoney(Money {123456, QStringLiteral("EUR")}) == QStringLiteral("1.235\u00a0€"));
    CHECK(display::money(Money {123456, QStringLiteral("EUR")}) == QStringLiteral("1.234,56\u00a0€"));
    CHECK(display::money(Money {-150, QStringLiteral("EUR")}) == QStringLiteral("-1,50\u00a0€"));
    CHECK(display::compactMoney(Money {250000, QStringLiteral("EUR")}) == QStringLiteral("2,5k\u00a0€"));
    CHECK(display::money(Money {995, QStringLiteral("USD")}) == QStringLiteral("9,95\u00a0USD"));
}

TEST_CASE("Dates show a four-digit year and relative days")
{
    LocaleScope scope(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(display::date(QDate(2026, 3, 5)) == QStringLiteral("3/5/2026"));
    CHECK(display::date(QDate()).isEmpty());
    const QDate today(2026, 3, 15);
    CHECK(display::relativeDay(today, today) == QStringLiteral("Today"));
    CHECK(display::relativeDay(today.addDays(1), today) == QStringLiteral("Tomorrow"));
    CHECK(display::relativeDay(today.addDays(-1), today) == QStringLiteral("Yesterday"));
    CHECK(display::relativeDay(today.addDays(5), today) == QStringLiteral("3/20/2026"));
}

TEST_CASE("Chart axes step in round numbers")
{
    CHECK(DashboardCharts::niceStep(0) == 1);
    CHECK(DashboardCharts::niceStep(100) == 25);
    CHECK(DashboardCharts::niceStep(9000) == 2500);
    CHECK(DashboardCharts::niceStep(12000) == 5000);
    CHECK(DashboardCharts::niceStep(3.2) == 1);
    CHECK(DashboardCharts::niceStep(41000, 4) == 20000);
    CHECK(DashboardCharts::niceStep(45000, 4) == 20000);
    CHECK(DashboardCharts::niceStep(90000, 4) == 25000);
}

TEST_CASE("Translations load for German and French, and English has its plural forms")
{
    REQUIRE(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    CHECK(QCoreApplication::translate("clientele::Sidebar", "Contacts") == QStringLiteral("Kontakte"));
    CHECK(QCoreApplication::translate("clientele::MainWindow", "&File") == QStringLiteral("&Datei"));
    CHECK(QCoreApplication::translate("clientele::FirstRunDialog", "Start empty") == QStringLiteral("Leer beginnen"));

    REQUIRE(installTranslations(QLocale(QLocale::French, QLocale::France)));
    CHECK(QCoreApplication::translate("clientele::MainWindow", "&File") == QStringLiteral("&Fichier"));
    CHECK(QCoreApplication::translate("clientele::Sidebar", "Follow-ups") == QStringLiteral("Relances"));

    REQUIRE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    CHECK(QCoreApplication::translate("clientele::MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(QCoreApplication::translate("clientele::MainWindow", "%Ln contact(s)", nullptr, 1)
          == QStringLiteral("1 contact"));
    CHECK(QCoreApplication::translate("clientele::MainWindow", "%Ln contact(s)", nullptr, 214)
          == QStringLiteral("214 contacts"));
    // A language without a translation falls back to English text with English plurals.
    CHECK_FALSE(installTranslations(QLocale(QLocale::Japanese, QLocale::Japan)));
    CHECK(QCoreApplication::translate("clientele::MainWindow", "%Ln order(s)", nullptr, 2)
          == QStringLiteral("2 orders"));
}
