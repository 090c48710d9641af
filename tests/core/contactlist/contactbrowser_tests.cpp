#include "tempdatabase.h"

#include "contacts/contactbrowser.h"
#include "contacts/contactrepository.h"
#include "followups/followuprepository.h"
#include "orders/orderrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

struct Person
{
    Person(QString first_, QString last_, QString email_ = {}, QString phone_ = {}, QStringList tags_ = {},
           QString notes_ = {}, qint64 companyId_ = 0, Birthday birthday_ = {})
        : first(std::move(first_))
        , last(std::move(last_))
        , email(std::move(email_))
        , phone(std::move(phone_))
        , tags(std::move(tags_))
        , notes(std::move(notes_))
        , companyId(companyId_)
        , birthday(birthday_)
    { }

    QString first;
    QString last;
    QString email;
    QString phone;
    QStringList tags;
    QString notes;
    qint64 companyId = 0;
    Birthday birthday;
};

qint64 add(TempDatabase &t, const Person &p)
{
    Contact c;
    c.firstName = p.first;
    c.lastName = p.last;
    c.notes = p.notes;
    c.tags = p.tags;
    c.companyId = p.companyId;
    c.birthday = p.birthday;
    if (!p.email.isEmpty()) {
        ContactMethod m;
        m.value = p.email;
        c.emails = {m};
    }
    if (!p.phone.isEmpty()) {
        ContactMethod m;
        m.kind = ContactMethod::Kind::Phone;
        m.value = p.phone;
        c.phones = {m};
    }
    const auto id = ContactRepository(t.db(), t.clock()).create(c);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 addCompany(TempDatabase &t, const QString &name)
{
    const auto id = ContactRepository(t.db(), t.clock()).findOrCreateCompany(name);
    REQUIRE(id.ok());
    return *id;
}

qint64 addOrder(TempDatabase &t, qint64 contactId, const QDateTime &at, qint64 unitPrice,
                OrderStatus status = OrderStatus::Confirmed)
{
    Order order;
    order.contactId = contactId;
    order.orderedAt = at;
    order.status = status;
    OrderLine line;
    line.description = QStringLiteral("Sourdough loaf");
    line.quantityMilli = 1000;
    line.unitPriceMinor = unitPrice;
    order.lines << line;
    const auto id = OrderRepository(t.db(), t.clock()).create(order);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 addFollowUp(TempDatabase &t, qint64 contactId, const QDateTime &due)
{
    FollowUp f;
    f.contactId = contactId;
    f.title = QStringLiteral("Call back");
    f.dueAt = due;
    const auto id = FollowUpRepository(t.db(), t.clock()).create(f);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

QStringList names(const QList<ContactListRow> &rows)
{
    QStringList result;
    for (const ContactListRow &row : rows)
        result << row.displayName;
    return result;
}

QStringList list(TempDatabase &t, const ContactFilter &filter = {}, ContactSort sort = ContactSort::Name,
                 Qt::SortOrder order = Qt::AscendingOrder)
{
    const auto page = ContactBrowser(t.db(), t.clock()).page(filter, sort, order, {}, 1000);
    INFO(page.errorMessage().toStdString());
    REQUIRE(page.ok());
    CHECK(page->atEnd);
    return names(page->rows);
}

/// Reads every page of `pageSize` rows and returns the ids in order.
QList<qint64> allPages(TempDatabase &t, const ContactFilter &filter, ContactSort sort, Qt::SortOrder order,
                       int pageSize)
{
    ContactBrowser browser(t.db(), t.clock());
    QList<qint64> ids;
    ContactCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = browser.page(filter, sort, order, cursor, pageSize);
        INFO(page.errorMessage().toStdString());
        REQUIRE(page.ok());
        CHECK(page->rows.size() <= pageSize);
        for (const ContactListRow &row : page->rows)
            ids << row.id;
        if (page->atEnd)
            break;
        cursor = page->next;
    }
    return ids;
}

QDateTime day(int month, int d)
{
    return QDateTime(QDate(2026, month, d), QTime(9, 0), Qt::UTC);
}

} // namespace

TEST_CASE("The contact list filters by tag company follow-up orders birthday and trash")
{
    TempDatabase t;
    const qint64 bakery = addCompany(t, QStringLiteral("Rosie's Café"));
    const qint64 anna = add(t, {QStringLiteral("Anna"), QStringLiteral("Weber"), {}, {}, {QStringLiteral("VIP")}});
    const qint64 ben = add(t, {QStringLiteral("Ben"), QStringLiteral("Okafor"), {}, {}, {}, {}, bakery});
    const qint64 clara = add(t,
                             {QStringLiteral("Clara"),
                              QStringLiteral("Dubois"),
                              {},
                              {},
                              {QStringLiteral("vip")},
                              {},
                              bakery,
                              Birthday {0, 3, 20}});
    add(t, {QStringLiteral("Dora"), QStringLiteral("Nowak"), {}, {}, {}, {}, 0, Birthday {1990, 6, 1}});
    addOrder(t, anna, day(3, 10), 500);
    addOrder(t, ben, day(1, 2), 500);
    addOrder(t, clara, day(3, 1), 500, OrderStatus::Cancelled);
    addFollowUp(t, ben, day(3, 20));

    ContactFilter tag;
    tag.tag = QStringLiteral("vip");
    CHECK(list(t, tag) == QStringList {QStringLiteral("Anna Weber"), QStringLiteral("Clara Dubois")});

    ContactFilter company;
    company.companyId = bakery;
    CHECK(list(t, company) == QStringList {QStringLiteral("Ben Okafor"), QStringLiteral("Clara Dubois")});

    ContactFilter followUp;
    followUp.hasOpenFollowUp = true;
    CHECK(list(t, followUp) == QStringList {QStringLiteral("Ben Okafor")});

    // Today is 15 March: Ben ordered in January, Clara's only order was cancelled, Dora and the
    // company never ordered.
    ContactFilter noOrder;
    noOrder.noOrderInDays = 30;
    CHECK(list(t, noOrder)
          == QStringList {QStringLiteral("Ben Okafor"), QStringLiteral("Clara Dubois"), QStringLiteral("Dora Nowak"),
                          QStringLiteral("Rosie's Café")});

    ContactFilter birthday;
    birthday.birthdayWithinDays = 30;
    CHECK(list(t, birthday) == QStringList {QStringLiteral("Clara Dubois")});
    birthday.birthdayWithinDays = 80;
    CHECK(list(t, birthday) == QStringList {QStringLiteral("Clara Dubois"), QStringLiteral("Dora Nowak")});

    ContactFilter both;
    both.tag = QStringLiteral("VIP");
    both.companyId = bakery;
    CHECK(list(t, both) == QStringList {QStringLiteral("Clara Dubois")});

    REQUIRE(ContactRepository(t.db(), t.clock()).moveToTrash(anna).ok());
    CHECK_FALSE(list(t).contains(QStringLiteral("Anna Weber")));
    ContactFilter trash;
    trash.inTrash = true;
    CHECK(list(t, trash) == QStringList {QStringLiteral("Anna Weber")});
    trash.tag = QStringLiteral("vip");
    CHECK(list(t, trash) == QStringList {QStringLiteral("Anna Weber")});

    ContactBrowser browser(t.db(), t.clock());
    CHECK(browser.count({}).value() == 4);
    CHECK(browser.count({}, 2).value() == 2);
    CHECK(browser.count(tag).value() == 1);
}

TEST_CASE("A birthday window wraps over New Year")
{
    TempDatabase t;
    t.clock().set(QDateTime(QDate(2026, 12, 20), QTime(10, 0), Qt::UTC));
    add(t, {QStringLiteral("Eve"), QStringLiteral("Winter"), {}, {}, {}, {}, 0, Birthday {0, 1, 5}});
    add(t, {QStringLiteral("Finn"), QStringLiteral("Yule"), {}, {}, {}, {}, 0, Birthday {0, 12, 24}});
    add(t, {QStringLiteral("Gus"), QStringLiteral("Summer"), {}, {}, {}, {}, 0, Birthday {0, 7, 1}});
    ContactFilter birthday;
    birthday.birthdayWithinDays = 30;
    CHECK(list(t, birthday) == QStringList {QStringLiteral("Eve Winter"), QStringLiteral("Finn Yule")});
}

TEST_CASE("Search combines with filters and ranks a name match above a note match")
{
    TempDatabase t;
    add(t, {QStringLiteral("Jürgen"), QStringLiteral("Müller"), {}, {}, {QStringLiteral("VIP")}});
    add(t, {QStringLiteral("Hanna"), QStringLiteral("Schmidt"), {}, {}, {}, QStringLiteral("Friend of Mr Muller")});
    add(t, {QStringLiteral("Mia"), QStringLiteral("Mullins"), {}, {}, {}});
    add(t, {QStringLiteral("Otto"), QStringLiteral("Berg"), {}, {}, {}});

    ContactFilter search;
    search.search = QStringLiteral("mull");
    const QStringList ranked = list(t, search, ContactSort::Relevance);
    REQUIRE(ranked.size() == 3);
    CHECK(ranked.last() == QStringLiteral("Hanna Schmidt"));
    // Diacritics-insensitive prefix: "mull" finds Müller.
    CHECK(ranked.contains(QStringLiteral("Jürgen Müller")));
    search.search = QStringLiteral("MÜLLER");
    CHECK(list(t, search, ContactSort::Relevance).first() == QStringLiteral("Jürgen Müller"));
    // Several words must all match.
    search.search = QStringLiteral("jur mul");
    CHECK(list(t, search, ContactSort::Relevance) == QStringList {QStringLiteral("Jürgen Müller")});

    search.search = QStringLiteral("mull");
    search.tag = QStringLiteral("vip");
    CHECK(list(t, search, ContactSort::Relevance) == QStringList {QStringLiteral("Jürgen Müller")});
    CHECK(list(t, search, ContactSort::Name) == QStringList {QStringLiteral("Jürgen Müller")});
    search.tag.clear();
    CHECK(list(t, search, ContactSort::Name)
          == QStringList {QStringLiteral("Hanna Schmidt"), QStringLiteral("Jürgen Müller"),
                          QStringLiteral("Mia Mullins")});
    CHECK(ContactBrowser(t.db(), t.clock()).count(search).value() == 3);

    // Relevance without a search is the name order.
    CHECK(list(t, {}, ContactSort::Relevance) == list(t, {}, ContactSort::Name));
    // Operators typed by a person are plain text, and punctuation alone matches everything.
    search.search = QStringLiteral("\"");
    CHECK(list(t, search).size() == 4);
}

TEST_CASE("Every column sorts in both directions")
{
    TempDatabase t;
    const qint64 acme = addCompany(t, QStringLiteral("Acme"));
    const qint64 zeta = addCompany(t, QStringLiteral("Zeta"));
    const qint64 a = add(t,
                         {QStringLiteral("Zoe"),
                          QStringLiteral("Adams"),
                          QStringLiteral("zoe@b.example"),
                          QStringLiteral("+1 503 555 0103"),
                          {QStringLiteral("Bread")},
                          {},
                          zeta});
    const qint64 b = add(t,
                         {QStringLiteral("Ann"),
                          QStringLiteral("Zimmer"),
                          QStringLiteral("ann@c.example"),
                          QStringLiteral("+1 503 555 0101"),
                          {QStringLiteral("Cake")},
                          {},
                          acme});
    const qint64 c = add(t,
                         {QStringLiteral("Émile"),
                          QStringLiteral("Martin"),
                          QStringLiteral("emile@a.example"),
                          QStringLiteral("+1 503 555 0102"),
                          {QStringLiteral("Apple")}});
    addOrder(t, a, day(3, 1), 300);
    addOrder(t, b, day(2, 1), 900);
    addOrder(t, c, day(1, 1), 100);
    addFollowUp(t, a, day(4, 3));
    addFollowUp(t, b, day(4, 1));
    addFollowUp(t, c, day(4, 2));

    const auto order = [&](ContactSort sort) {
        QStringList result;
        for (const QString &name : list(t, {}, sort))
            if (!name.startsWith(QStringLiteral("Acme")) && !name.startsWith(QStringLiteral("Zeta")))
                result << name;
        QStringList reversed;
        for (const QString &name : list(t, {}, sort, Qt::DescendingOrder))
            if (!name.startsWith(QStringLiteral("Acme")) && !name.startsWith(QStringLiteral("Zeta")))
                reversed.prepend(name);
        CHECK(result == reversed);
        return result;
    };
    const QString zoe = QStringLiteral("Zoe Adams");
    const QString ann = QStringLiteral("Ann Zimmer");
    const QString emile = QStringLiteral("Émile Martin");
    CHECK(order(ContactSort::Name) == QStringList {ann, emile, zoe});
    CHECK(order(ContactSort::LastName) == QStringList {zoe, emile, ann});
    // No company first, then Acme, then Zeta.
    CHECK(order(ContactSort::Company) == QStringList {emile, ann, zoe});
    CHECK(order(ContactSort::Email) == QStringList {ann, emile, zoe});
    CHECK(order(ContactSort::Phone) == QStringList {ann, emile, zoe});
    CHECK(order(ContactSort::Tags) == QStringList {emile, zoe, ann});
    CHECK(order(ContactSort::LastOrder) == QStringList {emile, ann, zoe});
    CHECK(order(ContactSort::LifetimeValue) == QStringList {emile, zoe, ann});
    CHECK(order(ContactSort::NextFollowUp) == QStringList {ann, emile, zoe});

    const auto page = ContactBrowser(t.db(), t.clock()).page({}, ContactSort::Name, Qt::AscendingOrder);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 5);
    // "Acme" comes first; then Ann.
    const ContactListRow &first = page->rows.at(1);
    CHECK(first.displayName == ann);
    CHECK(first.companyName == QStringLiteral("Acme"));
    CHECK(first.email == QStringLiteral("ann@c.example"));
    CHECK(first.phone == QStringLiteral("+1 503 555 0101"));
    CHECK(first.tags == QStringList {QStringLiteral("Cake")});
    CHECK(first.lastOrderAt == day(2, 1));
    CHECK(first.lifetimeValue.minor == 900);
    CHECK(first.nextFollowUpAt == day(4, 1));
}

TEST_CASE("Keyset pages neither lose nor repeat a row when sort values tie")
{
    TempDatabase t;
    QList<qint64> everyone;
    // Many equal names, companies and empty values: ties are broken by the id.
    const qint64 company = addCompany(t, QStringLiteral("Same Co"));
    for (int i = 0; i < 37; ++i)
        everyone << add(t,
                        {QStringLiteral("Sam"),
                         i % 3 == 0 ? QStringLiteral("Lee") : QStringLiteral("Kim"),
                         i % 2 ? QString() : QStringLiteral("same@example.com"),
                         {},
                         i % 4 ? QStringList {} : QStringList {QStringLiteral("Tag")},
                         QStringLiteral("note"),
                         i % 5 ? company : 0});
    everyone << company;
    std::sort(everyone.begin(), everyone.end());

    for (const ContactSort sort :
         {ContactSort::Name, ContactSort::LastName, ContactSort::Company, ContactSort::Email, ContactSort::Phone,
          ContactSort::Tags, ContactSort::LastOrder, ContactSort::LifetimeValue, ContactSort::NextFollowUp}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("sort " << int(sort) << " order " << int(order));
            const QList<qint64> paged = allPages(t, {}, sort, order, 5);
            const QList<qint64> whole = allPages(t, {}, sort, order, 1000);
            CHECK(paged == whole);
            QList<qint64> sorted = paged;
            std::sort(sorted.begin(), sorted.end());
            CHECK(sorted == everyone);
        }
    }
    ContactFilter search;
    search.search = QStringLiteral("sam");
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const QList<qint64> paged = allPages(t, search, ContactSort::Relevance, order, 4);
        CHECK(paged == allPages(t, search, ContactSort::Relevance, order, 1000));
        // The 37 people and their company, whose name and members match too.
        CHECK(paged.size() == 38);
    }
}

TEST_CASE("Triggers keep the last order and lifetime value right")
{
    TempDatabase t;
    const qint64 anna = add(t, {QStringLiteral("Anna"), QStringLiteral("Weber")});
    const qint64 ben = add(t, {QStringLiteral("Ben"), QStringLiteral("Okafor")});
    const auto stats = [&](qint64 id) {
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral("SELECT last_order_at, lifetime_minor FROM contacts WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return qMakePair(q.value(0).toString(), q.value(1).toLongLong());
    };
    OrderRepository orders(t.db(), t.clock());
    const qint64 first = addOrder(t, anna, day(1, 5), 400);
    const qint64 second = addOrder(t, anna, day(2, 5), 600);
    CHECK(stats(anna).first.startsWith(QStringLiteral("2026-02-05")));
    CHECK(stats(anna).second == 1000);

    // Update: a new price and date.
    Order changed = orders.get(first).value();
    changed.lines.first().unitPriceMinor = 1400;
    changed.orderedAt = day(3, 1);
    REQUIRE(orders.update(changed).ok());
    CHECK(stats(anna).first.startsWith(QStringLiteral("2026-03-01")));
    CHECK(stats(anna).second == 2000);

    // Cancelled and trashed orders do not count; restoring brings it back.
    REQUIRE(orders.setStatus(first, OrderStatus::Cancelled).ok());
    CHECK(stats(anna).second == 600);
    CHECK(stats(anna).first.startsWith(QStringLiteral("2026-02-05")));
    REQUIRE(orders.moveToTrash(second).ok());
    CHECK(stats(anna) == qMakePair(QString(), qint64(0)));
    REQUIRE(orders.restore(second).ok());
    CHECK(stats(anna).second == 600);

    // Moving an order to another customer updates both.
    Order moved = orders.get(second).value();
    moved.contactId = ben;
    REQUIRE(orders.update(moved).ok());
    CHECK(stats(anna).second == 0);
    CHECK(stats(ben).second == 600);

    // Deleting for good.
    QSqlQuery del(t.db());
    REQUIRE(del.exec(QStringLiteral("DELETE FROM orders WHERE id = %1").arg(second)));
    CHECK(stats(ben) == qMakePair(QString(), qint64(0)));
}

TEST_CASE("Triggers keep the next follow-up right when one is done reopened snoozed or trashed")
{
    TempDatabase t;
    const qint64 anna = add(t, {QStringLiteral("Anna"), QStringLiteral("Weber")});
    const auto next = [&] {
        return t.scalar(QStringLiteral("SELECT next_followup_at FROM contacts WHERE id = %1").arg(anna)).toString();
    };
    FollowUpRepository followUps(t.db(), t.clock());
    const qint64 soon = addFollowUp(t, anna, day(3, 20));
    const qint64 later = addFollowUp(t, anna, day(4, 20));
    CHECK(next().startsWith(QStringLiteral("2026-03-20")));
    REQUIRE(followUps.complete(soon, day(3, 15)).ok());
    CHECK(next().startsWith(QStringLiteral("2026-04-20")));
    REQUIRE(followUps.reopen(soon).ok());
    CHECK(next().startsWith(QStringLiteral("2026-03-20")));
    REQUIRE(followUps.snooze(soon, day(5, 1)).ok());
    CHECK(next().startsWith(QStringLiteral("2026-04-20")));
    REQUIRE(followUps.moveToTrash(later).ok());
    CHECK(next().startsWith(QStringLiteral("2026-05-01")));
    REQUIRE(followUps.complete(soon, day(3, 15)).ok());
    // Completing may create the next occurrence of a repeating follow-up; these do not repeat.
    CHECK(next().isEmpty());
}

TEST_CASE("Triggers keep the list columns of names emails tags and companies right")
{
    TempDatabase t;
    const qint64 company = addCompany(t, QStringLiteral("Bäckerei Zorn"));
    const qint64 anna = add(t,
                            {QStringLiteral("Anna"),
                             QStringLiteral("Örtel"),
                             QStringLiteral("anna@example.com"),
                             {},
                             {QStringLiteral("VIP")},
                             {},
                             company});
    const auto column = [&](const QString &name) {
        return t.scalar(QStringLiteral("SELECT %1 FROM contacts WHERE id = %2").arg(name).arg(anna)).toString();
    };
    CHECK(column(QStringLiteral("last_name_key")) == QStringLiteral("ortel anna ortel"));
    CHECK(column(QStringLiteral("company_key")) == QStringLiteral("backerei zorn"));
    CHECK(column(QStringLiteral("primary_email")) == QStringLiteral("anna@example.com"));
    CHECK(column(QStringLiteral("tag_list")) == QStringLiteral("VIP"));

    ContactRepository repo(t.db(), t.clock());
    Contact c = repo.get(anna).value();
    c.lastName = QStringLiteral("Abel");
    c.displayName.clear();
    c.emails.clear();
    c.tags = {QStringLiteral("Regular")};
    REQUIRE(repo.update(c).ok());
    CHECK(column(QStringLiteral("last_name_key")) == QStringLiteral("abel anna abel"));
    CHECK(column(QStringLiteral("primary_email")).isEmpty());
    CHECK(column(QStringLiteral("tag_list")) == QStringLiteral("Regular"));

    Contact renamed = repo.get(company).value();
    renamed.displayName = QStringLiteral("Alpha Bakery");
    REQUIRE(repo.update(renamed).ok());
    CHECK(column(QStringLiteral("company_key")) == QStringLiteral("alpha bakery"));
    QSqlQuery rename(t.db());
    REQUIRE(rename.exec(QStringLiteral("UPDATE tags SET name = 'Stammkunde' WHERE name_key = 'regular'")));
    CHECK(column(QStringLiteral("tag_list")) == QStringLiteral("Stammkunde"));
}
