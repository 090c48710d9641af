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
    case OrderStatus::Confirmed:
        return QStringLiteral("confirmed");
    case OrderStatus::Ready:
        return QStringLiteral("ready");
    case OrderStatus::Collected:
        return QStringLiteral("collected");
    case OrderStatus::Delivered:
        return QStringLiteral("delivered");
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

QString toString(Fulfilment fulfilment)
{
    return fulfilment == Fulfilment::Delivery ? QStringLiteral("delivery") : QStringLiteral("pickup");
}

QString toString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Transfer:
        return QStringLiteral("transfer");
    case PaymentMethod::Other:
        return QStringLiteral("other");
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
    static constexpr OrderStatus values[] = {OrderStatus::Draft,     OrderStatus::Confirmed, OrderStatus::Ready,
                                             OrderStatus::Collected, OrderStatus::Delivered, OrderStatus::Cancelled};
    return lookup(text, values);
}

std::optional<PaymentStatus> paymentStatusFromString(const QString &text)
{
    static constexpr PaymentStatus values[]
        = {PaymentStatus::Unpaid, PaymentStatus::Partial, PaymentStatus::Paid, PaymentStatus::Refunded};
    return lookup(text, values);
}

std::optional<Fulfilment> fulfilmentFromString(const QString &text)
{
    static constexpr Fulfilment values[] = {Fulfilment::Pickup, Fulfilment::Delivery};
    return lookup(text, values);
}

std::optional<PaymentMethod> paymentMethodFromString(const QString &text)
{
    static constexpr PaymentMethod values[]
        = {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer, PaymentMethod::Other};
    return lookup(text, values);
}

QList<OrderStatus> allOrderStatuses()
{
    return {OrderStatus::Draft,     OrderStatus::Confirmed, OrderStatus::Ready,
            OrderStatus::Collected, OrderStatus::Delivered, OrderStatus::Cancelled};
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Collected || status == OrderStatus::Delivered || status == OrderStatus::Cancelled;
}

bool canMove(OrderStatus from, OrderStatus to)
{
    if (from == to)
        return true;
    if (isFinal(from))
        return false;
    if (to == OrderStatus::Cancelled)
        return true;
    // Draft < Confirmed < Ready < Collected, Delivered: the enum's order is the counter's.
    return static_cast<int>(to) > static_cast<int>(from);
}

bool countsAsSale(OrderStatus status)
{
    return status != OrderStatus::Draft && status != OrderStatus::Cancelled;
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
    case OrderStatus::Confirmed:
        return QCoreApplication::translate("Order", "Confirmed");
    case OrderStatus::Ready:
        return QCoreApplication::translate("Order", "Ready");
    case OrderStatus::Collected:
        return QCoreApplication::translate("Order", "Collected");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("Order", "Delivered");
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

QString displayName(Fulfilment fulfilment)
{
    return fulfilment == Fulfilment::Delivery ? QCoreApplication::translate("Order", "Delivery")
                                              : QCoreApplication::translate("Order", "Pickup");
}

QString displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("Order", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("Order", "Card");
    case PaymentMethod::Transfer:
        return QCoreApplication::translate("Order", "Bank transfer");
    case PaymentMethod::Other:
        return QCoreApplication::translate("Order", "Other");
    }
    return {};
}

} // namespace clientele
