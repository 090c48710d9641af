#include "orderdetailview.h"

#include "common/displayformat.h"
#include "common/theme.h"
#include "invoices/invoicerepository.h"
#include "orders/orderrepository.h"

#include <QLocale>

namespace clientele {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString quantity(qint64 milli, const QString &unit)
{
    // Thousandths to a decimal without trailing zeros: 1500 -> "1.5", 2000 -> "2".
    const QLocale locale;
    QString text = locale.toString(double(milli) / 1000.0, 'f', 3);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return unit == QStringLiteral("pcs") ? text : text + QLatin1Char(' ') + unit;
}

QString sumRow(const QString &label, const QString &amount, bool bold = false)
{
    const QString weight = bold ? QStringLiteral("bold") : QStringLiteral("normal");
    return QStringLiteral("<tr><td colspan=\"2\"></td><td style=\"padding:2px 12px 2px 0; font-weight:%1;\">%2</td>"
                          "<td align=\"right\" style=\"padding:2px 0; font-weight:%1;\">%3</td></tr>")
        .arg(weight, esc(label), esc(amount));
}

} // namespace

OrderDetailView::OrderDetailView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QTextBrowser(parent)
    , m_db(std::move(db))
    , m_clock(clock)
{
    setOpenExternalLinks(false);
    document()->setDocumentMargin(18);
    showPlaceholder();
}

void OrderDetailView::showPlaceholder()
{
    m_orderId = 0;
    setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                .arg(theme::mutedText().name(), esc(tr("Select an order to see what is in it."))));
}

void OrderDetailView::showOrder(qint64 orderId)
{
    const auto order = OrderRepository(m_db, m_clock).get(orderId);
    if (!order) {
        m_orderId = 0;
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(order.errorMessage())));
        return;
    }
    m_orderId = orderId;
    setHtml(html(order.value()));
}

QString OrderDetailView::invoiceSummary(qint64 orderId) const
{
    const auto invoices = InvoiceRepository(m_db, m_clock).forOrder(orderId);
    if (!invoices)
        return {};
    QStringList parts;
    for (const Invoice &invoice : *invoices)
        parts.append(invoice.kind == DocumentKind::CreditNote
                         ? tr("credit note %1 for %2").arg(invoice.number, invoice.document.creditsNumber)
                         : invoice.number);
    return parts.join(QStringLiteral(", "));
}

QString OrderDetailView::html(const Order &order) const
{
    const QString muted = theme::mutedText().name();
    const QString title = (order.kind == OrderKind::Invoice ? tr("Invoice %1") : tr("Order %1")).arg(order.number);
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px;\">%1</h2>").arg(esc(title));
    html += QStringLiteral("<p style=\"color:%1; margin-top:0;\">%2</p>")
                .arg(muted,
                     esc(QStringList {order.contactName.isEmpty() ? tr("Walk-in customer") : order.contactName,
                                      displayName(order.status)}
                             .join(QStringLiteral(" · "))));

    QString facts;
    const auto fact = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts += QStringLiteral("<tr><td style=\"color:%1; padding:2px 14px 2px 0;\">%2</td><td>%3</td></tr>")
                         .arg(muted, esc(label), esc(value));
    };
    fact(tr("Ordered"), display::dateTime(order.orderedAt));
    fact(order.kind == OrderKind::Invoice ? tr("Payment due") : tr("Pickup"), display::date(order.dueDate));
    fact(tr("Payment"), displayName(order.paymentStatus));
    if (order.paidAt.isValid())
        fact(tr("Paid on"), display::date(order.paidAt.toLocalTime().date()));
    fact(tr("Shop reference"), order.externalRef);
    fact(tr("Invoices"), invoiceSummary(order.id));
    html += QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(facts);

    QString lines = QStringLiteral("<tr><th align=\"left\" style=\"color:%1; padding:4px 12px 4px 0;\">%2</th>"
                                   "<th align=\"right\" style=\"color:%1; padding:4px 12px 4px 0;\">%3</th>"
                                   "<th align=\"right\" style=\"color:%1; padding:4px 12px 4px 0;\">%4</th>"
                                   "<th align=\"right\" style=\"color:%1; padding:4px 0;\">%5</th></tr>")
                        .arg(muted, esc(tr("Item")), esc(tr("Qty")), esc(tr("Price")), esc(tr("Amount")));
    for (const OrderLine &line : order.lines) {
        const QString item = line.description.isEmpty() ? line.productName : line.description;
        lines += QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0;\">%1</td>"
                                "<td align=\"right\" style=\"padding:2px 12px 2px 0;\">%2</td>"
                                "<td align=\"right\" style=\"padding:2px 12px 2px 0;\">%3</td>"
                                "<td align=\"right\" style=\"padding:2px 0;\">%4</td></tr>")
                     .arg(esc(item), esc(quantity(line.quantityMilli, line.unit)),
                          esc(display::money(Money {line.unitPriceMinor, order.currency})),
                          esc(display::money(Money {line.lineTotalMinor, order.currency})));
    }
    if (order.discountMinor != 0 || order.taxMinor != 0)
        lines += sumRow(tr("Subtotal"), display::money(order.subtotal()));
    if (order.discountMinor != 0)
        lines += sumRow(tr("Discount"), display::money(Money {-order.discountMinor, order.currency}));
    if (order.taxMinor != 0)
        lines += sumRow(tr("Tax"), display::money(order.tax()));
    lines += sumRow(tr("Total"), display::money(order.total()), true);
    if (order.paidMinor != 0 && order.paidMinor != order.totalMinor) {
        lines += sumRow(tr("Paid"), display::money(order.paid()));
        lines += sumRow(tr("Balance"), display::money(order.balance()), true);
    }
    html += QStringLiteral("<p style=\"margin-top:16px; margin-bottom:4px;\"></p>"
                           "<table cellspacing=\"0\" width=\"100%\">%1</table>")
                .arg(lines);
    if (!order.notes.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:14px; color:%1; font-weight:bold;\">%2</p><p>%3</p>")
                    .arg(muted, esc(tr("Notes")), esc(order.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

} // namespace clientele
