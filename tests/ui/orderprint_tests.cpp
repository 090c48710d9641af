// The Orders page's document actions: "Issue invoice" on the undo stack (undo issues a credit
// note, redo a new invoice), "Save as PDF" of the selected order, the actions following the
// selection, and the business profile those documents print.
#include "invoices/invoicerepository.h"
#include "orders/orderdetailview.h"
#include "orders/orderprintactions.h"
#include "orders/orderrepository.h"
#include "orders/ordersview.h"
#include "settings/businessprofiledialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 createOrder(UiDatabase &data, OrderStatus status)
{
    Order order;
    order.currency = QStringLiteral("EUR");
    order.status = status;
    OrderLine line;
    line.description = QStringLiteral("Wedding cake");
    line.unitPriceMinor = 18000;
    line.taxRateBp = 700;
    order.lines = {line};
    const auto id = OrderRepository(data.db(), data.clock()).create(order);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("issue invoice is undone by a credit note and redone by a new invoice")
{
    UiDatabase data(false);
    const qint64 orderId = createOrder(data, OrderStatus::Confirmed);
    OrdersView view(data.db(), data.clock());
    QUndoStack stack;
    view.setUndoStack(&stack);
    OrderPrintActions *actions = view.printActions();
    CHECK_FALSE(actions->issueInvoiceAction()->isEnabled());
    view.showOrder(orderId);
    CHECK(actions->order() == orderId);
    CHECK(actions->issueInvoiceAction()->isEnabled());
    CHECK(actions->printAction()->isEnabled());

    actions->issueInvoiceAction()->trigger();
    REQUIRE(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Issue invoice INV-0001"));
    InvoiceRepository invoices(data.db(), data.clock());
    CHECK(invoices.liveInvoice(orderId)->value().number == QStringLiteral("INV-0001"));

    stack.undo();
    CHECK_FALSE(invoices.liveInvoice(orderId)->has_value());
    const auto credit = invoices.findByNumber(QStringLiteral("INV-0002"));
    REQUIRE(credit.ok());
    CHECK(credit->kind == DocumentKind::CreditNote);
    CHECK(credit->totalMinor == -19260);

    stack.redo();
    CHECK(invoices.liveInvoice(orderId)->value().number == QStringLiteral("INV-0003"));
    // The order's receipt lists what was issued for it.
    CHECK(
        view.detail()->toPlainText().contains(QStringLiteral("INV-0001, credit note INV-0002 for INV-0001, INV-0003")));
    CHECK(stack.undoText() == QStringLiteral("Issue invoice INV-0003"));
    CHECK(invoices.forOrder(orderId)->size() == 3);
}

TEST_CASE("issue invoice on a draft fails and leaves nothing on the undo stack")
{
    UiDatabase data(false);
    const qint64 orderId = createOrder(data, OrderStatus::Draft);
    OrdersView view(data.db(), data.clock());
    QUndoStack stack;
    view.setUndoStack(&stack);
    view.showOrder(orderId);
    view.printActions()->issueInvoice();
    CHECK(stack.count() == 0);
    CHECK_FALSE(InvoiceRepository(data.db(), data.clock()).liveInvoice(orderId)->has_value());
}

TEST_CASE("save as PDF writes the selected order's document")
{
    UiDatabase data(false);
    const qint64 orderId = createOrder(data, OrderStatus::Confirmed);
    OrdersView view(data.db(), data.clock());
    view.showOrder(orderId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("order.pdf"));
    REQUIRE(view.printActions()->savePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("the business profile dialog shows and saves what invoices print")
{
    UiDatabase data(false);
    BusinessProfile stored;
    stored.name = QStringLiteral("Bäckerei Sonne");
    stored.addressLines = {QStringLiteral("Brotgasse 1"), QStringLiteral("10117 Berlin")};
    stored.paperSize = PaperSize::Letter;
    REQUIRE(saveBusinessProfile(data.db(), stored).ok());

    BusinessProfileDialog dialog(data.db());
    CHECK(dialog.profile() == stored);

    QTemporaryDir dir;
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    QImage logo(8, 8, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    REQUIRE(logo.save(logoPath));
    const QString notImage = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notImage);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an image");
    }
    CHECK_FALSE(dialog.setLogoFile(notImage));
    REQUIRE(dialog.setLogoFile(logoPath));

    BusinessProfile edited = dialog.profile();
    edited.taxId = QStringLiteral("DE123456789");
    edited.bankDetails = {QStringLiteral("IBAN DE02 1001 0010 0123 4567 89")};
    edited.paperSize = PaperSize::A4;
    dialog.setProfile(edited);
    REQUIRE(dialog.save());
    const BusinessProfile saved = readBusinessProfile(data.db());
    CHECK(saved == edited);
    CHECK_FALSE(QImage::fromData(saved.logo).isNull());
}
