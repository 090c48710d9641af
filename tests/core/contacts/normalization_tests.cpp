#include "contacts/contact.h"
#include "contacts/phonenumber.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("phone numbers normalize to E.164 in the business region")
{
    CHECK(PhoneNumber::normalize(QStringLiteral("(503) 555-0123"), QStringLiteral("US"))
          == QLatin1String("+15035550123"));
    CHECK(PhoneNumber::normalize(QStringLiteral("+1 503 555 0123"), QStringLiteral("DE"))
          == QLatin1String("+15035550123"));
    CHECK(PhoneNumber::normalize(QStringLiteral("030 901820"), QStringLiteral("DE")) == QLatin1String("+4930901820"));
    CHECK(PhoneNumber::normalize(QStringLiteral("0171/1234567"), QStringLiteral("DE"))
          == QLatin1String("+491711234567"));
    CHECK(PhoneNumber::normalize(QStringLiteral("020 7946 0018"), QStringLiteral("GB"))
          == QLatin1String("+442079460018"));
    // Shopify's leading apostrophe
    CHECK(PhoneNumber::normalize(QStringLiteral("'+33 6 12 34 56 78"), QStringLiteral("US"))
          == QLatin1String("+33612345678"));
}

TEST_CASE("phone numbers that cannot be E.164 keep their digits")
{
    CHECK(PhoneNumber::normalize(QStringLiteral("12-34"), QStringLiteral("US")) == QLatin1String("1234"));
    CHECK(PhoneNumber::normalize(QStringLiteral("+99 12"), QStringLiteral("US")) == QLatin1String("+9912"));
    CHECK(PhoneNumber::normalize(QStringLiteral("no digits"), QStringLiteral("US")).isEmpty());
}

TEST_CASE("what looks like a phone number")
{
    CHECK(PhoneNumber::looksLikePhone(QStringLiteral("+1 (503) 555-0123")));
    CHECK(PhoneNumber::looksLikePhone(QStringLiteral("555-0123 ext. 12")));
    CHECK(PhoneNumber::looksLikePhone(QStringLiteral("0171/1234567")));
    CHECK_FALSE(PhoneNumber::looksLikePhone(QStringLiteral("call me")));
    CHECK_FALSE(PhoneNumber::looksLikePhone(QStringLiteral("12")));
    CHECK_FALSE(PhoneNumber::looksLikePhone(QStringLiteral("=1+2")));
}

TEST_CASE("email addresses are checked and normalized")
{
    CHECK(EmailAddress::isValid(QStringLiteral("anna@example.com")));
    CHECK(EmailAddress::isValid(QStringLiteral("  first.last+cakes@bakery.co.uk ")));
    CHECK(EmailAddress::isValid(QStringLiteral("zoë@müller.de")));
    CHECK_FALSE(EmailAddress::isValid(QStringLiteral("bob@")));
    CHECK_FALSE(EmailAddress::isValid(QStringLiteral("@example.com")));
    CHECK_FALSE(EmailAddress::isValid(QStringLiteral("anna@localhost")));
    CHECK_FALSE(EmailAddress::isValid(QStringLiteral("anna example@x.com")));
    CHECK_FALSE(EmailAddress::isValid(QStringLiteral("anna..b@x.com")));
    CHECK_FALSE(EmailAddress::isValid(QStringLiteral("a@b@c.com")));
    CHECK(EmailAddress::normalize(QStringLiteral("  Anna@Example.COM ")) == QLatin1String("anna@example.com"));
}

TEST_CASE("birthdays with and without a year")
{
    const auto full = Birthday::fromIso(QStringLiteral("1984-05-14"));
    REQUIRE(full.has_value());
    CHECK(full->toIso() == QLatin1String("1984-05-14"));
    CHECK(full->ageOn(QDate(2026, 5, 13)) == 41);
    CHECK(full->ageOn(QDate(2026, 5, 14)) == 42);

    const auto yearless = Birthday::fromIso(QStringLiteral("--0229"));
    REQUIRE(yearless.has_value());
    CHECK(yearless->toIso() == QLatin1String("--02-29"));
    CHECK(yearless->ageOn(QDate(2026, 1, 1)) == -1);
    CHECK(yearless->nextOccurrence(QDate(2026, 3, 1)) == QDate(2027, 2, 28));
    CHECK(yearless->nextOccurrence(QDate(2027, 3, 1)) == QDate(2028, 2, 29));
    CHECK(Birthday::fromIso(QStringLiteral("05-14"))->toIso() == QLatin1String("--05-14"));

    CHECK_FALSE(Birthday::fromIso(QStringLiteral("2001-02-29")).has_value());
    CHECK_FALSE(Birthday::fromIso(QStringLiteral("tomorrow")).has_value());
    CHECK(Birthday {}.toIso().isEmpty());
}
