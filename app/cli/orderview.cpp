#include "orderview.h"

#include "common/clock.h"

#include "common/money.h"

#include <QCoreApplication>
#include <QList>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

QString localTime(const QDateTime &time, const Clock &clock)
{
    return time.isValid() ? clock.toLocal(time).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString money(qint64 minor, const QString &currency)
{
    return formatMoney(Money {minor, currency});
}

QString lineText(const OrderLine &line, const QString &currency)
{
    QString text = Text::tr("%1 %2 %3 at %4")
                       .arg(plainDecimal(line.quantityMilli, 3), line.unit,
                            line.description.isEmpty() ? line.productName : line.description,
                            money(line.unitPriceMinor, currency));
    if (line.discountMinor > 0)
        text += Text::tr(", less %1").arg(money(line.discountMinor, currency));
    if (line.taxRateBp.value_or(0) > 0)
        text += Text::tr(", tax %1 %").arg(plainDecimal(*line.taxRateBp, 2));
    return text + QStringLiteral(": ") + money(line.lineTotalMinor, currency);
}

} // namespace

QString describeOrder(const Order &order, const Clock &clock)
{
    const QString customer = order.contactId > 0
        ? QStringLiteral("%1 (%2)").arg(order.contactName, Text::tr("id %1").arg(order.contactId))
        : Text::tr("none (walk-in)");
    QString due = localTime(order.dueAt, clock);
    if (due.isEmpty() && order.dueDate.isValid())
        due = order.dueDate.toString(Qt::ISODate);
    QList<std::pair<QString, QString>> rows = {
        {Text::tr("Id"), QString::number(order.id)},
        {Text::tr("Customer"), customer},
        {Text::tr("Status"), displayName(order.status)},
        {Text::tr("Payment"), displayName(order.paymentStatus)},
        {Text::tr("Ordered"), localTime(order.orderedAt, clock)},
        {Text::tr("Due"), due},
        {Text::tr("Subtotal"), money(order.subtotalMinor, order.currency)},
        {Text::tr("Discount"), order.discountMinor > 0 ? money(order.discountMinor, order.currency) : QString()},
        {Text::tr("Tax"), order.taxMinor > 0 ? money(order.taxMinor, order.currency) : QString()},
        {Text::tr("Total"), money(order.totalMinor, order.currency)},
        {Text::tr("Deposit"), order.depositMinor > 0 ? money(order.depositMinor, order.currency) : QString()},
        {Text::tr("Paid"), money(order.paidMinor, order.currency)},
        {Text::tr("Balance"), money(order.totalMinor - order.paidMinor, order.currency)},
        {Text::tr("Notes"), order.notes},
    };
    if (order.isInTrash())
        rows.append({Text::tr("In the trash since"), localTime(order.deletedAt, clock)});

    qsizetype width = 0;
    for (const auto &[label, value] : std::as_const(rows)) {
        if (!value.isEmpty())
            width = std::max(width, label.size());
    }
    QString text = Text::tr("Order %1").arg(order.number) + QLatin1Char('\n');
    for (const auto &[label, value] : std::as_const(rows)) {
        if (value.isEmpty())
            continue;
        QString indented = value;
        indented.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 4, QLatin1Char(' ')));
        text += QStringLiteral("  ") + (label + QLatin1Char(':')).leftJustified(width + 2) + indented
            + QLatin1Char('\n');
    }
    if (!order.lines.isEmpty()) {
        text += QStringLiteral("  ") + Text::tr("Lines:") + QLatin1Char('\n');
        for (qsizetype i = 0; i < order.lines.size(); ++i)
            text += QStringLiteral("    %1. ").arg(i + 1) + lineText(order.lines.at(i), order.currency)
                + QLatin1Char('\n');
    }
    return text;
}

} // namespace clientele::cli
