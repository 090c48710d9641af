// The sample bakery's products and 18 months of orders: a weekly rhythm (busy Friday and
// Saturday, closed on Mondays), seasons (December, Easter and Thanksgiving peaks, a summer dip),
// regulars who come often and a long tail who came once.
#include "samplecontext.h"

#include "common/timeformat.h"

#include <QSqlQuery>

#include <algorithm>

namespace clientele::sample {

namespace {

constexpr int OrderCount = 1500;
constexpr int OpenCakeOrders = 10;

struct ProductSpec
{
    const char *name;
    const char *sku;
    const char *unit;
    int priceMinor;
    Product::Category category;
    double popularity;
    bool glutenFree;
};

using Cat = Product::Category;
const ProductSpec Products[] = {
    {"Country sourdough loaf", "BRD-01", "pcs", 850, Cat::Bread, 10, false},
    {"Seeded rye", "BRD-02", "pcs", 900, Cat::Bread, 4, false},
    {"Baguette", "BRD-03", "pcs", 400, Cat::Bread, 8, false},
    {"Brioche loaf", "BRD-04", "pcs", 950, Cat::Bread, 4, false},
    {"Gluten-free multigrain loaf", "BRD-05", "pcs", 1100, Cat::Bread, 1.5, true},
    {"Rosemary focaccia", "BRD-06", "kg", 1800, Cat::Bread, 4, false},
    {"Butter croissant", "PAS-01", "pcs", 425, Cat::Pastry, 10, false},
    {"Pain au chocolat", "PAS-02", "pcs", 475, Cat::Pastry, 7, false},
    {"Almond croissant", "PAS-03", "pcs", 525, Cat::Pastry, 5, false},
    {"Cinnamon roll", "PAS-04", "pcs", 450, Cat::Pastry, 6, false},
    {"Cardamom bun", "PAS-05", "pcs", 450, Cat::Pastry, 5, false},
    {"Blueberry muffin", "PAS-06", "pcs", 375, Cat::Pastry, 5, false},
    {"Macarons, box of 6", "PAS-07", "pcs", 1400, Cat::Pastry, 3, true},
    {"Assorted cookies", "PAS-08", "kg", 2400, Cat::Pastry, 3, false},
    {"Carrot cake slice", "CAK-01", "pcs", 650, Cat::Cake, 5, false},
    {"Lemon drizzle cake", "CAK-02", "pcs", 3200, Cat::Cake, 2, false},
    {"Black Forest gâteau", "CAK-03", "pcs", 4200, Cat::Cake, 1.5, false},
    {"Basque cheesecake", "CAK-04", "kg", 3600, Cat::Cake, 2, true},
    {"Custom celebration cake", "CAK-05", "kg", 4800, Cat::CustomCake, 0.6, true},
    {"Catering pastry platter (24 pieces)", "CAT-01", "pcs", 8500, Cat::Catering, 0.3, false},
};

const char *const CakeNotes[] = {
    "Happy 40th birthday! Chocolate sponge with raspberry filling.",
    "Two tiers, vanilla and lemon; fresh flowers on top.",
    "Unicorn theme in pastel colours, \"Happy 6th, Mia\".",
    "Gluten-free sponge, no nuts please.",
    "Anniversary cake: \"Twenty-five years\", dark chocolate ganache.",
    "Retirement party for 30 people; carrot cake base.",
    "Baby shower: white chocolate and strawberries.",
    "Graduation cake in school colours (green and gold).",
};

struct LineDraft
{
    int product = 0;
    qint64 quantityMilli = 1000;
    qint64 totalMinor = 0;
};

struct OrderDraft
{
    QDate day;
    QDateTime orderedAt;
    int customer = 0;
    bool invoice = false;
    QList<LineDraft> lines;
    QString status = QStringLiteral("collected");
    QDate due;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 paid = 0;
    QDateTime paidAt;
    QString notes;
};

/// quantity x price / 1000, rounded half away from zero: the orders' convention.
qint64 lineTotal(qint64 quantityMilli, qint64 unitPriceMinor)
{
    const qint64 product = quantityMilli * unitPriceMinor;
    return (product + (product >= 0 ? 500 : -500)) / 1000;
}

qint64 percentOf(qint64 amount, int percent)
{
    const qint64 product = amount * percent;
    return (product + (product >= 0 ? 50 : -50)) / 100;
}

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate thanksgiving(int year)
{
    const QDate first(year, 11, 1);
    return first.addDays((4 - first.dayOfWeek() + 7) % 7 + 21);
}

/// How busy the shop is on a day, relative to an ordinary Thursday.
double dayWeight(const QDate &day)
{
    // Monday .. Sunday; closed on Mondays.
    static const double weekday[] = {0.0, 0.8, 0.9, 1.0, 1.5, 1.8, 1.1};
    static const double month[] = {0.8, 1.0, 1.0, 1.0, 1.05, 0.95, 0.7, 0.7, 0.95, 1.0, 1.1, 1.6};
    if ((day.month() == 12 && day.day() == 25) || (day.month() == 1 && day.day() == 1))
        return 0;
    const QDate thanks = thanksgiving(day.year());
    if (day == thanks)
        return 0;
    double weight = weekday[day.dayOfWeek() - 1] * month[day.month() - 1];
    if (weight == 0)
        return 0;
    if (day.month() == 12 && day.day() <= 24)
        weight *= 1.0 + day.day() / 24.0; // the run-up to Christmas
    if (day.month() == 2 && (day.day() == 13 || day.day() == 14))
        weight *= 1.6;
    const qint64 beforeEaster = day.daysTo(easterSunday(day.year()));
    if (beforeEaster >= 0 && beforeEaster <= 3)
        weight *= 2.2;
    else if (beforeEaster > 3 && beforeEaster <= 10)
        weight *= 1.3;
    if (day.daysTo(thanks) == 1)
        weight *= 2.5;
    return weight;
}

double habitWeight(Habit habit)
{
    switch (habit) {
    case Habit::Regular:
        return 30;
    case Habit::Wholesale:
        return 25;
    case Habit::Occasional:
        return 6;
    case Habit::Catering:
        return 2;
    case Habit::Rare:
        return 1.2;
    case Habit::Never:
        return 0;
    }
    return 0;
}

class OrderBuilder final
{
public:
    explicit OrderBuilder(Context &context)
        : m_context(context)
        , m_random(context.random)
    { }

    Status run();

private:
    Status addProducts();
    QList<QDate> orderDays();
    int pickProduct(const Customer &customer, const QDate &day, const QList<LineDraft> &taken, bool customCakes);
    qint64 retailQuantity(const Product &product);
    qint64 companyQuantity(const Product &product, Habit habit);
    void fillRetail(OrderDraft &order);
    void fillCompany(OrderDraft &order);
    void makeCustomCake(OrderDraft &order);
    void settle(OrderDraft &order);
    Status insert(QList<OrderDraft> &orders);
    Status backdateContacts();

    Context &m_context;
    SampleRandom &m_random;
};

Status OrderBuilder::addProducts()
{
    QSqlQuery query(m_context.db);
    query.prepare(QStringLiteral("INSERT INTO products (name, sku, unit, price_minor, currency, active, created_at, "
                                 "updated_at) VALUES (:name, :sku, :unit, :price, :currency, 1, :created, :updated)"));
    const QString created = toStoredTime(shopTime(m_context.firstDay.addDays(-60), 6 * 60));
    for (const ProductSpec &spec : Products) {
        Product product;
        product.name = QString::fromUtf8(spec.name);
        product.unit = QString::fromUtf8(spec.unit);
        product.priceMinor = spec.priceMinor;
        product.category = spec.category;
        product.popularity = spec.popularity;
        product.glutenFree = spec.glutenFree;
        query.bindValue(QStringLiteral(":name"), product.name);
        query.bindValue(QStringLiteral(":sku"), QString::fromUtf8(spec.sku));
        query.bindValue(QStringLiteral(":unit"), product.unit);
        query.bindValue(QStringLiteral(":price"), product.priceMinor);
        query.bindValue(QStringLiteral(":currency"), m_context.currency);
        query.bindValue(QStringLiteral(":created"), created);
        query.bindValue(QStringLiteral(":updated"), created);
        if (!query.exec())
            return sampleSqlError(query);
        product.id = query.lastInsertId().toLongLong();
        m_context.products.append(product);
    }
    return {};
}

QList<QDate> OrderBuilder::orderDays()
{
    QList<QDate> candidates;
    QList<double> cumulative;
    double total = 0;
    for (QDate day = m_context.firstDay.addDays(1); day < m_context.today; day = day.addDays(1)) {
        const double weight = dayWeight(day);
        if (weight <= 0)
            continue;
        total += weight;
        candidates.append(day);
        cumulative.append(total);
    }
    QList<QDate> days;
    for (int i = 0; i < OrderCount; ++i) {
        const double target = m_random.unit() * total;
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), target);
        days.append(candidates.at(std::min<qsizetype>(it - cumulative.cbegin(), candidates.size() - 1)));
    }
    std::sort(days.begin(), days.end());
    return days;
}

/// A product for the next line, or -1 when nothing suitable is left.
int OrderBuilder::pickProduct(const Customer &customer, const QDate &day, const QList<LineDraft> &taken,
                              bool customCakes)
{
    QList<double> weights;
    double total = 0;
    for (qsizetype i = 0; i < m_context.products.size(); ++i) {
        const Product &product = m_context.products.at(i);
        double weight = product.popularity;
        if (customer.glutenFree && !product.glutenFree)
            weight = 0;
        if (customer.glutenFree && product.glutenFree)
            weight *= 4;
        if (product.category == Cat::Catering && !customer.company)
            weight = 0;
        if (product.category == Cat::Cake && day.month() == 12)
            weight *= 2;
        if (product.category == Cat::CustomCake && (day.month() == 5 || day.month() == 6))
            weight *= 2;
        if (product.category == Cat::CustomCake && !customCakes)
            weight = 0;
        for (const LineDraft &line : taken) {
            if (line.product == i)
                weight = 0;
        }
        weights.append(weight);
        total += weight;
    }
    return total > 0 ? m_random.weighted(weights) : -1;
}

qint64 OrderBuilder::retailQuantity(const Product &product)
{
    if (product.unit == QLatin1String("kg")) {
        if (product.category == Cat::CustomCake)
            return m_random.pick(QList<qint64> {1500, 2000, 2000, 2500, 3000, 4000});
        if (product.category == Cat::Cake)
            return m_random.pick(QList<qint64> {500, 750, 1000, 1500});
        return m_random.pick(QList<qint64> {250, 500, 500, 750, 1000});
    }
    switch (product.category) {
    case Cat::Pastry:
        return product.priceMinor > 1000
            ? m_random.between(1, 2) * 1000
            : m_random.pick(QList<qint64> {1000, 1000, 2000, 2000, 2000, 3000, 4000, 6000});
    case Cat::Bread:
        return m_random.chance(0.75) ? 1000 : 2000;
    case Cat::Cake:
        return product.priceMinor > 1000 ? 1000 : m_random.between(1, 2) * 1000;
    case Cat::CustomCake:
    case Cat::Catering:
        return m_random.between(1, 2) * 1000;
    }
    return 1000;
}

qint64 OrderBuilder::companyQuantity(const Product &product, Habit habit)
{
    if (product.unit == QLatin1String("kg"))
        return m_random.between(2, 10) * 500;
    if (product.category == Cat::Catering)
        return m_random.between(1, 4) * 1000;
    if (product.category == Cat::Bread)
        return m_random.between(habit == Habit::Wholesale ? 6 : 2, habit == Habit::Wholesale ? 20 : 6) * 1000;
    if (product.priceMinor > 1000)
        return m_random.between(1, 4) * 1000;
    return m_random.between(2, 8) * 6000;
}

void OrderBuilder::fillRetail(OrderDraft &order)
{
    const Customer &customer = m_context.customers.at(order.customer);
    const double roll = m_random.unit();
    const int lines = roll < 0.4 ? 1 : roll < 0.7 ? 2 : roll < 0.9 ? 3 : 4;
    for (int i = 0; i < lines; ++i) {
        LineDraft line;
        line.product = pickProduct(customer, order.day, order.lines, true);
        if (line.product < 0)
            break;
        line.quantityMilli = retailQuantity(m_context.products.at(line.product));
        order.lines.append(line);
    }
    if (m_random.chance(0.04))
        order.discount = -1; // a 10 % loyalty discount, computed once the subtotal is known
}

void OrderBuilder::fillCompany(OrderDraft &order)
{
    const Customer &customer = m_context.customers.at(order.customer);
    order.invoice = true;
    const bool catering = customer.habit != Habit::Wholesale;
    const int lines = catering ? m_random.between(1, 3) : m_random.between(2, 4);
    for (int i = 0; i < lines; ++i) {
        LineDraft line;
        if (catering && i == 0)
            line.product = static_cast<int>(m_context.products.size()) - 1; // the platter
        else
            line.product = pickProduct(customer, order.day, order.lines, catering);
        if (line.product < 0)
            break;
        line.quantityMilli = companyQuantity(m_context.products.at(line.product), customer.habit);
        order.lines.append(line);
    }
}

void OrderBuilder::makeCustomCake(OrderDraft &order)
{
    const auto custom = std::find_if(m_context.products.cbegin(), m_context.products.cend(),
                                     [](const Product &p) { return p.category == Cat::CustomCake; });
    LineDraft cake;
    cake.product = static_cast<int>(custom - m_context.products.cbegin());
    cake.quantityMilli = m_random.pick(QList<qint64> {1500, 2000, 2500, 3000, 4000});
    order.lines.erase(std::remove_if(order.lines.begin(), order.lines.end(),
                                     [&](const LineDraft &l) { return l.product == cake.product; }),
                      order.lines.end());
    order.lines.prepend(cake);
    while (order.lines.size() > 2)
        order.lines.removeLast();
}

void OrderBuilder::settle(OrderDraft &order)
{
    order.subtotal = 0;
    for (LineDraft &line : order.lines) {
        line.totalMinor = lineTotal(line.quantityMilli, m_context.products.at(line.product).priceMinor);
        order.subtotal += line.totalMinor;
    }
    order.discount = order.discount < 0 ? percentOf(order.subtotal, 10) : 0;
    const qint64 total = order.subtotal - order.discount;
    const QDate today = m_context.today;
    const Customer &customer = m_context.customers.at(order.customer);

    if (order.invoice) {
        const bool catering = customer.habit != Habit::Wholesale;
        order.due = order.day.addDays(catering ? 14 : 30);
        const int delay = customer.slowPayer ? m_random.between(40, 65) : m_random.between(5, 28);
        const QDate payday = order.day.addDays(delay);
        if (payday < today) {
            order.paid = total;
            order.paidAt = shopTime(payday, m_random.between(9 * 60, 16 * 60));
        }
        return;
    }
    const bool customCake = std::any_of(order.lines.cbegin(), order.lines.cend(), [&](const LineDraft &l) {
        return m_context.products.at(l.product).category == Cat::CustomCake;
    });
    if (customCake) {
        if (!order.due.isValid())
            order.due = order.day.addDays(m_random.between(3, 10));
        order.notes = QString::fromUtf8(CakeNotes[m_random.between(0, static_cast<int>(std::size(CakeNotes)) - 1)]);
        if (order.due >= today) {
            // Booked, not baked yet: most paid a 30 % deposit.
            order.status = QStringLiteral("confirmed");
            order.paid = m_random.chance(0.7) ? percentOf(total, 30) : 0;
            return;
        }
        order.paid = total;
        order.paidAt = shopTime(order.due, m_random.between(8 * 60, 14 * 60));
        return;
    }
    if (order.day.daysTo(today) <= 6 && m_random.chance(0.35)) {
        order.status = QStringLiteral("ready");
        order.due = today;
        return;
    }
    if (m_random.chance(0.03)) {
        order.status = QStringLiteral("cancelled");
        return;
    }
    order.paid = total;
    order.paidAt = order.orderedAt;
}

Status OrderBuilder::insert(QList<OrderDraft> &orders)
{
    QSqlQuery orderQuery(m_context.db);
    orderQuery.prepare(QStringLiteral(
        "INSERT INTO orders (contact_id, kind, number, status, ordered_at, due_date, currency, subtotal_minor, "
        "discount_minor, tax_minor, total_minor, paid_minor, payment_status, paid_at, notes, created_at, updated_at) "
        "VALUES (:contact, :kind, :number, :status, :ordered, :due, :currency, :subtotal, :discount, 0, :total, "
        ":paid, :payment, :paid_at, :notes, :created, :updated)"));
    QSqlQuery lineQuery(m_context.db);
    lineQuery.prepare(QStringLiteral(
        "INSERT INTO order_lines (order_id, product_id, position, description, quantity_milli, unit, "
        "unit_price_minor, line_total_minor) VALUES (:order, :product, :position, :description, :quantity, :unit, "
        ":price, :total)"));

    // Payments as the orders module records them: a deposit when the order was taken, the rest
    // (or all of it) when it was paid.
    QSqlQuery paymentQuery(m_context.db);
    paymentQuery.prepare(QStringLiteral("INSERT INTO order_payments (order_id, paid_at, amount_minor, method, note, "
                                        "created_at) VALUES (:order, :at, :amount, :method, :note, :at)"));

    QHash<QString, int> sequences; // per "YYYY" and "INV-YYYY": the numbering of the shop's old till
    for (OrderDraft &order : orders) {
        Customer &customer = m_context.customers[order.customer];
        if (!customer.firstOrder.isValid())
            customer.firstOrder = order.orderedAt;
        const QString prefix = (order.invoice ? QStringLiteral("INV-") : QString()) + QString::number(order.day.year());
        const QString number = QStringLiteral("%1-%2").arg(prefix).arg(++sequences[prefix], 4, 10, QLatin1Char('0'));
        const qint64 total = order.subtotal - order.discount;
        const QString payment = order.paid == 0 ? QStringLiteral("unpaid")
            : order.paid < total                ? QStringLiteral("partial")
                                                : QStringLiteral("paid");
        const QDateTime updated = order.paidAt.isValid() ? order.paidAt : order.orderedAt;
        orderQuery.bindValue(QStringLiteral(":contact"), customer.id);
        orderQuery.bindValue(QStringLiteral(":kind"),
                             order.invoice ? QStringLiteral("invoice") : QStringLiteral("order"));
        orderQuery.bindValue(QStringLiteral(":number"), number);
        orderQuery.bindValue(QStringLiteral(":status"), order.status);
        orderQuery.bindValue(QStringLiteral(":ordered"), toStoredTime(order.orderedAt));
        orderQuery.bindValue(QStringLiteral(":due"),
                             order.due.isValid() ? QVariant(toStoredDate(order.due)) : QVariant());
        orderQuery.bindValue(QStringLiteral(":currency"), m_context.currency);
        orderQuery.bindValue(QStringLiteral(":subtotal"), order.subtotal);
        orderQuery.bindValue(QStringLiteral(":discount"), order.discount);
        orderQuery.bindValue(QStringLiteral(":total"), total);
        orderQuery.bindValue(QStringLiteral(":paid"), order.paid);
        orderQuery.bindValue(QStringLiteral(":payment"), payment);
        orderQuery.bindValue(QStringLiteral(":paid_at"),
                             order.paidAt.isValid() ? QVariant(toStoredTime(order.paidAt)) : QVariant());
        orderQuery.bindValue(QStringLiteral(":notes"), nonNull(order.notes));
        orderQuery.bindValue(QStringLiteral(":created"), toStoredTime(order.orderedAt));
        orderQuery.bindValue(QStringLiteral(":updated"), toStoredTime(updated));
        if (!orderQuery.exec())
            return sampleSqlError(orderQuery);
        const qint64 orderId = orderQuery.lastInsertId().toLongLong();
        if (order.paid > 0) {
            const bool deposit = !order.paidAt.isValid();
            paymentQuery.bindValue(QStringLiteral(":order"), orderId);
            paymentQuery.bindValue(QStringLiteral(":at"), toStoredTime(deposit ? order.orderedAt : order.paidAt));
            paymentQuery.bindValue(QStringLiteral(":amount"), order.paid);
            paymentQuery.bindValue(QStringLiteral(":method"),
                                   order.invoice ? QStringLiteral("transfer") : QStringLiteral("card"));
            paymentQuery.bindValue(QStringLiteral(":note"), deposit ? QStringLiteral("Deposit") : QStringLiteral(""));
            if (!paymentQuery.exec())
                return sampleSqlError(paymentQuery);
        }

        int position = 0;
        for (const LineDraft &line : std::as_const(order.lines)) {
            const Product &product = m_context.products.at(line.product);
            lineQuery.bindValue(QStringLiteral(":order"), orderId);
            lineQuery.bindValue(QStringLiteral(":product"), product.id);
            lineQuery.bindValue(QStringLiteral(":position"), position++);
            lineQuery.bindValue(QStringLiteral(":description"), product.name);
            lineQuery.bindValue(QStringLiteral(":quantity"), line.quantityMilli);
            lineQuery.bindValue(QStringLiteral(":unit"), product.unit);
            lineQuery.bindValue(QStringLiteral(":price"), product.priceMinor);
            lineQuery.bindValue(QStringLiteral(":total"), line.totalMinor);
            if (!lineQuery.exec())
                return sampleSqlError(lineQuery);
        }

        if (order.status == QLatin1String("confirmed"))
            m_context.openCakeOrders.append({orderId, order.customer, order.due});
        // The oldest unpaid invoice past its due date gets a reminder follow-up.
        if (order.invoice && order.paid < total && order.due < m_context.today && m_context.overdueInvoiceId == 0) {
            m_context.overdueInvoiceId = orderId;
            m_context.overdueInvoiceCustomer = order.customer;
        }
        ++m_context.orderCount;
    }
    return {};
}

Status OrderBuilder::backdateContacts()
{
    // The repository stamps contacts with the clock's "now"; a shop's book grew over time, so
    // each customer is dated a little before their first order (or some day in the history).
    QSqlQuery query(m_context.db);
    query.prepare(QStringLiteral("UPDATE contacts SET created_at = :created, updated_at = :updated WHERE id = :id"));
    const int span = static_cast<int>(m_context.firstDay.daysTo(m_context.today));
    for (const Customer &customer : std::as_const(m_context.customers)) {
        const QDateTime created = customer.firstOrder.isValid()
            ? customer.firstOrder.addDays(-m_random.between(0, 45)).addSecs(-3600)
            : shopTime(m_context.firstDay.addDays(m_random.between(0, span - 1)), m_random.between(7 * 60, 15 * 60));
        query.bindValue(QStringLiteral(":created"), toStoredTime(created));
        query.bindValue(QStringLiteral(":updated"), toStoredTime(created));
        query.bindValue(QStringLiteral(":id"), customer.id);
        if (!query.exec())
            return sampleSqlError(query);
    }
    return {};
}

Status OrderBuilder::run()
{
    if (auto s = addProducts(); !s)
        return s;

    QList<double> weights;
    for (const Customer &customer : std::as_const(m_context.customers))
        weights.append(habitWeight(customer.habit));

    const QList<QDate> days = orderDays();
    QList<OrderDraft> orders;
    orders.reserve(days.size());
    for (const QDate &day : days) {
        OrderDraft order;
        order.day = day;
        order.orderedAt = shopTime(day, m_random.between(7 * 60, 14 * 60 + 45));
        order.customer = m_random.weighted(weights);
        if (m_context.customers.at(order.customer).company)
            fillCompany(order);
        else
            fillRetail(order);
        orders.append(order);
    }
    std::stable_sort(orders.begin(), orders.end(),
                     [](const OrderDraft &a, const OrderDraft &b) { return a.orderedAt < b.orderedAt; });

    // The latest private orders become custom cakes still to be picked up in the next two weeks.
    int converted = 0;
    for (qsizetype i = orders.size() - 1; i >= 0 && converted < OpenCakeOrders; --i) {
        OrderDraft &order = orders[i];
        if (order.invoice || i % 2 == 0)
            continue;
        makeCustomCake(order);
        order.due = m_context.today.addDays(converted + m_random.between(0, 3));
        ++converted;
    }
    for (OrderDraft &order : orders)
        settle(order);

    if (auto s = insert(orders); !s)
        return s;
    return backdateContacts();
}

} // namespace

Status addOrders(Context &context)
{
    return OrderBuilder(context).run();
}

} // namespace clientele::sample
