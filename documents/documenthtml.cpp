#include "documenthtml.h"

#include "common/timeformat.h"

#include "common/money.h"

#include <QCoreApplication>

namespace clientele::documents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLayout)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lines(const QStringList &list)
{
    QStringList parts;
    for (const QString &line : list)
        parts.append(escaped(line));
    return parts.join(QStringLiteral("<br>"));
}

/// A date and time in the locale's short format without seconds (the C locale's has them).
QString dateTime(const QDateTime &time, const QLocale &locale)
{
    return locale.toString(time.toLocalTime(), shortDateFormat(locale) + QLatin1Char(' ') + shortTimeFormat(locale));
}

QString percent(int rateBp, const QLocale &locale)
{
    // A plain space, as the documents have always printed it (the PDF tests read the text back).
    return typedDecimal(rateBp, PercentDecimals, locale) + QStringLiteral(" %");
}

struct Formatter
{
    const OrderDocument &document;
    const QLocale &locale;

    QString money(qint64 minor) const { return escaped(formatMoney({minor, document.currency}, locale.name())); }
};

QString row(const QString &label, const QString &amount, bool strong = false)
{
    const QString open = strong ? QStringLiteral("<b>") : QString();
    const QString close = strong ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>").arg(open, label, close, amount);
}

QString header(const OrderDocument &document)
{
    const BusinessProfile &business = document.business;
    QString left
        = QStringLiteral("<p><span style=\"font-size:14pt; font-weight:bold\">%1</span>").arg(escaped(business.name));
    if (!business.addressLines.isEmpty())
        left += QStringLiteral("<br>") + lines(business.addressLines);
    if (!business.taxId.isEmpty())
        left += QStringLiteral("<br>") + escaped(Text::tr("Tax ID: %1").arg(business.taxId));
    left += QStringLiteral("</p>");
    const QString right
        = business.logo.isEmpty() ? QString() : QStringLiteral("<img src=\"%1\" height=\"80\">").arg(logoResource());
    return QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
        .arg(left, right);
}

QString facts(const OrderDocument &document, const QLocale &locale)
{
    QStringList rows;
    auto add = [&rows](const QString &label, const QString &value) {
        rows.append(QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(escaped(label), escaped(value)));
    };
    const bool issued = document.kind == DocumentKind::Invoice || document.kind == DocumentKind::CreditNote;
    add(issued ? Text::tr("Date of issue") : Text::tr("Order date"), dateTime(document.issuedAt, locale));
    if (issued && !document.orderNumber.isEmpty())
        add(Text::tr("Order"), document.orderNumber);
    if (!document.creditsNumber.isEmpty())
        add(Text::tr("Cancels invoice"), document.creditsNumber);
    if (document.dueDate.isValid())
        add(document.kind == DocumentKind::Invoice ? Text::tr("Payment due") : Text::tr("Due"),
            locale.toString(document.dueDate, shortDateFormat(locale)));
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows.join(QString()));
}

QString customer(const OrderDocument &document)
{
    if (document.customer.name.isEmpty() && document.customer.addressLines.isEmpty())
        return {};
    QString text
        = QStringLiteral("<p><b>%1</b><br>%2").arg(escaped(Text::tr("Customer")), escaped(document.customer.name));
    if (!document.customer.addressLines.isEmpty())
        text += QStringLiteral("<br>") + lines(document.customer.addressLines);
    return text + QStringLiteral("</p>");
}

QString lineTable(const Formatter &f)
{
    const bool discounts = std::any_of(f.document.lines.cbegin(), f.document.lines.cend(),
                                       [](const DocumentLine &line) { return line.discountMinor != 0; });
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"
                                  "<thead><tr style=\"background-color:#e8e8e8\">");
    QStringList heads {Text::tr("Description"), Text::tr("Quantity"), Text::tr("Unit price")};
    if (discounts)
        heads.append(Text::tr("Discount"));
    heads.append({Text::tr("Tax"), Text::tr("Amount")});
    for (qsizetype i = 0; i < heads.size(); ++i)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), escaped(heads.at(i)));
    html += QStringLiteral("</tr></thead>");
    for (const DocumentLine &line : f.document.lines) {
        QStringList cells {escaped(line.description),
                           escaped(typedDecimal(line.quantityMilli, 3, f.locale) + QLatin1Char(' ') + line.unit),
                           f.money(line.unitPriceMinor)};
        if (discounts)
            cells.append(line.discountMinor != 0 ? f.money(line.discountMinor) : QString());
        cells.append({escaped(percent(line.taxRateBp, f.locale)), f.money(line.totalMinor)});
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i)
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), cells.at(i));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString totals(const Formatter &f)
{
    const OrderDocument &d = f.document;
    QString rows = row(escaped(Text::tr("Subtotal")), f.money(d.subtotalMinor));
    if (d.discountMinor != 0)
        rows += row(escaped(Text::tr("Discount")), f.money(-d.discountMinor));
    for (const TaxAmount &tax : d.taxes) {
        const QString label = d.pricesIncludeTax ? Text::tr("Included tax %1 on %2") : Text::tr("Tax %1 on %2");
        rows += row(
            escaped(label.arg(percent(tax.rateBp, f.locale), formatMoney({tax.netMinor, d.currency}, f.locale.name()))),
            f.money(tax.taxMinor));
    }
    qint64 rateTax = 0;
    for (const TaxAmount &tax : d.taxes)
        rateTax += tax.taxMinor;
    if (d.taxMinor != rateTax)
        rows += row(escaped(Text::tr("Other tax")), f.money(d.taxMinor - rateTax));
    rows += row(escaped(Text::tr("Total")), f.money(d.totalMinor), true);
    if (d.depositMinor != 0)
        rows += row(escaped(Text::tr("Deposit")), f.money(d.depositMinor));
    if (d.paidMinor != 0)
        rows += row(escaped(Text::tr("Paid")), f.money(d.paidMinor));
    const QString due = d.kind == DocumentKind::CreditNote ? Text::tr("Amount to refund") : Text::tr("Amount due");
    rows += row(escaped(due), f.money(d.kind == DocumentKind::CreditNote ? -d.amountDueMinor : d.amountDueMinor), true);
    return QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
}

} // namespace

QString logoResource()
{
    return QStringLiteral("clientele-logo");
}

QString documentHtml(const OrderDocument &document, const QLocale &locale)
{
    const Formatter formatter {document, locale};
    QString title = document.title();
    if (!document.number.isEmpty())
        title = Text::tr("%1 %2").arg(title, document.number);
    QString html = QStringLiteral("<html><body>") + header(document);
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    html += facts(document, locale) + customer(document) + lineTable(formatter) + totals(formatter);
    if (document.kind != DocumentKind::CreditNote && !document.business.bankDetails.isEmpty())
        html += QStringLiteral("<p style=\"clear:both\"><br><b>%1</b><br>%2</p>")
                    .arg(escaped(Text::tr("Bank details")), lines(document.business.bankDetails));
    return html + QStringLiteral("</body></html>");
}

} // namespace clientele::documents
