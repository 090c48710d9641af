#include "invoicetesthelpers.h"

#include "db/transaction.h"
#include "invoices/invoicerepository.h"
#include "orders/ordernumbering.h"
#include "orders/orderrepository.h"
#include "settings/businessprofile.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QThread>

#include <atomic>

using namespace clientele;

namespace {

qint64 createOrder(TempDatabase &temp, qint64 contactId, OrderStatus status = OrderStatus::Confirmed)
{
    Order order = bakeryOrder(contactId);
    order.status = status;
    if (status == OrderStatus::Draft)
        order.depositMinor = 0;
    const auto id = OrderRepository(temp.db(), temp.clock()).create(order);
    REQUIRE_OK(id);
    return *id;
}

qint64 nextInvoiceNumber(TempDatabase &temp)
{
    return OrderNumbering(temp.db(), temp.clock()).sequence(OrderKind::Invoice)->nextNumber;
}

} // namespace

TEST_CASE("issuing an invoice numbers it from the invoice sequence and freezes what it says")
{
    TempDatabase temp;
    BusinessProfile profile;
    profile.name = QStringLiteral("Bäckerei Sonne");
    profile.taxId = QStringLiteral("DE123456789");
    REQUIRE(saveBusinessProfile(temp.db(), profile).ok());
    const qint64 orderId = createOrder(temp, insertCustomer(temp));
    InvoiceRepository invoices(temp.db(), temp.clock());

    temp.clock().set(utc(2026, 3, 16, 8, 30));
    const auto id = invoices.issue(orderId);
    REQUIRE_OK(id);
    const auto invoice = invoices.get(*id);
    REQUIRE_OK(invoice);
    CHECK(invoice->number == QStringLiteral("INV-0001"));
    CHECK(invoice->kind == DocumentKind::Invoice);
    CHECK(invoice->orderId == orderId);
    CHECK(invoice->creditsInvoiceId == 0);
    CHECK(invoice->issuedAt == utc(2026, 3, 16, 8, 30));
    CHECK(invoice->currency == QStringLiteral("EUR"));
    CHECK(invoice->totalMinor == 14454);
    const OrderDocument &document = invoice->document;
    CHECK(document.kind == DocumentKind::Invoice);
    CHECK(document.title() == QStringLiteral("Invoice"));
    CHECK(document.number == QStringLiteral("INV-0001"));
    CHECK(document.orderNumber == QStringLiteral("1001"));
    CHECK(document.issuedAt == utc(2026, 3, 16, 8, 30));
    CHECK(document.business.name == QStringLiteral("Bäckerei Sonne"));
    CHECK(document.customer.name == QStringLiteral("Zoë Müller"));
    CHECK(document.taxes == QList<TaxAmount> {{700, 1497, 105}, {1900, 10800, 2052}});
    CHECK(document.totalMinor == 14454);
    CHECK(document.paidMinor == 5000);
    CHECK(document.amountDueMinor == 9454);
    CHECK(nextInvoiceNumber(temp) == 2);
    CHECK(auditCount(temp, QStringLiteral("invoice"), *id, QStringLiteral("issue")) == 1);
    CHECK(invoices.findByNumber(QStringLiteral("INV-0001"))->id == *id);

    // A reprint never changes: a new business name, a changed order and a payment leave it be.
    profile.name = QStringLiteral("Sonne GmbH");
    REQUIRE(saveBusinessProfile(temp.db(), profile).ok());
    OrderRepository orders(temp.db(), temp.clock());
    Order changed = *orders.get(orderId);
    changed.lines.removeLast();
    REQUIRE(orders.update(changed).ok());
    REQUIRE(orders.recordPayment(orderId, Money {1000, QStringLiteral("EUR")}).ok());
    CHECK(invoices.get(*id)->document == document);

    // One live invoice per order.
    const auto second = invoices.issue(orderId);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("INV-0001")));
    CHECK(nextInvoiceNumber(temp) == 2);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toInt() == 1);

    // Not even plain SQL changes or deletes an issued invoice.
    QSqlQuery raw(temp.db());
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE invoices SET number = 'INV-0099'")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM invoices")));
    CHECK(invoices.get(*id)->number == QStringLiteral("INV-0001"));
}

TEST_CASE("drafts, cancelled and trashed orders are not invoiced, and their refusal uses no number")
{
    TempDatabase temp;
    InvoiceRepository invoices(temp.db(), temp.clock());
    OrderRepository orders(temp.db(), temp.clock());
    const qint64 draft = createOrder(temp, 0, OrderStatus::Draft);
    const qint64 cancelled = createOrder(temp, 0);
    REQUIRE(orders.setStatus(cancelled, OrderStatus::Cancelled).ok());
    const qint64 trashed = createOrder(temp, 0);
    REQUIRE(orders.moveToTrash(trashed).ok());

    for (const qint64 id : {draft, cancelled, trashed}) {
        const auto refused = invoices.issue(id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("status"));
        CHECK(refused.error().kind == Error::Kind::Validation);
    }
    CHECK(invoices.issue(9999).error().kind == Error::Kind::NotFound);
    CHECK(nextInvoiceNumber(temp) == 1);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toInt() == 0);

    const qint64 good = createOrder(temp, 0);
    CHECK(invoices.get(*invoices.issue(good))->number == QStringLiteral("INV-0001"));
}

TEST_CASE("a rolled-back issue gives its number back; a committed number is never given again")
{
    TempDatabase temp;
    InvoiceRepository invoices(temp.db(), temp.clock());
    const qint64 first = createOrder(temp, 0);
    const qint64 second = createOrder(temp, 0);
    {
        Transaction outer(temp.db());
        REQUIRE(outer.isActive());
        const auto id = invoices.issue(first);
        REQUIRE_OK(id);
        CHECK(invoices.get(*id)->number == QStringLiteral("INV-0001"));
        outer.rollback();
    }
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toInt() == 0);
    CHECK(nextInvoiceNumber(temp) == 1);
    const auto a = invoices.issue(second);
    REQUIRE_OK(a);
    CHECK(invoices.get(*a)->number == QStringLiteral("INV-0001"));
    const auto b = invoices.issue(first);
    REQUIRE_OK(b);
    CHECK(invoices.get(*b)->number == QStringLiteral("INV-0002"));

    // Setting the sequence back by hand does not hand out an issued number again.
    REQUIRE(
        OrderNumbering(temp.db(), temp.clock()).setSequence({OrderKind::Invoice, QStringLiteral("INV-"), 1, 4}).ok());
    const auto credit = invoices.issueCreditNote(*a);
    REQUIRE_OK(credit);
    CHECK(invoices.get(*credit)->number == QStringLiteral("INV-0003"));
}

TEST_CASE("two connections issuing at once get distinct consecutive invoice numbers")
{
    TempDatabase temp;
    constexpr int PerConnection = 8;
    QList<qint64> mine;
    QList<qint64> theirs;
    for (int i = 0; i < PerConnection; ++i) {
        mine.append(createOrder(temp, 0));
        theirs.append(createOrder(temp, 0));
    }
    const QString path = temp.path();
    const QDateTime now = temp.clock().nowUtc();
    std::atomic<int> failures = 0;
    QThread *worker = QThread::create([path, now, theirs, &failures] {
        const QString name = QStringLiteral("second-window");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery pragma(db);
            if (!db.open() || !pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
                || !pragma.exec(QStringLiteral("PRAGMA busy_timeout = 10000"))) {
                ++failures;
                return;
            }
            const FixedClock clock(now);
            InvoiceRepository invoices(db, clock);
            for (const qint64 id : theirs) {
                if (!invoices.issue(id).ok())
                    ++failures;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    worker->start();
    InvoiceRepository invoices(temp.db(), temp.clock());
    for (const qint64 id : mine) {
        const auto issued = invoices.issue(id);
        INFO(issued.errorMessage().toStdString());
        CHECK(issued.ok());
    }
    worker->wait();
    delete worker;
    CHECK(failures == 0);

    QSqlQuery query(temp.db());
    REQUIRE(query.exec(QStringLiteral("SELECT number FROM invoices ORDER BY number")));
    QStringList numbers;
    while (query.next())
        numbers.append(query.value(0).toString());
    QStringList expected;
    for (int i = 1; i <= 2 * PerConnection; ++i)
        expected.append(QStringLiteral("INV-%1").arg(i, 4, 10, QLatin1Char('0')));
    CHECK(numbers == expected);
    CHECK(nextInvoiceNumber(temp) == 2 * PerConnection + 1);
}

TEST_CASE("a credit note cancels an invoice with negated totals and its own number, once")
{
    TempDatabase temp;
    InvoiceRepository invoices(temp.db(), temp.clock());
    const qint64 orderId = createOrder(temp, insertCustomer(temp));
    const auto invoiceId = invoices.issue(orderId);
    REQUIRE_OK(invoiceId);

    temp.clock().advanceSecs(3600);
    const auto creditId = invoices.issueCreditNote(*invoiceId);
    REQUIRE_OK(creditId);
    const auto credit = invoices.get(*creditId);
    REQUIRE_OK(credit);
    CHECK(credit->number == QStringLiteral("INV-0002"));
    CHECK(credit->kind == DocumentKind::CreditNote);
    CHECK(credit->creditsInvoiceId == *invoiceId);
    CHECK(credit->orderId == orderId);
    CHECK(credit->issuedAt == temp.clock().nowUtc());
    CHECK(credit->totalMinor == -14454);
    CHECK(credit->document.kind == DocumentKind::CreditNote);
    CHECK(credit->document.number == QStringLiteral("INV-0002"));
    CHECK(credit->document.creditsNumber == QStringLiteral("INV-0001"));
    CHECK(credit->document.taxes == QList<TaxAmount> {{700, -1497, -105}, {1900, -10800, -2052}});
    CHECK(credit->document.taxMinor == -2157);
    CHECK(credit->document.amountDueMinor == -14454);
    CHECK(auditCount(temp, QStringLiteral("invoice"), *creditId, QStringLiteral("credit")) == 1);

    const auto again = invoices.issueCreditNote(*invoiceId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("INV-0002")));
    CHECK(invoices.issueCreditNote(*creditId).error().field == QStringLiteral("invoice"));
    CHECK(invoices.issueCreditNote(9999).error().kind == Error::Kind::NotFound);
    CHECK(nextInvoiceNumber(temp) == 3);

    // Credited, the order may be invoiced anew; the old invoice and its credit note stay.
    CHECK_FALSE(invoices.liveInvoice(orderId)->has_value());
    const auto corrected = invoices.issue(orderId);
    REQUIRE_OK(corrected);
    CHECK(invoices.get(*corrected)->number == QStringLiteral("INV-0003"));
    CHECK(invoices.liveInvoice(orderId)->value().id == *corrected);
    const auto all = invoices.forOrder(orderId);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).number == QStringLiteral("INV-0001"));
    CHECK(all->at(1).number == QStringLiteral("INV-0002"));
    CHECK(all->at(2).number == QStringLiteral("INV-0003"));
}
