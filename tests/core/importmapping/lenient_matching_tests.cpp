#include "import/mapping/columnmapping.h"
#include "import/mapping/knownlayouts.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString contactField(const char *header)
{
    return MappingDetector::fieldForHeader(QString::fromUtf8(header), ImportEntity::Contacts);
}

QString orderField(const char *header)
{
    return MappingDetector::fieldForHeader(QString::fromUtf8(header), ImportEntity::Orders);
}

void checkAll(const char *field, std::initializer_list<const char *> headers)
{
    for (const char *header : headers) {
        INFO(header);
        CHECK(contactField(header) == QString::fromUtf8(field));
    }
}

} // namespace

TEST_CASE("headers are compared without case accents punctuation or spaces")
{
    CHECK(KnownLayouts::normalizeHeader(QStringLiteral("E-Mail-Adresse")) == QLatin1String("emailadresse"));
    CHECK(KnownLayouts::normalizeHeader(QStringLiteral(" Straße privat ")) == QLatin1String("strasseprivat"));
    CHECK(KnownLayouts::normalizeHeader(QStringLiteral("Prénom")) == QLatin1String("prenom"));
    CHECK(KnownLayouts::normalizeHeader(QStringLiteral("Tel.")) == QLatin1String("tel"));
    CHECK(contactField("EMAIL") == QLatin1String("email"));
    CHECK(contactField("e mail") == QLatin1String("email"));
    CHECK(contactField("  First_Name ") == QLatin1String("first_name"));
    CHECK(contactField("SOCIETE") == QLatin1String("company"));
}

TEST_CASE("email synonyms map to the email field")
{
    checkAll("email",
             {"Email", "E-mail", "E-Mail", "Mail", "Courriel", "Correo electrónico", "E-Mail-Adresse", "Email Address",
              "Adresse e-mail"});
    checkAll("email2", {"Email 2", "E-Mail 2", "Secondary email", "Email3"});
}

TEST_CASE("phone synonyms map to phone mobile work and home")
{
    checkAll("phone", {"Phone", "Tel.", "Tel", "Telefon", "Téléphone", "Teléfono", "Phone Number", "Telefonnummer"});
    checkAll("mobile", {"Mobile", "Handy", "Portable", "Mobiltelefon", "Cell", "Móvil", "Mobile Phone"});
    checkAll("work_phone", {"Work phone", "Business Phone", "Telefon geschäftlich"});
    checkAll("home_phone", {"Home phone", "Telefon privat"});
    checkAll("phone", {"Telefon 2"});
}

TEST_CASE("name synonyms in four languages map to name fields")
{
    checkAll("first_name", {"First Name", "Vorname", "Prénom", "Nombre", "Given name", "Forename"});
    checkAll("last_name", {"Last Name", "Nachname", "Nom", "Apellido", "Apellidos", "Surname", "Nom de famille"});
    checkAll("full_name", {"Name", "Full name", "Kunde", "Nom complet", "Customer"});
    checkAll("company", {"Company", "Firma", "Société", "Empresa", "Organisation", "Unternehmen"});
    checkAll("job_title", {"Job Title", "Position", "Fonction", "Cargo"});
}

TEST_CASE("address birthday and other synonyms map to their fields")
{
    checkAll("street", {"Street", "Address", "Straße", "Strasse", "Adresse", "Rue", "Dirección", "Address Line 1"});
    checkAll("street2", {"Address 2", "Adresszusatz", "Address line 2"});
    checkAll("city", {"City", "Ort", "Stadt", "Ville", "Ciudad", "Town"});
    checkAll("region", {"State", "Province", "Bundesland", "Région", "Provincia"});
    checkAll("postal_code", {"PLZ", "Postleitzahl", "Code postal", "Zip", "ZIP Code", "Código postal", "Postcode"});
    checkAll("country", {"Country", "Land", "Pays", "País"});
    checkAll(
        "birthday",
        {"Birthday", "Geburtstag", "Anniversaire", "Geburtsdatum", "Date of birth", "Cumpleaños", "Date de naissance"});
    checkAll("notes", {"Notes", "Notiz", "Bemerkungen", "Remarques", "Comentarios", "Memo"});
    checkAll("tags", {"Tags", "Kategorien", "Étiquettes", "Etiquetas", "Labels", "Groups"});
    checkAll("email_consent", {"Newsletter", "Accepts Marketing", "Opt-in", "Einwilligung"});
    checkAll("consent_date", {"Consent date", "Opt-in date"});
    checkAll("external_id", {"ID", "Customer ID", "Kundennummer"});
    checkAll("created_at", {"Created at", "Kunde seit", "Date de création"});
    checkAll("website", {"Website", "URL", "Webseite", "Site web"});
    checkAll("ignore", {"Lieblingsfarbe", "", "???", "Total Spent"});
}

TEST_CASE("order headers map leniently")
{
    CHECK(orderField("Order Number") == QLatin1String("order_number"));
    CHECK(orderField("Bestellnummer") == QLatin1String("order_number"));
    CHECK(orderField("N° de commande") == QLatin1String("order_number"));
    CHECK(orderField("Datum") == QLatin1String("order_date"));
    CHECK(orderField("E-mail") == QLatin1String("customer_email"));
    CHECK(orderField("Kunde") == QLatin1String("customer_name"));
    CHECK(orderField("Artikel") == QLatin1String("product"));
    CHECK(orderField("Menge") == QLatin1String("quantity"));
    CHECK(orderField("Qty") == QLatin1String("quantity"));
    CHECK(orderField("Einzelpreis") == QLatin1String("unit_price"));
    CHECK(orderField("MwSt.") == QLatin1String("tax"));
    CHECK(orderField("TVA") == QLatin1String("tax"));
    CHECK(orderField("Versandkosten") == QLatin1String("shipping"));
    CHECK(orderField("Rabatt") == QLatin1String("discount"));
    CHECK(orderField("Gesamtbetrag") == QLatin1String("total"));
    CHECK(orderField("Währung") == QLatin1String("currency"));
    CHECK(orderField("Zahlungsstatus") == QLatin1String("payment_status"));
    CHECK(orderField("Abholdatum") == QLatin1String("due_date"));
    CHECK(orderField("Lieblingsfarbe") == QLatin1String("ignore"));
}

TEST_CASE("every field id has a label and the field lists are complete")
{
    const QStringList contact = ImportFields::contactFields();
    CHECK(contact.size() == 29);
    CHECK(contact.contains(QStringLiteral("email_consent")));
    CHECK(contact.last() == ImportFields::Ignore);
    const QStringList order = ImportFields::orderFields();
    CHECK(order.size() == 22);
    CHECK(order.contains(QStringLiteral("paid_at")));
    for (const QString &field : contact + order) {
        INFO(field.toStdString());
        CHECK(ImportFields::label(field) != field);
    }
    CHECK(ImportFields::label(QStringLiteral("custom:Allergies")) == QLatin1String("Custom field: Allergies"));
    CHECK(ImportIssue::outcomeName(ImportIssue::Outcome::Rejected) == QLatin1String("rejected"));
    CHECK(ImportIssue::outcomeName(ImportIssue::Outcome::Merged) == QLatin1String("merged"));
    CHECK(ImportIssue::outcomeName(ImportIssue::Outcome::Skipped) == QLatin1String("skipped"));
    CHECK(ImportIssue::outcomeName(ImportIssue::Outcome::Warning) == QLatin1String("warning"));
}

TEST_CASE("every synonym a layout maps is a known field id")
{
    const QStringList contact = ImportFields::contactFields();
    const QStringList order = ImportFields::orderFields();
    for (const KnownLayout &layout : KnownLayouts::all()) {
        const QStringList &known = layout.entity == ImportEntity::Contacts ? contact : order;
        for (const auto &[header, field] : layout.columns) {
            INFO((layout.id + QStringLiteral(": ") + header).toStdString());
            CHECK(known.contains(field));
        }
    }
}
