// The sample bakery's customers: hand-written companies and people that the deals and
// follow-ups refer to, plus a generated crowd with a long tail of rare visitors.
#include "samplecontext.h"
#include "samplenames.h"

#include "contacts/contactrepository.h"
#include "customfields/customfieldrepository.h"

#include <QSet>

#include <iterator>

namespace clientele::sample {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(const char *utf8)
{
    return text(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

struct CompanySpec
{
    const char *key;
    const char *name;
    const char *domain;
    const char *street;
    const char *postalCode;
    Habit habit;
    const char *tags;
    const char *notes;
    bool slowPayer;
};

// Portland businesses that buy wholesale or order catering. All names and domains are made up.
const CompanySpec Companies[] = {
    {"bluedoor", "Blue Door Café", "bluedoorcafe.example", "2315 SE Division St", "97202", Habit::Wholesale,
     "Wholesale", "Standing order: croissants and sourdough, delivered Tuesday and Friday before 7 am.", false},
    {"lumiere", "Café Lumière", "cafelumiere.example", "811 NW 23rd Ave", "97210", Habit::Wholesale, "Wholesale",
     "Invoices go to accounts@; pays net 30.", false},
    {"rosebud", "Rosebud Espresso Bar", "rosebudespresso.example", "4120 N Mississippi Ave", "97217", Habit::Wholesale,
     "Wholesale", "Usually pays late; send a friendly reminder after 30 days.", true},
    {"greenacre", "Green Acre Market", "greenacremarket.example", "5200 NE Sandy Blvd", "97213", Habit::Wholesale,
     "Wholesale|Gluten-free", "Sells our loaves on their bakery shelf; wants more gluten-free bread.", false},
    {"oakember", "Oak & Ember Bistro", "oakandember.example", "1420 SE Hawthorne Blvd", "97214", Habit::Wholesale,
     "Wholesale|Catering", "Brioche buns for the burger menu; focaccia by weight.", false},
    {"alder", "The Alder Hotel", "alderhotel.example", "735 SW Alder St", "97205", Habit::Catering, "Catering|VIP",
     "Breakfast pastries for conferences; refers wedding couples to us.", false},
    {"hawthornedental", "Hawthorne Dental Group", "hawthornedental.example", "3808 SE Hawthorne Blvd", "97214",
     Habit::Catering, "Catering", "", false},
    {"pixelpine", "Pixel & Pine Design", "pixelandpine.example", "1050 SE Water Ave", "97214", Habit::Catering,
     "Catering", "Team breakfast on the first Friday of the month.", false},
    {"willamettelaw", "Willamette Law Partners", "willamettelaw.example", "1211 SW 5th Ave", "97204", Habit::Catering,
     "Catering", "Needs an invoice with the client matter number for every order.", false},
    {"cedarhill", "Cedar Hill Elementary PTA", "cedarhillpta.example", "2501 SE 52nd Ave", "97206", Habit::Catering,
     "Catering", "Spring bake sale; tax-exemption certificate on file.", false},
    {"northwind", "Northwind Software", "northwindsoftware.example", "920 NW Flanders St", "97209", Habit::Catering,
     "Catering", "", false},
    {"bridgetownflorists", "Bridgetown Florists", "bridgetownflorists.example", "3017 NE Alberta St", "97211",
     Habit::Occasional, "Partner", "Sends wedding couples our way; we send them flower orders.", false},
    {"sellwoodyoga", "Sellwood Yoga Studio", "sellwoodyoga.example", "8320 SE 13th Ave", "97202", Habit::Rare, "", "",
     false},
    {"tabor", "Mount Tabor Senior Center", "taborseniors.example", "6130 SE Belmont St", "97215", Habit::Catering,
     "Catering", "A birthday cake for the residents on the last Friday of each month.", false},
    {"riverside", "Riverside Weddings & Events", "riversideweddings.example", "215 SE Morrison St", "97214",
     Habit::Occasional, "Partner", "Wedding planner: several cake enquiries every season.", false},
};

struct PersonSpec
{
    const char *key;
    const char *firstName;
    const char *lastName;
    const char *companyKey; ///< "" for a private customer
    const char *jobTitle;
    Habit habit;
    const char *tags;
    const char *allergies;
    const char *favouriteCake;
    const char *birthday; ///< ISO, "--MM-DD" or ""
    const char *notes;
};

const PersonSpec People[] = {
    {"maya", "Maya", "Chen", "bluedoor", "Owner", Habit::Occasional, "", "", "Lemon drizzle", "", ""},
    {"diego", "Diego", "Hernández", "bluedoor", "Café manager", Habit::Rare, "", "", "", "--07-21", ""},
    {"amelie", "Amélie", "Laurent", "lumiere", "Owner", Habit::Rare, "", "", "", "", ""},
    {"jonas", "Jonas", "Weiß", "rosebud", "Head barista", Habit::Rare, "", "", "", "", ""},
    {"priya", "Priya", "Raman", "greenacre", "Bakery buyer", Habit::Never, "", "", "", "", ""},
    {"rafael", "Rafael", "Domínguez", "oakember", "Head chef", Habit::Rare, "", "", "", "", ""},
    {"siobhan", "Siobhán", "O'Connor", "alder", "Events manager", Habit::Rare, "VIP", "", "Tiramisu", "", ""},
    {"marco", "Marco", "Bianchi", "alder", "Executive chef", Habit::Never, "", "", "", "", ""},
    {"kenji", "Kenji", "Watanabe", "hawthornedental", "Practice manager", Habit::Never, "", "", "", "", ""},
    {"freya", "Freya", "Lindqvist", "pixelpine", "Office manager", Habit::Rare, "", "", "Princess cake", "", ""},
    {"olumide", "Olumide", "Adebayo", "willamettelaw", "Office administrator", Habit::Never, "", "", "", "", ""},
    {"grace", "Grace", "Kim", "willamettelaw", "Paralegal", Habit::Rare, "", "Peanuts", "", "", ""},
    {"rebecca", "Rebecca", "Jones", "cedarhill", "Treasurer", Habit::Rare, "", "", "", "", ""},
    {"tomas", "Tomás", "Ferreira", "northwind", "People & culture lead", Habit::Rare, "", "", "", "", ""},
    {"aisha", "Aisha", "Rahman", "northwind", "Office coordinator", Habit::Never, "", "Sesame", "", "", ""},
    {"lucia", "Lucía", "Morales", "bridgetownflorists", "Owner", Habit::Rare, "", "", "Tres leches", "", ""},
    {"ingrid", "Ingrid", "Haugen", "sellwoodyoga", "Studio owner", Habit::Rare, "Vegan", "Dairy, eggs", "", "", ""},
    {"walter", "Walter", "Brooks", "tabor", "Activities coordinator", Habit::Never, "", "", "", "", ""},
    {"charlotte", "Charlotte", "Dubois", "riverside", "Wedding planner", Habit::Rare, "", "", "", "", ""},
    {"zoe", "Zoë", "Müller", "", "", Habit::Regular, "Regular|VIP", "", "Black Forest gâteau", "1984-05-14",
     "Picks up a sourdough every Saturday. Ask about her daughter's ballet."},
    {"francois", "François", "Lefèvre", "", "", Habit::Regular, "Regular", "", "Lemon drizzle", "--11-03",
     "Likes his baguette well done."},
    {"soren", "Søren", "Kjærgaard", "", "", Habit::Regular, "Regular|VIP", "", "Princess cake", "1977-09-02",
     "Homesick for Danish rye; tell him when the seeded rye is fresh."},
    {"ana", "Ana", "Núñez", "", "", Habit::Occasional, "Custom cakes", "", "Tres leches", "",
     "Getting married in June; cake tasting booked."},
    {"tomasd", "Tomáš", "Dvořák", "", "", Habit::Occasional, "", "Walnuts", "Poppy seed cake", "", ""},
    {"lan", "Lan", "Nguyễn", "", "", Habit::Regular, "Regular", "", "Matcha roll", "1991-02-09", ""},
    {"liam", "Liam", "O'Brien", "", "", Habit::Occasional, "Gluten-free", "Gluten (coeliac)", "", "",
     "Coeliac: only sealed gluten-free loaves, never from the open shelf."},
    {"bjorn", "Björn", "Åkesson", "", "", Habit::Rare, "", "", "", "", ""},
    {"malgorzata", "Małgorzata", "Wójcik", "", "", Habit::Regular, "Regular", "", "Poppy seed cake", "--12-24", ""},
    {"jose", "José", "Álvarez", "", "", Habit::Occasional, "Custom cakes", "", "Tres leches", "", ""},
    {"chloe", "Chloé", "Girard", "", "", Habit::Regular, "Regular|Vegan", "Dairy, eggs", "", "",
     "Vegan: asks for the oat-milk brioche."},
    {"yusuf", "Yusuf", "Şahin", "", "", Habit::Occasional, "", "", "Basque cheesecake", "", ""},
    {"jurgen", "Jürgen", "Groß", "", "", Habit::Regular, "Regular", "", "Sachertorte", "1958-08-30",
     "Retired baker from Stuttgart; happy to give advice on pretzels."},
    {"olafur", "Ólafur", "Sigurðsson", "", "", Habit::Rare, "", "", "", "", ""},
    {"hana", "Hana", "Kobayashi", "", "", Habit::Occasional, "Custom cakes", "", "Matcha roll", "", ""},
    {"kwame", "Kwame", "Mensah", "", "", Habit::Regular, "Regular", "", "Carrot cake", "", ""},
    {"nia", "Nia", "Okafor", "", "", Habit::Occasional, "Gluten-free", "Gluten", "", "--04-18", ""},
    {"renee", "Renée", "Dupont", "", "", Habit::Regular, "Regular|VIP", "", "Carrot cake", "--03-15",
     "Orders a cake for her book club every other month."},
    {"sean", "Seán", "Murphy", "", "", Habit::Occasional, "", "", "", "", ""},
    {"zoltan", "Zoltán", "Szabó", "", "", Habit::Rare, "", "Sesame", "", "", ""},
    {"ayse", "Ayşe", "Yılmaz", "", "", Habit::Occasional, "", "", "Cheesecake", "", ""},
    {"mateo", "Mateo", "Peña", "", "", Habit::Occasional, "Custom cakes", "", "", "", ""},
    {"emma", "Emma", "Walker", "", "", Habit::Occasional, "", "", "Red velvet", "1995-10-12", ""},
};

constexpr int GeneratedPeople = 143;

const char *const CakeChoices = "Black Forest gâteau|Lemon drizzle|Carrot cake|Cheesecake|Basque cheesecake|"
                                "Chocolate fudge|Red velvet|Tiramisu|Princess cake|Tres leches|Sachertorte|"
                                "Matcha roll|Poppy seed cake";
const char *const Allergies = "Tree nuts|Peanuts|Sesame|Dairy|Eggs|Soy|Gluten|Walnuts|Lupin";
const char *const Notes[] = {
    "Prefers to pick up before 8 am.",
    "Always asks for the sourdough sliced.",
    "Brings her own tote bags.",
    "Orders a birthday cake for his daughter every spring.",
    "Likes to chat about rye flours.",
    "Pays by card only.",
    "Picks up for the office on Fridays.",
    "Asked to be told when the cardamom buns are back.",
    "Moved from Lyon; compares every croissant with home.",
    "Sends friends our way; offer a loyalty card.",
    "Training for a marathon: buys the seeded rye in twos.",
};
const char *const Streets = "Hawthorne Blvd|Division St|Belmont St|Clinton St|Woodstock Blvd|Powell Blvd|Stark St|"
                            "Alberta St|Killingsworth St|Fremont St|Broadway|Glisan St|Sandy Blvd|Mississippi Ave|"
                            "Lombard St|Burnside St";

struct Place
{
    const char *prefix;
    const char *city;
    const char *region;
    const char *postalCodes;
    double weight;
};

const Place Places[] = {
    {"SE", "Portland", "OR", "97202|97206|97214|97215", 5},
    {"NE", "Portland", "OR", "97211|97212|97213|97232", 4},
    {"N", "Portland", "OR", "97217|97227", 2},
    {"NW", "Portland", "OR", "97209|97210", 1.5},
    {"SW", "Beaverton", "OR", "97005|97006", 0.8},
    {"", "Lake Oswego", "OR", "97034|97035", 0.6},
    {"SE", "Milwaukie", "OR", "97222", 0.6},
    {"", "Vancouver", "WA", "98660|98661|98664", 0.8},
};

/// Hands out fictional numbers (555-0100 to 555-0199 are reserved for fiction) once each,
/// spread over the area codes of the customer's state.
class PhonePool final
{
public:
    explicit PhonePool(SampleRandom &random)
        : m_random(random)
    { }

    QString take(const QString &region)
    {
        const QList<int> codes = region == QLatin1String("WA") ? QList<int> {360, 564} : QList<int> {503, 971, 458};
        QList<int> available;
        for (int code : codes) {
            if (!m_free.contains(code)) {
                QList<int> lines;
                for (int i = 0; i < 100; ++i)
                    lines.append(i);
                m_random.shuffle(lines);
                m_free.insert(code, lines);
            }
            if (!m_free.value(code).isEmpty())
                available.append(code);
        }
        if (available.isEmpty()) { // more customers than fictional numbers: start over
            m_free.clear();
            return take(region);
        }
        const int areaCode = m_random.pick(available);
        const int line = m_free[areaCode].takeLast();
        const QString area = QString::number(areaCode);
        const QString last = QStringLiteral("01%1").arg(line, 2, 10, QLatin1Char('0'));
        // Typed the way people type them; the repository normalizes all of them to E.164.
        switch (m_random.between(0, 4)) {
        case 0:
            return QStringLiteral("(%1) 555-%2").arg(area, last);
        case 1:
            return QStringLiteral("%1-555-%2").arg(area, last);
        case 2:
            return QStringLiteral("%1.555.%2").arg(area, last);
        case 3:
            return QStringLiteral("+1 %1 555 %2").arg(area, last);
        default:
            return area + QStringLiteral("555") + last;
        }
    }

private:
    SampleRandom &m_random;
    QHash<int, QList<int>> m_free;
};

ContactMethod method(ContactMethod::Kind kind, const QString &value, const QString &label)
{
    ContactMethod m;
    m.kind = kind;
    m.value = value;
    m.label = label;
    return m;
}

class PeopleBuilder final
{
public:
    explicit PeopleBuilder(Context &context)
        : m_context(context)
        , m_random(context.random)
        , m_repository(context.db, context.clock)
        , m_phones(context.random)
    { }

    Status run();

private:
    Status addCustomFields();
    Status addCompany(const CompanySpec &spec);
    Status addPerson(const PersonSpec &spec);
    Status addGenerated(int index);
    Status store(Contact contact, Customer customer);

    const Place &randomPlace();
    Address randomAddress(const Place &place);
    QString uniqueEmail(const QString &local, const QString &domain);
    void addPersonalDetails(Contact &contact, const Place &place, double emailChance);
    void addConsent(Contact &contact);

    Context &m_context;
    SampleRandom &m_random;
    ContactRepository m_repository;
    PhonePool m_phones;
    QSet<QString> m_emails;
    QSet<QString> m_names;
    QHash<QString, QString> m_companyDomains;
};

Status PeopleBuilder::addCustomFields()
{
    // A database without contacts may already define these fields; the values then follow the
    // existing definitions.
    CustomFieldRepository fields(m_context.db, m_context.clock);
    if (!fields.findByName(QStringLiteral("Allergies"))) {
        CustomField allergies;
        allergies.name = QStringLiteral("Allergies");
        if (auto id = fields.create(allergies); !id)
            return id.error();
    }
    if (!fields.findByName(QStringLiteral("Favourite cake"))) {
        CustomField cake;
        cake.name = QStringLiteral("Favourite cake");
        cake.type = CustomField::Type::Choice;
        cake.choices = list(CakeChoices);
        if (auto id = fields.create(cake); !id)
            return id.error();
    }
    return {};
}

const Place &PeopleBuilder::randomPlace()
{
    QList<double> weights;
    for (const Place &place : Places)
        weights.append(place.weight);
    return Places[m_random.weighted(weights)];
}

Address PeopleBuilder::randomAddress(const Place &place)
{
    Address address;
    const QString prefix = text(place.prefix);
    const QString street = m_random.pick(list(Streets));
    address.street = QString::number(m_random.between(1, 89) * 100 + m_random.between(0, 99)) + QLatin1Char(' ')
        + (prefix.isEmpty() ? street : prefix + QLatin1Char(' ') + street);
    if (m_random.chance(0.12))
        address.street += QStringLiteral(", Apt %1").arg(m_random.between(1, 40));
    address.city = text(place.city);
    address.region = text(place.region);
    address.postalCode = m_random.pick(list(place.postalCodes));
    address.country = QStringLiteral("United States");
    return address;
}

QString PeopleBuilder::uniqueEmail(const QString &local, const QString &domain)
{
    QString candidate = local + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(candidate); ++n)
        candidate = local + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(candidate);
    return candidate;
}

void PeopleBuilder::addConsent(Contact &contact)
{
    const double roll = m_random.unit();
    if (roll >= 0.5)
        return; // never asked
    contact.consent.emailMarketing = roll < 0.4;
    contact.consent.date = m_context.firstDay.addDays(m_random.between(0, m_context.firstDay.daysTo(m_context.today)));
    static const QStringList sources = list("shop counter|website signup|loyalty card form");
    contact.consent.source = *contact.consent.emailMarketing ? m_random.pick(sources) : sources.first();
}

void PeopleBuilder::addPersonalDetails(Contact &contact, const Place &place, double emailChance)
{
    if (m_random.chance(emailChance)) {
        const QString first = asciiFold(contact.firstName);
        const QString last = asciiFold(contact.lastName);
        QString local;
        switch (m_random.between(0, 3)) {
        case 0:
            local = first + QLatin1Char('.') + last;
            break;
        case 1:
            local = first + last;
            break;
        case 2:
            local = first.left(1) + last;
            break;
        default:
            local = first + QLatin1Char('_') + last.left(1) + QString::number(m_random.between(1, 99));
            break;
        }
        static const QStringList domains = list("example.com|example.com|example.net|example.org");
        contact.emails.append(method(ContactMethod::Kind::Email, uniqueEmail(local, m_random.pick(domains)),
                                     m_random.chance(0.3) ? QStringLiteral("home") : QString()));
    }
    if (m_random.chance(0.85)) {
        static const QStringList labels = list("mobile|mobile|mobile|home|");
        contact.phones.append(
            method(ContactMethod::Kind::Phone, m_phones.take(text(place.region)), m_random.pick(labels)));
        if (m_random.chance(0.12))
            contact.phones.append(
                method(ContactMethod::Kind::Phone, m_phones.take(text(place.region)), QStringLiteral("work")));
    }
    if (m_random.chance(0.75))
        contact.address = randomAddress(place);
    addConsent(contact);
}

Status PeopleBuilder::store(Contact contact, Customer customer)
{
    const auto id = m_repository.create(std::move(contact));
    if (!id)
        return id.error();
    customer.id = id.value();
    if (!customer.key.isEmpty())
        m_context.customerByKey.insert(customer.key, static_cast<int>(m_context.customers.size()));
    m_context.customers.append(customer);
    return {};
}

Status PeopleBuilder::addCompany(const CompanySpec &spec)
{
    Contact contact;
    contact.kind = Contact::Kind::Company;
    contact.displayName = text(spec.name);
    const QString domain = text(spec.domain);
    m_companyDomains.insert(text(spec.key), domain);
    contact.emails.append(
        method(ContactMethod::Kind::Email,
               (spec.habit == Habit::Wholesale ? QStringLiteral("orders@") : QStringLiteral("hello@")) + domain,
               QStringLiteral("work")));
    if (spec.habit == Habit::Wholesale)
        contact.emails.append(
            method(ContactMethod::Kind::Email, QStringLiteral("accounts@") + domain, QStringLiteral("billing")));
    contact.phones.append(
        method(ContactMethod::Kind::Phone, m_phones.take(QStringLiteral("OR")), QStringLiteral("work")));
    contact.websites.append(method(ContactMethod::Kind::Web, QStringLiteral("https://") + domain, QString()));
    contact.address = Address {text(spec.street), QStringLiteral("Portland"), QStringLiteral("OR"),
                               text(spec.postalCode), QStringLiteral("United States")};
    contact.tags = list(spec.tags);
    contact.notes = text(spec.notes);

    Customer customer;
    customer.key = text(spec.key);
    customer.name = contact.displayName;
    customer.company = true;
    customer.habit = spec.habit;
    customer.slowPayer = spec.slowPayer;
    return store(std::move(contact), customer);
}

Status PeopleBuilder::addPerson(const PersonSpec &spec)
{
    Contact contact;
    contact.firstName = text(spec.firstName);
    contact.lastName = text(spec.lastName);
    contact.jobTitle = text(spec.jobTitle);
    contact.tags = list(spec.tags);
    contact.notes = text(spec.notes);
    if (const auto birthday = Birthday::fromIso(text(spec.birthday)))
        contact.birthday = *birthday;
    if (*spec.allergies)
        contact.custom.insert(QStringLiteral("Allergies"), text(spec.allergies));
    if (*spec.favouriteCake)
        contact.custom.insert(QStringLiteral("Favourite cake"), text(spec.favouriteCake));

    const QString companyKey = text(spec.companyKey);
    if (!companyKey.isEmpty()) {
        const int company = m_context.customerIndex(companyKey);
        contact.companyId = m_context.customers.at(company).id;
        contact.emails.append(method(ContactMethod::Kind::Email,
                                     uniqueEmail(asciiFold(contact.firstName), m_companyDomains.value(companyKey)),
                                     QStringLiteral("work")));
        contact.phones.append(
            method(ContactMethod::Kind::Phone, m_phones.take(QStringLiteral("OR")), QStringLiteral("mobile")));
        addConsent(contact);
    } else {
        addPersonalDetails(contact, randomPlace(), 1.0);
    }
    m_names.insert(contact.firstName + QLatin1Char(' ') + contact.lastName);

    Customer customer;
    customer.key = text(spec.key);
    customer.name = contact.firstName + QLatin1Char(' ') + contact.lastName;
    customer.habit = spec.habit;
    customer.glutenFree = contact.tags.contains(QStringLiteral("Gluten-free"));
    return store(std::move(contact), customer);
}

Status PeopleBuilder::addGenerated(int index)
{
    const QList<NameGroup> &groups = nameGroups();
    QList<double> weights;
    for (const NameGroup &group : groups)
        weights.append(group.weight);

    Contact contact;
    do {
        const NameGroup &group = groups.at(m_random.weighted(weights));
        const NameGroup &firstGroup = m_random.chance(0.15) ? groups.at(m_random.weighted(weights)) : group;
        contact.firstName = m_random.pick(firstGroup.firstNames);
        contact.lastName = m_random.pick(group.lastNames);
    } while (m_names.contains(contact.firstName + QLatin1Char(' ') + contact.lastName));
    m_names.insert(contact.firstName + QLatin1Char(' ') + contact.lastName);

    // The first generated people are the regulars, then occasional and rare customers, and the
    // last ones signed up once and never ordered: the long tail of a real shop.
    Customer customer;
    customer.habit = index < 14 ? Habit::Regular
        : index < 54            ? Habit::Occasional
        : index < 119           ? Habit::Rare
                                : Habit::Never;
    if (customer.habit == Habit::Regular)
        contact.tags.append(QStringLiteral("Regular"));
    if (customer.habit == Habit::Regular && index % 5 == 0)
        contact.tags.append(QStringLiteral("VIP"));

    addPersonalDetails(contact, randomPlace(), 0.88);
    if (contact.address.isEmpty() && m_random.chance(0.3))
        contact.address.city = QStringLiteral("Portland");

    if (m_random.chance(0.45)) {
        Birthday birthday {m_random.chance(0.7) ? m_random.between(1948, 2005) : 0, m_random.between(1, 12), 0};
        birthday.day = m_random.between(1, birthday.month == 2 ? 28 : 30);
        contact.birthday = birthday;
    }
    if (m_random.chance(0.25)) {
        const QString allergy = m_random.pick(list(Allergies));
        contact.custom.insert(QStringLiteral("Allergies"), allergy);
        if (allergy == QLatin1String("Gluten"))
            customer.glutenFree = true;
    }
    if (m_random.chance(0.4))
        contact.custom.insert(QStringLiteral("Favourite cake"), m_random.pick(list(CakeChoices)));
    if (customer.glutenFree || m_random.chance(0.04))
        contact.tags.append(QStringLiteral("Gluten-free"));
    if (m_random.chance(0.04))
        contact.tags.append(QStringLiteral("Vegan"));
    if (customer.habit == Habit::Occasional && m_random.chance(0.15))
        contact.tags.append(QStringLiteral("Custom cakes"));
    if (m_random.chance(0.18))
        contact.notes = text(Notes[m_random.between(0, static_cast<int>(std::size(Notes)) - 1)]);

    customer.glutenFree = customer.glutenFree || contact.tags.contains(QStringLiteral("Gluten-free"));
    customer.name = contact.firstName + QLatin1Char(' ') + contact.lastName;
    return store(std::move(contact), customer);
}

Status PeopleBuilder::run()
{
    if (auto s = addCustomFields(); !s)
        return s;
    for (const CompanySpec &spec : Companies) {
        if (auto s = addCompany(spec); !s)
            return s;
    }
    for (const PersonSpec &spec : People) {
        if (auto s = addPerson(spec); !s)
            return s;
    }
    for (int i = 0; i < GeneratedPeople; ++i) {
        if (auto s = addGenerated(i); !s)
            return s;
    }
    return {};
}

} // namespace

Status addContacts(Context &context)
{
    return PeopleBuilder(context).run();
}

} // namespace clientele::sample
