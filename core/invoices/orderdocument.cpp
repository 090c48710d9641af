#include "orderdocument.h"

#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "orders/ordertotals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace clientele {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocument)
};

const QString KindQuote = QStringLiteral("quote");
const QString KindSlip = QStringLiteral("order_slip");
const QString KindInvoice = QStringLiteral("invoice");
const QString KindCredit = QStringLiteral("credit_note");

std::optional<DocumentKind> kindFromKey(const QString &key)
{
    for (const DocumentKind kind :
         {DocumentKind::Quote, DocumentKind::OrderSlip, DocumentKind::Invoice, DocumentKind::CreditNote}) {
        if (toString(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

qint64 integer(const QJsonObject &json, const QString &key)
{
    return json.value(key).toInteger();
}

} // namespace

QString toString(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Quote:
        return KindQuote;
    case DocumentKind::OrderSlip:
        return KindSlip;
    case DocumentKind::Invoice:
        return KindInvoice;
    case DocumentKind::CreditNote:
        return KindCredit;
    }
    return KindSlip;
}

QString documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Quote:
        return Text::tr("Quote");
    case DocumentKind::OrderSlip:
        return Text::tr("Order slip");
    case DocumentKind::Invoice:
        return Text::tr("Invoice");
    case DocumentKind::CreditNote:
        return Text::tr("Credit note");
    }
    return {};
}

Result<DocumentCustomer> readDocumentCustomer(QSqlDatabase db, qint64 contactId)
{
    if (contactId == 0)
        return DocumentCustomer {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT display_name, street, postal_code, city, region, country FROM contacts "
                                 "WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return repository::databaseError(Text::tr("Could not read the customer"), query);
    if (!query.next())
        return Error {Text::tr("The customer %1 does not exist.").arg(contactId), QStringLiteral("contactId"),
                      Error::Kind::NotFound};
    DocumentCustomer customer;
    customer.name = query.value(0).toString();
    const QString street = query.value(1).toString().trimmed();
    const QString city
        = (query.value(2).toString().trimmed() + QLatin1Char(' ') + query.value(3).toString().trimmed()).trimmed();
    for (const QString &line :
         {street, city, query.value(4).toString().trimmed(), query.value(5).toString().trimmed()}) {
        if (!line.isEmpty())
            customer.addressLines.append(line);
    }
    return customer;
}

OrderDocument orderDocument(const Order &order, const BusinessProfile &business, const DocumentCustomer &customer)
{
    OrderDocument document;
    document.kind = order.status == OrderStatus::Draft ? DocumentKind::Quote : DocumentKind::OrderSlip;
    document.number = order.number;
    document.orderNumber = order.number;
    document.issuedAt = order.orderedAt;
    document.dueDate = order.dueDate;
    document.business = business;
    document.customer = customer;
    if (document.customer.name.isEmpty())
        document.customer.name = order.contactName;
    document.currency = order.currency;
    document.pricesIncludeTax = order.pricesIncludeTax.value_or(false);
    for (const OrderLine &line : order.lines) {
        document.lines.append({line.description.isEmpty() ? line.productName : line.description, line.quantityMilli,
                               line.unit, line.unitPriceMinor, line.discountMinor, line.taxRateBp.value_or(0),
                               line.lineTotalMinor});
    }
    document.subtotalMinor = order.subtotalMinor;
    document.discountMinor = order.discountMinor;
    // The tax per rate is not stored with the order (only each line's tax is): it is the core's
    // computation over the stored lines, the same ordertotals::compute that stored them.
    Order computed = order;
    if (ordertotals::compute(computed))
        document.taxes = computed.taxes;
    document.taxMinor = order.taxMinor;
    document.totalMinor = order.totalMinor;
    document.depositMinor = order.depositMinor;
    document.paidMinor = order.paidMinor;
    document.amountDueMinor = order.totalMinor - order.paidMinor;
    return document;
}

OrderDocument creditNoteDocument(const OrderDocument &invoice)
{
    OrderDocument credit = invoice;
    credit.kind = DocumentKind::CreditNote;
    credit.creditsNumber = invoice.number;
    credit.dueDate = {};
    for (DocumentLine &line : credit.lines) {
        line.quantityMilli = -line.quantityMilli;
        line.discountMinor = -line.discountMinor;
        line.totalMinor = -line.totalMinor;
    }
    credit.subtotalMinor = -invoice.subtotalMinor;
    credit.discountMinor = -invoice.discountMinor;
    for (TaxAmount &tax : credit.taxes) {
        tax.netMinor = -tax.netMinor;
        tax.taxMinor = -tax.taxMinor;
    }
    credit.taxMinor = -invoice.taxMinor;
    credit.totalMinor = -invoice.totalMinor;
    credit.depositMinor = 0;
    credit.paidMinor = 0;
    credit.amountDueMinor = credit.totalMinor;
    return credit;
}

QJsonObject toJson(const OrderDocument &document)
{
    QJsonArray lines;
    for (const DocumentLine &line : document.lines)
        lines.append(QJsonObject {{QStringLiteral("description"), line.description},
                                  {QStringLiteral("quantity_milli"), line.quantityMilli},
                                  {QStringLiteral("unit"), line.unit},
                                  {QStringLiteral("unit_price_minor"), line.unitPriceMinor},
                                  {QStringLiteral("discount_minor"), line.discountMinor},
                                  {QStringLiteral("tax_rate_bp"), line.taxRateBp},
                                  {QStringLiteral("total_minor"), line.totalMinor}});
    QJsonArray taxes;
    for (const TaxAmount &tax : document.taxes)
        taxes.append(QJsonObject {{QStringLiteral("rate_bp"), tax.rateBp},
                                  {QStringLiteral("net_minor"), tax.netMinor},
                                  {QStringLiteral("tax_minor"), tax.taxMinor}});
    const BusinessProfile &b = document.business;
    const QJsonObject business {{QStringLiteral("name"), b.name},
                                {QStringLiteral("address"), toArray(b.addressLines)},
                                {QStringLiteral("tax_id"), b.taxId},
                                {QStringLiteral("bank_details"), toArray(b.bankDetails)},
                                {QStringLiteral("logo"), QString::fromLatin1(b.logo.toBase64())},
                                {QStringLiteral("paper_size"), toString(b.paperSize)}};
    const QJsonObject customer {{QStringLiteral("name"), document.customer.name},
                                {QStringLiteral("address"), toArray(document.customer.addressLines)}};
    return {{QStringLiteral("kind"), toString(document.kind)},
            {QStringLiteral("number"), document.number},
            {QStringLiteral("order_number"), document.orderNumber},
            {QStringLiteral("credits_number"), document.creditsNumber},
            {QStringLiteral("issued_at"), toStoredTime(document.issuedAt)},
            {QStringLiteral("due_date"), document.dueDate.isValid() ? toStoredDate(document.dueDate) : QString()},
            {QStringLiteral("business"), business},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("currency"), document.currency},
            {QStringLiteral("prices_include_tax"), document.pricesIncludeTax},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("subtotal_minor"), document.subtotalMinor},
            {QStringLiteral("discount_minor"), document.discountMinor},
            {QStringLiteral("taxes"), taxes},
            {QStringLiteral("tax_minor"), document.taxMinor},
            {QStringLiteral("total_minor"), document.totalMinor},
            {QStringLiteral("deposit_minor"), document.depositMinor},
            {QStringLiteral("paid_minor"), document.paidMinor},
            {QStringLiteral("amount_due_minor"), document.amountDueMinor}};
}

Result<OrderDocument> orderDocumentFromJson(const QJsonObject &json)
{
    const auto kind = kindFromKey(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error {Text::tr("The stored document is damaged (unknown kind)."), QStringLiteral("kind")};
    OrderDocument document;
    document.kind = *kind;
    document.number = json.value(QStringLiteral("number")).toString();
    document.orderNumber = json.value(QStringLiteral("order_number")).toString();
    document.creditsNumber = json.value(QStringLiteral("credits_number")).toString();
    document.issuedAt = fromStoredTime(json.value(QStringLiteral("issued_at")).toString());
    const QString due = json.value(QStringLiteral("due_date")).toString();
    document.dueDate = due.isEmpty() ? QDate() : fromStoredDate(due);
    const QJsonObject business = json.value(QStringLiteral("business")).toObject();
    document.business.name = business.value(QStringLiteral("name")).toString();
    document.business.addressLines = toList(business.value(QStringLiteral("address")));
    document.business.taxId = business.value(QStringLiteral("tax_id")).toString();
    document.business.bankDetails = toList(business.value(QStringLiteral("bank_details")));
    document.business.logo = QByteArray::fromBase64(business.value(QStringLiteral("logo")).toString().toLatin1());
    document.business.paperSize
        = paperSizeFromString(business.value(QStringLiteral("paper_size")).toString()).value_or(PaperSize::A4);
    const QJsonObject customer = json.value(QStringLiteral("customer")).toObject();
    document.customer.name = customer.value(QStringLiteral("name")).toString();
    document.customer.addressLines = toList(customer.value(QStringLiteral("address")));
    document.currency = json.value(QStringLiteral("currency")).toString();
    document.pricesIncludeTax = json.value(QStringLiteral("prices_include_tax")).toBool();
    for (const QJsonValue &value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        document.lines.append(
            {line.value(QStringLiteral("description")).toString(), integer(line, QStringLiteral("quantity_milli")),
             line.value(QStringLiteral("unit")).toString(), integer(line, QStringLiteral("unit_price_minor")),
             integer(line, QStringLiteral("discount_minor")), int(integer(line, QStringLiteral("tax_rate_bp"))),
             integer(line, QStringLiteral("total_minor"))});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("taxes")).toArray()) {
        const QJsonObject tax = value.toObject();
        document.taxes.append({int(integer(tax, QStringLiteral("rate_bp"))), integer(tax, QStringLiteral("net_minor")),
                               integer(tax, QStringLiteral("tax_minor"))});
    }
    document.subtotalMinor = integer(json, QStringLiteral("subtotal_minor"));
    document.discountMinor = integer(json, QStringLiteral("discount_minor"));
    document.taxMinor = integer(json, QStringLiteral("tax_minor"));
    document.totalMinor = integer(json, QStringLiteral("total_minor"));
    document.depositMinor = integer(json, QStringLiteral("deposit_minor"));
    document.paidMinor = integer(json, QStringLiteral("paid_minor"));
    document.amountDueMinor = integer(json, QStringLiteral("amount_due_minor"));
    return document;
}

} // namespace clientele
