#include "knownlayouttables.h"

namespace clientele::KnownLayouts::Tables {

namespace {

KnownLayout shopifyCustomers()
{
    KnownLayout l;
    l.id = QStringLiteral("shopify_customers");
    l.signatures = signatures({{"Accepts Email Marketing", "Total Spent"}, {"Accepts Marketing", "Total Spent"}});
    // Both the classic export and the 2023 one ("Customer ID", "Default Address ...").
    l.columns = columns({
        {"Customer ID", "external_id"},
        {"First Name", "first_name"},
        {"Last Name", "last_name"},
        {"Email", "email"},
        {"Accepts Email Marketing", "email_consent"},
        {"Accepts Marketing", "email_consent"},
        {"Company", "company"},
        {"Address1", "street"},
        {"Address2", "street2"},
        {"City", "city"},
        {"Province", "region"},
        {"Province Code", "ignore"},
        {"Country", "country"},
        {"Country Code", "ignore"},
        {"Zip", "postal_code"},
        {"Phone", "phone"},
        {"Default Address Company", "company"},
        {"Default Address Address1", "street"},
        {"Default Address Address2", "street2"},
        {"Default Address City", "city"},
        {"Default Address Province Code", "region"},
        {"Default Address Country Code", "country"},
        {"Default Address Zip", "postal_code"},
        {"Default Address Phone", "phone"},
        {"Accepts SMS Marketing", "ignore"},
        {"Total Spent", "ignore"},
        {"Total Orders", "ignore"},
        {"Tags", "tags"},
        {"Note", "notes"},
        {"Tax Exempt", "ignore"},
    });
    return l;
}

KnownLayout googleContacts()
{
    KnownLayout l;
    l.id = QStringLiteral("google_contacts");
    l.signatures = signatures({{"Given Name", "Family Name"},
                               {"Group Membership", "E-mail 1 - Value"},
                               {"E-mail 1 - Label", "E-mail 1 - Value"},
                               {"Phone 1 - Label", "Phone 1 - Value"},
                               {"Labels", "File As"}});
    // The classic export (Name, Given Name, ..., Group Membership) and the 2023 one (First Name,
    // ..., Labels, "E-mail 1 - Label"). Only the first address and organization are kept.
    l.columns = columns({
        {"Name", "full_name"},
        {"Given Name", "first_name"},
        {"Additional Name", "ignore"},
        {"Family Name", "last_name"},
        {"Yomi Name", "ignore"},
        {"Given Name Yomi", "ignore"},
        {"Additional Name Yomi", "ignore"},
        {"Family Name Yomi", "ignore"},
        {"Name Prefix", "ignore"},
        {"Name Suffix", "ignore"},
        {"Initials", "ignore"},
        {"Nickname", "ignore"},
        {"Short Name", "ignore"},
        {"Maiden Name", "ignore"},
        {"Birthday", "birthday"},
        {"Gender", "ignore"},
        {"Location", "ignore"},
        {"Billing Information", "ignore"},
        {"Directory Server", "ignore"},
        {"Mileage", "ignore"},
        {"Occupation", "ignore"},
        {"Hobby", "ignore"},
        {"Sensitivity", "ignore"},
        {"Priority", "ignore"},
        {"Subject", "ignore"},
        {"Notes", "notes"},
        {"Language", "ignore"},
        {"Photo", "ignore"},
        {"Group Membership", "tags"},
        {"First Name", "first_name"},
        {"Middle Name", "ignore"},
        {"Last Name", "last_name"},
        {"Phonetic First Name", "ignore"},
        {"Phonetic Middle Name", "ignore"},
        {"Phonetic Last Name", "ignore"},
        {"File As", "ignore"},
        {"Organization Name", "company"},
        {"Organization Title", "job_title"},
        {"Organization Department", "ignore"},
        {"Labels", "tags"},
        {"Address 1 - Street", "street"},
        {"Address 1 - Extended Address", "street2"},
        {"Address 1 - City", "city"},
        {"Address 1 - Region", "region"},
        {"Address 1 - Postal Code", "postal_code"},
        {"Address 1 - Country", "country"},
        {"Organization 1 - Name", "company"},
        {"Organization 1 - Title", "job_title"},
    });
    l.patterns = patterns({
        {"^email\\d+value$", "email"},
        {"^phone\\d+value$", "phone"},
        {"^website\\d+value$", "website"},
        {"^(email|phone|address|website|organization|relation|event|im|customfield|externalid|calendarlink|"
         "userdefinedfield|jot)\\d+",
         "ignore"},
    });
    return l;
}

KnownLayout outlookContacts()
{
    KnownLayout l;
    l.id = QStringLiteral("outlook_contacts");
    l.signatures = signatures({{"E-mail Address", "Home Street"},
                               {"E-mail Display Name", "E-mail Type"},
                               {"Business Phone", "Mobile Phone", "E-mail Address"}});
    // Outlook for the US writes dates month first.
    l.dateOrder = DateOrder::MonthDayYear;
    // One address per contact: the home address; the business and other addresses are ignored.
    l.columns = columns({
        {"Title", "ignore"},
        {"First Name", "first_name"},
        {"Middle Name", "ignore"},
        {"Last Name", "last_name"},
        {"Suffix", "ignore"},
        {"Nickname", "ignore"},
        {"Company", "company"},
        {"Department", "ignore"},
        {"Job Title", "job_title"},
        {"Business Street", "ignore"},
        {"Business Street 2", "ignore"},
        {"Business Street 3", "ignore"},
        {"Business City", "ignore"},
        {"Business State", "ignore"},
        {"Business Postal Code", "ignore"},
        {"Business Country/Region", "ignore"},
        {"Home Street", "street"},
        {"Home Street 2", "street2"},
        {"Home Street 3", "ignore"},
        {"Home City", "city"},
        {"Home State", "region"},
        {"Home Postal Code", "postal_code"},
        {"Home Country/Region", "country"},
        {"Other Street", "ignore"},
        {"Other Street 2", "ignore"},
        {"Other Street 3", "ignore"},
        {"Other City", "ignore"},
        {"Other State", "ignore"},
        {"Other Postal Code", "ignore"},
        {"Other Country/Region", "ignore"},
        {"Assistant's Phone", "ignore"},
        {"Business Fax", "ignore"},
        {"Business Phone", "work_phone"},
        {"Business Phone 2", "work_phone"},
        {"Callback", "ignore"},
        {"Car Phone", "ignore"},
        {"Company Main Phone", "work_phone"},
        {"Home Fax", "ignore"},
        {"Home Phone", "home_phone"},
        {"Home Phone 2", "home_phone"},
        {"ISDN", "ignore"},
        {"Mobile Phone", "mobile"},
        {"Other Fax", "ignore"},
        {"Other Phone", "phone"},
        {"Pager", "ignore"},
        {"Primary Phone", "phone"},
        {"Radio Phone", "ignore"},
        {"TTY/TDD Phone", "ignore"},
        {"Telex", "ignore"},
        {"Account", "ignore"},
        {"Anniversary", "ignore"},
        {"Assistant's Name", "ignore"},
        {"Billing Information", "ignore"},
        {"Birthday", "birthday"},
        {"Business Address PO Box", "ignore"},
        {"Categories", "tags"},
        {"Children", "ignore"},
        {"Directory Server", "ignore"},
        {"E-mail Address", "email"},
        {"E-mail Type", "ignore"},
        {"E-mail Display Name", "ignore"},
        {"E-mail 2 Address", "email2"},
        {"E-mail 2 Type", "ignore"},
        {"E-mail 2 Display Name", "ignore"},
        {"E-mail 3 Address", "email2"},
        {"E-mail 3 Type", "ignore"},
        {"E-mail 3 Display Name", "ignore"},
        {"Gender", "ignore"},
        {"Government ID Number", "ignore"},
        {"Hobby", "ignore"},
        {"Home Address PO Box", "ignore"},
        {"Initials", "ignore"},
        {"Internet Free Busy", "ignore"},
        {"Keywords", "ignore"},
        {"Language", "ignore"},
        {"Location", "ignore"},
        {"Manager's Name", "ignore"},
        {"Mileage", "ignore"},
        {"Notes", "notes"},
        {"Office Location", "ignore"},
        {"Organizational ID Number", "ignore"},
        {"Other Address PO Box", "ignore"},
        {"Priority", "ignore"},
        {"Private", "ignore"},
        {"Profession", "ignore"},
        {"Referred By", "ignore"},
        {"Sensitivity", "ignore"},
        {"Spouse", "ignore"},
        {"User 1", "ignore"},
        {"User 2", "ignore"},
        {"User 3", "ignore"},
        {"User 4", "ignore"},
        {"Web Page", "website"},
        // Outlook.com writes these too.
        {"Given Yomi", "ignore"},
        {"Surname Yomi", "ignore"},
        {"Company Yomi", "ignore"},
        {"IMAddress", "ignore"},
        {"Schools", "ignore"},
        {"Personal Web Page", "ignore"},
    });
    return l;
}

KnownLayout outlookContactsGerman()
{
    KnownLayout l;
    l.id = QStringLiteral("outlook_contacts");
    l.signatures = signatures({{"E-Mail-Adresse", "Straße privat"},
                               {"E-Mail: Angezeigter Name", "E-Mail-Typ"},
                               {"Vorname", "Nachname", "Mobiltelefon", "Telefon geschäftlich"}});
    l.dateOrder = DateOrder::DayMonthYear;
    l.columns = columns({
        {"Anrede", "ignore"},
        {"Vorname", "first_name"},
        {"Weitere Vornamen", "ignore"},
        {"Nachname", "last_name"},
        {"Suffix", "ignore"},
        {"Firma", "company"},
        {"Abteilung", "ignore"},
        {"Position", "job_title"},
        {"Straße geschäftlich", "ignore"},
        {"Straße geschäftlich 2", "ignore"},
        {"Straße geschäftlich 3", "ignore"},
        {"Ort geschäftlich", "ignore"},
        {"Region geschäftlich", "ignore"},
        {"Postleitzahl geschäftlich", "ignore"},
        {"Land/Region geschäftlich", "ignore"},
        {"Straße privat", "street"},
        {"Straße privat 2", "street2"},
        {"Straße privat 3", "ignore"},
        {"Ort privat", "city"},
        {"Bundesland/Kanton privat", "region"},
        {"Postleitzahl privat", "postal_code"},
        {"Land/Region privat", "country"},
        {"Weitere Straße", "ignore"},
        {"Weitere Straße 2", "ignore"},
        {"Weitere Straße 3", "ignore"},
        {"Weiterer Ort", "ignore"},
        {"Weiteres/r Bundesland/Kanton", "ignore"},
        {"Weitere Postleitzahl", "ignore"},
        {"Weiteres/e Land/Region", "ignore"},
        {"Telefon Assistent", "ignore"},
        {"Fax geschäftlich", "ignore"},
        {"Telefon geschäftlich", "work_phone"},
        {"Telefon geschäftlich 2", "work_phone"},
        {"Rückmeldung", "ignore"},
        {"Autotelefon", "ignore"},
        {"Telefon Firma", "work_phone"},
        {"Fax privat", "ignore"},
        {"Telefon privat", "home_phone"},
        {"Telefon privat 2", "home_phone"},
        {"ISDN", "ignore"},
        {"Mobiltelefon", "mobile"},
        {"Weiteres Fax", "ignore"},
        {"Weiteres Telefon", "phone"},
        {"Pager", "ignore"},
        {"Haupttelefon", "phone"},
        {"Mobiltelefon 2", "mobile"},
        {"Telefon für Hörbehinderte", "ignore"},
        {"Telex", "ignore"},
        {"Abrechnungsinformation", "ignore"},
        {"Benutzer 1", "ignore"},
        {"Benutzer 2", "ignore"},
        {"Benutzer 3", "ignore"},
        {"Benutzer 4", "ignore"},
        {"Beruf", "ignore"},
        {"Büro", "ignore"},
        {"E-Mail-Adresse", "email"},
        {"E-Mail-Typ", "ignore"},
        {"E-Mail: Angezeigter Name", "ignore"},
        {"E-Mail 2: Adresse", "email2"},
        {"E-Mail 2: Typ", "ignore"},
        {"E-Mail 2: Angezeigter Name", "ignore"},
        {"E-Mail 3: Adresse", "email2"},
        {"E-Mail 3: Typ", "ignore"},
        {"E-Mail 3: Angezeigter Name", "ignore"},
        {"Geburtstag", "birthday"},
        {"Geschlecht", "ignore"},
        {"Hobby", "ignore"},
        {"Initialen", "ignore"},
        {"Internet-Frei/Gebucht", "ignore"},
        {"Jahrestag", "ignore"},
        {"Kategorien", "tags"},
        {"Kinder", "ignore"},
        {"Konto", "ignore"},
        {"Name Assistent", "ignore"},
        {"Name des/der Vorgesetzten", "ignore"},
        {"Notizen", "notes"},
        {"Organisationsnr.", "ignore"},
        {"Ort", "ignore"},
        {"Partner", "ignore"},
        {"Postfach geschäftlich", "ignore"},
        {"Postfach privat", "ignore"},
        {"Priorität", "ignore"},
        {"Privat", "ignore"},
        {"Regierungsnr.", "ignore"},
        {"Reisekilometer", "ignore"},
        {"Sprache", "ignore"},
        {"Stichwörter", "ignore"},
        {"Vertraulichkeit", "ignore"},
        {"Verzeichnisserver", "ignore"},
        {"Webseite", "website"},
        {"Weiteres Postfach", "ignore"},
        {"Empfohlen von", "ignore"},
    });
    return l;
}

KnownLayout squareCustomers()
{
    KnownLayout l;
    l.id = QStringLiteral("square_customers");
    l.signatures = signatures({{"Square Customer ID"}, {"Reference ID", "Creation Source"}});
    l.dateOrder = DateOrder::MonthDayYear;
    l.columns = columns({
        {"Reference ID", "external_id"},
        {"First Name", "first_name"},
        {"Last Name", "last_name"},
        {"Email Address", "email"},
        {"Phone Number", "phone"},
        {"Nickname", "ignore"},
        {"Company Name", "company"},
        {"Street Address 1", "street"},
        {"Street Address 2", "street2"},
        {"City", "city"},
        {"State", "region"},
        {"Postal Code", "postal_code"},
        {"Country", "country"},
        {"Birthday", "birthday"},
        {"Memo", "notes"},
        {"Square Customer ID", "external_id"},
        {"Creation Source", "ignore"},
        {"First Visit", "created_at"},
        {"Last Visit", "ignore"},
        {"Transaction Count", "ignore"},
        {"Lifetime Spend", "ignore"},
        {"Email Subscription Status", "email_consent"},
        {"Instant Profile", "ignore"},
        {"Groups", "tags"},
    });
    return l;
}

KnownLayout hubspotContacts()
{
    KnownLayout l;
    l.id = QStringLiteral("hubspot_contacts");
    l.signatures = signatures(
        {{"Record ID", "Marketing contact status"}, {"Record ID", "Lead Status"}, {"Record ID", "Lifecycle Stage"}});
    l.columns = columns({
        {"Record ID", "external_id"},
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
        {"Website URL", "website"},
        {"Marketing contact status", "ignore"},
        {"Create Date", "created_at"},
        {"Lead Status", "ignore"},
        {"Lifecycle Stage", "ignore"},
        {"Contact owner", "ignore"},
        {"Last Activity Date", "ignore"},
        {"Associated Company", "ignore"},
        {"Primary Associated Company ID", "ignore"},
    });
    return l;
}

KnownLayout mailchimpAudience()
{
    KnownLayout l;
    l.id = QStringLiteral("mailchimp_audience");
    l.signatures = signatures({{"MEMBER_RATING"}, {"OPTIN_TIME", "LEID"}, {"Email Address", "EUID"}});
    // Mailchimp's birthday field is "MM/DD".
    l.dateOrder = DateOrder::MonthDayYear;
    l.columns = columns({
        {"Email Address", "email"},
        {"First Name", "first_name"},
        {"Last Name", "last_name"},
        {"Address", "street"},
        {"Phone Number", "phone"},
        {"Birthday", "birthday"},
        {"Company", "company"},
        {"MEMBER_RATING", "ignore"},
        {"OPTIN_TIME", "ignore"},
        {"OPTIN_IP", "ignore"},
        {"CONFIRM_TIME", "consent_date"},
        {"CONFIRM_IP", "ignore"},
        {"LATITUDE", "ignore"},
        {"LONGITUDE", "ignore"},
        {"GMTOFF", "ignore"},
        {"DSTOFF", "ignore"},
        {"TIMEZONE", "ignore"},
        {"CC", "ignore"},
        {"REGION", "ignore"},
        {"LAST_CHANGED", "ignore"},
        {"LEID", "ignore"},
        {"EUID", "ignore"},
        {"NOTES", "notes"},
        {"TAGS", "tags"},
        {"UNSUB_TIME", "ignore"},
        {"UNSUB_CAMPAIGN_TITLE", "ignore"},
        {"UNSUB_CAMPAIGN_ID", "ignore"},
        {"UNSUB_REASON", "ignore"},
        {"UNSUB_REASON_OTHER", "ignore"},
        {"CLEAN_TIME", "ignore"},
        {"CLEAN_CAMPAIGN_TITLE", "ignore"},
        {"CLEAN_CAMPAIGN_ID", "ignore"},
    });
    return l;
}

} // namespace

QList<KnownLayout> contactLayouts()
{
    return {shopifyCustomers(), googleContacts(),  outlookContacts(),  outlookContactsGerman(),
            squareCustomers(),  hubspotContacts(), mailchimpAudience()};
}

} // namespace clientele::KnownLayouts::Tables
