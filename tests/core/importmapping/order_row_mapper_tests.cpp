#include "fixturecsv.h"

#include "import/mapping/columnmapping.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

MapperOptions options()
{
    MapperOptions o;
    o.sourceName = QStringLiteral("orders.csv");
    o.currency = QStringLiteral("USD");
    o.today = QDate(2026, 3, 15);
    return o;
}

QList<OrderRecord> mapRows(const ColumnMapping &mapping, const QList<RawRow> &data, MapperOptions o = options())
{
    OrderRowMapper mapper(mapping, o);
    mapper.learn(data);
    QList<OrderRecord> records;
    for (const RawRow &row : data) {
        if (auto record = mapper.add(row))
            records.append(*record);
    }
    if (auto record = mapper.finish())
        records.append(*record);
    CHECK_FALSE(mapper.finish().has_value());
    return records;
}

QList<OrderRecord> mapFixture(const char *fixture)
{
    const QList<RawRow> rows = readLayoutFixture(QString::fromUtf8(fixture));
    const ColumnMapping mapping = MappingDetector::detect(rows, ImportEntity::Orders);
    return mapRows(mapping, rows.mid(1));
}

OrderLine line(const char *description, qint64 quantityMilli, qint64 unitPriceMinor, qint64 lineTotalMinor)
{
    OrderLine l;
    l.description = QString::fromUtf8(description);
    l.quantityMilli = quantityMilli;
    l.unitPriceMinor = unitPriceMinor;
    l.lineTotalMinor = lineTotalMinor;
    l.taxRateBp = 0; // a shop export's tax is the order's, not its lines'
    return l;
}

ColumnMapping simpleMapping(const QStringList &headers, const QStringList &fields)
{
    ColumnMapping mapping;
    mapping.headerLine = 1;
    mapping.headers = headers;
    mapping.fields = fields;
    return mapping;
}

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

TEST_CASE("Shopify orders of several rows become orders with exact lines and totals")
{
    const QList<OrderRecord> records = mapFixture("shopify_orders.csv");
    REQUIRE(records.size() == 3);

    const OrderRecord &first = records.at(0);
    CHECK(first.row == 2);
    CHECK(first.rejectReason.isEmpty());
    CHECK(first.warnings.isEmpty());
    const Order &o1 = first.order;
    CHECK(o1.externalRef == QLatin1String("#1001"));
    CHECK(o1.number.isEmpty());
    CHECK(o1.currency == QLatin1String("EUR"));
    CHECK(o1.orderedAt == utc(2024, 1, 15, 15, 23, 45));
    CHECK(o1.lines
          == QList<OrderLine> {line("Sourdough Loaf", 2000, 650, 1300), line("Croissant", 6000, 225, 1350),
                               line("Shipping", 1000, 500, 500)});
    CHECK(first.lineSkus == QStringList {QStringLiteral("BREAD-SD"), QStringLiteral("PAST-CR"), QString()});
    CHECK(o1.subtotalMinor == 3150);
    CHECK(o1.discountMinor == 265);
    CHECK(o1.taxMinor == 191);
    CHECK(o1.totalMinor == 3076);
    CHECK(o1.status == OrderStatus::Collected);
    CHECK(o1.paymentStatus == PaymentStatus::Paid);
    CHECK(o1.paidMinor == 3076);
    CHECK(o1.paidAt == utc(2024, 1, 15, 15, 24, 2));
    CHECK(o1.notes == QLatin1String("Leave at the door"));
    CHECK(first.customerEmail == QLatin1String("anna.mueller@example.com"));
    CHECK(first.customerName == QStringLiteral("Anna Müller"));
    CHECK(first.customerPhone == QLatin1String("+49 30 901820"));

    const OrderRecord &second = records.at(1);
    CHECK(second.row == 4);
    CHECK(second.warnings.isEmpty());
    CHECK(second.order.externalRef == QLatin1String("#1002"));
    CHECK(second.order.lines == QList<OrderLine> {line("Gift Card", 1000, 2500, 2500)});
    CHECK(second.order.totalMinor == 2500);
    CHECK(second.order.status == OrderStatus::Cancelled);
    CHECK(second.order.paymentStatus == PaymentStatus::Refunded);
    CHECK(second.order.paidMinor == 0);
    CHECK_FALSE(second.order.paidAt.isValid());

    const OrderRecord &third = records.at(2);
    CHECK(third.row == 5);
    CHECK(third.order.orderedAt == utc(2024, 2, 1, 7, 15));
    CHECK(third.order.lines
          == QList<OrderLine> {line("Baguette", 3000, 120, 360), line("Apricot Jam", 1000, 499, 499)});
    CHECK(third.order.subtotalMinor == 859);
    CHECK(third.order.taxMinor == 60);
    CHECK(third.order.totalMinor == 919);
    CHECK(third.order.status == OrderStatus::Confirmed);
    CHECK(third.order.paymentStatus == PaymentStatus::Partial);
    CHECK(third.order.paidMinor == 0);
    // The file says 9.99 where lines and tax make 9.19.
    REQUIRE(third.warnings.size() == 1);
    CHECK(third.warnings.first().column == QLatin1String("Total"));
    CHECK(third.warnings.first().row == 5);
    CHECK(third.warnings.first().message.contains(QLatin1String("#1003")));
}

TEST_CASE("Etsy sold orders become one line for the items plus shipping")
{
    const QList<OrderRecord> records = mapFixture("etsy_sold_orders.csv");
    REQUIRE(records.size() == 2);
    const OrderRecord &olivia = records.at(0);
    CHECK(olivia.warnings.isEmpty());
    CHECK(olivia.order.externalRef == QLatin1String("3012345678"));
    CHECK(olivia.order.orderedAt == utc(2023, 12, 31, 12, 0));
    CHECK(olivia.order.currency == QLatin1String("USD"));
    CHECK(olivia.order.lines
          == QList<OrderLine> {line("Order items", 1000, 4000, 4000), line("Shipping", 1000, 500, 500)});
    CHECK(olivia.order.discountMinor == 400);
    CHECK(olivia.order.taxMinor == 297);
    CHECK(olivia.order.totalMinor == 4397);
    CHECK(olivia.order.status == OrderStatus::Collected);
    CHECK(olivia.order.paymentStatus == PaymentStatus::Paid);
    CHECK(olivia.order.paidMinor == 4397);
    CHECK(olivia.customerName == QLatin1String("Olivia Brown"));
    CHECK(olivia.customerEmail.isEmpty());

    const OrderRecord &pedro = records.at(1);
    CHECK(pedro.warnings.isEmpty());
    CHECK(pedro.order.orderedAt == utc(2024, 1, 5, 12, 0));
    CHECK(pedro.order.lines == QList<OrderLine> {line("Order items", 1000, 1350, 1350)});
    CHECK(pedro.order.totalMinor == 1350);
}

TEST_CASE("Etsy order items group into orders with summed discounts")
{
    const QList<OrderRecord> records = mapFixture("etsy_sold_order_items.csv");
    REQUIRE(records.size() == 2);
    const OrderRecord &olivia = records.at(0);
    CHECK(olivia.row == 2);
    CHECK(olivia.warnings.isEmpty());
    CHECK(olivia.order.lines
          == QList<OrderLine> {line("Hand-thrown Mug", 2000, 1500, 3000), line("Ceramic Coaster", 1000, 1000, 1000),
                               line("Shipping", 1000, 500, 500)});
    CHECK(olivia.lineSkus == QStringList {QStringLiteral("MUG-01"), QStringLiteral("CST-02"), QString()});
    CHECK(olivia.order.discountMinor == 400);
    CHECK(olivia.order.taxMinor == 297);
    CHECK(olivia.order.totalMinor == 4397);
    CHECK(olivia.order.paidAt == utc(2023, 12, 31, 12, 0));
    CHECK(olivia.customerName == QLatin1String("Olivia Brown"));

    const OrderRecord &pedro = records.at(1);
    CHECK(pedro.row == 4);
    CHECK(pedro.order.lines == QList<OrderLine> {line("Linen Napkin", 3000, 450, 1350)});
    CHECK(pedro.order.totalMinor == 1350);
}

TEST_CASE("fractional quantities and line totals without unit prices are read")
{
    const ColumnMapping mapping
        = simpleMapping({QStringLiteral("Bestellnummer"), QStringLiteral("Datum"), QStringLiteral("Artikel"),
                         QStringLiteral("Menge"), QStringLiteral("Einzelpreis"), QStringLiteral("Betrag")},
                        {QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("product"),
                         QStringLiteral("quantity"), QStringLiteral("unit_price"), QStringLiteral("line_total")});
    MapperOptions o = options();
    o.currency = QStringLiteral("EUR");
    const QList<OrderRecord> records
        = mapRows(mapping,
                  {{2,
                    {QStringLiteral("A-1"), QStringLiteral("14.03.2024"), QStringLiteral("Butter"),
                     QStringLiteral("0,5"), QStringLiteral("12,00 €"), QString()}},
                   {3,
                    {QStringLiteral("A-1"), QStringLiteral("14.03.2024"), QStringLiteral("Mehl"), QStringLiteral("2"),
                     QString(), QStringLiteral("3,90")}},
                   {4,
                    {QStringLiteral("A-1"), QStringLiteral("14.03.2024"), QStringLiteral("Honig"),
                     QStringLiteral("1,5"), QStringLiteral("4,99"), QStringLiteral("7,49")}}},
                  o);
    REQUIRE(records.size() == 1);
    const OrderRecord &order = records.first();
    CHECK(order.order.orderedAt == utc(2024, 3, 14, 12, 0));
    CHECK(order.order.currency == QLatin1String("EUR"));
    CHECK(order.order.lines
          == QList<OrderLine> {line("Butter", 500, 1200, 600), line("Mehl", 2000, 195, 390),
                               line("Honig", 1500, 499, 749)});
    CHECK(order.order.totalMinor == 1739);
    CHECK(order.warnings.isEmpty());
}

TEST_CASE("order rows without an order number or a date are rejected with reasons")
{
    const ColumnMapping mapping = simpleMapping(
        {QStringLiteral("Order"), QStringLiteral("Date"), QStringLiteral("Product"), QStringLiteral("Price")},
        {QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("product"),
         QStringLiteral("unit_price")});
    const QList<OrderRecord> records = mapRows(
        mapping,
        {{2, {QStringLiteral("1"), QStringLiteral("2024-03-01"), QStringLiteral("Cake"), QStringLiteral("20")}},
         {3, {QString(), QStringLiteral("2024-03-01"), QStringLiteral("Pie"), QStringLiteral("10")}},
         {4, {QStringLiteral("2"), QString(), QStringLiteral("Tart"), QStringLiteral("8")}},
         {5, {QStringLiteral("3"), QStringLiteral("someday"), QStringLiteral("Bun"), QStringLiteral("2")}},
         {6,
          {QStringLiteral("4"), QStringLiteral("2024-03-02"), QStringLiteral("Roll"), QStringLiteral("1"),
           QStringLiteral("extra")}},
         {7, {QStringLiteral("5"), QStringLiteral("2024-03-02"), QStringLiteral("Scone")}}});
    REQUIRE(records.size() == 6);
    CHECK(records.at(0).rejectReason.isEmpty());
    CHECK(records.at(0).order.totalMinor == 2000);
    CHECK(records.at(1).row == 3);
    CHECK(records.at(1).rejectReason == QLatin1String("Row 3 has no order number."));
    CHECK(records.at(1).rejectColumn == QLatin1String("Order"));
    CHECK(records.at(2).row == 4);
    CHECK(records.at(2).rejectReason == QLatin1String("Row 4 (order 2) has no order date."));
    CHECK(records.at(2).rejectColumn == QLatin1String("Date"));
    CHECK(records.at(3).rejectReason.contains(QLatin1String("someday")));
    CHECK(records.at(3).rejectColumn == QLatin1String("Date"));
    CHECK(records.at(4).row == 6);
    CHECK(records.at(4).rejectReason.contains(QLatin1String("5 cells")));
    CHECK(records.at(5).rejectReason.isEmpty());
    CHECK(records.at(5).order.lines == QList<OrderLine> {line("Scone", 1000, 0, 0)});
    REQUIRE(records.at(5).warnings.size() == 1);
    CHECK(records.at(5).warnings.first().message.contains(QLatin1String("3 cells")));
}

TEST_CASE("the currency comes from the amounts when there is no currency column")
{
    const ColumnMapping mapping = simpleMapping(
        {QStringLiteral("Order"), QStringLiteral("Date"), QStringLiteral("Item"), QStringLiteral("Price"),
         QStringLiteral("Email"), QStringLiteral("Payment status")},
        {QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("product"),
         QStringLiteral("unit_price"), QStringLiteral("customer_email"), QStringLiteral("payment_status")});
    const QList<OrderRecord> records
        = mapRows(mapping,
                  {{2,
                    {QStringLiteral("'0042"), QStringLiteral("2024-03-01"), QStringLiteral("=Cake"),
                     QStringLiteral("¥1,500"), QStringLiteral("not an email"), QStringLiteral("pending")}}});
    REQUIRE(records.size() == 1);
    const OrderRecord &r = records.first();
    CHECK(r.order.externalRef == QLatin1String("0042"));
    CHECK(r.order.currency == QLatin1String("JPY"));
    CHECK(r.order.lines == QList<OrderLine> {line("=Cake", 1000, 1500, 1500)});
    CHECK(r.order.paymentStatus == PaymentStatus::Unpaid);
    CHECK(r.order.paidMinor == 0);
    CHECK(r.customerEmail.isEmpty());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().column == QLatin1String("Email"));
}

TEST_CASE("order statuses due dates and unmapped columns are read")
{
    const ColumnMapping mapping = simpleMapping(
        {QStringLiteral("Order"), QStringLiteral("Date"), QStringLiteral("Item"), QStringLiteral("Price"),
         QStringLiteral("Status"), QStringLiteral("Bezahlt"), QStringLiteral("Abholdatum"), QStringLiteral("Filiale")},
        {QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("product"),
         QStringLiteral("unit_price"), QStringLiteral("status"), QStringLiteral("payment_status"),
         QStringLiteral("due_date"), ImportFields::Ignore});
    MapperOptions o = options();
    o.currency = QStringLiteral("EUR");
    o.unmapped = UnmappedColumns::AppendToNotes;
    const QList<OrderRecord> records
        = mapRows(mapping,
                  {{2,
                    {QStringLiteral("B-7"), QStringLiteral("01.03.2024"), QStringLiteral("Torte"),
                     QStringLiteral("45,00"), QStringLiteral("Abholbereit"), QStringLiteral("nein"),
                     QStringLiteral("03.03.2024"), QStringLiteral("Mitte")}},
                   {3,
                    {QStringLiteral("B-8"), QStringLiteral("01.03.2024"), QStringLiteral("Brot"), QStringLiteral("4"),
                     QStringLiteral("lost in space"), QStringLiteral("ja"), QString(), QString()}}},
                  o);
    REQUIRE(records.size() == 2);
    const Order &cake = records.at(0).order;
    CHECK(records.at(0).warnings.isEmpty());
    CHECK(cake.status == OrderStatus::Ready);
    CHECK(cake.paymentStatus == PaymentStatus::Unpaid);
    CHECK(cake.paidMinor == 0);
    CHECK(cake.dueDate == QDate(2024, 3, 3));
    CHECK(cake.notes == QLatin1String("Filiale: Mitte"));
    const OrderRecord &bread = records.at(1);
    CHECK(bread.order.status == OrderStatus::Confirmed);
    CHECK(bread.order.paymentStatus == PaymentStatus::Paid);
    CHECK(bread.order.paidMinor == 400);
    CHECK(bread.order.paidAt == bread.order.orderedAt);
    REQUIRE(bread.warnings.size() == 1);
    CHECK(bread.warnings.first().column == QLatin1String("Status"));
}

TEST_CASE("rows of one order must be consecutive to be grouped")
{
    const ColumnMapping mapping = simpleMapping(
        {QStringLiteral("Order"), QStringLiteral("Date"), QStringLiteral("Item"), QStringLiteral("Price")},
        {QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("product"),
         QStringLiteral("unit_price")});
    const QList<OrderRecord> records
        = mapRows(mapping,
                  {{2, {QStringLiteral("1"), QStringLiteral("2024-03-01"), QStringLiteral("A"), QStringLiteral("1")}},
                   {3, {QStringLiteral("1"), QStringLiteral("2024-03-01"), QStringLiteral("B"), QStringLiteral("2")}},
                   {4, {QStringLiteral("2"), QStringLiteral("2024-03-01"), QStringLiteral("C"), QStringLiteral("3")}},
                   {5, {QStringLiteral("1"), QStringLiteral("2024-03-01"), QStringLiteral("D"), QStringLiteral("4")}}});
    REQUIRE(records.size() == 3);
    CHECK(records.at(0).order.lines.size() == 2);
    CHECK(records.at(0).order.totalMinor == 300);
    CHECK(records.at(1).row == 4);
    CHECK(records.at(2).row == 5);
    CHECK(records.at(2).order.externalRef == QLatin1String("1"));
}
