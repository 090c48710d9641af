#include "headerrules.h"

#include "columnmapping.h"

#include <QSet>

#include <initializer_list>

namespace clientele::HeaderRules {

namespace {

using WordSet = QSet<QString>;

WordSet wordSet(std::initializer_list<const char *> list)
{
    WordSet set;
    for (const char *word : list)
        set.insert(QString::fromLatin1(word));
    return set;
}

bool containsAny(const QStringList &words, const WordSet &set)
{
    for (const QString &word : words) {
        if (set.contains(word))
            return true;
    }
    return false;
}

// A word that marks a column as a number or code in another system ("Client #" keeps its "#"
// as a word of its own, see words()).
const WordSet &identifierWords()
{
    static const WordSet set
        = wordSet({"#", "id", "no", "nr", "num", "number", "nummer", "numero", "ref", "reference", "code", "nº", "n"});
    return set;
}

// Words that name whom a column is about rather than what it holds.
const WordSet &qualifierWords()
{
    static const WordSet set = wordSet({"contact", "customer", "client", "kunde", "kunden", "cliente", "person",
                                        "primary", "main", "haupt", "member", "buyer"});
    return set;
}

// Words that, on their own, name a customer or a business: a company beside name columns, and
// never a name when an identifier word follows them.
const WordSet &partyWords()
{
    static const WordSet set
        = wordSet({"client", "customer", "kunde", "kunden", "cliente", "account", "business", "firma", "societe",
                   "company", "organisation", "organization", "empresa", "contact", "member", "buyer"});
    return set;
}

const WordSet &noteWords()
{
    static const WordSet set = wordSet({"note",        "notes",       "comment",       "comments",     "remark",
                                        "remarks",     "memo",        "notiz",         "notizen",      "bemerkung",
                                        "bemerkungen", "kommentar",   "kommentare",    "anmerkung",    "anmerkungen",
                                        "remarque",    "remarques",   "commentaire",   "commentaires", "nota",
                                        "notas",       "observacion", "observaciones", "comentario",   "comentarios"});
    return set;
}

const WordSet &emailWords()
{
    static const WordSet set = wordSet({"email", "mail", "courriel", "correo", "emailadresse", "mailadresse"});
    return set;
}

// An e-mail column that is about the address's status, not the address.
const WordSet &emailStatusWords()
{
    static const WordSet set = wordSet({"consent", "marketing", "opt", "optin", "subscribed", "subscription", "status",
                                        "newsletter", "verified", "bounced", "type", "label", "kind"});
    return set;
}

const WordSet &phoneWords()
{
    static const WordSet set = wordSet({"phone", "telephone", "tel", "telefon", "telefono", "fon", "fax", "mobile",
                                        "mobil", "handy", "cell", "cellphone", "portable", "movil", "celular",
                                        "telefonnummer", "rufnummer", "mobilnummer", "handynummer"});
    return set;
}

const WordSet &mobileWords()
{
    static const WordSet set = wordSet({"mobile", "mobil", "handy", "cell", "cellphone", "portable", "movil", "celular",
                                        "mobilnummer", "handynummer"});
    return set;
}

const WordSet &workWords()
{
    static const WordSet set = wordSet({"work", "business", "office", "geschaftlich", "buro", "arbeit", "travail",
                                        "professionnel", "trabajo", "company", "firma"});
    return set;
}

const WordSet &homeWords()
{
    static const WordSet set
        = wordSet({"home", "private", "privat", "personal", "domicile", "casa", "particular", "personnel"});
    return set;
}

// The part of a birthday that a header names, or empty: "Birth Year", "Year of Birth",
// "Geburtsjahr", "Année de naissance", "Año de nacimiento".
QString birthdayPart(const QStringList &words)
{
    static const WordSet birth = wordSet({"birth", "naissance", "nacimiento", "birthday"});
    static const WordSet year = wordSet({"year", "annee", "ano", "jahr"});
    static const WordSet month = wordSet({"month", "mois", "mes", "monat"});
    static const WordSet day = wordSet({"day", "jour", "dia", "tag"});
    if (words.size() == 1) {
        const QString &word = words.first();
        if (word == QLatin1String("geburtsjahr") || word == QLatin1String("birthyear"))
            return QStringLiteral("birth_year");
        if (word == QLatin1String("geburtsmonat") || word == QLatin1String("birthmonth"))
            return QStringLiteral("birth_month");
        return {};
    }
    if (!containsAny(words, birth) || words.size() > 4)
        return {};
    if (containsAny(words, year))
        return QStringLiteral("birth_year");
    if (containsAny(words, month))
        return QStringLiteral("birth_month");
    if (containsAny(words, day))
        return QStringLiteral("birth_day");
    return {};
}

} // namespace

QStringList words(const QString &header)
{
    const QString decomposed = header.toLower().normalized(QString::NormalizationForm_D);
    QStringList result;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            result.append(word);
        word.clear();
    };
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) {
            word += QStringLiteral("ss");
        } else if (c.isLetterOrNumber()) {
            word += c;
        } else if (c == QLatin1Char('#') || c == QChar(0x2116)) { // "#" and "№" are words of their own
            flush();
            result.append(QStringLiteral("#"));
        } else if (c == QLatin1Char('-') && word == QLatin1String("e")) {
            continue; // "E-mail" is one word
        } else {
            flush();
        }
    }
    flush();
    return result;
}

QString decisiveContactField(const QString &header)
{
    const QStringList list = words(header);
    if (list.isEmpty())
        return {};
    if (const QString part = birthdayPart(list); !part.isEmpty())
        return part;
    // "Client #", "Customer No.", "Kunden-Nr.", "Account Number", "ID": a number, never a name.
    QStringList rest;
    bool identifier = false;
    for (const QString &word : list) {
        if (identifierWords().contains(word))
            identifier = true;
        else
            rest.append(word);
    }
    if (!identifier)
        return {};
    if (rest.isEmpty() && list.size() == 1 && list.first() != QLatin1String("id") && list.first() != QLatin1String("#"))
        return {}; // "Number", "No" on their own say too little
    bool aboutParty = true;
    for (const QString &word : std::as_const(rest))
        aboutParty = aboutParty && (partyWords().contains(word) || word == QLatin1String("name"));
    return aboutParty ? QStringLiteral("external_id") : QString();
}

bool isFigureColumn(const QString &header)
{
    const QStringList list = words(header);
    static const WordSet figures
        = wordSet({"spent", "spend", "lifetime", "ltv", "balance", "outstanding", "owed", "owing", "revenue",
                   "turnover", "umsatz", "gesamtumsatz", "saldo", "solde", "affaires", "gastado", "gasto"});
    if (containsAny(list, figures))
        return true;
    // German writes compounds: "Jahresumsatz", "Kundenumsatz".
    for (const QString &word : list) {
        if (word.endsWith(QLatin1String("umsatz")))
            return true;
    }
    return false;
}

QString withoutQualifier(const QString &header)
{
    const QStringList list = words(header);
    if (list.size() < 2 || !qualifierWords().contains(list.first()))
        return {};
    return list.mid(1).join(QLatin1Char(' '));
}

QString contactFieldFromWords(const QString &header)
{
    const QStringList list = words(header);
    if (list.isEmpty())
        return {};
    if (containsAny(list, noteWords()))
        return QStringLiteral("notes");
    if (containsAny(list, emailWords()) && !containsAny(list, emailStatusWords()))
        return QStringLiteral("email");
    static const WordSet phoneLabels = wordSet({"type", "label", "kind", "art", "typ"});
    if (containsAny(list, phoneWords()) && !containsAny(list, phoneLabels)) {
        if (containsAny(list, mobileWords()))
            return QStringLiteral("mobile");
        if (containsAny(list, workWords()))
            return QStringLiteral("work_phone");
        if (containsAny(list, homeWords()))
            return QStringLiteral("home_phone");
        return QStringLiteral("phone");
    }
    return {};
}

void refineContactMapping(ColumnMapping &mapping)
{
    if (!mapping.layout.isEmpty())
        return;
    const bool hasNameColumns
        = mapping.fields.contains(QStringLiteral("first_name")) || mapping.fields.contains(QStringLiteral("last_name"));
    if (hasNameColumns) {
        const bool hasCompany = mapping.fields.contains(QStringLiteral("company"));
        for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
            if (mapping.fields.at(i) != QLatin1String("full_name"))
                continue;
            const QStringList list = words(mapping.headers.value(i));
            bool party = !list.isEmpty();
            for (const QString &word : list)
                party = party && (partyWords().contains(word) || word == QLatin1String("name"));
            // "Client" beside "First name" and "Last name" is whom the person works for.
            if (party && !(list.size() == 1 && list.first() == QLatin1String("contact")) && !hasCompany)
                mapping.fields[i] = QStringLiteral("company");
        }
    }
    if (mapping.fields.contains(QStringLiteral("birth_month"))) {
        for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
            const QStringList list = words(mapping.headers.value(i));
            if (mapping.fields.at(i) == QLatin1String("birthday") && list.size() == 1
                && list.first() == QLatin1String("geburtstag"))
                mapping.fields[i] = QStringLiteral("birth_day");
        }
    }
}

} // namespace clientele::HeaderRules
