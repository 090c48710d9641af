#include "knownlayouttables.h"

namespace clientele::KnownLayouts::Tables {

namespace {

KnownLayout etsyOrders()
{
    KnownLayout l;
    l.id = QStringLiteral("etsy_orders");
    l.entity = ImportEntity::Orders;
    // EtsySoldOrders: one row per order, with totals but no items.
    l.signatures = signatures({{"Sale Date", "Order ID", "Buyer User ID"}});
    l.dateOrder = DateOrder::MonthDayYear;
    l.columns = columns({
        {"Sale Date", "order_date"},
        {"Order ID", "order_number"},
        {"Buyer User ID", "ignore"},
        {"Full Name", "customer_name"},
        {"First Name", "ignore"},
        {"Last Name", "ignore"},
        {"Number of Items", "ignore"},
        {"Payment Method", "ignore"},
        {"Date Shipped", "ignore"},
        {"Street 1", "ignore"},
        {"Street 2", "ignore"},
        {"Ship City", "ignore"},
        {"Ship State", "ignore"},
        {"Ship Zipcode", "ignore"},
        {"Ship Country", "ignore"},
        {"Currency", "currency"},
        {"Order Value", "subtotal"},
        {"Coupon Code", "ignore"},
        {"Coupon Details", "ignore"},
        {"Discount Amount", "discount"},
        {"Shipping Discount", "ignore"},
        {"Shipping", "shipping"},
        {"Sales Tax", "tax"},
        {"Order Total", "total"},
        {"Status", "status"},
        {"Card Processing Fees", "ignore"},
        {"Order Net", "ignore"},
        {"Adjusted Order Total", "ignore"},
        {"Adjusted Card Processing Fees", "ignore"},
        {"Adjusted Net Order Amount", "ignore"},
        {"Buyer", "ignore"},
        {"Order Type", "ignore"},
        {"Payment Type", "ignore"},
        {"InPerson Discount", "ignore"},
        {"InPerson Location", "ignore"},
        // The SKUs of all items in one cell: there are no item lines to give them to.
        {"SKU", "ignore"},
        {"Date Paid", "paid_at"},
    });
    return l;
}

KnownLayout etsyOrderItems()
{
    KnownLayout l;
    l.id = QStringLiteral("etsy_orders");
    l.entity = ImportEntity::Orders;
    // EtsySoldOrderItems: one row per item; order shipping and tax repeat on each item row.
    l.signatures = signatures({{"Sale Date", "Item Name", "Transaction ID"}});
    l.dateOrder = DateOrder::MonthDayYear;
    l.columns = columns({
        {"Sale Date", "order_date"},     {"Item Name", "product"},        {"Buyer", "ignore"},
        {"Quantity", "quantity"},        {"Price", "unit_price"},         {"Coupon Code", "ignore"},
        {"Coupon Details", "ignore"},    {"Discount Amount", "discount"}, {"Shipping Discount", "ignore"},
        {"Order Shipping", "shipping"},  {"Order Sales Tax", "tax"},      {"Item Total", "line_total"},
        {"Currency", "currency"},        {"Transaction ID", "ignore"},    {"Listing ID", "ignore"},
        {"Date Paid", "paid_at"},        {"Date Shipped", "ignore"},      {"Ship Name", "customer_name"},
        {"Ship Address1", "ignore"},     {"Ship Address2", "ignore"},     {"Ship City", "ignore"},
        {"Ship State", "ignore"},        {"Ship Zipcode", "ignore"},      {"Ship Country", "ignore"},
        {"Order ID", "order_number"},    {"Variations", "ignore"},        {"Order Type", "ignore"},
        {"Listings Type", "ignore"},     {"Payment Type", "ignore"},      {"InPerson Discount", "ignore"},
        {"InPerson Location", "ignore"}, {"VAT Paid by Buyer", "ignore"}, {"SKU", "sku"},
    });
    return l;
}

KnownLayout shopifyOrders()
{
    KnownLayout l;
    l.id = QStringLiteral("shopify_orders");
    l.entity = ImportEntity::Orders;
    l.signatures = signatures({{"Financial Status", "Lineitem name"}});
    l.columns = columns({
        {"Name", "order_number"},
        {"Email", "customer_email"},
        {"Financial Status", "payment_status"},
        {"Paid at", "paid_at"},
        {"Fulfillment Status", "status"},
        {"Fulfilled at", "ignore"},
        {"Accepts Marketing", "ignore"},
        {"Currency", "currency"},
        {"Subtotal", "subtotal"},
        {"Shipping", "shipping"},
        {"Taxes", "tax"},
        {"Total", "total"},
        {"Discount Code", "ignore"},
        {"Discount Amount", "discount"},
        {"Shipping Method", "ignore"},
        {"Created at", "order_date"},
        {"Lineitem quantity", "quantity"},
        {"Lineitem name", "product"},
        {"Lineitem price", "unit_price"},
        {"Lineitem compare at price", "ignore"},
        {"Lineitem sku", "sku"},
        {"Lineitem requires shipping", "ignore"},
        {"Lineitem taxable", "ignore"},
        {"Lineitem fulfillment status", "ignore"},
        {"Billing Name", "customer_name"},
        {"Billing Street", "ignore"},
        {"Billing Address1", "ignore"},
        {"Billing Address2", "ignore"},
        {"Billing Company", "ignore"},
        {"Billing City", "ignore"},
        {"Billing Zip", "ignore"},
        {"Billing Province", "ignore"},
        {"Billing Country", "ignore"},
        {"Billing Phone", "customer_phone"},
        {"Shipping Name", "ignore"},
        {"Shipping Street", "ignore"},
        {"Shipping Address1", "ignore"},
        {"Shipping Address2", "ignore"},
        {"Shipping Company", "ignore"},
        {"Shipping City", "ignore"},
        {"Shipping Zip", "ignore"},
        {"Shipping Province", "ignore"},
        {"Shipping Country", "ignore"},
        {"Shipping Phone", "ignore"},
        {"Notes", "notes"},
        {"Note Attributes", "ignore"},
        {"Cancelled at", "ignore"},
        {"Payment Method", "ignore"},
        {"Payment Reference", "ignore"},
        {"Refunded Amount", "ignore"},
        {"Vendor", "ignore"},
        {"Outstanding Balance", "ignore"},
        {"Employee", "ignore"},
        {"Location", "ignore"},
        {"Device ID", "ignore"},
        {"Id", "ignore"},
        {"Tags", "ignore"},
        {"Risk Level", "ignore"},
        {"Source", "ignore"},
        {"Lineitem discount", "ignore"},
        {"Phone", "customer_phone"},
        {"Receipt Number", "ignore"},
        {"Duties", "ignore"},
        {"Billing Province Name", "ignore"},
        {"Shipping Province Name", "ignore"},
        {"Payment ID", "ignore"},
        {"Payment Terms Name", "ignore"},
        {"Next Payment Due At", "ignore"},
        {"Payment References", "ignore"},
    });
    l.patterns = patterns({{"^tax\\d+(name|value)$", "ignore"}});
    return l;
}

} // namespace

QList<KnownLayout> orderLayouts()
{
    return {etsyOrders(), etsyOrderItems(), shopifyOrders()};
}

} // namespace clientele::KnownLayouts::Tables
