#include "order.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Order", text);
}

template<typename Enum, std::size_t N> std::optional<Enum> lookup(const QString &text, const Enum (&values)[N])
{
    const QString key = text.trimmed().toLower();
    for (const Enum value : values) {
        if (toString(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(OrderKind kind)
{
    switch (kind) {
    case OrderKind::Order:
        return QStringLiteral("order");
    case OrderKind::Invoice:
        return QStringLiteral("invoice");
    }
    return {};
}

QString toString(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return QStringLiteral("draft");
    case OrderStatus::Open:
        return QStringLiteral("open");
    case OrderStatus::Ready:
        return QStringLiteral("ready");
    case OrderStatus::Completed:
        return QStringLiteral("completed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString toString(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid:
        return QStringLiteral("unpaid");
    case PaymentStatus::Partial:
        return QStringLiteral("partial");
    case PaymentStatus::Paid:
        return QStringLiteral("paid");
    case PaymentStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

std::optional<OrderKind> orderKindFromString(const QString &text)
{
    static constexpr OrderKind values[] = {OrderKind::Order, OrderKind::Invoice};
    return lookup(text, values);
}

std::optional<OrderStatus> orderStatusFromString(const QString &text)
{
    static constexpr OrderStatus values[]
        = {OrderStatus::Draft, OrderStatus::Open, OrderStatus::Ready, OrderStatus::Completed, OrderStatus::Cancelled};
    return lookup(text, values);
}

std::optional<PaymentStatus> paymentStatusFromString(const QString &text)
{
    static constexpr PaymentStatus values[]
        = {PaymentStatus::Unpaid, PaymentStatus::Partial, PaymentStatus::Paid, PaymentStatus::Refunded};
    return lookup(text, values);
}

QString displayName(OrderKind kind)
{
    switch (kind) {
    case OrderKind::Order:
        return tr("Order");
    case OrderKind::Invoice:
        return tr("Invoice");
    }
    return {};
}

QString displayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return tr("Draft");
    case OrderStatus::Open:
        return tr("Open");
    case OrderStatus::Ready:
        return tr("Ready");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid:
        return tr("Unpaid");
    case PaymentStatus::Partial:
        return tr("Partly paid");
    case PaymentStatus::Paid:
        return tr("Paid");
    case PaymentStatus::Refunded:
        return tr("Refunded");
    }
    return {};
}

} // namespace clientele
