#include "fixturecsv.h"

#include "import/mapping/columnmapping.h"
#include "import/mapping/knownlayouts.h"

#include "qtcatch.h"

#include <QMap>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

using Expected = QMap<QString, QString>;

Expected expect(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Expected e;
    for (const auto &[header, field] : pairs)
        e.insert(QString::fromUtf8(header), QString::fromUtf8(field));
    return e;
}

// Every column of the fixture's header maps to the expected field; columns not listed to "ignore".
void checkLayout(const char *fixture, ImportEntity entity, const char *layout, const Expected &expected)
{
    const QList<RawRow> rows = readLayoutFixture(QString::fromUtf8(fixture));
    REQUIRE(rows.size() >= 2);
    const ColumnMapping mapping = MappingDetector::detect(rows, entity);
    CHECK(mapping.layout == QString::fromUtf8(layout));
    CHECK(mapping.headerLine == 1);
    CHECK(mapping.headers == rows.first().cells);
    REQUIRE(mapping.fields.size() == mapping.headers.size());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        INFO(it.key().toStdString());
        CHECK(mapping.headers.contains(it.key()));
    }
    for (qsizetype i = 0; i < mapping.headers.size(); ++i) {
        INFO(mapping.headers.at(i).toStdString());
        CHECK(mapping.fields.at(i) == expected.value(mapping.headers.at(i), ImportFields::Ignore));
    }
}

} // namespace

TEST_CASE("the classic Shopify customers export is mapped completely")
{
    checkLayout("shopify_customers.csv", ImportEntity::Contacts, "shopify_customers",
                expect({{"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Email", "email"},
                        {"Accepts Email Marketing", "email_consent"},
                        {"Company", "company"},
                        {"Address1", "street"},
                        {"Address2", "street2"},
                        {"City", "city"},
                        {"Province", "region"},
                        {"Country", "country"},
                        {"Zip", "postal_code"},
                        {"Phone", "phone"},
                        {"Tags", "tags"},
                        {"Note", "notes"}}));
}

TEST_CASE("the 2023 Shopify customers export with Default Address columns is mapped completely")
{
    checkLayout("shopify_customers_2023.csv", ImportEntity::Contacts, "shopify_customers",
                expect({{"Customer ID", "external_id"},
                        {"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Email", "email"},
                        {"Accepts Email Marketing", "email_consent"},
                        {"Default Address Company", "company"},
                        {"Default Address Address1", "street"},
                        {"Default Address Address2", "street2"},
                        {"Default Address City", "city"},
                        {"Default Address Province Code", "region"},
                        {"Default Address Country Code", "country"},
                        {"Default Address Zip", "postal_code"},
                        {"Default Address Phone", "phone"},
                        {"Phone", "phone"},
                        {"Note", "notes"},
                        {"Tags", "tags"}}));
}

TEST_CASE("the classic Google Contacts export is mapped completely")
{
    checkLayout("google_contacts.csv", ImportEntity::Contacts, "google_contacts",
                expect({{"Name", "full_name"},
                        {"Given Name", "first_name"},
                        {"Family Name", "last_name"},
                        {"Birthday", "birthday"},
                        {"Notes", "notes"},
                        {"Group Membership", "tags"},
                        {"E-mail 1 - Value", "email"},
                        {"E-mail 2 - Value", "email"},
                        {"Phone 1 - Value", "phone"},
                        {"Phone 2 - Value", "phone"},
                        {"Address 1 - Street", "street"},
                        {"Address 1 - City", "city"},
                        {"Address 1 - Region", "region"},
                        {"Address 1 - Postal Code", "postal_code"},
                        {"Address 1 - Country", "country"},
                        {"Address 1 - Extended Address", "street2"},
                        {"Organization 1 - Name", "company"},
                        {"Organization 1 - Title", "job_title"},
                        {"Website 1 - Value", "website"}}));
}

TEST_CASE("the 2023 Google Contacts export with Labels is mapped completely")
{
    checkLayout("google_contacts_2023.csv", ImportEntity::Contacts, "google_contacts",
                expect({{"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Organization Name", "company"},
                        {"Organization Title", "job_title"},
                        {"Birthday", "birthday"},
                        {"Notes", "notes"},
                        {"Labels", "tags"},
                        {"E-mail 1 - Value", "email"},
                        {"Phone 1 - Value", "phone"},
                        {"Address 1 - Street", "street"},
                        {"Address 1 - City", "city"},
                        {"Address 1 - Region", "region"},
                        {"Address 1 - Postal Code", "postal_code"},
                        {"Address 1 - Country", "country"},
                        {"Address 1 - Extended Address", "street2"},
                        {"Website 1 - Value", "website"}}));
}

TEST_CASE("the Outlook contacts export is mapped completely")
{
    checkLayout("outlook_contacts.csv", ImportEntity::Contacts, "outlook_contacts",
                expect({{"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Company", "company"},
                        {"Job Title", "job_title"},
                        {"Home Street", "street"},
                        {"Home Street 2", "street2"},
                        {"Home City", "city"},
                        {"Home State", "region"},
                        {"Home Postal Code", "postal_code"},
                        {"Home Country/Region", "country"},
                        {"Business Phone", "work_phone"},
                        {"Business Phone 2", "work_phone"},
                        {"Company Main Phone", "work_phone"},
                        {"Home Phone", "home_phone"},
                        {"Home Phone 2", "home_phone"},
                        {"Mobile Phone", "mobile"},
                        {"Other Phone", "phone"},
                        {"Primary Phone", "phone"},
                        {"Birthday", "birthday"},
                        {"Categories", "tags"},
                        {"E-mail Address", "email"},
                        {"E-mail 2 Address", "email2"},
                        {"E-mail 3 Address", "email2"},
                        {"Notes", "notes"},
                        {"Web Page", "website"}}));
}

TEST_CASE("the German Outlook contacts export is mapped completely")
{
    checkLayout("outlook_contacts_de.csv", ImportEntity::Contacts, "outlook_contacts",
                expect({{"Vorname", "first_name"},
                        {"Nachname", "last_name"},
                        {"Firma", "company"},
                        {"Position", "job_title"},
                        {"Straße privat", "street"},
                        {"Straße privat 2", "street2"},
                        {"Ort privat", "city"},
                        {"Bundesland/Kanton privat", "region"},
                        {"Postleitzahl privat", "postal_code"},
                        {"Land/Region privat", "country"},
                        {"Telefon geschäftlich", "work_phone"},
                        {"Telefon geschäftlich 2", "work_phone"},
                        {"Telefon Firma", "work_phone"},
                        {"Telefon privat", "home_phone"},
                        {"Telefon privat 2", "home_phone"},
                        {"Mobiltelefon", "mobile"},
                        {"Mobiltelefon 2", "mobile"},
                        {"Weiteres Telefon", "phone"},
                        {"Haupttelefon", "phone"},
                        {"E-Mail-Adresse", "email"},
                        {"E-Mail 2: Adresse", "email2"},
                        {"E-Mail 3: Adresse", "email2"},
                        {"Geburtstag", "birthday"},
                        {"Kategorien", "tags"},
                        {"Notizen", "notes"},
                        {"Webseite", "website"}}));
}

TEST_CASE("the Square customer directory export is mapped completely")
{
    checkLayout("square_customers.csv", ImportEntity::Contacts, "square_customers",
                expect({{"Reference ID", "external_id"},
                        {"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Email Address", "email"},
                        {"Phone Number", "phone"},
                        {"Company Name", "company"},
                        {"Street Address 1", "street"},
                        {"Street Address 2", "street2"},
                        {"City", "city"},
                        {"State", "region"},
                        {"Postal Code", "postal_code"},
                        {"Birthday", "birthday"},
                        {"Memo", "notes"},
                        {"Square Customer ID", "external_id"},
                        {"First Visit", "created_at"},
                        {"Email Subscription Status", "email_consent"}}));
}

TEST_CASE("the HubSpot contacts export is mapped completely")
{
    checkLayout("hubspot_contacts.csv", ImportEntity::Contacts, "hubspot_contacts",
                expect({{"Record ID", "external_id"},
                        {"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Email", "email"},
                        {"Phone Number", "phone"},
                        {"Mobile Phone Number", "mobile"},
                        {"Company Name", "company"},
                        {"Job Title", "job_title"},
                        {"Street Address", "street"},
                        {"City", "city"},
                        {"State/Region", "region"},
                        {"Postal Code", "postal_code"},
                        {"Country/Region", "country"},
                        {"Create Date", "created_at"}}));
}

TEST_CASE("the Mailchimp audience export is mapped completely")
{
    checkLayout("mailchimp_audience.csv", ImportEntity::Contacts, "mailchimp_audience",
                expect({{"Email Address", "email"},
                        {"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"Address", "street"},
                        {"Phone Number", "phone"},
                        {"Birthday", "birthday"},
                        {"CONFIRM_TIME", "consent_date"},
                        {"NOTES", "notes"},
                        {"TAGS", "tags"}}));
}

TEST_CASE("the Etsy sold orders export is mapped completely")
{
    checkLayout("etsy_sold_orders.csv", ImportEntity::Orders, "etsy_orders",
                expect({{"Sale Date", "order_date"},
                        {"Order ID", "order_number"},
                        {"Full Name", "customer_name"},
                        {"Currency", "currency"},
                        {"Order Value", "subtotal"},
                        {"Discount Amount", "discount"},
                        {"Shipping", "shipping"},
                        {"Sales Tax", "tax"},
                        {"Order Total", "total"},
                        {"Status", "status"}}));
}

TEST_CASE("the Etsy sold order items export is mapped completely")
{
    checkLayout("etsy_sold_order_items.csv", ImportEntity::Orders, "etsy_orders",
                expect({{"Sale Date", "order_date"},
                        {"Item Name", "product"},
                        {"Quantity", "quantity"},
                        {"Price", "unit_price"},
                        {"Discount Amount", "discount"},
                        {"Order Shipping", "shipping"},
                        {"Order Sales Tax", "tax"},
                        {"Item Total", "line_total"},
                        {"Currency", "currency"},
                        {"Date Paid", "paid_at"},
                        {"Ship Name", "customer_name"},
                        {"Order ID", "order_number"},
                        {"SKU", "sku"}}));
}

TEST_CASE("the Shopify orders export is mapped completely")
{
    checkLayout("shopify_orders.csv", ImportEntity::Orders, "shopify_orders",
                expect({{"Name", "order_number"},
                        {"Email", "customer_email"},
                        {"Financial Status", "payment_status"},
                        {"Paid at", "paid_at"},
                        {"Fulfillment Status", "status"},
                        {"Currency", "currency"},
                        {"Subtotal", "subtotal"},
                        {"Shipping", "shipping"},
                        {"Taxes", "tax"},
                        {"Total", "total"},
                        {"Discount Amount", "discount"},
                        {"Created at", "order_date"},
                        {"Lineitem quantity", "quantity"},
                        {"Lineitem name", "product"},
                        {"Lineitem price", "unit_price"},
                        {"Lineitem sku", "sku"},
                        {"Billing Name", "customer_name"},
                        {"Billing Phone", "customer_phone"},
                        {"Notes", "notes"},
                        {"Phone", "customer_phone"}}));
}

TEST_CASE("a contacts layout is not taken for an orders file and the reverse")
{
    const QList<RawRow> orders = readLayoutFixture(QStringLiteral("shopify_orders.csv"));
    REQUIRE_FALSE(orders.isEmpty());
    CHECK(KnownLayouts::match(orders.first().cells, ImportEntity::Contacts) == nullptr);
    const QList<RawRow> customers = readLayoutFixture(QStringLiteral("shopify_customers.csv"));
    REQUIRE_FALSE(customers.isEmpty());
    CHECK(KnownLayouts::match(customers.first().cells, ImportEntity::Orders) == nullptr);
}

TEST_CASE("the header row is found below a title line and a blank line")
{
    QList<RawRow> rows = readLayoutFixture(QStringLiteral("shopify_customers.csv"));
    REQUIRE(rows.size() == 3);
    for (RawRow &row : rows)
        row.line += 2;
    rows.prepend(RawRow {2, {QString(), QString()}});
    rows.prepend(RawRow {1, {QStringLiteral("Customers exported on 2024-03-01")}});
    const ColumnMapping mapping = MappingDetector::detect(rows, ImportEntity::Contacts);
    CHECK(mapping.headerLine == 3);
    CHECK(mapping.layout == QLatin1String("shopify_customers"));
    CHECK(mapping.fields.value(2) == QLatin1String("email"));
}

TEST_CASE("a header of unknown columns is found below title lines by its matches")
{
    const QList<RawRow> rows = {
        {1, {QStringLiteral("Kundenliste Bäckerei Weiß"), QString(), QString()}},
        {2, {QStringLiteral("Stand: 01.03.2024"), QString(), QString()}},
        {3, {QStringLiteral("Vorname"), QStringLiteral("Name"), QStringLiteral("E-Mail"), QStringLiteral("Handy")}},
        {4,
         {QStringLiteral("Jürgen"), QStringLiteral("Weiß"), QStringLiteral("j@weiss.example"),
          QStringLiteral("0171 1")}},
    };
    const ColumnMapping mapping = MappingDetector::detect(rows, ImportEntity::Contacts);
    CHECK(mapping.headerLine == 3);
    CHECK(mapping.layout.isEmpty());
    // Beside "Vorname", German "Name" is the last name.
    CHECK(mapping.fields
          == QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                          QStringLiteral("mobile")});
}

TEST_CASE("a file without a recognisable header maps every column to ignore")
{
    const QList<RawRow> rows
        = {{1, {QStringLiteral("x1"), QStringLiteral("y1")}}, {2, {QStringLiteral("x2"), QStringLiteral("y2")}}};
    const ColumnMapping mapping = MappingDetector::detect(rows, ImportEntity::Contacts);
    CHECK(mapping.headerLine == 1);
    CHECK(mapping.fields == QStringList {ImportFields::Ignore, ImportFields::Ignore});
    CHECK(MappingDetector::detect({}, ImportEntity::Contacts).fields.isEmpty());
}

TEST_CASE("the Outlook.com contacts export is mapped completely")
{
    checkLayout("outlook_com_contacts.csv", ImportEntity::Contacts, "outlook_contacts",
                expect({{"First Name", "first_name"},
                        {"Last Name", "last_name"},
                        {"E-mail Address", "email"},
                        {"E-mail 2 Address", "email2"},
                        {"E-mail 3 Address", "email2"},
                        {"Home Phone", "home_phone"},
                        {"Home Phone 2", "home_phone"},
                        {"Business Phone", "work_phone"},
                        {"Business Phone 2", "work_phone"},
                        {"Mobile Phone", "mobile"},
                        {"Other Phone", "phone"},
                        {"Primary Phone", "phone"},
                        {"Company Main Phone", "work_phone"},
                        {"Job Title", "job_title"},
                        {"Company", "company"},
                        {"Home Street", "street"},
                        {"Home City", "city"},
                        {"Home State", "region"},
                        {"Home Postal Code", "postal_code"},
                        {"Home Country/Region", "country"},
                        {"Web Page", "website"},
                        {"Birthday", "birthday"},
                        {"Notes", "notes"}}));
}
