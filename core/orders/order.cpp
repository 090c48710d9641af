#include "order.h"

#include <QCoreApplication>

namespace clientele {

namespace {

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
        return QCoreApplication::translate("Order", "Order");
    case OrderKind::Invoice:
        return QCoreApplication::translate("Order", "Invoice");
    }
    return {};
}

QString displayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return QCoreApplication::translate("Order", "Draft");
    case OrderStatus::Open:
        return QCoreApplication::translate("Order", "Open");
    case OrderStatus::Ready:
        return QCoreApplication::translate("Order", "Ready");
    case OrderStatus::Completed:
        return QCoreApplication::translate("Order", "Completed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("Order", "Cancelled");
    }
    return {};
}

QString displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid:
        return QCoreApplication::translate("Order", "Unpaid");
    case PaymentStatus::Partial:
        return QCoreApplication::translate("Order", "Partly paid");
    case PaymentStatus::Paid:
        return QCoreApplication::translate("Order", "Paid");
    case PaymentStatus::Refunded:
        return QCoreApplication::translate("Order", "Refunded");
    }
    return {};
}

} // namespace clientele
