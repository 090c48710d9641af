#include "tempdatabase.h"

#include "common/timeformat.h"
#include "contacts/contactrepository.h"
#include "sample/bakerysample.h"
#include "search/contactsearch.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 count(const TempDatabase &temp, const QString &sql)
{
    return temp.scalar(sql).toLongLong();
}

/// Every row of a table as text, in id order, for comparing two databases.
QStringList dump(const TempDatabase &temp, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(temp.db());
    REQUIRE(query.exec(sql));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << (query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

void populate(TempDatabase &temp)
{
    const Status status = BakerySample::populate(temp.db(), temp.clock());
    INFO(status.errorMessage().toStdString());
    REQUIRE(status.ok());
}

} // namespace

TEST_CASE("the sample bakery has the promised amounts of data")
{
    TempDatabase temp;
    populate(temp);

    const qint64 contacts = count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts"));
    CHECK(contacts >= 190);
    CHECK(contacts <= 210);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'company'")) >= 10);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE company_id IS NOT NULL")) >= 10);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM products")) == 20);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders")) == 1500);
    const qint64 lines = count(temp, QStringLiteral("SELECT COUNT(*) FROM order_lines"));
    CHECK(lines > 1500);
    CHECK(lines <= 6000);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders o WHERE (SELECT COUNT(*) FROM order_lines l "
                               "WHERE l.order_id = o.id) NOT BETWEEN 1 AND 4"))
          == 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM deals")) == 30);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM activities")) >= 50);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM followups")) >= 20);

    // Names with accents, emails and phones, tags and the two custom fields.
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE display_name = 'Zoë Müller'")) == 1);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE display_name = 'Lan Nguyễn'")) == 1);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(DISTINCT contact_id) FROM contact_methods WHERE kind = 'email'"))
          >= 150);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(DISTINCT contact_id) FROM contact_methods WHERE kind = 'phone'"))
          >= 150);
    // Valid US numbers: every phone normalizes to E.164, and no two customers share one.
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM contact_methods WHERE kind = 'phone' "
                               "AND normalized NOT LIKE '+1__________'"))
          == 0);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM (SELECT normalized FROM contact_methods WHERE kind = "
                               "'phone' GROUP BY normalized HAVING COUNT(*) > 1)"))
          == 0);
    for (const char *tag : {"regular", "wholesale", "catering", "vip", "gluten-free"}) {
        INFO(tag);
        CHECK(count(temp,
                    QStringLiteral("SELECT COUNT(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                   "WHERE t.name_key = '%1'")
                        .arg(QLatin1String(tag)))
              > 0);
    }
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM custom_field_values v JOIN custom_fields f ON f.id = "
                               "v.field_id WHERE f.name = 'Allergies'"))
          >= 20);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM custom_field_values v JOIN custom_fields f ON f.id = "
                               "v.field_id WHERE f.name = 'Favourite cake'"))
          >= 40);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM contacts WHERE birthday_month IS NOT NULL "
                               "AND birthday_year IS NULL"))
          > 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE birthday_year IS NOT NULL")) > 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE email_consent = 1")) > 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE notes <> ''")) > 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE city <> ''")) > 100);

    CHECK(temp.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'business.name'")).toString()
          == QStringLiteral("Rosie's Bakery"));
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sample' "
                               "AND action = 'populate'"))
          == 1);
}

TEST_CASE("the sample bakery is the same for the same clock")
{
    TempDatabase first;
    TempDatabase second;
    populate(first);
    populate(second);
    for (const char *sql : {"SELECT * FROM contacts ORDER BY id", "SELECT * FROM contact_methods ORDER BY id",
                            "SELECT * FROM orders ORDER BY id", "SELECT * FROM order_lines ORDER BY id",
                            "SELECT * FROM deals ORDER BY id", "SELECT * FROM followups ORDER BY id"}) {
        INFO(sql);
        const QStringList a = dump(first, QString::fromUtf8(sql));
        CHECK_FALSE(a.isEmpty());
        CHECK(a == dump(second, QString::fromUtf8(sql)));
    }
}

TEST_CASE("a different day gives a history that ends on that day")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2027, 7, 1), QTime(9, 0), Qt::UTC));
    populate(temp);
    CHECK(temp.scalar(QStringLiteral("SELECT MAX(ordered_at) FROM orders")).toString() < QStringLiteral("2027-07-01"));
    CHECK(temp.scalar(QStringLiteral("SELECT MIN(ordered_at) FROM orders")).toString() >= QStringLiteral("2026-01-01"));
}

TEST_CASE("sample orders follow the shop's week and seasons")
{
    TempDatabase temp;
    populate(temp);
    const QDate today = temp.clock().today();
    const QString from = toStoredTime(QDateTime(today.addMonths(-18), QTime(0, 0), Qt::UTC));
    const QString until = toStoredTime(QDateTime(today, QTime(0, 0), Qt::UTC));

    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders WHERE ordered_at < '%1' OR ordered_at >= '%2'")
                    .arg(from, until))
          == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT MIN(ordered_at) FROM orders")).toString()
          < toStoredTime(QDateTime(today.addMonths(-17), QTime(0, 0), Qt::UTC)));

    // Closed on Mondays (strftime %w: 1), busiest on Fridays and Saturdays.
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE strftime('%w', ordered_at) = '1'")) == 0);
    const qint64 saturdays
        = count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE strftime('%w', ordered_at) = '6'"));
    const qint64 tuesdays
        = count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE strftime('%w', ordered_at) = '2'"));
    CHECK(saturdays > tuesdays * 3 / 2);

    // December is busier than an average month, July quieter.
    const qint64 decemberMonths = count(temp,
                                        QStringLiteral("SELECT COUNT(DISTINCT substr(ordered_at, 1, 7)) FROM "
                                                       "orders WHERE substr(ordered_at, 6, 2) = '12'"));
    REQUIRE(decemberMonths >= 1);
    const double perDecember
        = double(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE substr(ordered_at, 6, 2) = '12'")))
        / double(decemberMonths);
    CHECK(perDecember > 1.4 * (1500.0 / 18.0));
    const qint64 julyMonths = count(temp,
                                    QStringLiteral("SELECT COUNT(DISTINCT substr(ordered_at, 1, 7)) FROM "
                                                   "orders WHERE substr(ordered_at, 6, 2) = '07'"));
    REQUIRE(julyMonths >= 1);
    const double perJuly
        = double(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE substr(ordered_at, 6, 2) = '07'")))
        / double(julyMonths);
    CHECK(perJuly < perDecember / 2);

    // Regulars order often, most customers rarely: a long tail.
    const qint64 busiest
        = count(temp, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM orders GROUP BY contact_id)"));
    CHECK(busiest >= 20);
    const qint64 rare = count(temp,
                              QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE (SELECT COUNT(*) FROM "
                                             "orders o WHERE o.contact_id = c.id) <= 2"));
    CHECK(rare >= 80);
}

TEST_CASE("sample order totals agree with their lines and payments")
{
    TempDatabase temp;
    populate(temp);

    QSqlQuery lines(temp.db());
    REQUIRE(lines.exec(QStringLiteral("SELECT quantity_milli, unit_price_minor, line_total_minor FROM order_lines")));
    int checked = 0;
    int fractional = 0;
    while (lines.next()) {
        const qint64 product = lines.value(0).toLongLong() * lines.value(1).toLongLong();
        const qint64 expected = (product + 500) / 1000; // all positive: half away from zero is half up
        CHECK(lines.value(2).toLongLong() == expected);
        if (lines.value(0).toLongLong() % 1000 != 0)
            ++fractional;
        ++checked;
    }
    CHECK(checked > 1500);
    CHECK(fractional > 20); // sold by weight: 0.25 kg, 0.5 kg, 1.5 kg ...

    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders o WHERE subtotal_minor <> (SELECT SUM(line_total_minor) "
                               "FROM order_lines l WHERE l.order_id = o.id)"))
          == 0);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders WHERE total_minor <> subtotal_minor - discount_minor "
                               "+ tax_minor"))
          == 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE discount_minor > 0")) > 0);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders WHERE NOT ("
                               "(paid_minor = 0 AND payment_status = 'unpaid') OR "
                               "(paid_minor > 0 AND paid_minor < total_minor AND payment_status = 'partial') OR "
                               "(paid_minor = total_minor AND payment_status = 'paid'))"))
          == 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE payment_status = 'paid' AND paid_at IS NULL"))
          == 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders WHERE currency <> 'USD'")) == 0);

    // Mostly completed and paid; open custom cakes to pick up; a few unpaid wholesale invoices.
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'collected' AND "
                               "payment_status = 'paid'"))
          > 1300);
    const QString today = toStoredDate(temp.clock().today());
    CHECK(
        count(temp,
              QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'confirmed' AND due_date >= '%1'").arg(today))
        >= 5);
    const qint64 unpaidInvoices = count(temp,
                                        QStringLiteral("SELECT COUNT(*) FROM orders WHERE kind = 'invoice' AND "
                                                       "payment_status <> 'paid'"));
    CHECK(unpaidInvoices >= 1);
    CHECK(unpaidInvoices <= 15);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM orders o JOIN contacts c ON c.id = o.contact_id WHERE "
                               "o.kind = 'invoice' AND c.kind <> 'company'"))
          == 0);
}

TEST_CASE("sample follow-ups and deals cover every state")
{
    TempDatabase temp;
    populate(temp);
    const QDate today = temp.clock().today();
    const QString dayStart = toStoredTime(temp.clock().startOfDay(today));
    const QString dayEnd = toStoredTime(temp.clock().startOfDay(today.addDays(1)));

    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM followups WHERE done_at IS NULL AND due_at < '%1'").arg(dayStart))
          >= 2);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM followups WHERE done_at IS NULL AND due_at >= '%1' AND "
                               "due_at < '%2'")
                    .arg(dayStart, dayEnd))
          >= 1);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM followups WHERE done_at IS NULL AND due_at >= '%1'").arg(dayEnd))
          >= 2);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM followups WHERE done_at IS NOT NULL")) >= 2);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM followups WHERE done_at > '%1'")
                    .arg(toStoredTime(temp.clock().nowUtc())))
          == 0);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM followups WHERE recurrence = 'FREQ=WEEKLY' AND done_at IS NULL"))
          == 1);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM followups WHERE order_id IS NOT NULL")) >= 1);

    CHECK(count(temp, QStringLiteral("SELECT COUNT(DISTINCT stage_id) FROM deals WHERE status = 'open'")) >= 3);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM deals WHERE status = 'won' AND closed_at IS NOT NULL"))
          >= 3);
    CHECK(count(temp,
                QStringLiteral("SELECT COUNT(*) FROM deals WHERE status = 'lost' AND lost_reason <> '' AND "
                               "closed_at IS NOT NULL"))
          >= 3);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM deals WHERE status = 'open' AND closed_at IS NOT NULL"))
          == 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM deals WHERE contact_id IS NULL")) == 0);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM activities")) >= 3);
}

TEST_CASE("sample contacts go through the real contact path")
{
    TempDatabase temp;
    populate(temp);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contact_fts"))
          == count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts")));
    const auto hits = ContactSearch(temp.db()).search(QStringLiteral("muller zoe"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    const auto zoe = ContactRepository(temp.db(), temp.clock()).get(hits->first().contactId);
    REQUIRE(zoe.ok());
    CHECK(zoe->tags.contains(QStringLiteral("VIP")));
    CHECK(zoe->custom.value(QStringLiteral("Favourite cake")) == QStringLiteral("Black Forest gâteau"));
    CHECK(zoe->birthday.toIso() == QStringLiteral("1984-05-14"));
    CHECK(zoe->createdAt < temp.clock().nowUtc());
}

TEST_CASE("the sample bakery is refused when the database has contacts")
{
    TempDatabase temp;
    Contact contact;
    contact.firstName = QStringLiteral("Ada");
    REQUIRE(ContactRepository(temp.db(), temp.clock()).create(contact).ok());

    const Status status = BakerySample::populate(temp.db(), temp.clock());
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Conflict);
    CHECK(status.errorMessage().contains(QStringLiteral("contacts")));
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 1);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders")) == 0);
}

TEST_CASE("a failing sample step leaves the database as it was")
{
    TempDatabase temp;
    QSqlQuery query(temp.db());
    // A temporary trigger on this connection makes the deals step fail after contacts and
    // orders were written.
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_deals BEFORE INSERT ON deals "
                                      "BEGIN SELECT RAISE(ABORT, 'no deals today'); END")));
    const Status status = BakerySample::populate(temp.db(), temp.clock());
    REQUIRE_FALSE(status.ok());
    CHECK(status.errorMessage().contains(QStringLiteral("no deals today")));
    for (const char *table : {"contacts", "products", "orders", "order_lines", "custom_fields", "tags", "audit_log"}) {
        INFO(table);
        CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);
    }
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'business.name'")) == 0);

    // Without the obstacle the same database can still be filled.
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER refuse_deals")));
    populate(temp);
    CHECK(count(temp, QStringLiteral("SELECT COUNT(*) FROM orders")) == 1500);
}
