#include "columnmapping.h"

#include "contentmapping.h"
#include "headerrules.h"
#include "knownlayouts.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

namespace clientele {

namespace {

using Synonyms = QHash<QString, QString>;

void add(Synonyms &table, const char *field, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        table.insert(KnownLayouts::normalizeHeader(QString::fromUtf8(key)), QString::fromUtf8(field));
}

// Header words in English, German, French and Spanish. Keys go through normalizeHeader, so case,
// accents, spaces and punctuation do not matter ("E-Mail", "e mail" and "EMAIL" are one key).
const Synonyms &contactSynonyms()
{
    static const Synonyms table = [] {
        Synonyms t;
        add(t, "first_name",
            {"first name", "firstname", "first", "given name", "given names", "first names", "forename", "forenames",
             "vorname", "vornamen", "rufname", "prénom", "prénoms", "nombre", "nombre de pila", "nom de baptême",
             "voornaam", "nome"});
        add(t, "last_name",
            {"last name", "lastname", "last", "surname", "family name", "last names", "family names", "nachname",
             "familienname", "zuname", "nom", "nom de famille", "nom de naissance", "apellido", "apellidos",
             "primer apellido", "achternaam", "cognome"});
        add(t, "full_name",
            {"name", "full name", "fullname", "contact name", "customer name", "customer", "client", "display name",
             "kunde", "kundenname", "vollständiger name", "nom complet", "nombre completo", "cliente", "contact",
             "kontakt"});
        add(t, "company", {"company",           "company name",
                           "organization",      "organisation",
                           "organization name", "org",
                           "business",          "account",
                           "account name",      "nom de l'entreprise",
                           "raison sociale",    "nombre de la empresa",
                           "business name",     "firma",
                           "firmenname",        "unternehmen",
                           "société",           "societe",
                           "entreprise",        "empresa",
                           "compañía",          "compania",
                           "organización"});
        add(t, "job_title",
            {"job title", "jobtitle", "position", "role", "occupation", "beruf", "funktion", "berufsbezeichnung",
             "poste", "fonction", "cargo", "puesto"});
        add(t, "email",
            {"email",
             "e-mail",
             "mail",
             "email address",
             "e-mail address",
             "emailaddress",
             "e-mail 1",
             "email 1",
             "primary email",
             "e-mail-adresse",
             "emailadresse",
             "courriel",
             "adresse e-mail",
             "adresse email",
             "adresse électronique",
             "mél",
             "correo",
             "correo electrónico",
             "correo electronico",
             "e-post"});
        add(t, "email2",
            {"email 2", "e-mail 2", "email2", "secondary email", "other email", "alternate email", "e-mail 2 address",
             "weitere e-mail", "zweite e-mail", "courriel 2", "correo 2"});
        add(t, "phone",
            {"phone", "phone number", "telephone", "téléphone", "tel", "tel.", "telefon", "telefonnummer", "teléfono",
             "telefono", "phone 1", "primary phone", "fon", "numéro de téléphone", "número de teléfono", "rufnummer"});
        add(t, "mobile", {"mobile",        "mobile phone",
                          "mobile number", "mobile phone number",
                          "cell",          "cell phone",
                          "cellphone",     "handy",
                          "handynummer",   "mobil",
                          "mobiltelefon",  "mobilnummer",
                          "portable",      "téléphone portable",
                          "tel portable",  "mobile phone 1",
                          "móvil",         "movil",
                          "celular",       "teléfono móvil"});
        add(t, "work_phone",
            {"work phone", "business phone", "office phone", "phone work", "telefon geschäftlich", "geschäftlich",
             "telefon arbeit", "téléphone professionnel", "téléphone travail", "tel travail", "teléfono del trabajo",
             "teléfono trabajo"});
        add(t, "home_phone",
            {"home phone", "phone home", "private phone", "telefon privat", "privat", "téléphone domicile",
             "tel domicile", "teléfono de casa", "teléfono particular"});
        add(t, "website",
            {"website", "web site", "web", "url", "homepage", "web page", "webseite", "internetseite", "site web",
             "site internet", "sitio web", "página web"});
        add(t, "street",
            {"street", "address", "address 1", "address1", "address line 1", "street address", "street 1",
             "street address 1", "straße", "strasse", "straße und hausnummer", "anschrift", "adresse", "rue",
             "adresse 1", "dirección", "direccion", "calle", "domicilio"});
        add(t, "street2",
            {"address 2", "address2", "address line 2", "street 2", "street address 2", "adresszusatz", "adresse 2",
             "complément d'adresse", "complement adresse", "dirección 2"});
        add(t, "city",
            {"city", "town", "ort", "stadt", "wohnort", "ville", "commune", "ciudad", "localidad", "población",
             "municipio"});
        add(t, "region",
            {"state", "province", "region", "county", "state/province", "state/region", "bundesland", "kanton",
             "région", "département", "departement", "provincia", "estado", "comunidad"});
        add(t, "postal_code",
            {"zip", "zip code", "zipcode", "postal code", "postcode", "post code", "plz", "postleitzahl", "code postal",
             "cp", "código postal", "codigo postal"});
        add(t, "country", {"country", "country/region", "country code", "land", "staat", "pays", "país", "pais"});
        add(t, "birthday",
            {"birthday", "birth date", "birthdate", "date of birth", "dob", "geburtstag", "geburtsdatum",
             "anniversaire", "date de naissance", "cumpleaños", "fecha de nacimiento"});
        add(t, "notes",
            {"notes",       "note",         "comment",     "comments",  "remarks",       "memo",       "notiz",
             "notizen",     "bemerkung",    "bemerkungen", "kommentar", "anmerkung",     "remarque",   "remarques",
             "commentaire", "commentaires", "nota",        "notas",     "observaciones", "comentarios"});
        add(t, "tags",
            {"tags", "tag", "labels", "label", "categories", "category", "groups", "group", "group membership",
             "kategorien", "kategorie", "gruppen", "schlagwörter", "étiquettes", "etiquettes", "catégories",
             "etiquetas", "categorías", "grupos"});
        add(t, "email_consent",
            {"accepts email marketing", "accepts marketing", "email consent", "newsletter", "opt-in", "opt in",
             "marketing consent", "email marketing", "subscribed", "email subscription status", "subscription status",
             "einwilligung", "newsletter-einwilligung", "consentement", "consentement marketing", "consentimiento",
             "boletín"});
        add(t, "consent_date",
            {"consent date", "opt-in date", "optin date", "subscribed at", "subscription date", "einwilligungsdatum",
             "date de consentement", "fecha de consentimiento"});
        add(t, "external_id",
            {"id", "customer id", "external id", "reference id", "contact id", "record id", "client id", "kundennummer",
             "kunden-nr", "kundennr", "numéro client", "identifiant", "id cliente", "número de cliente"});
        add(t, "created_at",
            {"created at", "created", "create date", "date created", "created on", "signup date", "customer since",
             "erstellt am", "angelegt am", "kunde seit", "date de création", "client depuis", "fecha de creación",
             "cliente desde"});
        return t;
    }();
    return table;
}

const Synonyms &orderSynonyms()
{
    static const Synonyms table = [] {
        Synonyms t;
        add(t, "order_number",
            {"order number", "order", "order id", "order no", "order no.", "order #", "order_id", "invoice number",
             "invoice", "bestellnummer", "bestellung", "auftragsnummer", "rechnungsnummer", "numéro de commande",
             "commande", "n° de commande", "número de pedido", "pedido"});
        add(t, "order_date",
            {"order date", "date", "created at", "created", "sale date", "ordered at", "purchase date", "bestelldatum",
             "datum", "auftragsdatum", "date de commande", "fecha", "fecha del pedido"});
        add(t, "customer_email",
            {"email", "e-mail", "mail", "customer email", "email address", "buyer email", "e-mail-adresse", "courriel",
             "correo", "correo electrónico"});
        add(t, "customer_name",
            {"customer", "customer name", "name", "full name", "buyer", "buyer name", "billing name", "kunde",
             "kundenname", "client", "nom du client", "cliente", "nombre del cliente"});
        add(t, "customer_phone",
            {"phone", "customer phone", "billing phone", "telephone", "tel", "tel.", "telefon", "téléphone",
             "teléfono"});
        add(t, "product",
            {"product", "product name", "item", "item name", "lineitem name", "description", "article", "artikel",
             "artikelname", "produkt", "bezeichnung", "produit", "désignation", "producto", "artículo"});
        add(t, "sku",
            {"sku", "lineitem sku", "article number", "item number", "product code", "artikelnummer", "art.-nr.",
             "référence", "reference", "ref", "referencia"});
        add(t, "quantity",
            {"quantity", "qty", "lineitem quantity", "amount of items", "menge", "anzahl", "stückzahl", "quantité",
             "qté", "cantidad"});
        add(t, "unit_price",
            {"price", "unit price", "lineitem price", "item price", "preis", "einzelpreis", "stückpreis", "prix",
             "prix unitaire", "precio", "precio unitario"});
        add(t, "line_total",
            {"line total", "item total", "amount", "line amount", "gesamtpreis", "betrag", "montant", "importe"});
        add(t, "subtotal", {"subtotal", "sub total", "zwischensumme", "sous-total", "subtotal del pedido"});
        add(t, "discount", {"discount", "discount amount", "rabatt", "nachlass", "remise", "réduction", "descuento"});
        add(t, "tax",
            {"tax", "taxes", "sales tax", "vat", "mwst", "mwst.", "ust", "steuer", "umsatzsteuer", "tva", "taxe", "iva",
             "impuesto", "impuestos"});
        add(t, "shipping",
            {"shipping", "shipping cost", "delivery", "delivery fee", "versand", "versandkosten", "porto", "livraison",
             "frais de port", "frais de livraison", "envío", "gastos de envío"});
        add(t, "total",
            {"total", "order total", "grand total", "total amount", "gesamt", "gesamtbetrag", "summe", "endbetrag",
             "total ttc", "montant total", "importe total"});
        add(t, "currency", {"currency", "currency code", "währung", "devise", "monnaie", "moneda", "divisa"});
        add(t, "status",
            {"status", "order status", "fulfillment status", "bestellstatus", "auftragsstatus", "statut",
             "statut de la commande", "estado", "estado del pedido"});
        add(t, "payment_status",
            {"payment status", "financial status", "paid", "zahlungsstatus", "bezahlt", "statut du paiement",
             "statut de paiement", "estado del pago", "pagado"});
        add(t, "paid_at",
            {"paid at", "payment date", "date paid", "paid on", "bezahlt am", "zahlungsdatum", "date de paiement",
             "payé le", "fecha de pago"});
        add(t, "due_date",
            {"due date", "pickup date", "pick-up date", "fällig am", "fälligkeitsdatum", "abholdatum",
             "date d'échéance", "date de retrait", "fecha de vencimiento", "fecha de recogida"});
        add(t, "notes",
            {"notes", "note", "comment", "comments", "remarks", "memo", "notiz", "notizen", "bemerkung", "kommentar",
             "remarque", "commentaire", "nota", "notas", "observaciones"});
        return t;
    }();
    return table;
}

// Columns numbered by the exporting tool ("Email 3", "Telefon 2") map like their first one.
QString fieldForKey(const QString &key, ImportEntity entity)
{
    const Synonyms &table = entity == ImportEntity::Contacts ? contactSynonyms() : orderSynonyms();
    if (const auto it = table.constFind(key); it != table.constEnd())
        return it.value();
    if (entity == ImportEntity::Contacts) {
        qsizetype end = key.size();
        while (end > 0 && key.at(end - 1).isDigit())
            --end;
        if (end < key.size() && end > 0) {
            const QString field = table.value(key.left(end));
            static const QSet<QString> repeatable
                = {QStringLiteral("email"),      QStringLiteral("phone"),      QStringLiteral("mobile"),
                   QStringLiteral("work_phone"), QStringLiteral("home_phone"), QStringLiteral("website"),
                   QStringLiteral("tags"),       QStringLiteral("notes")};
            if (repeatable.contains(field))
                return field == QLatin1String("email") ? QStringLiteral("email2") : field;
        }
    }
    return {};
}

struct Candidate
{
    int score = 0;
    const KnownLayout *layout = nullptr;
};

Candidate scoreHeader(const QStringList &cells, ImportEntity entity)
{
    Candidate candidate;
    candidate.layout = KnownLayouts::match(cells, entity);
    QSet<QString> fields;
    for (const QString &cell : cells) {
        if (cell.trimmed().isEmpty())
            continue;
        QString field = candidate.layout ? KnownLayouts::fieldFor(*candidate.layout, cell) : QString();
        if (field.isEmpty())
            field = MappingDetector::fieldForHeader(cell, entity);
        if (field != ImportFields::Ignore)
            fields.insert(field);
    }
    // A known layout beats any count of lenient matches.
    candidate.score = int(fields.size()) + (candidate.layout ? 1000 : 0);
    return candidate;
}

} // namespace

QString MappingDetector::fieldForHeader(const QString &header, ImportEntity entity)
{
    const QString key = KnownLayouts::normalizeHeader(header);
    if (key.isEmpty())
        return ImportFields::Ignore;
    if (entity == ImportEntity::Contacts) {
        if (const QString field = HeaderRules::decisiveContactField(header); !field.isEmpty())
            return field;
    }
    QString field = fieldForKey(key, entity);
    if (field.isEmpty() && entity == ImportEntity::Contacts) {
        if (const QString plain = HeaderRules::withoutQualifier(header); !plain.isEmpty())
            field = fieldForKey(KnownLayouts::normalizeHeader(plain), entity);
        if (field.isEmpty())
            field = HeaderRules::contactFieldFromWords(header);
    }
    return field.isEmpty() ? ImportFields::Ignore : field;
}

ColumnMapping MappingDetector::detect(const QList<RawRow> &firstRows, ImportEntity entity)
{
    ColumnMapping mapping;
    if (firstRows.isEmpty())
        return mapping;
    if (entity == ImportEntity::Contacts) {
        if (auto headerless = ContentMapping::detectHeaderless(firstRows))
            return *headerless;
    }
    qsizetype best = 0;
    Candidate bestCandidate;
    for (qsizetype i = 0; i < firstRows.size() && i < 20; ++i) {
        const Candidate candidate = scoreHeader(firstRows.at(i).cells, entity);
        if (candidate.score > bestCandidate.score) {
            best = i;
            bestCandidate = candidate;
        }
    }
    const RawRow &header = firstRows.at(best);
    mapping.headerLine = header.line;
    mapping.headers = header.cells;
    if (bestCandidate.layout)
        mapping.layout = bestCandidate.layout->id;
    for (const QString &cell : header.cells) {
        QString field = bestCandidate.layout ? KnownLayouts::fieldFor(*bestCandidate.layout, cell) : QString();
        if (field.isEmpty())
            field = fieldForHeader(cell, entity);
        mapping.fields.append(field);
    }
    // German files say "Vorname, Name": beside a first-name column, "Name" is the last name.
    if (entity == ImportEntity::Contacts && mapping.layout.isEmpty()
        && mapping.fields.contains(QStringLiteral("first_name"))
        && !mapping.fields.contains(QStringLiteral("last_name"))
        && mapping.fields.count(QStringLiteral("full_name")) == 1) {
        mapping.fields[mapping.fields.indexOf(QStringLiteral("full_name"))] = QStringLiteral("last_name");
    }
    if (entity == ImportEntity::Contacts)
        HeaderRules::refineContactMapping(mapping);
    return mapping;
}

} // namespace clientele
