#include "invoicerepository.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/transaction.h"
#include "orders/ordernumbering.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace clientele {

using namespace repository;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)
};

const QString Entity = QStringLiteral("invoice");
const QString Columns = QStringLiteral("id, order_id, number, kind, credits_invoice_id, issued_at, currency, "
                                       "total_minor, snapshot");

Result<Invoice> fromRow(const QSqlQuery &query)
{
    Invoice invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.orderId = query.value(1).toLongLong();
    invoice.number = query.value(2).toString();
    invoice.kind
        = query.value(3).toString() == QLatin1String("credit_note") ? DocumentKind::CreditNote : DocumentKind::Invoice;
    invoice.creditsInvoiceId = query.value(4).toLongLong();
    invoice.issuedAt = fromStoredTime(query.value(5).toString());
    invoice.currency = query.value(6).toString();
    invoice.totalMinor = query.value(7).toLongLong();
    auto document = orderDocumentFromJson(QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object());
    if (!document)
        return document.error();
    invoice.document = std::move(document).value();
    return invoice;
}

Result<Invoice> readOne(QSqlDatabase db, const QString &where, const QString &placeholder, const QVariant &value,
                        const QString &notFound)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM invoices WHERE %2").arg(Columns, where));
    query.bindValue(placeholder, value);
    if (!query.exec())
        return databaseError(Text::tr("Could not read the invoice"), query);
    if (!query.next())
        return Error {notFound, {}, Error::Kind::NotFound};
    return fromRow(query);
}

Error refused(const QString &message, const QString &field, Error::Kind kind = Error::Kind::Validation)
{
    return Error {message, field, kind};
}

} // namespace

InvoiceRepository::InvoiceRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<qint64> InvoiceRepository::issue(qint64 orderId)
{
    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    // The number first: its write makes a second connection wait for this transaction, so two
    // issues at once get consecutive numbers; every refusal below rolls it back.
    const auto number = OrderNumbering(m_db, m_clock).take(OrderKind::Invoice);
    if (!number)
        return number.error();
    const auto order = OrderRepository(m_db, m_clock).get(orderId);
    if (!order)
        return order.error();
    if (order->isInTrash())
        return refused(Text::tr("Order %1 is in the trash: restore it before invoicing it.").arg(order->number),
                       QStringLiteral("status"));
    if (order->status == OrderStatus::Draft)
        return refused(Text::tr("Order %1 is a draft: confirm it before invoicing it.").arg(order->number),
                       QStringLiteral("status"));
    if (order->status == OrderStatus::Cancelled)
        return refused(Text::tr("Order %1 is cancelled and cannot be invoiced.").arg(order->number),
                       QStringLiteral("status"));
    const auto live = liveInvoice(orderId);
    if (!live)
        return live.error();
    if (live->has_value())
        return refused(Text::tr("Order %1 already has the invoice %2: issue a credit note to correct it.")
                           .arg(order->number, (*live)->number),
                       QStringLiteral("order"), Error::Kind::Conflict);
    const auto customer = readDocumentCustomer(m_db, order->contactId);
    if (!customer)
        return customer.error();

    Invoice invoice;
    invoice.orderId = orderId;
    invoice.number = *number;
    invoice.kind = DocumentKind::Invoice;
    invoice.issuedAt = m_clock.nowUtc();
    invoice.currency = order->currency;
    invoice.totalMinor = order->totalMinor;
    invoice.document = orderDocument(*order, readBusinessProfile(m_db), *customer);
    invoice.document.kind = DocumentKind::Invoice;
    invoice.document.number = *number;
    invoice.document.issuedAt = invoice.issuedAt;
    const auto id = insert(invoice);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> InvoiceRepository::issueCreditNote(qint64 invoiceId)
{
    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    const auto number = OrderNumbering(m_db, m_clock).take(OrderKind::Invoice);
    if (!number)
        return number.error();
    const auto invoice = get(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice->kind != DocumentKind::Invoice)
        return refused(Text::tr("%1 is a credit note: only an invoice can be credited.").arg(invoice->number),
                       QStringLiteral("invoice"));
    QSqlQuery credited(m_db);
    credited.prepare(QStringLiteral("SELECT number FROM invoices WHERE credits_invoice_id = :id"));
    credited.bindValue(QStringLiteral(":id"), invoiceId);
    if (!credited.exec())
        return databaseError(Text::tr("Could not read the invoice"), credited);
    if (credited.next())
        return refused(
            Text::tr("The invoice %1 is already credited by %2.").arg(invoice->number, credited.value(0).toString()),
            QStringLiteral("invoice"), Error::Kind::Conflict);

    Invoice credit;
    credit.orderId = invoice->orderId;
    credit.number = *number;
    credit.kind = DocumentKind::CreditNote;
    credit.creditsInvoiceId = invoiceId;
    credit.issuedAt = m_clock.nowUtc();
    credit.currency = invoice->currency;
    credit.document = creditNoteDocument(invoice->document);
    credit.document.number = *number;
    credit.document.issuedAt = credit.issuedAt;
    credit.totalMinor = credit.document.totalMinor;
    const auto id = insert(credit);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> InvoiceRepository::insert(const Invoice &invoice)
{
    const bool creditNote = invoice.kind == DocumentKind::CreditNote;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO invoices (order_id, number, kind, credits_invoice_id, issued_at, "
                                 "snapshot, currency, total_minor) VALUES (:order, :number, :kind, :credits, "
                                 ":issued, :snapshot, :currency, :total)"));
    query.bindValue(QStringLiteral(":order"), invoice.orderId);
    query.bindValue(QStringLiteral(":number"), invoice.number);
    query.bindValue(QStringLiteral(":kind"), creditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice"));
    query.bindValue(QStringLiteral(":credits"), idOrNull(invoice.creditsInvoiceId));
    query.bindValue(QStringLiteral(":issued"), toStoredTime(invoice.issuedAt));
    query.bindValue(QStringLiteral(":snapshot"),
                    QString::fromUtf8(QJsonDocument(toJson(invoice.document)).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":currency"), invoice.currency);
    query.bindValue(QStringLiteral(":total"), invoice.totalMinor);
    if (!query.exec())
        return databaseError(Text::tr("Could not store the invoice %1").arg(invoice.number), query);
    const qint64 id = query.lastInsertId().toLongLong();
    QJsonObject changes {{QStringLiteral("number"), invoice.number},
                         {QStringLiteral("order_id"), invoice.orderId},
                         {QStringLiteral("currency"), invoice.currency},
                         {QStringLiteral("total_minor"), invoice.totalMinor}};
    if (creditNote)
        changes.insert(QStringLiteral("credits_invoice_id"), invoice.creditsInvoiceId);
    if (auto s = AuditLog(m_db, m_clock)
                     .record(Entity, id, creditNote ? QStringLiteral("credit") : QStringLiteral("issue"), changes);
        !s)
        return s.error();
    return id;
}

Result<Invoice> InvoiceRepository::get(qint64 id) const
{
    return readOne(m_db, QStringLiteral("id = :id"), QStringLiteral(":id"), id,
                   Text::tr("No invoice with id %1").arg(id));
}

Result<Invoice> InvoiceRepository::findByNumber(const QString &number) const
{
    return readOne(m_db, QStringLiteral("number = :number"), QStringLiteral(":number"), number.trimmed(),
                   Text::tr("No invoice with number %1").arg(number));
}

Result<QList<Invoice>> InvoiceRepository::forOrder(qint64 orderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM invoices WHERE order_id = :order ORDER BY id").arg(Columns));
    query.bindValue(QStringLiteral(":order"), orderId);
    if (!query.exec())
        return databaseError(Text::tr("Could not read the invoices"), query);
    QList<Invoice> invoices;
    while (query.next()) {
        auto invoice = fromRow(query);
        if (!invoice)
            return invoice.error();
        invoices.append(std::move(invoice).value());
    }
    return invoices;
}

Result<std::optional<Invoice>> InvoiceRepository::liveInvoice(qint64 orderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM invoices i WHERE order_id = :order AND kind = 'invoice' "
                                 "AND NOT EXISTS (SELECT 1 FROM invoices c WHERE c.credits_invoice_id = i.id) "
                                 "ORDER BY id DESC")
                      .arg(Columns));
    query.bindValue(QStringLiteral(":order"), orderId);
    if (!query.exec())
        return databaseError(Text::tr("Could not read the invoices"), query);
    if (!query.next())
        return std::optional<Invoice>();
    auto invoice = fromRow(query);
    if (!invoice)
        return invoice.error();
    return std::optional<Invoice>(std::move(invoice).value());
}

} // namespace clientele
