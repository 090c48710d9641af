#pragma once

#include "orderdocument.h"

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace clientele {

class Clock;

/// An issued invoice or credit note: its number, and the document as it was at issue time.
struct Invoice
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString number;
    DocumentKind kind = DocumentKind::Invoice; ///< Invoice or CreditNote
    qint64 creditsInvoiceId = 0; ///< a credit note: the invoice it cancels
    QDateTime issuedAt;
    QString currency;
    qint64 totalMinor = 0;
    OrderDocument document;
};

/// Issues invoices and credit notes from orders. Numbers are unique and gapless: each is taken
/// from the 'invoice' sequence (OrderNumbering) inside the transaction that stores the document,
/// so a failed or rolled-back issue gives its number back and a committed one is never reused.
/// Credit notes share that sequence, so invoices and credit notes form one unbroken series.
/// An issued document is never changed, renumbered or deleted: there is no API for it; a
/// mistake is corrected by a credit note, after which the order may be invoiced again.
class InvoiceRepository final
{
public:
    InvoiceRepository(QSqlDatabase db, const Clock &clock);

    /// Issues the invoice of an order and returns its id. Refused (Validation, field "status")
    /// for a draft, a cancelled order or one in the trash, and (Conflict) when the order already
    /// has an invoice that no credit note cancels.
    Result<qint64> issue(qint64 orderId);
    /// Issues the credit note that cancels the invoice `invoiceId` and returns its id. Refused
    /// for a credit note and (Conflict) for an invoice already credited.
    Result<qint64> issueCreditNote(qint64 invoiceId);

    Result<Invoice> get(qint64 id) const;
    Result<Invoice> findByNumber(const QString &number) const;
    /// The order's invoices and credit notes, in the order they were issued.
    Result<QList<Invoice>> forOrder(qint64 orderId) const;
    /// The order's invoice that no credit note cancels, if any.
    Result<std::optional<Invoice>> liveInvoice(qint64 orderId) const;

private:
    Result<qint64> insert(const Invoice &invoice);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
