// Spreadsheets people made themselves: their own headers, two exports pasted together, no header
// row at all, birthdays over three columns, one phone number shared by two people. Each fixture
// is under tests/fixtures/import/handmade/ and every expectation is written out by hand.

#include "tempdatabase.h"

#include "contacts/contactrepository.h"
#include "contacts/duplicatefinder.h"
#include "import/importer.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/vcardcontact.h"
#include "import/readers/vcardreader.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString handmade(const QString &name)
{
    return QFileInfo(QString::fromUtf8(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../../fixtures/import/handmade/") + name);
}

ImportReport importFile(TempDatabase &database, const QString &name,
                        UnmappedColumns unmapped = UnmappedColumns::CustomField)
{
    ImportRequest request;
    request.path = handmade(name);
    request.unmapped = unmapped;
    const auto report = Importer(database.db(), database.clock()).run(request);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

Contact contact(TempDatabase &database, qint64 id)
{
    const auto read = ContactRepository(database.db(), database.clock()).get(id);
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());
    return *read;
}

QStringList values(const QList<ContactMethod> &methods)
{
    QStringList result;
    for (const ContactMethod &method : methods)
        result.append(method.value + QLatin1Char('/') + method.label);
    return result;
}

QStringList issueTexts(const ImportReport &report)
{
    QStringList result;
    for (const ImportIssue &issue : report.issues)
        result.append(QStringLiteral("%1|%2|%3|%4")
                          .arg(issue.row)
                          .arg(ImportIssue::outcomeName(issue.outcome), issue.column, issue.message));
    return result;
}

} // namespace

TEST_CASE("hand-made headers: name parts, the client's company, an id, every e-mail and phone, notes")
{
    TempDatabase database;
    const ImportReport report = importFile(database, QStringLiteral("clients.csv"));
    CHECK(report.mapping.fields
          == QStringList {QStringLiteral("external_id"), QStringLiteral("company"), QStringLiteral("first_name"),
                          QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("email"),
                          QStringLiteral("mobile"), QStringLiteral("work_phone"), QStringLiteral("phone"),
                          QStringLiteral("notes"), QStringLiteral("birth_year"), QStringLiteral("birth_month"),
                          QStringLiteral("birth_day"), QStringLiteral("custom:Total Spent"),
                          QStringLiteral("custom:Favourite cake")});
    CHECK(report.rows == 2);
    CHECK(report.created == 2);
    CHECK(report.rejected == 0);

    // Contact 1 is the company "Harbour Café", made for Maria; she is contact 2.
    const Contact maria = contact(database, 2);
    CHECK(maria.firstName == QStringLiteral("Maria"));
    CHECK(maria.lastName == QStringLiteral("Lopez"));
    CHECK(maria.companyName == QStringLiteral("Harbour Café"));
    CHECK(values(maria.emails)
          == QStringList {QStringLiteral("maria@home.example/home"), QStringLiteral("maria@harbourcafe.example/work")});
    CHECK(values(maria.phones)
          == QStringList {QStringLiteral("+1 503 555 0101/mobile"), QStringLiteral("+1 503 555 0102/work"),
                          QStringLiteral("+1 503 555 0103/fax")});
    CHECK(maria.notes == QStringLiteral("Size M; prefers linen"));
    CHECK(maria.birthday.toIso() == QStringLiteral("1985-07-14"));
    CHECK(maria.custom.value(QStringLiteral("Client #")) == QStringLiteral("1001"));
    CHECK(maria.custom.value(QStringLiteral("Total Spent")) == QStringLiteral("1234.50"));
    CHECK(maria.custom.value(QStringLiteral("Favourite cake")) == QStringLiteral("Lemon tart"));

    const Contact tom = contact(database, 3);
    CHECK(tom.displayName == QStringLiteral("Tom Becker"));
    CHECK(tom.companyId == 0);
    CHECK(tom.birthday.toIso() == QStringLiteral("--12-03"));
    CHECK(tom.custom.value(QStringLiteral("Client #")) == QStringLiteral("1002"));
    CHECK(tom.custom.value(QStringLiteral("Total Spent")) == QStringLiteral("89.00"));
    CHECK_FALSE(tom.custom.contains(QStringLiteral("Favourite cake")));
    // A money column is a number field; the others stay text.
    CHECK(database.scalar(QStringLiteral("SELECT field_type FROM custom_fields WHERE name = 'Total Spent'")).toString()
          == QStringLiteral("number"));
    CHECK(
        database.scalar(QStringLiteral("SELECT field_type FROM custom_fields WHERE name = 'Favourite cake'")).toString()
        == QStringLiteral("text"));
}

TEST_CASE("columns left out on request are reported once each with the cells they held")
{
    TempDatabase database;
    const ImportReport report = importFile(database, QStringLiteral("clients.csv"), UnmappedColumns::Ignore);
    CHECK(report.created == 2);
    CHECK(report.mapping.fields.mid(13) == QStringList {QStringLiteral("ignore"), QStringLiteral("ignore")});
    CHECK(issueTexts(report)
          == QStringList {QStringLiteral("0|warning|Total Spent|Column \"Total Spent\" was not imported (cells with "
                                         "data left out: 2). Map it to a field, a custom field or the notes to keep "
                                         "them."),
                          QStringLiteral("0|warning|Favourite cake|Column \"Favourite cake\" was not imported (cells "
                                         "with data left out: 1). Map it to a field, a custom field or the notes to "
                                         "keep them.")});
    CHECK(contact(database, 2).custom.value(QStringLiteral("Client #")) == QStringLiteral("1001"));
    CHECK_FALSE(contact(database, 2).custom.contains(QStringLiteral("Total Spent")));
}

TEST_CASE("German headers: Firma, Kundennummer, a birthday over Geburtstag, Geburtsmonat and Geburtsjahr")
{
    TempDatabase database;
    const ImportReport report = importFile(database, QStringLiteral("kunden.csv"));
    CHECK(report.delimiter == QStringLiteral(";"));
    CHECK(report.mapping.fields
          == QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("company"),
                          QStringLiteral("external_id"), QStringLiteral("birth_day"), QStringLiteral("birth_month"),
                          QStringLiteral("birth_year"), QStringLiteral("notes"), QStringLiteral("custom:Umsatz")});
    CHECK(report.created == 2); // Jonas and Lea; the bakery is made for Jonas as contact 1
    const Contact jonas = contact(database, 2);
    CHECK(jonas.displayName == QStringLiteral("Jonas Weber"));
    CHECK(jonas.companyName == QStringLiteral("Bäckerei Weber"));
    CHECK(jonas.birthday.toIso() == QStringLiteral("1979-11-03"));
    CHECK(jonas.notes == QStringLiteral("Stammkunde"));
    CHECK(jonas.custom.value(QStringLiteral("Kundennummer")) == QStringLiteral("K-0042"));
    CHECK(jonas.custom.value(QStringLiteral("Umsatz")) == QStringLiteral("1234.50"));
    const Contact lea = contact(database, 3);
    CHECK(lea.birthday.toIso() == QStringLiteral("--02-28"));
    CHECK(lea.custom.value(QStringLiteral("Umsatz")) == QStringLiteral("0"));
}

TEST_CASE("a column set to ignore on purpose is left out, not kept as a custom field")
{
    TempDatabase database;
    ImportRequest request;
    request.path = handmade(QStringLiteral("clients.csv"));
    request.columnOverrides.insert(QStringLiteral("favourite cake"), ImportFields::Ignore);
    const auto report = Importer(database.db(), database.clock()).run(request);
    REQUIRE(report.ok());
    CHECK(report->mapping.fields.mid(13)
          == QStringList {QStringLiteral("custom:Total Spent"), QStringLiteral("ignore")});
    CHECK_FALSE(contact(database, 2).custom.contains(QStringLiteral("Favourite cake")));
    CHECK(contact(database, 2).custom.value(QStringLiteral("Total Spent")) == QStringLiteral("1234.50"));
    CHECK(issueTexts(*report)
          == QStringList {QStringLiteral("0|warning|Favourite cake|Column \"Favourite cake\" was not imported (cells "
                                         "with data left out: 1). Map it to a field, a custom field or the notes to "
                                         "keep them.")});
}

TEST_CASE("a repeated header row in the middle is skipped and reported, never a contact")
{
    TempDatabase database;
    const ImportReport report = importFile(database, QStringLiteral("repeated_header.csv"));
    CHECK(report.rows == 3);
    CHECK(report.created == 3);
    CHECK(report.skipped == 1);
    CHECK(
        issueTexts(report)
        == QStringList {QStringLiteral("4|skipped||Row 4 repeats the header row (were two files pasted together?); it "
                                       "was skipped.")});
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 3);
    CHECK(
        database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE lower(display_name) LIKE '%name%'")).toInt()
        == 0);
    CHECK(contact(database, 3).displayName == QStringLiteral("Cleo Park"));
}

TEST_CASE("a file without a header row is mapped by its content and every row is imported")
{
    TempDatabase database;
    const ImportReport report = importFile(database, QStringLiteral("headerless.csv"));
    CHECK(report.mapping.headerless);
    CHECK(report.mapping.headers
          == QStringList {QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3"),
                          QStringLiteral("Column 4"), QStringLiteral("Column 5")});
    CHECK(report.mapping.fields
          == QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                          QStringLiteral("phone"), QStringLiteral("birthday")});
    CHECK(report.rows == 3);
    CHECK(report.created == 3);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.first().row == 0);
    CHECK(report.issues.first().message.startsWith(QStringLiteral("No header row was found")));
    const Contact maria = contact(database, 1);
    CHECK(maria.displayName == QStringLiteral("Maria Lopez"));
    CHECK(values(maria.emails) == QStringList {QStringLiteral("maria@example.com/")});
    CHECK(maria.birthday.toIso() == QStringLiteral("1985-07-14"));
    CHECK(contact(database, 3).displayName == QStringLiteral("Ana Ruiz"));
}

TEST_CASE("a file whose first row is a header is not taken for headerless")
{
    const QList<RawRow> rows {{1, {QStringLiteral("Name"), QStringLiteral("E-mail")}},
                              {2, {QStringLiteral("Ana Ruiz"), QStringLiteral("ana@example.com")}}};
    const ColumnMapping mapping = MappingDetector::detect(rows, ImportEntity::Contacts);
    CHECK_FALSE(mapping.headerless);
    CHECK(mapping.headerLine == 1);
    CHECK(mapping.fields == QStringList {QStringLiteral("full_name"), QStringLiteral("email")});
}

TEST_CASE("a shared phone merges only people whose names agree; the others are kept and flagged")
{
    TempDatabase database;
    const ImportReport report = importFile(database, QStringLiteral("shared_phone.csv"));
    CHECK(report.rows == 4);
    CHECK(report.created == 2);
    CHECK(report.skipped == 2);
    CHECK(issueTexts(report)
          == QStringList {
              QStringLiteral("3|warning||Possible duplicate of row 2 (same phone, another name): both were imported; "
                             "Find Duplicates lists the pair."),
              QStringLiteral("4|skipped||Same person (same phone) as an earlier row, contact 1; nothing new to add."),
              QStringLiteral("5|skipped||Same person (same phone) as an earlier row, contact 1; nothing new to add.")});
    CHECK(contact(database, 1).displayName == QStringLiteral("Ana Ruiz"));
    CHECK(contact(database, 2).displayName == QStringLiteral("Tom Ruiz"));
    CHECK(contact(database, 1).address.city == QStringLiteral("Portland"));

    const auto pairs = DuplicateFinder(database.db(), database.clock()).find();
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 1);
    CHECK(pairs->first().firstId == 1);
    CHECK(pairs->first().secondId == 2);
    CHECK(pairs->first().has(DuplicateReason::Kind::Phone));
}

TEST_CASE("a shared phone with a contact already in the book under another name adds a new contact")
{
    TempDatabase database;
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Ruiz");
    ana.phones.append({0, ContactMethod::Kind::Phone, {}, QStringLiteral("503-555-0100"), {}, true});
    REQUIRE(ContactRepository(database.db(), database.clock()).create(ana).ok());

    ImportRequest request;
    request.path = handmade(QStringLiteral("shared_phone.csv"));
    const auto report = Importer(database.db(), database.clock()).run(request);
    REQUIRE(report.ok());
    // Ana's rows are skipped as already in the book; Tom is new and flagged against her.
    CHECK(report->created == 1);
    CHECK(report->skipped == 3);
    CHECK(issueTexts(*report).contains(
        QStringLiteral("3|warning||Possible duplicate of contact 1 (same phone, another name): both are kept; Find "
                       "Duplicates lists the pair.")));
}

TEST_CASE("identifier, name, note, e-mail and phone headers as people write them")
{
    const auto field = [](const char *header) {
        return MappingDetector::fieldForHeader(QString::fromUtf8(header), ImportEntity::Contacts);
    };
    CHECK(field("Client #") == QStringLiteral("external_id"));
    CHECK(field("Customer No.") == QStringLiteral("external_id"));
    CHECK(field("Kunden-Nr.") == QStringLiteral("external_id"));
    CHECK(field("Account Number") == QStringLiteral("external_id"));
    CHECK(field("ID") == QStringLiteral("external_id"));
    CHECK(field("Kundennummer") == QStringLiteral("external_id"));
    CHECK(field("Phone Number") == QStringLiteral("phone"));
    CHECK(field("Postal Code") == QStringLiteral("postal_code"));

    CHECK(field("Contact First Name") == QStringLiteral("first_name"));
    CHECK(field("Contact Surname") == QStringLiteral("last_name"));
    CHECK(field("Given name") == QStringLiteral("first_name"));
    CHECK(field("Family name") == QStringLiteral("last_name"));
    CHECK(field("Forename") == QStringLiteral("first_name"));
    CHECK(field("Surname") == QStringLiteral("last_name"));
    CHECK(field("Vorname") == QStringLiteral("first_name"));
    CHECK(field("Familienname") == QStringLiteral("last_name"));
    CHECK(field("Prénom") == QStringLiteral("first_name"));
    CHECK(field("Nom de famille") == QStringLiteral("last_name"));
    CHECK(field("Nombre de pila") == QStringLiteral("first_name"));
    CHECK(field("Apellidos") == QStringLiteral("last_name"));

    CHECK(field("Account") == QStringLiteral("company"));
    CHECK(field("Business") == QStringLiteral("company"));
    CHECK(field("Firma") == QStringLiteral("company"));
    CHECK(field("Société") == QStringLiteral("company"));

    CHECK(field("Notes") == QStringLiteral("notes"));
    CHECK(field("Sizes / Notes") == QStringLiteral("notes"));
    CHECK(field("Notes / comments") == QStringLiteral("notes"));
    CHECK(field("Remarks") == QStringLiteral("notes"));
    CHECK(field("Bemerkungen") == QStringLiteral("notes"));
    CHECK(field("Allergy notes") == QStringLiteral("notes"));

    CHECK(field("Email Home") == QStringLiteral("email"));
    CHECK(field("Email Work") == QStringLiteral("email"));
    CHECK(field("Email Other") == QStringLiteral("email"));
    CHECK(field("E-mail 2 Address") == QStringLiteral("email2"));
    CHECK(field("E-mail 3 Address") == QStringLiteral("email"));
    CHECK(field("Secondary Email") == QStringLiteral("email2"));
    CHECK(field("Other Email") == QStringLiteral("email2"));
    CHECK(field("Email Status") == QStringLiteral("ignore"));
    CHECK(field("Mobile") == QStringLiteral("mobile"));
    CHECK(field("Work Phone") == QStringLiteral("work_phone"));
    CHECK(field("Home Phone") == QStringLiteral("home_phone"));
    CHECK(field("Fax") == QStringLiteral("phone"));
    CHECK(field("Phone 1 - Type") == QStringLiteral("ignore"));

    CHECK(field("Birth Year") == QStringLiteral("birth_year"));
    CHECK(field("Birth Month") == QStringLiteral("birth_month"));
    CHECK(field("Birth Day") == QStringLiteral("birth_day"));
    CHECK(field("Birthday") == QStringLiteral("birthday"));
    CHECK(field("Geburtsjahr") == QStringLiteral("birth_year"));
    CHECK(field("Geburtsmonat") == QStringLiteral("birth_month"));
}

TEST_CASE("beside first- and last-name columns a customer or client column is the company")
{
    const auto detect = [](const QStringList &headers) {
        return MappingDetector::detect({{1, headers}}, ImportEntity::Contacts).fields;
    };
    CHECK(detect({QStringLiteral("Customer"), QStringLiteral("First Name"), QStringLiteral("Last Name")})
          == QStringList {QStringLiteral("company"), QStringLiteral("first_name"), QStringLiteral("last_name")});
    CHECK(detect({QStringLiteral("Client"), QStringLiteral("Forename"), QStringLiteral("Surname"),
                  QStringLiteral("Email")})
          == QStringList {QStringLiteral("company"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                          QStringLiteral("email")});
    // Without name columns the customer column is the person's name.
    CHECK(detect({QStringLiteral("Customer"), QStringLiteral("Email")})
          == QStringList {QStringLiteral("full_name"), QStringLiteral("email")});
}

TEST_CASE("a birthday day column without a month is reported, never read as a date in 1900")
{
    const ColumnMapping mapping
        = MappingDetector::detect({{1, {QStringLiteral("Name"), QStringLiteral("Birth Day")}}}, ImportEntity::Contacts);
    CHECK(mapping.fields == QStringList {QStringLiteral("full_name"), QStringLiteral("birth_day")});
    const ContactRecord record = ContactRowMapper(mapping, {}).map({2, {QStringLiteral("Ana"), QStringLiteral("14")}});
    CHECK(record.contact.birthday.isNull());
    REQUIRE(record.warnings.size() == 1);
    CHECK(record.warnings.first().message
          == QStringLiteral("Row 2: the birthday columns (Birth Day \"14\") do not make a date; the birthday was left "
                            "empty."));
}

namespace {

QString vcardFixture(const QString &name)
{
    return QFileInfo(QString::fromUtf8(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../../fixtures/import/vcard2/") + name);
}

ImportReport importCards(TempDatabase &database, const QString &name)
{
    ImportRequest request;
    request.path = vcardFixture(name);
    const auto report = Importer(database.db(), database.clock()).run(request);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("a UTF-8 vCard folded inside a character stays UTF-8")
{
    TempDatabase database;
    const ImportReport report = importCards(database, QStringLiteral("fold_inside_character.vcf"));
    CHECK(report.format == QStringLiteral("vcf"));
    CHECK(report.encoding == QStringLiteral("utf-8"));
    CHECK(report.created == 2);
    CHECK(contact(database, 1).displayName == QStringLiteral("Zoë Müller"));
    CHECK(contact(database, 1).lastName == QStringLiteral("Müller"));
    CHECK(contact(database, 2).displayName == QStringLiteral("Émile Zola"));
    CHECK(database
              .scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE display_name LIKE '%' || char(65533) || "
                                     "'%'"))
              .toInt()
          == 0);

    // Line numbers stay the file's: the second card begins on line 8, though line 4 was a fold.
    auto reader = VCardReader::open(vcardFixture(QStringLiteral("fold_inside_character.vcf")), {});
    REQUIRE(reader.ok());
    const auto firstCard = (*reader)->next();
    const auto secondCard = (*reader)->next();
    REQUIRE(firstCard);
    REQUIRE(secondCard);
    const ContactRecord first = VCard::toContactRecord(*firstCard, QStringLiteral("US"));
    const ContactRecord second = VCard::toContactRecord(*secondCard, QStringLiteral("US"));
    CHECK(first.row == 1);
    CHECK(second.row == 8);
    CHECK(first.contact.emails.first().value == QStringLiteral("zoe@example.com"));
}

TEST_CASE("quoted-printable without a charset reads UTF-8 bytes as UTF-8 and others as Windows-1252")
{
    TempDatabase database;
    const ImportReport report = importCards(database, QStringLiteral("quoted_printable_no_charset.vcf"));
    CHECK(report.created == 2);
    CHECK(contact(database, 1).displayName == QStringLiteral("Renée Dupont"));
    CHECK(contact(database, 1).firstName == QStringLiteral("Renée"));
    CHECK(contact(database, 2).displayName == QStringLiteral("François Léger"));
    CHECK(contact(database, 2).lastName == QStringLiteral("Léger"));
}

TEST_CASE("grouped BEGIN and END, ORG with an escaped comma and units, a tel URI, a card with only an e-mail")
{
    TempDatabase database;
    const ImportReport report = importCards(database, QStringLiteral("groups_org_tel.vcf"));
    CHECK(report.format == QStringLiteral("vcf"));
    CHECK(report.rows == 2);
    CHECK(report.created == 2); // Nat and Maria; Ximian is made for Nat as contact 1
    const Contact nat = contact(database, 2);
    CHECK(nat.displayName == QStringLiteral("Nat Friedman"));
    CHECK(nat.companyName == QStringLiteral("Ximian, Inc."));
    CHECK(nat.custom.value(QStringLiteral("Department")) == QStringLiteral("Engineering, Desktop"));
    CHECK(values(nat.phones) == QStringList {QStringLiteral("+44-555-555-5555 ext. 5555/work")});
    const Contact maria = contact(database, 3);
    CHECK(maria.displayName == QStringLiteral("maria.lopez"));
    CHECK(maria.firstName.isEmpty());
    CHECK(issueTexts(report)
          == QStringList {QStringLiteral("8|warning||The card on line 8 has no name: the contact is called "
                                         "\"maria.lopez\" after its e-mail address until a name is typed.")});
}

TEST_CASE("a CSV row with only an e-mail is named after it and flagged")
{
    const ColumnMapping mapping
        = MappingDetector::detect({{1, {QStringLiteral("Email"), QStringLiteral("Phone")}}}, ImportEntity::Contacts);
    const ContactRecord record
        = ContactRowMapper(mapping, {}).map({2, {QStringLiteral("ann.lee@example.com"), QString()}});
    CHECK(record.rejectReason.isEmpty());
    CHECK(record.contact.displayName == QStringLiteral("ann.lee"));
    REQUIRE(record.warnings.size() == 1);
    CHECK(
        record.warnings.first().message
        == QStringLiteral("Row 2 has no name: the contact is called \"ann.lee\" after its e-mail address until a name "
                          "is typed."));
}

TEST_CASE("a password-protected workbook and an Excel 97-2003 file are named for what they are")
{
    const QString folder = QFileInfo(QString::fromUtf8(__FILE__))
                               .dir()
                               .absoluteFilePath(QStringLiteral("../../fixtures/import/workbooks/"));
    TempDatabase database;
    ImportRequest request;
    request.path = folder + QStringLiteral("password-protected.xlsx");
    const auto locked = Importer(database.db(), database.clock()).run(request);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().kind == Error::Kind::General);
    CHECK(locked.errorMessage().contains(QStringLiteral("password-protected.xlsx is password-protected")));
    CHECK(locked.errorMessage().contains(QStringLiteral("remove the password")));
    CHECK_FALSE(locked.errorMessage().contains(QStringLiteral("97")));

    request.path = folder + QStringLiteral("excel97.xls");
    const auto legacy = Importer(database.db(), database.clock()).run(request);
    REQUIRE_FALSE(legacy.ok());
    CHECK(legacy.error().kind == Error::Kind::General);
    CHECK(legacy.errorMessage().contains(QStringLiteral("excel97.xls is an Excel 97–2003 workbook (.xls)")));
    CHECK(legacy.errorMessage().contains(QStringLiteral("save it as .xlsx or CSV")));
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt() == 0);
}

TEST_CASE("a known export's own left-out columns are neither kept nor reported")
{
    TempDatabase database;
    ImportRequest request;
    request.path = QFileInfo(QString::fromUtf8(__FILE__))
                       .dir()
                       .absoluteFilePath(QStringLiteral("../../fixtures/import/layouts/shopify_customers.csv"));
    const auto report = Importer(database.db(), database.clock()).run(request);
    REQUIRE(report.ok());
    CHECK(report->mapping.layout == QStringLiteral("shopify_customers"));
    const qsizetype totalSpent = report->mapping.headers.indexOf(QStringLiteral("Total Spent"));
    REQUIRE(totalSpent >= 0);
    CHECK(report->mapping.fields.at(totalSpent) == QStringLiteral("ignore"));
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM custom_fields")).toInt() == 0);
    for (const ImportIssue &issue : report->issues)
        CHECK_FALSE(issue.message.contains(QStringLiteral("was not imported")));
}
