#include "invoicetesthelpers.h"

#include "invoices/orderdocument.h"
#include "orders/orderrepository.h"
#include "settings/businessprofile.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

BusinessProfile bakery()
{
    BusinessProfile profile;
    profile.name = QStringLiteral("Bäckerei Sonne");
    profile.addressLines = {QStringLiteral("Brotgasse 1"), QStringLiteral("10117 Berlin")};
    profile.taxId = QStringLiteral("DE123456789");
    profile.bankDetails = {QStringLiteral("IBAN DE02 1001 0010 0123 4567 89"), QStringLiteral("BIC PBNKDEFF")};
    profile.logo = QByteArray("\x89PNG fake", 9);
    profile.paperSize = PaperSize::Letter;
    return profile;
}

} // namespace

TEST_CASE("the business profile is stored in the book and read back")
{
    TempDatabase temp;
    REQUIRE(saveBusinessProfile(temp.db(), bakery()).ok());
    CHECK(readBusinessProfile(temp.db()) == bakery());
    CHECK(paperSizeFromString(QStringLiteral(" Letter ")) == PaperSize::Letter);
    CHECK(paperSizeFromString(QStringLiteral("a4")) == PaperSize::A4);
    CHECK_FALSE(paperSizeFromString(QStringLiteral("a5")).has_value());
    CHECK(paperSizeForTerritory(QStringLiteral("en_US")) == PaperSize::Letter);
    CHECK(paperSizeForTerritory(QStringLiteral("en_CA")) == PaperSize::Letter);
    CHECK(paperSizeForTerritory(QStringLiteral("de_DE")) == PaperSize::A4);
    CHECK(paperSizeForTerritory(QStringLiteral("en_GB")) == PaperSize::A4);
}

TEST_CASE("an order's document carries the core's exact figures: two rates, a line discount, a deposit")
{
    TempDatabase temp;
    const qint64 customer = insertCustomer(temp);
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(bakeryOrder(customer));
    REQUIRE_OK(id);
    const auto order = orders.get(*id);
    REQUIRE_OK(order);
    const auto who = readDocumentCustomer(temp.db(), customer);
    REQUIRE_OK(who);
    CHECK(who->name == QStringLiteral("Zoë Müller"));
    CHECK(who->addressLines
          == QStringList {QStringLiteral("Hauptstraße 5"), QStringLiteral("10115 Berlin"), QStringLiteral("Germany")});

    const OrderDocument document = orderDocument(*order, bakery(), *who);
    CHECK(document.kind == DocumentKind::OrderSlip);
    CHECK(document.title() == QStringLiteral("Order slip"));
    CHECK(document.number == QStringLiteral("1001"));
    CHECK(document.orderNumber == QStringLiteral("1001"));
    CHECK(document.issuedAt == temp.clock().nowUtc());
    CHECK(document.dueDate == QDate(2026, 3, 20));
    CHECK(document.business == bakery());
    CHECK(document.currency == QStringLiteral("EUR"));
    CHECK_FALSE(document.pricesIncludeTax);
    REQUIRE(document.lines.size() == 3);
    CHECK(document.lines.at(0)
          == DocumentLine {QStringLiteral("Sourdough loaf"), 2000, QStringLiteral("pcs"), 450, 0, 700, 900});
    CHECK(document.lines.at(1)
          == DocumentLine {QStringLiteral("Catering platter"), 1000, QStringLiteral("pcs"), 12000, 1200, 1900, 10800});
    CHECK(document.lines.at(2)
          == DocumentLine {QStringLiteral("Butter croissant"), 3000, QStringLiteral("pcs"), 199, 0, 700, 597});
    CHECK(document.subtotalMinor == 12297);
    CHECK(document.discountMinor == 0);
    CHECK(document.taxes == QList<TaxAmount> {{700, 1497, 105}, {1900, 10800, 2052}});
    CHECK(document.taxMinor == 2157);
    CHECK(document.totalMinor == 14454);
    CHECK(document.depositMinor == 5000);
    CHECK(document.paidMinor == 5000);
    CHECK(document.amountDueMinor == 9454);

    // The frozen form an invoice keeps reads back as it was written.
    const auto back = orderDocumentFromJson(toJson(document));
    REQUIRE_OK(back);
    CHECK(*back == document);
}

TEST_CASE("a draft prints as a quote, and a credit note negates every amount")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    Order draft = bakeryOrder(0);
    draft.status = OrderStatus::Draft;
    draft.depositMinor = 0;
    const auto id = orders.create(draft);
    REQUIRE_OK(id);
    const OrderDocument quote = orderDocument(*orders.get(*id), {}, {});
    CHECK(quote.kind == DocumentKind::Quote);
    CHECK(quote.title() == QStringLiteral("Quote"));
    CHECK(quote.customer.name.isEmpty());
    CHECK(quote.amountDueMinor == 14454);

    OrderDocument invoice = quote;
    invoice.kind = DocumentKind::Invoice;
    invoice.number = QStringLiteral("INV-0007");
    invoice.paidMinor = 2000;
    invoice.amountDueMinor = 12454;
    const OrderDocument credit = creditNoteDocument(invoice);
    CHECK(credit.kind == DocumentKind::CreditNote);
    CHECK(credit.title() == QStringLiteral("Credit note"));
    CHECK(credit.creditsNumber == QStringLiteral("INV-0007"));
    CHECK(credit.lines.at(1).quantityMilli == -1000);
    CHECK(credit.lines.at(1).unitPriceMinor == 12000);
    CHECK(credit.lines.at(1).discountMinor == -1200);
    CHECK(credit.lines.at(1).totalMinor == -10800);
    CHECK(credit.subtotalMinor == -12297);
    CHECK(credit.taxes == QList<TaxAmount> {{700, -1497, -105}, {1900, -10800, -2052}});
    CHECK(credit.taxMinor == -2157);
    CHECK(credit.totalMinor == -14454);
    CHECK(credit.paidMinor == 0);
    CHECK(credit.depositMinor == 0);
    CHECK(credit.amountDueMinor == -14454);
}
