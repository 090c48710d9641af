#include "columnmapping.h"

#include "knownlayouts.h"
#include "valueparsers.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QHash>

namespace clientele {

namespace {

/// lupdate files these strings under "OrderRowMapper", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderRowMapper)
};

// Integer division rounding half away from zero (quantities are in thousandths).
qint64 divideRounded(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

QString statusKey(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    return key;
}

std::optional<OrderStatus> orderStatusFrom(const QString &text)
{
    static const QHash<QString, OrderStatus> statuses = [] {
        QHash<QString, OrderStatus> s;
        for (const char *k :
             {"completed",     "complete", "fulfilled", "shipped",    "delivered", "done",     "closed",
              "abgeschlossen", "erledigt", "versandt",  "geliefert",  "terminée",  "terminee", "expédiée",
              "expediee",      "livrée",   "livree",    "completado", "enviado",   "entregado"})
            s.insert(QString::fromUtf8(k), OrderStatus::Collected);
        // Words that say the goods went to the customer: delivered rather than collected.
        for (const char *k : {"shipped", "delivered", "versandt", "geliefert", "expédiée", "expediee", "livrée",
                              "livree", "enviado", "entregado"})
            s.insert(QString::fromUtf8(k), OrderStatus::Delivered);
        for (const char *k : {"cancelled", "canceled", "voided", "restocked", "storniert", "abgebrochen", "annulée",
                              "annulee", "cancelado", "anulado"})
            s.insert(QString::fromUtf8(k), OrderStatus::Cancelled);
        for (const char *k : {"open", "unfulfilled", "partial", "partially_fulfilled", "pending", "processing",
                              "in_progress", "unshipped", "not_shipped", "offen", "in_bearbeitung", "en_cours",
                              "ouverte", "abierto", "pendiente", "en_proceso"})
            s.insert(QString::fromUtf8(k), OrderStatus::Confirmed);
        for (const char *k : {"ready", "ready_for_pickup", "bereit", "abholbereit", "prête", "prete", "listo"})
            s.insert(QString::fromUtf8(k), OrderStatus::Ready);
        for (const char *k : {"draft", "entwurf", "brouillon", "borrador"})
            s.insert(QString::fromUtf8(k), OrderStatus::Draft);
        return s;
    }();
    const auto it = statuses.constFind(statusKey(text));
    if (it == statuses.constEnd())
        return std::nullopt;
    return it.value();
}

// Shopify's Financial Status (paid, pending, authorized, partially_paid, refunded,
// partially_refunded, voided) and the same words in German, French and Spanish.
std::optional<PaymentStatus> paymentStatusFrom(const QString &text)
{
    static const QHash<QString, PaymentStatus> statuses = [] {
        QHash<QString, PaymentStatus> s;
        for (const char *k : {"paid", "settled", "captured", "partially_refunded", "bezahlt", "payé", "paye", "pagado"})
            s.insert(QString::fromUtf8(k), PaymentStatus::Paid);
        for (const char *k : {"pending", "authorized", "unpaid", "not_paid", "expired", "voided", "due", "overdue",
                              "unbezahlt", "offen", "non_payé", "impayé", "pendiente", "no_pagado"})
            s.insert(QString::fromUtf8(k), PaymentStatus::Unpaid);
        for (const char *k : {"partially_paid", "partial", "teilweise_bezahlt", "teilbezahlt", "partiellement_payé",
                              "parcialmente_pagado"})
            s.insert(QString::fromUtf8(k), PaymentStatus::Partial);
        for (const char *k : {"refunded", "erstattet", "rückerstattet", "remboursé", "rembourse", "reembolsado"})
            s.insert(QString::fromUtf8(k), PaymentStatus::Refunded);
        return s;
    }();
    if (const auto it = statuses.constFind(statusKey(text)); it != statuses.constEnd())
        return it.value();
    if (const auto answer = ValueParsers::parseBoolean(text))
        return *answer ? PaymentStatus::Paid : PaymentStatus::Unpaid;
    return std::nullopt;
}

bool isDateField(const QString &field)
{
    return field == QLatin1String("order_date") || field == QLatin1String("paid_at")
        || field == QLatin1String("due_date");
}

bool isCancelledHeader(const QString &header)
{
    const QString key = KnownLayouts::normalizeHeader(header);
    return key == QLatin1String("cancelledat") || key == QLatin1String("canceledat");
}

// One order from its rows. Order-level values come from the first row that has them: Shopify
// writes totals, dates and the customer on the first row of an order only; Etsy repeats them on
// every item row.
class OrderAssembler final
{
public:
    OrderAssembler(const ColumnMapping &mapping, const MapperOptions &options, DateOrder dateOrder,
                   const QList<RawRow> &rows)
        : m_mapping(mapping)
        , m_options(options)
        , m_dateOrder(dateOrder)
        , m_rows(rows)
        , m_first(rows.first())
        , m_columns(mapping.headers.size())
    {
        m_record.row = m_first.line;
    }

    OrderRecord assemble()
    {
        if (!checkCells() || !readIdentity())
            return m_record;
        readCurrency();
        if (!readLines())
            return m_record;
        readTotals();
        readStatus();
        readPayment();
        readRest();
        return m_record;
    }

private:
    struct Cell
    {
        QString value;
        QString header;
        qint64 line = 0;
    };

    void warn(qint64 line, const QString &header, const QString &message)
    {
        m_record.warnings.append({line, header, ImportIssue::Outcome::Warning, 0, message});
    }

    bool reject(const QString &header, const QString &message)
    {
        m_record.rejectReason = message;
        m_record.rejectColumn = header;
        return false;
    }

    Cell valueOf(const char *field) const { return m_orderValues.value(QString::fromLatin1(field)); }

    QString columnOf(const char *field) const
    {
        const qsizetype i = m_mapping.fields.indexOf(QString::fromLatin1(field));
        return i >= 0 ? m_mapping.headers.at(i) : QString();
    }

    QString money(qint64 minor) const { return formatMoney({minor, m_record.order.currency}, QStringLiteral("en_US")); }

    std::optional<qint64> amount(const Cell &cell)
    {
        if (cell.value.isEmpty())
            return std::nullopt;
        const auto parsed = ValueParsers::parseMoney(cell.value, m_record.order.currency);
        if (!parsed)
            warn(cell.line, cell.header,
                 Text::tr("Row %1: \"%2\" in column %3 is not an amount; it was read as 0.")
                     .arg(cell.line)
                     .arg(cell.value, cell.header));
        return parsed;
    }

    bool checkCells()
    {
        for (qsizetype i = m_columns; i < m_first.cells.size(); ++i) {
            if (!m_first.cells.at(i).trimmed().isEmpty())
                return reject({},
                              Text::tr("Row %1 has %2 cells but the header has %3: its values would be shifted into "
                                       "the wrong columns.")
                                  .arg(m_first.line)
                                  .arg(m_first.cells.size())
                                  .arg(m_columns));
        }
        for (const RawRow &row : m_rows) {
            if (row.cells.size() < m_columns)
                warn(row.line, {},
                     Text::tr("Row %1 has %2 cells but the header has %3: the missing cells are read as empty.")
                         .arg(row.line)
                         .arg(row.cells.size())
                         .arg(m_columns));
            for (qsizetype i = 0; i < m_columns && i < row.cells.size(); ++i) {
                const QString value = row.cells.at(i).trimmed();
                const QString field = m_mapping.fieldOf(i);
                if (!value.isEmpty() && !m_orderValues.contains(field))
                    m_orderValues.insert(field, {value, m_mapping.headers.at(i), row.line});
            }
        }
        return true;
    }

    bool readIdentity()
    {
        Order &order = m_record.order;
        const Cell number = valueOf("order_number");
        if (number.value.isEmpty())
            return reject(columnOf("order_number"), Text::tr("Row %1 has no order number.").arg(m_first.line));
        order.externalRef = ValueParsers::stripLeadingApostrophe(number.value);

        const Cell date = valueOf("order_date");
        if (date.value.isEmpty())
            return reject(columnOf("order_date"),
                          Text::tr("Row %1 (order %2) has no order date.").arg(m_first.line).arg(order.externalRef));
        order.orderedAt = ValueParsers::parseDateTime(date.value, m_options.timeZone, m_dateOrder);
        if (!order.orderedAt.isValid())
            return reject(
                date.header,
                Text::tr("Row %1: \"%2\" in column %3 is not a date.").arg(m_first.line).arg(date.value, date.header));
        return true;
    }

    // The currency column, else the currency written with the amounts ("12.50 EUR"), else the
    // business currency.
    void readCurrency()
    {
        QString currency = valueOf("currency").value.toUpper();
        for (const char *field : {"total", "subtotal", "unit_price", "line_total"}) {
            if (!currency.isEmpty())
                break;
            QString found;
            if (ValueParsers::parseMoney(valueOf(field).value, m_options.currency, &found))
                currency = found;
        }
        m_record.order.currency = currency.isEmpty() ? m_options.currency : currency;
    }

    void addLine(const QString &description, qint64 quantityMilli, qint64 unitPriceMinor, qint64 lineTotalMinor,
                 const QString &sku = {})
    {
        OrderLine line;
        line.description = description;
        line.quantityMilli = quantityMilli;
        line.unitPriceMinor = unitPriceMinor;
        line.lineTotalMinor = lineTotalMinor;
        m_record.order.lines.append(line);
        m_record.lineSkus.append(sku);
    }

    // One line per row that names a product or gives a price.
    bool readLines()
    {
        for (const RawRow &row : m_rows) {
            QHash<QString, Cell> cells;
            for (qsizetype i = 0; i < m_columns && i < row.cells.size(); ++i) {
                const QString value = row.cells.at(i).trimmed();
                if (!value.isEmpty())
                    cells.insert(m_mapping.fieldOf(i), {value, m_mapping.headers.at(i), row.line});
            }
            // Discounts are summed: Etsy gives one per item row, Shopify one on the first row.
            if (const auto discount = amount(cells.value(QStringLiteral("discount"))))
                m_discount += *discount;
            const Cell product = cells.value(QStringLiteral("product"));
            const Cell sku = cells.value(QStringLiteral("sku"));
            const Cell quantityCell = cells.value(QStringLiteral("quantity"));
            const Cell priceCell = cells.value(QStringLiteral("unit_price"));
            const Cell totalCell = cells.value(QStringLiteral("line_total"));
            if (product.value.isEmpty() && sku.value.isEmpty() && priceCell.value.isEmpty()
                && totalCell.value.isEmpty())
                continue;

            qint64 quantity = 1000;
            if (!quantityCell.value.isEmpty()) {
                if (const auto parsed = ValueParsers::parseQuantityMilli(quantityCell.value); parsed && *parsed > 0)
                    quantity = *parsed;
                else
                    warn(row.line, quantityCell.header,
                         Text::tr("Row %1: \"%2\" in column %3 is not a quantity; it was read as 1.")
                             .arg(row.line)
                             .arg(quantityCell.value, quantityCell.header));
            }
            const auto unitPrice = amount(priceCell);
            const auto lineTotal = amount(totalCell);
            qint64 price = 0;
            if (unitPrice)
                price = *unitPrice;
            else if (lineTotal)
                price = divideRounded(*lineTotal * 1000, quantity);
            qint64 thousandths = 0;
            if (qMulOverflow(quantity, price, &thousandths))
                return reject(priceCell.header,
                              Text::tr("Row %1: the amounts of order %2 are too large.")
                                  .arg(row.line)
                                  .arg(m_record.order.externalRef));
            const qint64 total = divideRounded(thousandths, 1000);
            if (unitPrice && lineTotal && *lineTotal != total)
                warn(row.line, totalCell.header,
                     Text::tr("Row %1: the line total %2 is not quantity × price (%3).")
                         .arg(row.line)
                         .arg(money(*lineTotal), money(total)));
            addLine(product.value.isEmpty() ? sku.value : product.value, quantity, price, total, sku.value);
        }
        return true;
    }

    void readTotals()
    {
        Order &order = m_record.order;
        // An export with totals but no item columns (EtsySoldOrders) gets one line for its items.
        if (order.lines.isEmpty()) {
            if (const auto subtotal = amount(valueOf("subtotal")))
                addLine(Text::tr("Order items"), 1000, *subtotal, *subtotal);
        }
        // Shipping becomes a line of its own, so that total = lines - discount + tax holds.
        if (const auto shipping = amount(valueOf("shipping")); shipping && *shipping != 0)
            addLine(Text::tr("Shipping"), 1000, *shipping, *shipping);

        order.discountMinor = m_discount;
        // A shop export reports the order's tax as one figure, its lines carry no rates: the tax
        // is kept as given and the prices count as tax-exclusive.
        order.pricesIncludeTax = false;
        for (OrderLine &line : order.lines)
            line.taxRateBp = 0;
        order.importedTaxMinor = amount(valueOf("tax")).value_or(0);
        order.taxMinor = order.importedTaxMinor;
        order.subtotalMinor = 0;
        for (const OrderLine &line : std::as_const(order.lines))
            order.subtotalMinor += line.lineTotalMinor;
        order.totalMinor = order.subtotalMinor - order.discountMinor + order.taxMinor;
        const Cell total = valueOf("total");
        if (const auto fileTotal = amount(total); fileTotal && *fileTotal != order.totalMinor)
            warn(total.line, total.header,
                 Text::tr("Order %1: the file's total %2 differs from the total of its lines, discount and tax (%3).")
                     .arg(order.externalRef, money(*fileTotal), money(order.totalMinor)));
    }

    // Without a status column an order counts as completed: shop exports list past sales.
    void readStatus()
    {
        Order &order = m_record.order;
        order.status = OrderStatus::Collected;
        if (const Cell status = valueOf("status"); !status.value.isEmpty()) {
            if (const auto parsed = orderStatusFrom(status.value)) {
                order.status = *parsed;
            } else {
                order.status = OrderStatus::Confirmed;
                warn(status.line, status.header,
                     Text::tr(
                         "Row %1: \"%2\" in column %3 is not an order status Clientele knows; the order is confirmed.")
                         .arg(status.line)
                         .arg(status.value, status.header));
            }
        }
        for (qsizetype i = 0; i < m_columns; ++i) {
            if (isCancelledHeader(m_mapping.headers.at(i)) && !m_first.cells.value(i).trimmed().isEmpty())
                order.status = OrderStatus::Cancelled;
        }
    }

    // Without a payment status column an order counts as paid, for the same reason.
    void readPayment()
    {
        Order &order = m_record.order;
        const Cell paidAt = valueOf("paid_at");
        if (!paidAt.value.isEmpty()) {
            order.paidAt = ValueParsers::parseDateTime(paidAt.value, m_options.timeZone, m_dateOrder);
            if (!order.paidAt.isValid())
                warn(paidAt.line, paidAt.header,
                     Text::tr("Row %1: \"%2\" in column %3 is not a date.")
                         .arg(paidAt.line)
                         .arg(paidAt.value, paidAt.header));
        }
        PaymentStatus payment = PaymentStatus::Paid;
        if (const Cell status = valueOf("payment_status"); !status.value.isEmpty()) {
            if (const auto parsed = paymentStatusFrom(status.value)) {
                payment = *parsed;
            } else {
                payment = PaymentStatus::Unpaid;
                warn(status.line, status.header,
                     Text::tr(
                         "Row %1: \"%2\" in column %3 is not a payment status Clientele knows; the order is unpaid.")
                         .arg(status.line)
                         .arg(status.value, status.header));
            }
        } else if (!columnOf("payment_status").isEmpty()) {
            payment = PaymentStatus::Unpaid;
        }
        order.paymentStatus = payment;
        if (payment == PaymentStatus::Paid) {
            order.paidMinor = order.totalMinor;
            if (!order.paidAt.isValid())
                order.paidAt = order.orderedAt;
        } else {
            // The exports do not say how much of a partly paid order was paid.
            order.paidMinor = 0;
            order.paidAt = {};
        }
    }

    void readRest()
    {
        Order &order = m_record.order;
        if (const Cell due = valueOf("due_date"); !due.value.isEmpty()) {
            const ValueParsers::ParsedDate date = ValueParsers::parseDate(due.value, m_dateOrder);
            if (date.isDate())
                order.dueDate = date.date();
            else
                warn(due.line, due.header,
                     Text::tr("Row %1: \"%2\" in column %3 is not a date.").arg(due.line).arg(due.value, due.header));
        }
        order.notes = valueOf("notes").value;
        if (m_options.unmapped == UnmappedColumns::AppendToNotes) {
            for (qsizetype i = 0; i < m_columns && i < m_first.cells.size(); ++i) {
                const QString value = m_first.cells.at(i).trimmed();
                if (m_mapping.fieldOf(i) != ImportFields::Ignore || value.isEmpty())
                    continue;
                if (!order.notes.isEmpty())
                    order.notes += QLatin1Char('\n');
                order.notes += QStringLiteral("%1: %2").arg(m_mapping.headers.at(i).trimmed(), value);
            }
        }

        const Cell email = valueOf("customer_email");
        if (!email.value.isEmpty()) {
            if (EmailAddress::isValid(email.value))
                m_record.customerEmail = email.value;
            else
                warn(email.line, email.header,
                     Text::tr("Row %1: \"%2\" in column %3 is not a valid e-mail address; it was left out.")
                         .arg(email.line)
                         .arg(email.value, email.header));
        }
        m_record.customerName = valueOf("customer_name").value;
        m_record.customerPhone = ValueParsers::stripLeadingApostrophe(valueOf("customer_phone").value);
    }

    const ColumnMapping &m_mapping;
    const MapperOptions &m_options;
    const DateOrder m_dateOrder;
    const QList<RawRow> &m_rows;
    const RawRow &m_first;
    const qsizetype m_columns;
    OrderRecord m_record;
    QHash<QString, Cell> m_orderValues;
    qint64 m_discount = 0;
};

} // namespace

OrderRowMapper::OrderRowMapper(ColumnMapping mapping, MapperOptions options)
    : m_mapping(std::move(mapping))
    , m_options(std::move(options))
{
    const KnownLayout *layout
        = m_mapping.layout.isEmpty() ? nullptr : KnownLayouts::match(m_mapping.headers, ImportEntity::Orders);
    m_dateOrder = m_options.dateOrder;
    if (m_dateOrder == DateOrder::Auto)
        m_dateOrder = layout && layout->dateOrder != DateOrder::Auto ? layout->dateOrder
                                                                     : ValueParsers::localeDateOrder(QLocale());
}

void OrderRowMapper::learn(const QList<RawRow> &sampleRows)
{
    m_dateOrder
        = KnownLayouts::learnDateOrder(m_mapping, ImportEntity::Orders, m_options.dateOrder, sampleRows, isDateField);
}

DateOrder OrderRowMapper::dateOrder() const
{
    return m_dateOrder;
}

std::optional<OrderRecord> OrderRowMapper::add(const RawRow &row)
{
    QString key;
    bool tooManyCells = false;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        const QString field = m_mapping.fieldOf(i);
        if (i >= m_mapping.headers.size())
            tooManyCells = tooManyCells || !row.cells.at(i).trimmed().isEmpty();
        else if (field == QLatin1String("order_number") && key.isEmpty())
            key = ValueParsers::stripLeadingApostrophe(row.cells.at(i));
    }
    const bool joinable = !key.isEmpty() && !tooManyCells;
    if (joinable && m_joinable && !m_rows.isEmpty() && key == m_pendingKey) {
        m_rows.append(row);
        return std::nullopt;
    }
    std::optional<OrderRecord> done = finish();
    m_rows = {row};
    m_pendingKey = key;
    m_joinable = joinable;
    return done;
}

std::optional<OrderRecord> OrderRowMapper::finish()
{
    if (m_rows.isEmpty())
        return std::nullopt;
    OrderRecord record = build(m_rows);
    m_rows.clear();
    m_pendingKey.clear();
    m_joinable = false;
    return record;
}

OrderRecord OrderRowMapper::build(const QList<RawRow> &rows) const
{
    return OrderAssembler(m_mapping, m_options, m_dateOrder, rows).assemble();
}

} // namespace clientele
