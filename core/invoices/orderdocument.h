#pragma once

#include "orders/order.h"
#include "settings/businessprofile.h"

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clientele {

/// What a printed document is: a draft order prints as a quote, any other order as an order
/// slip; invoices and credit notes are issued (InvoiceRepository) and keep their content.
enum class DocumentKind { Quote, OrderSlip, Invoice, CreditNote };

/// "quote", "order_slip", "invoice", "credit_note": the snapshot's and the CLI's JSON key.
QString toString(DocumentKind kind);
/// The translated title printed on top: "Quote", "Order slip", "Invoice", "Credit note".
QString documentTitle(DocumentKind kind);

/// The customer as the document prints them.
struct DocumentCustomer
{
    QString name;
    QStringList addressLines;

    friend bool operator==(const DocumentCustomer &, const DocumentCustomer &) = default;
};

/// One printed line: the amounts exactly as ordertotals computed them.
struct DocumentLine
{
    QString description;
    qint64 quantityMilli = 0;
    QString unit;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0; ///< taken off the line
    int taxRateBp = 0;
    qint64 totalMinor = 0; ///< after the line discount

    friend bool operator==(const DocumentLine &, const DocumentLine &) = default;
};

/// Everything an order slip, quote, invoice or credit note prints, with every amount taken from
/// the core's totals (ordertotals) so a renderer only formats, it never computes money. Amounts
/// are minor units of `currency`; a credit note's are negative.
struct OrderDocument
{
    DocumentKind kind = DocumentKind::OrderSlip;
    QString number; ///< the invoice or credit note number; the order number for a slip or quote
    QString orderNumber;
    QString creditsNumber; ///< a credit note: the number of the invoice it cancels
    QDateTime issuedAt; ///< UTC: when it was issued (an invoice) or the order was placed
    QDate dueDate; ///< pickup, delivery or payment day; may be null
    BusinessProfile business;
    DocumentCustomer customer;
    QString currency;
    bool pricesIncludeTax = false; ///< the taxes are contained in the line prices
    QList<DocumentLine> lines;
    qint64 subtotalMinor = 0; ///< the sum of the line totals
    qint64 discountMinor = 0; ///< the order's discount
    QList<TaxAmount> taxes; ///< per rate, lowest first
    qint64 taxMinor = 0; ///< all tax, an imported order-level tax included
    qint64 totalMinor = 0;
    qint64 depositMinor = 0;
    qint64 paidMinor = 0;
    qint64 amountDueMinor = 0; ///< total less what was paid

    QString title() const { return documentTitle(kind); }
    friend bool operator==(const OrderDocument &, const OrderDocument &) = default;
};

/// The customer of `contactId` as printed: name and postal address; empty for 0 (a walk-in).
Result<DocumentCustomer> readDocumentCustomer(QSqlDatabase db, qint64 contactId);

/// The document of a stored order (every amount already computed): a quote for a draft, an
/// order slip otherwise, numbered and dated as the order.
OrderDocument orderDocument(const Order &order, const BusinessProfile &business, const DocumentCustomer &customer);

/// The credit note that cancels `invoice`: the same lines and taxes with every amount negated,
/// nothing paid, so the amount due is the total to refund.
OrderDocument creditNoteDocument(const OrderDocument &invoice);

/// The frozen form stored with an issued invoice, and back. Amounts are JSON integers.
QJsonObject toJson(const OrderDocument &document);
Result<OrderDocument> orderDocumentFromJson(const QJsonObject &json);

} // namespace clientele
