#include "import/readers/vcardreader.h"
#include "import/mapping/vcardcontact.h"
#include "import/readers/vcardproperty.h"

#include "qtcatch.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString fixture(const QString &name)
{
    return QDir::cleanPath(QFileInfo(QString::fromUtf8(__FILE__))
                               .dir()
                               .absoluteFilePath(QStringLiteral("../../fixtures/import/vcard/") + name));
}

std::unique_ptr<VCardReader> openOk(const QString &name, const QString &encoding = QStringLiteral("auto"))
{
    auto opened = VCardReader::open(fixture(name), encoding);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

// The next card as the import maps it (phones read in the US, as the import's default region).
std::optional<ContactRecord> nextContact(VCardReader &reader)
{
    const auto card = reader.next();
    if (!card)
        return std::nullopt;
    return VCard::toContactRecord(*card, QStringLiteral("US"));
}

QList<ContactRecord> readAll(VCardReader &reader)
{
    QList<ContactRecord> cards;
    while (auto card = nextContact(reader))
        cards.append(*card);
    return cards;
}

QStringList values(const QList<ContactMethod> &methods)
{
    QStringList list;
    for (const ContactMethod &method : methods)
        list.append(method.value);
    return list;
}

QStringList labels(const QList<ContactMethod> &methods)
{
    QStringList list;
    for (const ContactMethod &method : methods)
        list.append(method.label);
    return list;
}

QStringList warningColumns(const ContactRecord &record)
{
    QStringList list;
    for (const ImportIssue &issue : record.warnings)
        list.append(issue.column);
    return list;
}

} // namespace

TEST_CASE("vcard Google export with labels escapes and groups", "[importvcard]")
{
    auto reader = openOk(QStringLiteral("google.vcf"));
    const QList<ContactRecord> cards = readAll(*reader);
    REQUIRE(cards.size() == 2);
    CHECK(reader->encoding() == QStringLiteral("utf-8"));
    CHECK(reader->takeIssues().isEmpty());
    CHECK(reader->progress() == 1.0);

    const ContactRecord &anna = cards[0];
    CHECK(anna.row == 1);
    CHECK(anna.rejectReason.isEmpty());
    CHECK(anna.warnings.isEmpty());
    const Contact &c = anna.contact;
    CHECK(c.kind == Contact::Kind::Person);
    CHECK(c.firstName == QStringLiteral("Anna"));
    CHECK(c.lastName == QStringLiteral("Müller"));
    CHECK(c.displayName == QStringLiteral("Anna Müller"));
    CHECK(anna.companyName == QStringLiteral("Bäckerei Müller"));
    CHECK(c.jobTitle == QStringLiteral("Owner"));
    CHECK(values(c.emails)
          == QStringList {QStringLiteral("anna@example.com"), QStringLiteral("Anna.Mueller@Firma.de")});
    CHECK(labels(c.emails) == QStringList {QStringLiteral("home"), QStringLiteral("work")});
    CHECK(c.emails[1].normalized == QStringLiteral("anna.mueller@firma.de"));
    CHECK(c.emails[0].primary);
    CHECK_FALSE(c.emails[1].primary);
    CHECK(values(c.phones) == QStringList {QStringLiteral("+49 171 1234567"), QStringLiteral("030 1234567")});
    CHECK(labels(c.phones) == QStringList {QStringLiteral("mobile"), QStringLiteral("work")});
    CHECK(c.phones[0].normalized == QStringLiteral("+491711234567"));
    CHECK(c.address.street == QStringLiteral("Hauptstraße 5"));
    CHECK(c.address.city == QStringLiteral("Berlin"));
    CHECK(c.address.region.isEmpty());
    CHECK(c.address.postalCode == QStringLiteral("10115"));
    CHECK(c.address.country == QStringLiteral("Germany"));
    CHECK(c.birthday == Birthday {1984, 5, 14});
    CHECK(values(c.websites) == QStringList {QStringLiteral("https://baeckerei.example")});
    CHECK(labels(c.websites) == QStringList {QStringLiteral("shop")});
    CHECK(c.notes == QStringLiteral("Likes rye bread, no seeds; allergic to nuts\nCall after 10 \\ not before"));
    CHECK(c.tags == QStringList {QStringLiteral("Regulars")});

    const ContactRecord &ben = cards[1];
    CHECK(ben.row == 18);
    CHECK(values(ben.contact.emails)
          == QStringList {QStringLiteral("ben.okafor@example.org"), QStringLiteral("ben@example.org")});
    CHECK(ben.contact.emails[0].primary);
    CHECK(ben.contact.birthday == Birthday {0, 5, 14});
    CHECK_FALSE(ben.contact.birthday.hasYear());
    CHECK(ben.contact.notes
          == QStringLiteral(
              "A very long note that Google folds at seventy-five octets so that it continues on the next line"));
    CHECK(ben.contact.tags.isEmpty());
}

TEST_CASE("vcard Apple export with pref custom labels and a company card", "[importvcard]")
{
    auto reader = openOk(QStringLiteral("apple.vcf"));
    const QList<ContactRecord> cards = readAll(*reader);
    REQUIRE(cards.size() == 2);

    const ContactRecord &john = cards[0];
    CHECK(john.row == 1);
    CHECK(john.warnings.isEmpty());
    const Contact &c = john.contact;
    CHECK(c.firstName == QStringLiteral("John Quincy"));
    CHECK(c.lastName == QStringLiteral("Smith"));
    CHECK(c.displayName == QStringLiteral("Dr. John Quincy Smith Jr."));
    CHECK(john.companyName == QStringLiteral("Acme Corp"));
    CHECK(c.jobTitle == QStringLiteral("Sales Manager"));
    // type=pref puts an address first, the others keep file order; X-ABLabel names it
    CHECK(values(c.emails) == QStringList {QStringLiteral("john@acme.example"), QStringLiteral("john@home.example")});
    CHECK(labels(c.emails) == QStringList {QStringLiteral("other"), QStringLiteral("home")});
    CHECK(values(c.phones)
          == QStringList {QStringLiteral("(503) 555-0123"), QStringLiteral("503-555-0100"),
                          QStringLiteral("+1 503 555 0199")});
    CHECK(labels(c.phones) == QStringList {QStringLiteral("mobile"), QStringLiteral("fax"), QStringLiteral("mobile")});
    CHECK(c.phones[0].primary);
    // the preferred address wins; its extended part (suite) follows the street lines
    CHECK(c.address.street == QStringLiteral("1 Infinite Loop\nBuilding 3\nSuite 200"));
    CHECK(c.address.city == QStringLiteral("Cupertino"));
    CHECK(c.address.region == QStringLiteral("CA"));
    CHECK(c.address.postalCode == QStringLiteral("95014"));
    CHECK(c.address.country == QStringLiteral("United States"));
    CHECK(c.birthday == Birthday {0, 12, 24});
    CHECK(c.tags == QStringList {QStringLiteral("VIP"), QStringLiteral("Wholesale, North")});

    const ContactRecord &acme = cards[1];
    CHECK(acme.row == 23);
    CHECK(acme.rejectReason.isEmpty());
    CHECK(acme.contact.kind == Contact::Kind::Company);
    CHECK(acme.contact.displayName == QStringLiteral("Acme Corp"));
    CHECK(acme.contact.firstName.isEmpty());
    CHECK(acme.contact.lastName.isEmpty());
    CHECK(acme.companyName.isEmpty());
    CHECK(labels(acme.contact.phones) == QStringList {QStringLiteral("work")});
}

TEST_CASE("vcard 2.1 with quoted-printable and bare parameters", "[importvcard]")
{
    auto reader = openOk(QStringLiteral("outlook21.vcf"));
    const QList<ContactRecord> cards = readAll(*reader);
    REQUIRE(cards.size() == 1);
    const Contact &c = cards[0].contact;
    CHECK(cards[0].row == 1);
    CHECK(cards[0].warnings.isEmpty());
    CHECK(c.firstName == QStringLiteral("Jörg"));
    CHECK(c.lastName == QStringLiteral("Müller"));
    CHECK(c.displayName == QStringLiteral("Jörg Müller"));
    CHECK(values(c.phones) == QStringList {QStringLiteral("0171 7654321"), QStringLiteral("+49 30 1234567")});
    CHECK(labels(c.phones) == QStringList {QStringLiteral("mobile"), QStringLiteral("work")});
    CHECK(values(c.emails) == QStringList {QStringLiteral("joerg@example.de")});
    CHECK(labels(c.emails) == QStringList {QString()});
    CHECK(c.notes == QStringLiteral("Erste Zeile\nZweite Zeile mit langem Text, der umbrochen wird €"));
    CHECK(c.birthday == Birthday {1970, 1, 2});
    CHECK(c.address.street == QStringLiteral("Straße 1"));
    CHECK(c.address.city == QStringLiteral("Köln"));
    CHECK(c.address.postalCode == QStringLiteral("50667"));
    CHECK(c.address.country == QStringLiteral("Deutschland"));
    CHECK(cards[0].companyName == QStringLiteral("Müller GmbH"));
}

TEST_CASE("vcard 4.0 with PREF numbers tel URIs and yearless birthdays", "[importvcard]")
{
    auto reader = openOk(QStringLiteral("v4.vcf"));
    const QList<ContactRecord> cards = readAll(*reader);
    REQUIRE(cards.size() == 3);

    const Contact &zoe = cards[0].contact;
    CHECK(cards[0].row == 1);
    CHECK(zoe.kind == Contact::Kind::Person);
    CHECK(zoe.firstName == QStringLiteral("Zoë"));
    CHECK(zoe.lastName == QStringLiteral("Durand"));
    CHECK(values(zoe.emails) == QStringList {QStringLiteral("zoe@home.example"), QStringLiteral("zoe@work.example")});
    CHECK(labels(zoe.emails) == QStringList {QStringLiteral("home"), QStringLiteral("work")});
    CHECK(values(zoe.phones) == QStringList {QStringLiteral("+33-6-12-34-56-78"), QStringLiteral("+33-1-23-45-67-89")});
    CHECK(labels(zoe.phones) == QStringList {QStringLiteral("mobile"), QStringLiteral("work")});
    CHECK(zoe.phones[0].normalized == QStringLiteral("+33612345678"));
    CHECK(zoe.birthday == Birthday {0, 5, 14});
    CHECK(values(zoe.websites) == QStringList {QStringLiteral("https://zoe.example")});
    CHECK(zoe.notes == QStringLiteral("Line one\nLine two, with comma; and semicolon \\ backslash\nLine three"));
    CHECK(zoe.tags == QStringList {QStringLiteral("Friends"), QStringLiteral("Newsletter"), QStringLiteral("Paris")});

    const ContactRecord &kenji = cards[1];
    CHECK(kenji.row == 16);
    CHECK(kenji.contact.firstName == QStringLiteral("Kenji"));
    CHECK(kenji.contact.lastName == QStringLiteral("Kitahara"));
    CHECK(kenji.contact.notes == QStringLiteral("北原 🍞"));
    CHECK(kenji.contact.birthday == Birthday {1990, 1, 1});
    CHECK(values(kenji.contact.emails) == QStringList {QStringLiteral("kenji@example.jp")});

    // only an organisation: the card is the company itself
    const ContactRecord &cafe = cards[2];
    CHECK(cafe.row == 23);
    CHECK(cafe.rejectReason.isEmpty());
    CHECK(cafe.contact.kind == Contact::Kind::Company);
    CHECK(cafe.contact.displayName == QStringLiteral("Café Lumière"));
    CHECK(cafe.companyName.isEmpty());
    CHECK(values(cafe.contact.emails) == QStringList {QStringLiteral("bonjour@lumiere.example")});
}

TEST_CASE("vcard folded lines bad values rejected and unterminated cards", "[importvcard]")
{
    auto reader = openOk(QStringLiteral("edge.vcf"));

    auto folded = nextContact(*reader);
    REQUIRE(folded.has_value());
    const QList<ImportIssue> junk = reader->takeIssues();
    REQUIRE(junk.size() == 1);
    CHECK(junk[0].row == 1);
    CHECK(junk[0].outcome == ImportIssue::Outcome::Warning);
    CHECK(junk[0].message.contains(QStringLiteral("Line 1")));

    CHECK(folded->row == 2);
    CHECK(folded->rejectReason.isEmpty());
    CHECK(folded->contact.firstName == QStringLiteral("Folded"));
    CHECK(folded->contact.lastName == QStringLiteral("Person"));
    CHECK(values(folded->contact.emails) == QStringList {QStringLiteral("folded.person@example.com")});
    CHECK(folded->contact.notes == QStringLiteral("This note is folded with a tab and a space"));
    CHECK(folded->contact.phones.isEmpty());
    CHECK(folded->contact.birthday.isNull());
    CHECK(warningColumns(*folded)
          == QStringList {QStringLiteral("TEL"), QStringLiteral("EMAIL"), QStringLiteral("BDAY")});
    CHECK(folded->warnings[0].row == 2);
    CHECK(folded->warnings[0].message.contains(QStringLiteral("not a phone")));
    CHECK(folded->warnings[1].message.contains(QStringLiteral("broken@")));
    CHECK(folded->warnings[2].message.contains(QStringLiteral("sometime in May")));

    auto noName = nextContact(*reader);
    REQUIRE(noName.has_value());
    CHECK(noName->row == 15);
    CHECK(noName->contact.notes == QStringLiteral("Only a note here"));
    CHECK(noName->rejectReason.contains(QStringLiteral("line 15")));
    CHECK(noName->warnings.isEmpty());

    auto missingEnd = nextContact(*reader);
    REQUIRE(missingEnd.has_value());
    CHECK(missingEnd->row == 21);
    CHECK(missingEnd->rejectReason.isEmpty());
    CHECK(missingEnd->contact.displayName == QStringLiteral("Missing End"));
    CHECK(labels(missingEnd->contact.phones) == QStringList {QStringLiteral("home")});
    REQUIRE(missingEnd->warnings.size() == 1);
    CHECK(missingEnd->warnings[0].message.contains(QStringLiteral("END:VCARD")));
    CHECK(missingEnd->warnings[0].message.contains(QStringLiteral("line 25")));

    auto cut = nextContact(*reader);
    REQUIRE(cut.has_value());
    CHECK(cut->row == 25);
    CHECK(cut->contact.firstName == QStringLiteral("Cut"));
    CHECK(cut->contact.lastName == QStringLiteral("Last"));
    CHECK(values(cut->contact.emails) == QStringList {QStringLiteral("cut@example.com")});
    REQUIRE(cut->warnings.size() == 1);
    CHECK(cut->warnings[0].message.contains(QStringLiteral("END:VCARD")));
    CHECK(cut->warnings[0].message.contains(QStringLiteral("line 25")));

    CHECK_FALSE(reader->next().has_value());
    CHECK_FALSE(reader->next().has_value());
    CHECK(reader->takeIssues().isEmpty());
    CHECK(reader->progress() == 1.0);
}

TEST_CASE("vcard encodings UTF-16 and Windows-1252 are detected", "[importvcard]")
{
    for (const auto &[file, encoding] :
         {std::pair {QStringLiteral("utf16le.vcf"), QStringLiteral("utf-16le")},
          std::pair {QStringLiteral("windows1252.vcf"), QStringLiteral("windows-1252")}}) {
        INFO(file.toStdString());
        auto reader = openOk(file);
        CHECK(reader->encoding() == encoding);
        const QList<ContactRecord> cards = readAll(*reader);
        REQUIRE(cards.size() == 1);
        CHECK(cards[0].contact.firstName == QStringLiteral("Zoë"));
        CHECK(cards[0].contact.lastName == QStringLiteral("Müller"));
        CHECK(cards[0].contact.displayName == QStringLiteral("Zoë Müller"));
        CHECK(cards[0].contact.notes == QStringLiteral("Preis 5 €"));
    }

    auto forced = openOk(QStringLiteral("windows1252.vcf"), QStringLiteral("cp1252"));
    CHECK(forced->encoding() == QStringLiteral("windows-1252"));
    auto utf16 = openOk(QStringLiteral("utf16le.vcf"), QStringLiteral("utf-16"));
    CHECK(utf16->encoding() == QStringLiteral("utf-16le"));
    REQUIRE(utf16->next().has_value());
}

TEST_CASE("vcard open errors name the file or the encoding", "[importvcard]")
{
    auto missing = VCardReader::open(fixture(QStringLiteral("nowhere.vcf")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("nowhere.vcf")));

    auto badEncoding = VCardReader::open(fixture(QStringLiteral("google.vcf")), QStringLiteral("klingon"));
    REQUIRE_FALSE(badEncoding.ok());
    CHECK(badEncoding.error().field == QStringLiteral("encoding"));
    CHECK(badEncoding.errorMessage().contains(QStringLiteral("klingon")));
    CHECK(badEncoding.errorMessage().contains(QStringLiteral("google.vcf")));
}

TEST_CASE("vcard file without cards is refused", "[importvcard]")
{
    auto opened = VCardReader::open(fixture(QStringLiteral("empty.vcf")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("empty.vcf")));
    CHECK(opened.errorMessage().contains(QStringLiteral("BEGIN:VCARD")));
    CHECK(opened.error().field == QStringLiteral("file"));
}

TEST_CASE("vcard content lines parameters and escapes", "[importvcard]")
{
    auto grouped = VCard::parseLine(QStringLiteral("item1.EMAIL;TYPE=WORK;TYPE=pref:a@b.example"));
    REQUIRE(grouped.has_value());
    CHECK(grouped->group == QStringLiteral("item1"));
    CHECK(grouped->name == QStringLiteral("EMAIL"));
    CHECK(grouped->types == QStringList {QStringLiteral("work")});
    CHECK(grouped->preference == 1);
    CHECK(grouped->value == QStringLiteral("a@b.example"));

    auto quoted = VCard::parseLine(QStringLiteral("TEL;TYPE=\"work,voice\";PREF=3;VALUE=uri:tel:+1-555"));
    REQUIRE(quoted.has_value());
    CHECK(quoted->types == QStringList {QStringLiteral("work"), QStringLiteral("voice")});
    CHECK(quoted->preference == 3);
    CHECK(quoted->value == QStringLiteral("tel:+1-555"));

    auto bare = VCard::parseLine(QStringLiteral("TEL;WORK;CELL:123"));
    REQUIRE(bare.has_value());
    CHECK(bare->types == QStringList {QStringLiteral("work"), QStringLiteral("cell")});
    CHECK(bare->preference == 100);

    auto qp = VCard::parseLine(QStringLiteral("NOTE;QUOTED-PRINTABLE:caf=C3=A9 =3D ok"));
    REQUIRE(qp.has_value());
    CHECK(qp->value == QStringLiteral("café = ok"));
    CHECK(VCard::isQuotedPrintable(QStringLiteral("NOTE;ENCODING=quoted-printable:x=")));
    CHECK_FALSE(VCard::isQuotedPrintable(QStringLiteral("NOTE:QUOTED-PRINTABLE=")));
    CHECK(VCard::decodeQuotedPrintable(QStringLiteral("M=FCller"), QStringLiteral("ISO-8859-1"))
          == QStringLiteral("Müller"));

    CHECK_FALSE(VCard::parseLine(QStringLiteral("no colon here")).has_value());
    CHECK_FALSE(VCard::parseLine(QStringLiteral(":value without name")).has_value());

    CHECK(VCard::unescape(QStringLiteral("a\\,b\\;c\\nd\\Ne\\\\f")) == QStringLiteral("a,b;c\nd\ne\\f"));
    CHECK(VCard::splitEscaped(QStringLiteral("a\\,b,c"), QLatin1Char(','))
          == QStringList {QStringLiteral("a\\,b"), QStringLiteral("c")});
    CHECK(VCard::components(QStringLiteral("Doe;John,Paul;;Dr\\.;"))
          == QStringList {QStringLiteral("Doe"), QStringLiteral("John Paul"), QString(), QStringLiteral("Dr."),
                          QString()});
}

TEST_CASE("vcard birthdays in every form", "[importvcard]")
{
    const auto birthday = [](const QString &value, const QString &omitYear = {}) {
        VCard::Property property;
        property.name = QStringLiteral("BDAY");
        property.value = value;
        property.omitYear = omitYear;
        return VCard::parseBirthday(property);
    };
    CHECK(birthday(QStringLiteral("1984-05-14")) == Birthday {1984, 5, 14});
    CHECK(birthday(QStringLiteral("19840514")) == Birthday {1984, 5, 14});
    CHECK(birthday(QStringLiteral("--0514")) == Birthday {0, 5, 14});
    CHECK(birthday(QStringLiteral("--05-14")) == Birthday {0, 5, 14});
    CHECK(birthday(QStringLiteral("1984-05-14T10:00:00Z")) == Birthday {1984, 5, 14});
    CHECK(birthday(QStringLiteral("19840514T100000")) == Birthday {1984, 5, 14});
    CHECK(birthday(QStringLiteral("1604-02-29"), QStringLiteral("1604")) == Birthday {0, 2, 29});
    CHECK_FALSE(birthday(QStringLiteral("1984-13-01")).has_value());
    CHECK_FALSE(birthday(QStringLiteral("--1302")).has_value());
    CHECK_FALSE(birthday(QStringLiteral("circa 1800")).has_value());
    CHECK_FALSE(birthday(QString()).has_value());
}
