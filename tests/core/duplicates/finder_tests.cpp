#include "duplicatestestsupport.h"

#include "contacts/contactrepository.h"
#include "contacts/duplicatefinder.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QList<DuplicatePair> findPairs(TempDatabase &t)
{
    const auto pairs = DuplicateFinder(t.db(), t.clock()).find();
    INFO(pairs.errorMessage().toStdString());
    REQUIRE(pairs.ok());
    return *pairs;
}

/// The pair of the two contacts, or nullptr.
const DuplicatePair *pairOf(const QList<DuplicatePair> &pairs, qint64 a, qint64 b)
{
    for (const DuplicatePair &pair : pairs) {
        if ((pair.firstId == a && pair.secondId == b) || (pair.firstId == b && pair.secondId == a))
            return &pair;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the same email in another case is a duplicate reason")
{
    TempDatabase t;
    const qint64 a = addPerson(t,
                               {QStringLiteral("Anna"),
                                QStringLiteral("Weber"),
                                QStringLiteral("Portland"),
                                {QStringLiteral("anna.weber@example.com")}});
    const qint64 b = addPerson(t,
                               {QStringLiteral("A."),
                                QStringLiteral("Baker"),
                                QStringLiteral("Seattle"),
                                {QStringLiteral(" Anna.Weber@EXAMPLE.com ")}});
    addPerson(t,
              {QStringLiteral("Bert"),
               QStringLiteral("Weber"),
               QStringLiteral("Portland"),
               {QStringLiteral("anna.weber@example.org")}});

    const QList<DuplicatePair> pairs = findPairs(t);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.at(0).firstId == a);
    CHECK(pairs.at(0).secondId == b);
    CHECK(pairs.at(0).keywords() == QStringList {QStringLiteral("email")});
    CHECK(pairs.at(0).reasons.at(0).value == QLatin1String("anna.weber@example.com"));
    CHECK(pairs.at(0).detail().contains(QLatin1String("anna.weber@example.com")));
    CHECK(pairs.at(0).firstName == QLatin1String("Anna Weber"));
}

TEST_CASE("the same phone written two ways is a duplicate reason")
{
    TempDatabase t;
    const qint64 a
        = addPerson(t, {QStringLiteral("Carl"), QStringLiteral("Ito"), {}, {}, {QStringLiteral("+1 (503) 555-0123")}});
    const qint64 b
        = addPerson(t, {QStringLiteral("Dora"), QStringLiteral("Lind"), {}, {}, {QStringLiteral("+1 503 555 0123")}});
    addPerson(t, {QStringLiteral("Emil"), QStringLiteral("Ross"), {}, {}, {QStringLiteral("+1 503 555 0124")}});

    const QList<DuplicatePair> pairs = findPairs(t);
    REQUIRE(pairs.size() == 1);
    const DuplicatePair *pair = pairOf(pairs, a, b);
    REQUIRE(pair);
    CHECK(pair->keywords() == QStringList {QStringLiteral("phone")});
    CHECK(pair->reasons.at(0).value == QLatin1String("+15035550123"));
}

TEST_CASE("very similar names in the same city are a duplicate reason")
{
    TempDatabase t;
    const QString portland = QStringLiteral("Portland");
    const qint64 jon = addPerson(t, {QStringLiteral("Jon"), QStringLiteral("Smith"), portland});
    const qint64 john = addPerson(t, {QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral(" portland ")});
    const qint64 swapped = addPerson(t, {QStringLiteral("Smith"), QStringLiteral("John"), portland});
    // Near misses: another first name in the family, and the same name in another city.
    const qint64 jane = addPerson(t, {QStringLiteral("Jane"), QStringLiteral("Smith"), portland});
    const qint64 seattle = addPerson(t, {QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("Seattle")});

    const QList<DuplicatePair> pairs = findPairs(t);
    const DuplicatePair *similar = pairOf(pairs, jon, john);
    REQUIRE(similar);
    CHECK(similar->keywords() == QStringList {QStringLiteral("name")});
    CHECK(similar->reasons.at(0).value == portland);
    CHECK_FALSE(similar->reasons.at(0).atCompany);
    CHECK(similar->detail().contains(portland));
    CHECK(pairOf(pairs, john, swapped));
    CHECK(pairOf(pairs, jon, swapped));
    CHECK_FALSE(pairOf(pairs, jane, john));
    CHECK_FALSE(pairOf(pairs, jane, jon));
    CHECK_FALSE(pairOf(pairs, seattle, john));
    CHECK(pairs.size() == 3);
}

TEST_CASE("Müller Mueller and Muller are one name")
{
    TempDatabase t;
    const QString berlin = QStringLiteral("Berlin");
    const qint64 umlaut = addPerson(t, {QStringLiteral("Jürgen"), QStringLiteral("Müller"), berlin});
    const qint64 ue = addPerson(t, {QStringLiteral("Juergen"), QStringLiteral("Mueller"), berlin});
    const qint64 plain = addPerson(t, {QStringLiteral("JURGEN"), QStringLiteral("MULLER"), berlin});
    addPerson(t, {QStringLiteral("Jürgen"), QStringLiteral("Möller"), QStringLiteral("Hamburg")});

    const QList<DuplicatePair> pairs = findPairs(t);
    CHECK(pairs.size() == 3);
    CHECK(pairOf(pairs, umlaut, ue));
    CHECK(pairOf(pairs, umlaut, plain));
    CHECK(pairOf(pairs, ue, plain));
    CHECK(DuplicateFinder::foldName(QStringLiteral("Müller")) == DuplicateFinder::foldName(QStringLiteral("Mueller")));
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Zoë Straße"), QStringLiteral("zoe strasse")) == 1.0);
}

TEST_CASE("similar names at the same company are a duplicate reason and companies compare by city")
{
    TempDatabase t;
    ContactRepository repo(t.db(), t.clock());
    const qint64 acme = *repo.findOrCreateCompany(QStringLiteral("Acme Bakery"));
    const qint64 a
        = addPerson(t, {QStringLiteral("Marie"), QStringLiteral("Curie"), QStringLiteral("Paris"), {}, {}, acme});
    const qint64 b
        = addPerson(t, {QStringLiteral("Mari"), QStringLiteral("Curie"), QStringLiteral("Lyon"), {}, {}, acme});

    Contact company;
    company.kind = Contact::Kind::Company;
    company.displayName = QStringLiteral("Boulangerie Dupont");
    company.address.city = QStringLiteral("Lyon");
    const qint64 first = addContact(t, company);
    company.displayName = QStringLiteral("Boulangerie Dupond");
    const qint64 second = addContact(t, company);

    const QList<DuplicatePair> pairs = findPairs(t);
    const DuplicatePair *people = pairOf(pairs, a, b);
    REQUIRE(people);
    CHECK(people->reasons.at(0).atCompany);
    CHECK(people->reasons.at(0).value == QLatin1String("Acme Bakery"));
    CHECK(people->detail().contains(QLatin1String("Acme Bakery")));
    CHECK(pairOf(pairs, first, second));
    CHECK(pairs.size() == 2);
}

TEST_CASE("a pair matching several ways lists every reason once and ranks first")
{
    TempDatabase t;
    const QString city = QStringLiteral("Portland");
    const QString email = QStringLiteral("jon@example.com");
    const QString phone = QStringLiteral("+1 503 555 0100");
    const qint64 a = addPerson(
        t, {QStringLiteral("Jon"), QStringLiteral("Smith"), city, {email, QStringLiteral("j@example.com")}, {phone}});
    const qint64 b = addPerson(
        t, {QStringLiteral("John"), QStringLiteral("Smith"), city, {email, QStringLiteral("J@example.com")}, {phone}});
    const qint64 c = addPerson(t, {QStringLiteral("Paula"), QStringLiteral("Ng"), {}, {}, {phone}});
    const qint64 d
        = addPerson(t, {QStringLiteral("Peter"), QStringLiteral("Ng"), {}, {QStringLiteral("p@example.com")}});
    const qint64 e
        = addPerson(t, {QStringLiteral("Petra"), QStringLiteral("Ox"), {}, {QStringLiteral("p@example.com")}});

    const QList<DuplicatePair> pairs = findPairs(t);
    REQUIRE(!pairs.isEmpty());
    CHECK(pairs.at(0).firstId == a);
    CHECK(pairs.at(0).secondId == b);
    CHECK(pairs.at(0).keywords()
          == QStringList {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("name")});
    // Every pair once, lower id first, strongest first.
    QSet<QPair<qint64, qint64>> seen;
    for (const DuplicatePair &pair : pairs) {
        CHECK(pair.firstId < pair.secondId);
        CHECK_FALSE(seen.contains({pair.firstId, pair.secondId}));
        seen.insert({pair.firstId, pair.secondId});
    }
    for (qsizetype i = 1; i < pairs.size(); ++i)
        CHECK(pairs.at(i - 1).strength >= pairs.at(i).strength);
    // The phone pairs: a-c and b-c; the email pair d-e ranks above them.
    CHECK(pairs.size() == 4);
    CHECK(pairOf(pairs, a, c));
    CHECK(pairOf(pairs, b, c));
    CHECK(pairs.at(1).firstId == d);
    CHECK(pairs.at(1).secondId == e);
}

TEST_CASE("contacts in the trash and a person sharing her company's email are not paired")
{
    TempDatabase t;
    ContactRepository repo(t.db(), t.clock());
    const QString email = QStringLiteral("hello@lumiere.example");
    const qint64 a = addPerson(t, {QStringLiteral("Léa"), QStringLiteral("Roux"), QStringLiteral("Lyon"), {email}});
    const qint64 trashed
        = addPerson(t, {QStringLiteral("Lea"), QStringLiteral("Roux"), QStringLiteral("Lyon"), {email}});
    REQUIRE(repo.moveToTrash(trashed).ok());
    Contact company;
    company.kind = Contact::Kind::Company;
    company.displayName = QStringLiteral("Café Lumière");
    ContactMethod m;
    m.value = email;
    company.emails = {m};
    addContact(t, company);

    CHECK(findPairs(t).isEmpty());
    REQUIRE(repo.restore(trashed).ok());
    const QList<DuplicatePair> pairs = findPairs(t);
    REQUIRE(pairs.size() == 1);
    CHECK(pairOf(pairs, a, trashed));
}

TEST_CASE("a dismissed pair is no longer suggested until undismissed")
{
    TempDatabase t;
    const QStringList emails {QStringLiteral("twins@example.com")};
    const qint64 a = addPerson(t, {QStringLiteral("Tom"), QStringLiteral("Berg"), {}, emails});
    const qint64 b = addPerson(t, {QStringLiteral("Tim"), QStringLiteral("Berg"), {}, emails});
    DuplicateFinder finder(t.db(), t.clock());
    REQUIRE(findPairs(t).size() == 1);

    REQUIRE(finder.dismiss(b, a).ok());
    CHECK(findPairs(t).isEmpty());
    CHECK(finder.dismiss(a, b).ok()); // twice is harmless
    CHECK(t.scalar(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'not-duplicate'")).toInt() >= 1);
    CHECK_FALSE(finder.dismiss(a, a).ok());

    REQUIRE(finder.undismiss(a, b).ok());
    CHECK(findPairs(t).size() == 1);
}

TEST_CASE("name similarity tells typos from different names")
{
    CHECK(DuplicateFinder::jaroWinkler(QStringLiteral("martha"), QStringLiteral("marhta"))
          == Approx(0.961).epsilon(0.001));
    CHECK(DuplicateFinder::jaroWinkler(QStringLiteral("abc"), QStringLiteral("abc")) == 1.0);
    CHECK(DuplicateFinder::jaroWinkler(QStringLiteral("abc"), QStringLiteral("xyz")) == 0.0);
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Jon Smith"), QStringLiteral("John Smith"))
          >= DuplicateFinder::NameThreshold);
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Smith, John"), QStringLiteral("John Smith")) == 1.0);
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Anna Maria Weber"), QStringLiteral("Anna Weber")) == 1.0);
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Jane Smith"), QStringLiteral("John Smith"))
          < DuplicateFinder::NameThreshold);
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Smith"), QStringLiteral("John Smith")) == 0.0);
    CHECK(DuplicateFinder::nameSimilarity(QStringLiteral("Sean O'Brien"), QStringLiteral("Sean OBrien")) == 1.0);
}
