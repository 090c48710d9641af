#include "contacts/contacttablemodel.h"
#include "orders/orderrepository.h"
#include "orders/ordertablemodel.h"
#include "tempdatabase.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 addOrder(TempDatabase &t, qint64 contactId, const QDateTime &orderedAt, qint64 unitPrice,
                OrderStatus status = OrderStatus::Collected)
{
    Order order;
    order.contactId = contactId;
    order.orderedAt = orderedAt;
    order.currency = QStringLiteral("USD");
    order.status = status;
    OrderLine line;
    line.description = QStringLiteral("Sourdough loaf");
    line.quantityMilli = 2000;
    line.unitPriceMinor = unitPrice;
    order.lines << line;
    const auto created = OrderRepository(t.db(), t.clock()).create(order);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created.value();
}

} // namespace

TEST_CASE("The contact model passes the item model checks while loading pages and sorting")
{
    TempDatabase t;
    insertPeople(t.db(), 45);
    ContactTableModel model(t.db(), t.clock());
    model.setPageSize(20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester would call fetchMore() from inside modelReset, before it has marked the reset as
    // finished (Qt 6.4); the test fetches the pages itself and the tester checks each insertion.
    tester.setUseFetchMore(false);
    model.reload();
    CHECK(model.rowCount() == 20);
    CHECK(model.columnCount() == ContactTableModel::ColumnCount);
    CHECK(model.totalCount() == 45);
    CHECK(model.data(model.index(0, ContactTableModel::Name)).toString() == QStringLiteral("Test Person 001"));
    CHECK(model.data(model.index(0, ContactTableModel::Email)).toString() == QStringLiteral("person1@example.com"));
    CHECK(model.headerData(ContactTableModel::Company, Qt::Horizontal).toString() == QStringLiteral("Company"));

    model.sort(ContactTableModel::Name, Qt::DescendingOrder);
    CHECK(model.rowCount() == 20);
    CHECK(model.data(model.index(0, ContactTableModel::Name)).toString() == QStringLiteral("Test Person 045"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 45);
    CHECK(model.contactAt(44).displayName == QStringLiteral("Test Person 001"));
}

TEST_CASE("The contact model grows a page at a time and stops at the end")
{
    TempDatabase t;
    insertPeople(t.db(), 60);
    ContactTableModel model(t.db(), t.clock());
    model.setPageSize(25);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    REQUIRE(model.rowCount() == 25);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 50);
    model.fetchMore({});
    CHECK(model.rowCount() == 60);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 60);
    CHECK(inserted.count() == 2);

    // A contact beyond the loaded pages is found by loading on.
    model.reload();
    const qint64 last = model.data(model.index(0, 0), ContactTableModel::ContactIdRole).toLongLong() + 59;
    CHECK_FALSE(model.indexOf(last).isValid());
    const QModelIndex found = model.ensureLoaded(last);
    REQUIRE(found.isValid());
    CHECK(model.contactAt(found.row()).displayName == QStringLiteral("Test Person 060"));
}

TEST_CASE("An empty contact book is an empty model that fetches nothing")
{
    TempDatabase t;
    ContactTableModel model(t.db(), t.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    model.reload();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK_FALSE(model.ensureLoaded(42).isValid());
}

TEST_CASE("The order model shows formatted, right-aligned totals and loads lazily")
{
    TempDatabase t;
    const qint64 anna = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 30; ++i)
        addOrder(t, i % 3 == 0 ? 0 : anna, start.addDays(i), 350 + i,
                 i == 29 ? OrderStatus::Confirmed : OrderStatus::Collected);

    OrderTableModel model(t.db(), t.clock());
    model.setPageSize(12);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester would call fetchMore() from inside modelReset, before it has marked the reset as
    // finished (Qt 6.4); the test fetches the pages itself and the tester checks each insertion.
    tester.setUseFetchMore(false);
    model.reload();
    CHECK(model.totalCount() == 30);
    CHECK(model.rowCount() == 12);
    // Newest first: the last order placed has the highest price (2 × 3.79).
    const OrderSummary &newest = model.orderAt(0);
    CHECK(newest.total.minor == 758);
    CHECK(model.data(model.index(0, OrderTableModel::Status)).toString() == displayName(OrderStatus::Confirmed));
    CHECK(model.data(model.index(0, OrderTableModel::Customer)).toString() == QStringLiteral("Anna Weber"));
    const QString total = model.data(model.index(0, OrderTableModel::Total)).toString();
    CHECK(total.contains(QStringLiteral("7.58")));
    CHECK(model.data(model.index(0, OrderTableModel::Total), Qt::TextAlignmentRole).value<Qt::Alignment>()
          == (Qt::AlignRight | Qt::AlignVCenter));
    // Walk-in sales have no customer.
    bool walkIn = false;
    for (int row = 0; row < model.rowCount(); ++row)
        walkIn = walkIn
            || model.data(model.index(row, OrderTableModel::Customer)).toString() == QStringLiteral("Walk-in customer");
    CHECK(walkIn);

    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 30);

    model.sort(OrderTableModel::Total, Qt::AscendingOrder);
    CHECK(model.orderAt(0).total.minor == 700);

    OrderListQuery open;
    open.statuses = {OrderStatus::Confirmed};
    model.setFilter(open);
    CHECK(model.totalCount() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.indexOf(model.orderAt(0).id).row() == 0);
}
