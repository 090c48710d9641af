// Version 4 rebuilds the orders table: a version 3 book with orders, lines, payments and the
// follow-ups that point at them must come through with every row and every link.

#include "tempdatabase.h"

#include "db/migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QList<Migration> upTo(int version)
{
    QList<Migration> migrations;
    for (const Migration &m : Migrator::builtin())
        if (m.version <= version)
            migrations.append(m);
    return migrations;
}

} // namespace

TEST_CASE("a version 3 book's orders keep their rows, links and payments in version 4")
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("v3-book");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("v3.sqlite")));
        REQUIRE(db.open());
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        REQUIRE(Migrator(upTo(3)).migrate(db, testClock()).ok());
        REQUIRE(Migrator::currentVersion(db) == 3);

        const QString t = QStringLiteral("'2026-02-01T09:00:00.000Z'");
        exec(db,
             QStringLiteral("INSERT INTO contacts (id, display_name, created_at, updated_at) VALUES "
                            "(7, 'Anna Baker', %1, %1)")
                 .arg(t));
        exec(db,
             QStringLiteral("INSERT INTO orders (id, contact_id, kind, number, status, ordered_at, currency, "
                            "subtotal_minor, discount_minor, tax_minor, total_minor, paid_minor, payment_status, "
                            "paid_at, created_at, updated_at) VALUES "
                            "(1, 7, 'order', '2026-0001', 'open', %1, 'EUR', 4000, 0, 200, 4200, 1000, "
                            "'partial', NULL, %1, %1), "
                            "(2, 7, 'order', '2026-0002', 'completed', %1, 'EUR', 3000, 0, 0, 3000, 3000, 'paid', "
                            "'2026-02-03T12:00:00.000Z', %1, %1), "
                            "(3, 7, 'invoice', 'INV-2026-0001', 'cancelled', %1, 'EUR', 500, 0, 0, 500, 0, "
                            "'unpaid', NULL, %1, %1), "
                            "(4, NULL, 'order', '2026-0003', 'ready', %1, 'EUR', 800, 0, 0, 800, 0, 'unpaid', "
                            "NULL, %1, %1)")
                 .arg(t));
        exec(db,
             QStringLiteral("INSERT INTO order_lines (order_id, position, description, quantity_milli, unit, "
                            "unit_price_minor, line_total_minor) VALUES "
                            "(1, 0, 'Wedding cake', 1000, 'pcs', 4000, 4000), (2, 0, 'Scones', 12000, 'pcs', "
                            "250, 3000), (4, 0, 'Bread', 2000, 'pcs', 400, 800)"));
        exec(db,
             QStringLiteral("INSERT INTO followups (contact_id, order_id, title, due_at, created_at, "
                            "updated_at) VALUES (7, 1, 'Call about the cake', %1, %1, %1)")
                 .arg(t));
        const qint64 lifetimeBefore = scalar(db, QStringLiteral("SELECT lifetime_minor FROM contacts")).toLongLong();

        REQUIRE(Migrator().migrate(db, testClock()).ok());
        CHECK(Migrator::currentVersion(db) == Migrator::latestVersion());

        QSqlQuery orders(db);
        REQUIRE(orders.exec(QStringLiteral("SELECT id, status, tax_minor, imported_tax_minor, total_minor, "
                                           "paid_minor, number FROM orders ORDER BY id")));
        QStringList rows;
        while (orders.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                        .arg(orders.value(0).toString(), orders.value(1).toString(), orders.value(2).toString(),
                             orders.value(3).toString(), orders.value(4).toString(), orders.value(5).toString(),
                             orders.value(6).toString());
        CHECK(rows
              == QStringList {QStringLiteral("1 confirmed 200 200 4200 1000 2026-0001"),
                              QStringLiteral("2 collected 0 0 3000 3000 2026-0002"),
                              QStringLiteral("3 cancelled 0 0 500 0 INV-2026-0001"),
                              QStringLiteral("4 ready 0 0 800 0 2026-0003")});
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt() == 3);
        CHECK(scalar(db, QStringLiteral("SELECT group_concat(order_id) FROM order_lines ORDER BY order_id")).toString()
              == QStringLiteral("1,2,4"));
        CHECK(scalar(db, QStringLiteral("SELECT order_id FROM followups")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT lifetime_minor FROM contacts")).toLongLong() == lifetimeBefore);
        CHECK(lifetimeBefore == 4200 + 3000);

        // What version 3 knew of the payments: one entry per paid order, on the day it was paid.
        QSqlQuery payments(db);
        REQUIRE(payments.exec(
            QStringLiteral("SELECT order_id, amount_minor, paid_at FROM order_payments ORDER BY order_id")));
        REQUIRE(payments.next());
        CHECK(payments.value(0).toInt() == 1);
        CHECK(payments.value(1).toInt() == 1000);
        CHECK(payments.value(2).toString() == QStringLiteral("2026-02-01T09:00:00.000Z"));
        REQUIRE(payments.next());
        CHECK(payments.value(0).toInt() == 2);
        CHECK(payments.value(1).toInt() == 3000);
        CHECK(payments.value(2).toString() == QStringLiteral("2026-02-03T12:00:00.000Z"));
        CHECK_FALSE(payments.next());

        // The rebuilt table still has its indexes and the contact list's triggers.
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'orders' "
                                    "AND type = 'trigger'"))
                  .toInt()
              == 3);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'orders' "
                                    "AND type = 'index' AND sql IS NOT NULL"))
                  .toInt()
              == 6);
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        QSqlQuery check(db);
        REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(check.next());
        exec(db, QStringLiteral("UPDATE orders SET status = 'collected' WHERE id = 1"));
        QSqlQuery oldStatus(db);
        CHECK_FALSE(oldStatus.exec(QStringLiteral("UPDATE orders SET status = 'open' WHERE id = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
