#include "orders/customerpicker.h"
#include "orders/ordercommands.h"
#include "orders/ordereditdialog.h"
#include "orders/orderlinesmodel.h"
#include "orders/orderrepository.h"
#include "products/productrepository.h"
#include "settings/businesssettings.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

/// Irish English for the duration of a test: "€1,234.56", a point for decimals.
class IrishLocale
{
public:
    IrishLocale()
        : m_saved(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    }
    ~IrishLocale() { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

/// A book in euros with prices before tax and a sourdough loaf at €4.50 with 7 % tax.
qint64 prepareBakery(UiDatabase &database)
{
    BusinessSettings settings(database.db());
    REQUIRE(settings.setValue(BusinessSettings::Currency, QStringLiteral("EUR")).ok());
    REQUIRE(settings.setValue(BusinessSettings::PricesIncludeTax, QStringLiteral("0")).ok());
    Product loaf;
    loaf.name = QStringLiteral("Sourdough loaf");
    loaf.price = {450, QStringLiteral("EUR")};
    loaf.taxRateBp = 700;
    const auto id = ProductRepository(database.db(), database.clock()).create(loaf);
    REQUIRE(id.ok());
    return *id;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QString text(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("Order lines: typed values are read in the user's locale and refused with the field named")
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCurrency(QStringLiteral("EUR"));
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    OrderLine line;
    line.description = QStringLiteral("Roggenbrot");
    REQUIRE(model.addLine(line) == 0);
    QSignalSpy rejected(&model, &OrderLinesModel::lineRejected);

    CHECK(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("0,5")));
    CHECK(model.line(0).quantityMilli == 500);
    CHECK(model.setData(model.index(0, OrderLinesModel::UnitPrice), QStringLiteral("1.234,50")));
    CHECK(model.line(0).unitPriceMinor == 123450);
    CHECK(model.setData(model.index(0, OrderLinesModel::Discount), QStringLiteral("10 %")));
    CHECK(model.line(0).discountBp == 1000);
    CHECK(model.setData(model.index(0, OrderLinesModel::Discount), QStringLiteral("2,00")));
    CHECK(model.line(0).discountBp == 0);
    CHECK(model.line(0).discountMinor == 200);
    CHECK(model.setData(model.index(0, OrderLinesModel::TaxRate), QStringLiteral("7")));
    CHECK(model.line(0).taxRateBp == 700);
    CHECK(model.setData(model.index(0, OrderLinesModel::TaxRate), QString()));
    CHECK_FALSE(model.line(0).taxRateBp.has_value());
    CHECK(rejected.isEmpty());

    CHECK_FALSE(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("0")));
    CHECK_FALSE(model.setData(model.index(0, OrderLinesModel::UnitPrice), QStringLiteral("4,555")));
    CHECK_FALSE(model.setData(model.index(0, OrderLinesModel::TaxRate), QStringLiteral("120")));
    REQUIRE(rejected.size() == 3);
    CHECK(rejected.at(0).at(2).toString() == QStringLiteral("Quantity: \"0\" must be more than zero"));
    CHECK(rejected.at(1).at(2).toString()
          == QStringLiteral("Unit price: \"4,555\" has more decimals than EUR allows (2)"));
    CHECK(rejected.at(2).at(2).toString() == QStringLiteral("Tax rate: a rate cannot be more than 100 %"));
    // Refused values leave the line as it was.
    CHECK(model.line(0).quantityMilli == 500);
    CHECK(model.line(0).unitPriceMinor == 123450);
    CHECK(model.flags(model.index(0, OrderLinesModel::Total)).testFlag(Qt::ItemIsEditable) == false);
    model.removeLine(0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Order editor: a product and a free-text line, totals as they are typed, saved and undone")
{
    const IrishLocale irish;
    UiDatabase database(false);
    const qint64 loafId = prepareBakery(database);
    const qint64 ana = insertContact(database.db(), database.clock(), QStringLiteral("Ana"), QStringLiteral("Ruiz"));

    OrderEditDialog dialog(database.db(), database.clock(), Order {});
    dialog.show();
    QTest::keyClicks(dialog.customerPicker()->nameEdit(), QStringLiteral("Ana Ruiz"));
    CHECK(dialog.customerPicker()->contactId() == ana);

    QTest::keyClicks(dialog.itemEdit(), QStringLiteral("Sourdough loaf"));
    QTest::keyClick(dialog.itemEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.itemEdit(), QStringLiteral("Birthday cake"));
    QTest::keyClick(dialog.itemEdit(), Qt::Key_Return);
    OrderLinesModel *lines = dialog.linesModel();
    REQUIRE(lines->rowCount() == 2);
    CHECK(lines->line(0).productId == loafId);
    CHECK(lines->line(0).unitPriceMinor == 450);
    CHECK(lines->line(1).productId == 0);
    REQUIRE(lines->setData(lines->index(0, OrderLinesModel::Quantity), QStringLiteral("2")));
    REQUIRE(lines->setData(lines->index(1, OrderLinesModel::UnitPrice), QStringLiteral("35.00")));
    REQUIRE(lines->setData(lines->index(1, OrderLinesModel::TaxRate), QStringLiteral("19")));
    REQUIRE(lines->setData(lines->index(1, OrderLinesModel::Discount), QStringLiteral("10%")));
    QTest::keyClicks(dialog.depositEdit(), QStringLiteral("10.00"));

    // By hand: 2 x 4.50 = 9.00 with 7 % tax 0.63; 35.00 less 10 % = 31.50 with 19 % tax 5.985,
    // rounded half away from zero to 5.99. Subtotal 40.50, total 40.50 + 0.63 + 5.99 = 47.12,
    // 37.12 left to pay at pickup after the 10.00 deposit.
    const QString totals = dialog.totalsLabel()->text();
    CHECK(totals.contains(QStringLiteral("Subtotal</td><td align=\"right\" style=\"padding-left:16px\">€40.50")));
    CHECK(totals.contains(QStringLiteral("€0.63")));
    CHECK(totals.contains(QStringLiteral("€5.99")));
    CHECK(totals.contains(QStringLiteral("<b>€47.12</b>")));
    CHECK(totals.contains(QStringLiteral("Deposit</td><td align=\"right\" style=\"padding-left:16px\">€10.00")));
    CHECK(totals.contains(QStringLiteral("<b>€37.12</b>")));
    CHECK(lines->data(lines->index(1, OrderLinesModel::Total)).toString() == QStringLiteral("€31.50"));
    CHECK(lines->data(lines->index(0, OrderLinesModel::TaxRate)).toString() == QStringLiteral("7\u202f%"));

    dialog.buttons()->button(QDialogButtonBox::Save)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Order typed = dialog.order();
    CHECK(typed.status == OrderStatus::Confirmed);
    CHECK(typed.totalMinor == 4712);

    QUndoStack stack;
    auto *create = new CreateOrderCommand(database.db(), database.clock(), typed, {});
    CHECK(create->text() == QStringLiteral("New order for “Ana Ruiz”"));
    stack.push(create);
    REQUIRE(create->lastError().isEmpty());
    const qint64 id = create->orderId();
    const QString row = QStringLiteral("SELECT number || '|' || contact_id || '|' || status || '|' || total_minor || "
                                       "'|' || deposit_minor || '|' || (deleted_at IS NULL) FROM orders WHERE id = %1")
                            .arg(id);
    CHECK(text(database.db(), row) == QStringLiteral("1001|%1|confirmed|4712|1000|1").arg(ana));
    CHECK(scalar(database.db(), QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = %1").arg(id)) == 2);
    stack.undo();
    CHECK(text(database.db(), row) == QStringLiteral("1001|%1|confirmed|4712|1000|0").arg(ana));
    stack.redo();
    CHECK(text(database.db(), row) == QStringLiteral("1001|%1|confirmed|4712|1000|1").arg(ana));
}

TEST_CASE("Order editor: nothing is saved while the customer or a line is wrong")
{
    const IrishLocale irish;
    UiDatabase database(false);
    prepareBakery(database);
    OrderEditDialog dialog(database.db(), database.clock(), Order {});
    dialog.show();
    QTest::keyClicks(dialog.customerPicker()->nameEdit(), QStringLiteral("Nobody Known"));
    dialog.buttons()->button(QDialogButtonBox::Save)->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.messageLabel()->text()
          == QStringLiteral("“Nobody Known” is not a customer in this book: pick one from the list, or leave the "
                            "field empty for a walk-in sale.\nAdd at least one item."));

    dialog.customerPicker()->nameEdit()->clear();
    QTest::keyClicks(dialog.itemEdit(), QStringLiteral("Sourdough loaf"));
    QTest::keyClick(dialog.itemEdit(), Qt::Key_Return);
    // Enter added the line; it did not save the order.
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    QTest::keyClicks(dialog.discountEdit(), QStringLiteral("150 %"));
    dialog.draftButton()->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageLabel()->text() == QStringLiteral("Order discount: a discount cannot be more than 100 %"));

    dialog.discountEdit()->clear();
    dialog.draftButton()->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.order().status == OrderStatus::Draft);
    CHECK(dialog.order().contactId == 0);
    CHECK(dialog.order().totalMinor == 482); // 4.50 + 7 % (0.315, rounded to 0.32)
}

TEST_CASE("Order commands: a status step and a payment undo exactly")
{
    UiDatabase database(false);
    prepareBakery(database);
    OrderRepository orders(database.db(), database.clock());
    Order order;
    OrderLine line;
    line.description = QStringLiteral("Cake");
    line.unitPriceMinor = 3000;
    line.taxRateBp = 0;
    order.lines = {line};
    order.depositMinor = 1000;
    const auto id = orders.create(order);
    REQUIRE(id.ok());
    const auto stored = orders.get(*id);
    REQUIRE(stored.ok());
    OrderSummary summary;
    summary.id = *id;
    summary.number = stored->number;
    summary.status = stored->status;

    QUndoStack stack;
    QStringList failures;
    OrderCommandHooks hooks {{}, [&failures](const QString &message) {
                                 failures.append(message);
                             }};
    auto *ready = new MoveOrderCommand(database.db(), database.clock(), summary, OrderStatus::Ready, hooks);
    CHECK(ready->text() == QStringLiteral("Mark order 1001 ready"));
    stack.push(ready);
    CHECK(orders.get(*id)->status == OrderStatus::Ready);
    stack.undo();
    CHECK(orders.get(*id)->status == OrderStatus::Confirmed);
    stack.redo();
    CHECK(orders.get(*id)->status == OrderStatus::Ready);

    auto *pay = new RecordPaymentCommand(database.db(), database.clock(), *id, stored->number,
                                         {2000, QStringLiteral("EUR")}, PaymentMethod::Card, hooks);
    stack.push(pay);
    CHECK(orders.get(*id)->paidMinor == 3000);
    CHECK(orders.get(*id)->paymentStatus == PaymentStatus::Paid);
    stack.undo();
    CHECK(orders.get(*id)->paidMinor == 1000);
    CHECK(orders.get(*id)->paymentStatus == PaymentStatus::Partial);
    stack.redo();
    CHECK(orders.get(*id)->paymentStatus == PaymentStatus::Paid);
    CHECK(failures.isEmpty());

    // Moved on elsewhere (the CLI collected it): undoing "ready" is refused, says why, changes nothing.
    stack.undo(); // the payment
    REQUIRE(orders.setStatus(*id, OrderStatus::Collected).ok());
    stack.undo(); // ready -> confirmed, no longer possible
    CHECK(orders.get(*id)->status == OrderStatus::Collected);
    REQUIRE(failures.size() == 1);
    CHECK(failures.first() == QStringLiteral("Order 1001 is now collected, so its move to ready cannot be undone."));
}
