#include "fixturecsv.h"

#include "import/mapping/columnmapping.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

MapperOptions options(const QString &file = QStringLiteral("customers.csv"))
{
    MapperOptions o;
    o.sourceName = file;
    o.today = QDate(2026, 3, 15);
    o.phoneRegion = QStringLiteral("US");
    o.timeZone = QTimeZone("America/Chicago"); // times without an offset are read there
    return o;
}

QList<ContactRecord> mapFixture(const char *fixture, MapperOptions o = options())
{
    const QList<RawRow> rows = readLayoutFixture(QString::fromUtf8(fixture));
    const ColumnMapping mapping = MappingDetector::detect(rows, ImportEntity::Contacts);
    ContactRowMapper mapper(mapping, o);
    QList<RawRow> data;
    for (const RawRow &row : rows) {
        if (row.line > mapping.headerLine)
            data.append(row);
    }
    mapper.learn(data);
    QList<ContactRecord> records;
    for (const RawRow &row : std::as_const(data))
        records.append(mapper.map(row));
    return records;
}

QStringList values(const QList<ContactMethod> &methods)
{
    QStringList result;
    for (const ContactMethod &m : methods)
        result.append(m.value);
    return result;
}

QStringList labels(const QList<ContactMethod> &methods)
{
    QStringList result;
    for (const ContactMethod &m : methods)
        result.append(m.label);
    return result;
}

ColumnMapping simpleMapping(const QStringList &headers, const QStringList &fields)
{
    ColumnMapping mapping;
    mapping.headerLine = 1;
    mapping.headers = headers;
    mapping.fields = fields;
    return mapping;
}

} // namespace

TEST_CASE("Google contacts unpack multi-values with the starred primary first")
{
    const QList<ContactRecord> records = mapFixture("google_contacts.csv");
    REQUIRE(records.size() == 2);
    const ContactRecord &carla = records.at(0);
    CHECK(carla.row == 2);
    CHECK(carla.rejectReason.isEmpty());
    CHECK(carla.warnings.isEmpty());
    const Contact &c = carla.contact;
    CHECK(c.firstName == QStringLiteral("Carla"));
    CHECK(c.lastName == QStringLiteral("Gómez"));
    CHECK(c.displayName == QStringLiteral("Carla Gómez"));
    CHECK(c.birthday == Birthday {1984, 5, 14});
    CHECK(c.notes == QLatin1String("Met at the market"));
    CHECK(c.tags == QStringList {QStringLiteral("Friends"), QStringLiteral("Wholesale")});
    CHECK(values(c.emails)
          == QStringList {QStringLiteral("carla.gomez@work.example"), QStringLiteral("carla@example.com"),
                          QStringLiteral("carla.home@example.com")});
    CHECK(labels(c.emails) == QStringList {QStringLiteral("other"), QStringLiteral("other"), QStringLiteral("home")});
    REQUIRE(c.emails.size() == 3);
    CHECK(c.emails.at(0).primary);
    CHECK_FALSE(c.emails.at(1).primary);
    CHECK(c.emails.at(0).normalized == QLatin1String("carla.gomez@work.example"));
    CHECK(values(c.phones)
          == QStringList {QStringLiteral("+34 612 345 678"), QStringLiteral("+34 699 000 111"),
                          QStringLiteral("+34 91 123 45 67")});
    CHECK(labels(c.phones) == QStringList {QStringLiteral("mobile"), QStringLiteral("mobile"), QStringLiteral("work")});
    REQUIRE(c.phones.size() == 3);
    CHECK(c.phones.at(0).normalized == QLatin1String("+34612345678"));
    CHECK(c.phones.at(0).primary);
    CHECK(c.address.street == QLatin1String("Calle Mayor 1"));
    CHECK(c.address.city == QLatin1String("Madrid"));
    CHECK(c.address.region == QLatin1String("Madrid"));
    CHECK(c.address.postalCode == QLatin1String("28013"));
    CHECK(c.address.country == QLatin1String("Spain"));
    CHECK(carla.companyName == QStringLiteral("Panadería Gómez"));
    CHECK(c.jobTitle == QLatin1String("Owner"));
    CHECK(values(c.websites) == QStringList {QStringLiteral("https://gomez.example")});

    // The multi-line formatted address made Carla's record span lines 2-3.
    const ContactRecord &dieter = records.at(1);
    CHECK(dieter.row == 4);
    CHECK(dieter.rejectReason.isEmpty());
    CHECK(dieter.contact.firstName == QLatin1String("Dieter"));
    CHECK(dieter.contact.lastName.isEmpty());
    CHECK(dieter.contact.birthday == Birthday {0, 3, 2});
    CHECK(dieter.contact.tags.isEmpty());
}

TEST_CASE("Google 2023 contacts use the Label columns and drop system labels")
{
    const QList<ContactRecord> records = mapFixture("google_contacts_2023.csv");
    REQUIRE(records.size() == 1);
    const Contact &lena = records.first().contact;
    CHECK(lena.displayName == QLatin1String("Lena Fischer"));
    CHECK(records.first().companyName == QLatin1String("Blumen Fischer"));
    CHECK(lena.jobTitle == QLatin1String("Florist"));
    CHECK(lena.tags == QStringList {QStringLiteral("Florists")});
    CHECK(labels(lena.emails) == QStringList {QStringLiteral("work")});
    CHECK(values(lena.phones) == QStringList {QStringLiteral("+49 171 1234567")});
    CHECK(labels(lena.phones) == QStringList {QStringLiteral("mobile")});
    CHECK(lena.birthday == Birthday {1990, 11, 2});
    CHECK(lena.address.postalCode == QLatin1String("20095"));
}

TEST_CASE("Shopify customers lose the leading apostrophes and keep formulas verbatim")
{
    const QList<ContactRecord> records = mapFixture("shopify_customers.csv");
    REQUIRE(records.size() == 2);
    const ContactRecord &anna = records.at(0);
    CHECK(anna.warnings.isEmpty());
    CHECK(anna.contact.displayName == QStringLiteral("Anna Müller"));
    CHECK(anna.companyName == QStringLiteral("Café Lumière"));
    CHECK(anna.contact.address.street == QStringLiteral("Hauptstraße 5\n2. OG"));
    CHECK(anna.contact.address.region == QLatin1String("Berlin"));
    CHECK(anna.contact.address.country == QLatin1String("Germany"));
    CHECK(anna.contact.address.postalCode == QLatin1String("10115"));
    CHECK(values(anna.contact.phones) == QStringList {QStringLiteral("+49 30 901820")});
    REQUIRE(anna.contact.phones.size() == 1);
    CHECK(anna.contact.phones.first().normalized == QLatin1String("+4930901820"));
    CHECK(anna.contact.tags == QStringList {QStringLiteral("VIP"), QStringLiteral("Sourdough")});
    CHECK(anna.contact.notes == QLatin1String("Allergic to nuts"));
    CHECK(anna.contact.consent.emailMarketing == true);
    CHECK(anna.contact.consent.date == QDate(2026, 3, 15));
    CHECK(anna.contact.consent.source == QLatin1String("import: customers.csv"));

    const ContactRecord &bob = records.at(1);
    CHECK(values(bob.contact.emails) == QStringList {QStringLiteral("BOB@Example.COM")});
    CHECK(bob.contact.emails.first().normalized == QLatin1String("bob@example.com"));
    CHECK(bob.contact.address.postalCode == QLatin1String("02134"));
    CHECK(bob.contact.consent.emailMarketing == false);
    // A formula is plain text: stored exactly as written, never computed.
    CHECK(bob.contact.notes == QStringLiteral("=HYPERLINK(\"http://evil\")"));
}

TEST_CASE("the 2023 Shopify export keeps the customer id and one copy of a repeated phone")
{
    const QList<ContactRecord> records = mapFixture("shopify_customers_2023.csv");
    REQUIRE(records.size() == 1);
    const ContactRecord &zoe = records.first();
    CHECK(zoe.externalId == QLatin1String("7012345678901"));
    CHECK(zoe.contact.displayName == QStringLiteral("Zoë Durand"));
    CHECK(values(zoe.contact.phones) == QStringList {QStringLiteral("+33 6 12 34 56 78")});
    CHECK(zoe.contact.address.country == QLatin1String("FR"));
    CHECK(zoe.contact.address.postalCode == QLatin1String("75002"));
    CHECK(zoe.contact.tags == QStringList {QStringLiteral("Croissants"), QStringLiteral("Weekly")});
}

TEST_CASE("Square birthdays without a year and US dates are read")
{
    const QList<ContactRecord> records = mapFixture("square_customers.csv");
    REQUIRE(records.size() == 2);
    const ContactRecord &hana = records.at(0);
    CHECK(hana.warnings.isEmpty());
    CHECK(hana.contact.birthday == Birthday {0, 5, 14});
    CHECK(hana.contact.birthday.toIso() == QLatin1String("--05-14"));
    CHECK(hana.externalId == QLatin1String("C-1001"));
    CHECK(hana.contact.notes == QLatin1String("Oat milk"));
    CHECK(hana.contact.createdAt == QDateTime(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC));
    CHECK(hana.contact.consent.emailMarketing == true);
    CHECK(hana.contact.address.street == QLatin1String("500 Mission St"));

    const ContactRecord &ivan = records.at(1);
    CHECK(ivan.externalId == QLatin1String("9ABCDEF123456"));
    CHECK(ivan.contact.birthday == Birthday {1979, 12, 24});
    CHECK(ivan.contact.consent.emailMarketing == false);
    REQUIRE(ivan.contact.phones.size() == 1);
    CHECK(ivan.contact.phones.first().normalized == QLatin1String("+14155550199"));
}

TEST_CASE("Outlook's 0/0/00 dates are empty and US birthdays read month first")
{
    const QList<ContactRecord> records = mapFixture("outlook_contacts.csv");
    REQUIRE(records.size() == 2);
    const ContactRecord &frank = records.at(0);
    CHECK(frank.warnings.isEmpty());
    CHECK(frank.contact.birthday == Birthday {1975, 7, 4});
    CHECK(values(frank.contact.phones)
          == QStringList {QStringLiteral("(503) 555-0101"), QStringLiteral("(503) 555-0102"),
                          QStringLiteral("(503) 555-0103")});
    CHECK(labels(frank.contact.phones)
          == QStringList {QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("mobile")});
    CHECK(frank.contact.phones.first().primary);
    CHECK(values(frank.contact.emails)
          == QStringList {QStringLiteral("frank@olsen.example"), QStringLiteral("f.olsen@home.example")});
    CHECK(frank.contact.address.street == QLatin1String("22 Elm St"));
    CHECK(frank.contact.address.region == QLatin1String("OR"));
    CHECK(frank.contact.tags == QStringList {QStringLiteral("Caterer"), QStringLiteral("Wholesale")});
    CHECK(frank.companyName == QLatin1String("Olsen Catering"));
    CHECK(frank.contact.jobTitle == QLatin1String("Chef"));

    const ContactRecord &gina = records.at(1);
    CHECK(gina.warnings.isEmpty());
    CHECK(gina.contact.birthday.isNull());
    CHECK(gina.contact.displayName == QLatin1String("Gina Park"));
}

TEST_CASE("German Outlook headers map and birthdays read day first")
{
    const QList<ContactRecord> records = mapFixture("outlook_contacts_de.csv");
    REQUIRE(records.size() == 1);
    const ContactRecord &j = records.first();
    CHECK(j.warnings.isEmpty());
    CHECK(j.contact.displayName == QStringLiteral("Jürgen Weiß"));
    CHECK(j.contact.birthday == Birthday {1970, 4, 3});
    CHECK(j.contact.address.street == QStringLiteral("Lindenstraße 3"));
    CHECK(j.contact.address.city == QStringLiteral("München"));
    CHECK(labels(j.contact.phones) == QStringList {QStringLiteral("work"), QStringLiteral("mobile")});
    CHECK(j.contact.tags == QStringList {QStringLiteral("Stammkunde"), QStringLiteral("Großhandel")});
    CHECK(j.contact.notes == QLatin1String("Liefert dienstags"));
    CHECK(j.companyName == QStringLiteral("Bäckerei Weiß"));
}

TEST_CASE("Mailchimp members are subscribed with their confirmation date")
{
    const QList<ContactRecord> records = mapFixture("mailchimp_audience.csv", options(QStringLiteral("members.csv")));
    REQUIRE(records.size() == 1);
    const Contact &kim = records.first().contact;
    CHECK(records.first().warnings.isEmpty());
    CHECK(kim.consent.emailMarketing == true);
    CHECK(kim.consent.date
          == QDateTime(QDate(2023, 1, 10), QTime(9, 5, 12), QTimeZone("America/Chicago")).toUTC().date());
    CHECK(kim.consent.source == QLatin1String("import: members.csv"));
    CHECK(kim.birthday == Birthday {0, 7, 15});
    CHECK(kim.tags == QStringList {QStringLiteral("VIP"), QStringLiteral("Newsletter")});
    CHECK(kim.address.street == QLatin1String("1 Main St  Springfield IL 62701 US"));
}

TEST_CASE("a consent time is dated on the business's local day")
{
    // 09:05 on 10 January in Auckland is 20:05 on 9 January in UTC: the consent is of the 10th.
    MapperOptions nz = options(QStringLiteral("members.csv"));
    nz.timeZone = QTimeZone("Pacific/Auckland");
    const QList<ContactRecord> records = mapFixture("mailchimp_audience.csv", nz);
    REQUIRE(records.size() == 1);
    CHECK(records.first().contact.consent.date == QDate(2023, 1, 10));
}

TEST_CASE("HubSpot contacts keep the record id and a mobile number")
{
    const QList<ContactRecord> records = mapFixture("hubspot_contacts.csv");
    REQUIRE(records.size() == 1);
    const ContactRecord &jane = records.first();
    CHECK(jane.externalId == QLatin1String("51"));
    CHECK(labels(jane.contact.phones) == QStringList {QString(), QStringLiteral("mobile")});
    CHECK(jane.contact.createdAt == QDateTime(QDate(2024, 2, 29), QTime(13, 45), QTimeZone("America/Chicago")).toUTC());
    CHECK(jane.companyName == QLatin1String("Acme Corp"));
    CHECK(jane.contact.address.country == QLatin1String("United States"));
}

TEST_CASE("a row with too many cells is rejected and one with too few is warned about")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("City")},
                        {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("city")});
    ContactRowMapper mapper(mapping, options());

    const ContactRecord shifted = mapper.map({7,
                                              {QStringLiteral("Anna"), QStringLiteral("Müller"),
                                               QStringLiteral("anna@example.com"), QStringLiteral("Berlin")}});
    CHECK(shifted.row == 7);
    CHECK(shifted.rejectReason.contains(QLatin1String("Row 7")));
    CHECK(shifted.rejectReason.contains(QLatin1String("4 cells")));
    CHECK(shifted.rejectReason.contains(QLatin1String("header has 3")));

    // Empty cells after the last column (a trailing delimiter) shift nothing.
    const ContactRecord trailing = mapper.map(
        {8, {QStringLiteral("Anna"), QStringLiteral("a@example.com"), QStringLiteral("Berlin"), QString()}});
    CHECK(trailing.rejectReason.isEmpty());
    CHECK(trailing.warnings.isEmpty());

    const ContactRecord shortRow = mapper.map({9, {QStringLiteral("Bob Smith"), QStringLiteral("bob@example.com")}});
    CHECK(shortRow.rejectReason.isEmpty());
    REQUIRE(shortRow.warnings.size() == 1);
    CHECK(shortRow.warnings.first().row == 9);
    CHECK(shortRow.warnings.first().outcome == ImportIssue::Outcome::Warning);
    CHECK(shortRow.warnings.first().message.contains(QLatin1String("2 cells")));
    CHECK(shortRow.contact.firstName == QLatin1String("Bob"));
    CHECK(shortRow.contact.lastName == QLatin1String("Smith"));
    CHECK(shortRow.contact.address.city.isEmpty());
}

TEST_CASE("a row without name email or phone is rejected with its reason")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Notes")},
                        {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("notes")});
    ContactRowMapper mapper(mapping, options());
    const ContactRecord record = mapper.map({5, {QString(), QStringLiteral("not-an-email"), QStringLiteral("hello")}});
    CHECK(record.rejectReason == QLatin1String("Row 5 has no name, no e-mail address and no phone number."));
    const ContactRecord emailOnly = mapper.map({6, {QString(), QStringLiteral("x@example.com"), QString()}});
    CHECK(emailOnly.rejectReason.isEmpty());
    // Known by the e-mail's local part until a name is typed, and said so.
    CHECK(emailOnly.contact.displayName == QLatin1String("x"));
    REQUIRE(emailOnly.warnings.size() == 1);
    CHECK(emailOnly.warnings.first().message.startsWith(QLatin1String("Row 6 has no name")));
}

TEST_CASE("a row without a person's name is known by its company email or phone")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("Company"), QStringLiteral("Email"), QStringLiteral("Phone")},
                        {QStringLiteral("company"), QStringLiteral("email"), QStringLiteral("phone")});
    ContactRowMapper mapper(mapping, options());
    const ContactRecord company
        = mapper.map({2, {QStringLiteral("Acme GmbH"), QStringLiteral("info@acme.example"), QString()}});
    CHECK(company.rejectReason.isEmpty());
    CHECK(company.contact.displayName == QLatin1String("Acme GmbH"));
    CHECK(company.contact.firstName.isEmpty());
    const ContactRecord phone = mapper.map({3, {QString(), QString(), QStringLiteral("'+1 503 555 0123")}});
    CHECK(phone.rejectReason.isEmpty());
    CHECK(phone.contact.displayName == QLatin1String("+1 503 555 0123"));
    CHECK(phone.contact.phones.first().normalized == QLatin1String("+15035550123"));
    const ContactRecord nothing = mapper.map({4, {QStringLiteral("  "), QStringLiteral(" "), QString()}});
    CHECK(nothing.rejectReason == QLatin1String("Row 4 has no name, no e-mail address and no phone number."));
}

TEST_CASE("an invalid email is dropped with a warning naming the column and the rest is kept")
{
    const ColumnMapping mapping = simpleMapping(
        {QStringLiteral("Vorname"), QStringLiteral("E-Mail"), QStringLiteral("Geburtstag"), QStringLiteral("Telefon")},
        {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("birthday"), QStringLiteral("phone")});
    MapperOptions o = options();
    o.phoneRegion = QStringLiteral("DE");
    ContactRowMapper mapper(mapping, o);
    const ContactRecord record = mapper.map({3,
                                             {QStringLiteral("Jürgen"), QStringLiteral("juergen at weiss"),
                                              QStringLiteral("im Frühling"), QStringLiteral("030 901820")}});
    CHECK(record.rejectReason.isEmpty());
    CHECK(record.contact.emails.isEmpty());
    CHECK(record.contact.firstName == QStringLiteral("Jürgen"));
    REQUIRE(record.contact.phones.size() == 1);
    CHECK(record.contact.phones.first().normalized == QLatin1String("+4930901820"));
    REQUIRE(record.warnings.size() == 2);
    CHECK(record.warnings.at(0).column == QLatin1String("E-Mail"));
    CHECK(record.warnings.at(0).message.contains(QLatin1String("juergen at weiss")));
    CHECK(record.warnings.at(0).message.contains(QLatin1String("E-Mail")));
    CHECK(record.warnings.at(1).column == QLatin1String("Geburtstag"));
    CHECK(record.warnings.at(1).message.contains(QStringLiteral("im Frühling")));
    CHECK(record.contact.birthday.isNull());
}

TEST_CASE("unmapped columns become custom fields or note lines as chosen")
{
    const ColumnMapping mapping = simpleMapping(
        {QStringLiteral("Name"), QStringLiteral("Allergies"), QStringLiteral("Notes"), QStringLiteral("Favourite")},
        {QStringLiteral("full_name"), ImportFields::Ignore, QStringLiteral("notes"), ImportFields::Ignore});
    const RawRow row {
        2, {QStringLiteral("Anna Müller"), QStringLiteral("Nuts"), QStringLiteral("Regular"), QStringLiteral("=1+1")}};

    MapperOptions ignore = options();
    const ContactRecord ignored = ContactRowMapper(mapping, ignore).map(row);
    CHECK(ignored.contact.custom.isEmpty());
    CHECK(ignored.contact.notes == QLatin1String("Regular"));

    MapperOptions custom = options();
    custom.unmapped = UnmappedColumns::CustomField;
    const ContactRecord asCustom = ContactRowMapper(mapping, custom).map(row);
    CHECK(asCustom.contact.custom.value(QStringLiteral("Allergies")) == QLatin1String("Nuts"));
    CHECK(asCustom.contact.custom.value(QStringLiteral("Favourite")) == QLatin1String("=1+1"));
    CHECK(asCustom.contact.notes == QLatin1String("Regular"));

    MapperOptions notes = options();
    notes.unmapped = UnmappedColumns::AppendToNotes;
    const ContactRecord asNotes = ContactRowMapper(mapping, notes).map(row);
    CHECK(asNotes.contact.custom.isEmpty());
    CHECK(asNotes.contact.notes == QLatin1String("Regular\nAllergies: Nuts\nFavourite: =1+1"));

    // A column without a header is named by its position.
    const ColumnMapping unnamed
        = simpleMapping({QStringLiteral("Name"), QString()}, {QStringLiteral("full_name"), ImportFields::Ignore});
    const ContactRecord byPosition
        = ContactRowMapper(unnamed, custom).map({2, {QStringLiteral("Anna"), QStringLiteral("gluten-free")}});
    CHECK(byPosition.contact.custom.value(QStringLiteral("Column 2")) == QLatin1String("gluten-free"));
}

TEST_CASE("formula-like text in any text field is stored verbatim")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("First"), QStringLiteral("Last"), QStringLiteral("Company"),
                         QStringLiteral("Notes"), QStringLiteral("Diet")},
                        {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("company"),
                         QStringLiteral("notes"), QStringLiteral("custom:Diet")});
    const ContactRecord record
        = ContactRowMapper(mapping, options())
              .map({2,
                    {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+1)"), QStringLiteral("+Plus GmbH"),
                     QStringLiteral("-2+3"), QStringLiteral("=IF(A1>0;\"x\")")}});
    CHECK(record.rejectReason.isEmpty());
    CHECK(record.contact.firstName == QStringLiteral("=cmd|' /C calc'!A0"));
    CHECK(record.contact.lastName == QStringLiteral("@SUM(1+1)"));
    CHECK(record.companyName == QStringLiteral("+Plus GmbH"));
    CHECK(record.contact.notes == QStringLiteral("-2+3"));
    CHECK(record.contact.custom.value(QStringLiteral("Diet")) == QStringLiteral("=IF(A1>0;\"x\")"));
}

TEST_CASE("a single name column is split and first plus last make the display name")
{
    const ColumnMapping single = simpleMapping({QStringLiteral("Kunde")}, {QStringLiteral("full_name")});
    const ContactRecord split = ContactRowMapper(single, options()).map({2, {QStringLiteral("van der Berg, Anna")}});
    CHECK(split.contact.firstName == QLatin1String("Anna"));
    CHECK(split.contact.lastName == QLatin1String("van der Berg"));
    CHECK(split.contact.displayName == QLatin1String("van der Berg, Anna"));

    const ColumnMapping parts = simpleMapping({QStringLiteral("Vorname"), QStringLiteral("Nachname")},
                                              {QStringLiteral("first_name"), QStringLiteral("last_name")});
    const ContactRecord joined
        = ContactRowMapper(parts, options()).map({2, {QStringLiteral(" Anna "), QStringLiteral("Müller")}});
    CHECK(joined.contact.firstName == QLatin1String("Anna"));
    CHECK(joined.contact.displayName == QStringLiteral("Anna Müller"));
}

TEST_CASE("consent columns give the answer date and source")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("Email"), QStringLiteral("Newsletter"), QStringLiteral("Opt-in date")},
                        {QStringLiteral("email"), QStringLiteral("email_consent"), QStringLiteral("consent_date")});
    ContactRowMapper mapper(mapping, options(QStringLiteral("shop.csv")));
    const ContactRecord yes
        = mapper.map({2, {QStringLiteral("a@example.com"), QStringLiteral("ja"), QStringLiteral("2024-05-01")}});
    CHECK(yes.contact.consent.emailMarketing == true);
    CHECK(yes.contact.consent.date == QDate(2024, 5, 1));
    CHECK(yes.contact.consent.source == QLatin1String("import: shop.csv"));
    const ContactRecord unknown = mapper.map({3, {QStringLiteral("b@example.com"), QString(), QString()}});
    CHECK_FALSE(unknown.contact.consent.emailMarketing.has_value());
    CHECK(unknown.contact.consent.source.isEmpty());
    const ContactRecord garbled
        = mapper.map({4, {QStringLiteral("c@example.com"), QStringLiteral("perhaps"), QString()}});
    CHECK_FALSE(garbled.contact.consent.emailMarketing.has_value());
    REQUIRE(garbled.warnings.size() == 2); // the consent, and that the row has no name
    CHECK(garbled.warnings.first().column == QLatin1String("Newsletter"));
    CHECK(garbled.warnings.at(1).message.startsWith(QLatin1String("Row 4 has no name")));
}

TEST_CASE("learn settles ambiguous dates from the file's evidence")
{
    const ColumnMapping mapping = simpleMapping({QStringLiteral("Name"), QStringLiteral("Birthday")},
                                                {QStringLiteral("full_name"), QStringLiteral("birthday")});
    MapperOptions o = options();
    o.dateOrder = DateOrder::MonthDayYear;
    ContactRowMapper mapper(mapping, o);
    CHECK(mapper.dateOrder() == DateOrder::MonthDayYear);
    CHECK(mapper.map({2, {QStringLiteral("A"), QStringLiteral("03/04/1980")}}).contact.birthday
          == Birthday {1980, 3, 4});
    mapper.learn({{2, {QStringLiteral("A"), QStringLiteral("03/04/1980")}},
                  {3, {QStringLiteral("B"), QStringLiteral("25/12/1975")}}});
    CHECK(mapper.dateOrder() == DateOrder::DayMonthYear);
    CHECK(mapper.map({2, {QStringLiteral("A"), QStringLiteral("03/04/1980")}}).contact.birthday
          == Birthday {1980, 4, 3});
    // Without evidence the chosen order stands.
    mapper.learn({{2, {QStringLiteral("A"), QStringLiteral("03/04/1980")}}});
    CHECK(mapper.dateOrder() == DateOrder::MonthDayYear);
}

TEST_CASE("several emails or phones typed into one cell become several methods")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone")},
                        {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("phone")});
    const ContactRecord record
        = ContactRowMapper(mapping, options())
              .map({2,
                    {QStringLiteral("Anna"), QStringLiteral("a@x.example; b@x.example, A@X.example"),
                     QStringLiteral("(503) 555-0101; 503 555 0102")}});
    CHECK(record.warnings.isEmpty());
    CHECK(values(record.contact.emails) == QStringList {QStringLiteral("a@x.example"), QStringLiteral("b@x.example")});
    CHECK(values(record.contact.phones)
          == QStringList {QStringLiteral("(503) 555-0101"), QStringLiteral("503 555 0102")});
    REQUIRE(record.contact.phones.size() == 2);
    CHECK(record.contact.phones.at(0).primary);
    CHECK_FALSE(record.contact.phones.at(1).primary);
}

TEST_CASE("birthday columns read Excel serials vCard dates and month names")
{
    const ColumnMapping mapping = simpleMapping({QStringLiteral("Name"), QStringLiteral("Geburtstag")},
                                                {QStringLiteral("full_name"), QStringLiteral("birthday")});
    ContactRowMapper mapper(mapping, options());
    CHECK(mapper.map({2, {QStringLiteral("A"), QStringLiteral("30816")}}).contact.birthday == Birthday {1984, 5, 14});
    CHECK(mapper.map({3, {QStringLiteral("B"), QStringLiteral("--1224")}}).contact.birthday == Birthday {0, 12, 24});
    CHECK(mapper.map({4, {QStringLiteral("C"), QStringLiteral("14. Mai 1984")}}).contact.birthday
          == Birthday {1984, 5, 14});
    const ContactRecord outlookEmpty = mapper.map({5, {QStringLiteral("D"), QStringLiteral("0/0/00")}});
    CHECK(outlookEmpty.contact.birthday.isNull());
    CHECK(outlookEmpty.warnings.isEmpty());
    const ContactRecord formula = mapper.map({6, {QStringLiteral("E"), QStringLiteral("=DATE(1984;5;14)")}});
    CHECK(formula.contact.birthday.isNull());
    REQUIRE(formula.warnings.size() == 1);
    CHECK(formula.warnings.first().column == QLatin1String("Geburtstag"));
    CHECK(formula.warnings.first().message.contains(QLatin1String("=DATE(1984;5;14)")));
}

TEST_CASE("Outlook.com's 1/0/00 birthday is empty")
{
    const QList<ContactRecord> records = mapFixture("outlook_com_contacts.csv");
    REQUIRE(records.size() == 1);
    const ContactRecord &ruth = records.first();
    CHECK(ruth.warnings.isEmpty());
    CHECK(ruth.contact.birthday.isNull());
    CHECK(ruth.contact.displayName == QLatin1String("Ruth Okafor"));
    CHECK(labels(ruth.contact.phones) == QStringList {QStringLiteral("mobile")});
    REQUIRE(ruth.contact.phones.size() == 1);
    CHECK(ruth.contact.phones.first().normalized == QLatin1String("+447700900123"));
    CHECK(ruth.contact.notes == QLatin1String("Wedding cakes"));
}
