#include "domaintesthelpers.h"

#include "products/productrepository.h"
#include "settings/businesssettings.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

Product cake(const QString &name = QStringLiteral("Carrot cake"), qint64 price = 3450)
{
    Product product;
    product.name = name;
    product.sku = QStringLiteral("CK-1");
    product.unit = QStringLiteral("pcs");
    product.price = Money {price, QStringLiteral("EUR")};
    return product;
}

} // namespace

TEST_CASE("a product is created, read back and audited")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());
    const auto id = products.create(cake(QStringLiteral("  Carrot cake  ")));
    REQUIRE(id.ok());

    const auto stored = products.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Carrot cake"));
    CHECK(stored->sku == QStringLiteral("CK-1"));
    CHECK(stored->price == Money {3450, QStringLiteral("EUR")});
    CHECK(stored->active);
    CHECK(stored->createdAt == temp.clock().nowUtc());
    CHECK_FALSE(stored->isInTrash());
    CHECK(auditCount(temp, QStringLiteral("product"), *id, QStringLiteral("create")) == 1);
}

TEST_CASE("product validation names the field")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());

    const auto noName = products.create(cake(QStringLiteral("   ")));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().field == QStringLiteral("name"));
    CHECK(noName.error().kind == Error::Kind::Validation);

    const auto negative = products.create(cake(QStringLiteral("Scone"), -1));
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().field == QStringLiteral("price"));

    Product badCurrency = cake();
    badCurrency.price.currency = QStringLiteral("EURO");
    const auto bad = products.create(badCurrency);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("currency"));
    badCurrency.price.currency = QStringLiteral("E1R");
    CHECK(products.validate(badCurrency).error().field == QStringLiteral("currency"));

    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM products")).toInt() == 0);
    CHECK(auditCount(temp, QStringLiteral("product")) == 0);
}

TEST_CASE("a product keeps its category and a tax rate between 0 and 100 %")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());
    Product bread = cake(QStringLiteral("Sourdough"), 450);
    bread.category = QStringLiteral("  Bread ");
    bread.taxRateBp = 750;
    const auto id = products.create(bread);
    REQUIRE(id.ok());
    const auto stored = products.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->category == QStringLiteral("Bread"));
    CHECK(stored->taxRateBp == 750);

    Product changed = *stored;
    changed.taxRateBp = 1900;
    changed.category = QStringLiteral("Cakes");
    REQUIRE(products.update(changed).ok());
    CHECK(products.get(*id)->taxRateBp == 1900);
    CHECK(products.get(*id)->category == QStringLiteral("Cakes"));
    CHECK(products.list().constFirst().taxRateBp == 1900);

    for (const int rate : {-1, 10001}) {
        Product wrong = cake(QStringLiteral("Scone"));
        wrong.taxRateBp = rate;
        const auto refused = products.create(wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("taxRate"));
    }
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM products")).toInt() == 1);
}

TEST_CASE("a product's currency is upper-cased, and empty means the business currency")
{
    TempDatabase temp;
    REQUIRE(BusinessSettings(temp.db()).setValue(BusinessSettings::Currency, QStringLiteral("GBP")).ok());
    ProductRepository products(temp.db(), temp.clock());

    Product lower = cake();
    lower.price.currency = QStringLiteral("chf");
    const auto lowerId = products.create(lower);
    REQUIRE(lowerId.ok());
    CHECK(products.get(*lowerId)->price.currency == QStringLiteral("CHF"));

    Product empty = cake(QStringLiteral("Bread"));
    empty.price.currency.clear();
    const auto emptyId = products.create(empty);
    REQUIRE(emptyId.ok());
    CHECK(products.get(*emptyId)->price.currency == QStringLiteral("GBP"));
}

TEST_CASE("a product needs only a name; the unit defaults to pieces")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());
    Product bare;
    bare.name = QStringLiteral("Pretzel");
    bare.unit.clear();
    const auto id = products.create(bare);
    REQUIRE_OK(id);
    const auto stored = products.get(*id);
    CHECK(stored->sku.isEmpty());
    CHECK(stored->unit == QStringLiteral("pcs"));
    CHECK(stored->price.minor == 0);
}

TEST_CASE("updating a product stores the change and audits only what changed")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());
    const auto id = products.create(cake());
    REQUIRE(id.ok());

    temp.clock().advanceSecs(60);
    Product changed = *products.get(*id);
    changed.price.minor = 3600;
    changed.active = false;
    REQUIRE(products.update(changed).ok());

    const auto stored = products.get(*id);
    CHECK(stored->price.minor == 3600);
    CHECK_FALSE(stored->active);
    CHECK(stored->updatedAt == temp.clock().nowUtc());
    CHECK(stored->createdAt == temp.clock().nowUtc().addSecs(-60));
    CHECK(auditCount(temp, QStringLiteral("product"), *id, QStringLiteral("update")) == 1);
    const QString changes
        = temp.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'update'")).toString();
    CHECK(changes.contains(QStringLiteral("\"price_minor\":[3450,3600]")));
    CHECK_FALSE(changes.contains(QStringLiteral("\"name\"")));

    changed.name.clear();
    const auto invalid = products.update(changed);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field == QStringLiteral("name"));

    Product missing = changed;
    missing.id = 999;
    missing.name = QStringLiteral("Ghost");
    CHECK(products.update(missing).error().kind == Error::Kind::NotFound);
}

TEST_CASE("the product list hides inactive products unless asked, and the trash always")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());
    const auto scone = products.create(cake(QStringLiteral("scone")));
    const auto apple = products.create(cake(QStringLiteral("Apple pie")));
    Product retired = cake(QStringLiteral("Bagel"));
    retired.active = false;
    const auto bagel = products.create(retired);
    REQUIRE((scone.ok() && apple.ok() && bagel.ok()));

    auto names = [](const QList<Product> &list) {
        QStringList result;
        for (const Product &p : list)
            result << p.name;
        return result;
    };
    CHECK(names(products.list()) == QStringList {QStringLiteral("Apple pie"), QStringLiteral("scone")});
    CHECK(names(products.list(true))
          == QStringList {QStringLiteral("Apple pie"), QStringLiteral("Bagel"), QStringLiteral("scone")});

    REQUIRE(products.moveToTrash(*apple).ok());
    CHECK(names(products.list()) == QStringList {QStringLiteral("scone")});
    CHECK(products.get(*apple)->isInTrash());
    CHECK(auditCount(temp, QStringLiteral("product"), *apple, QStringLiteral("trash")) == 1);

    REQUIRE(products.restore(*apple).ok());
    CHECK(names(products.list()) == QStringList {QStringLiteral("Apple pie"), QStringLiteral("scone")});
    CHECK(auditCount(temp, QStringLiteral("product"), *apple, QStringLiteral("restore")) == 1);

    CHECK(products.moveToTrash(12345).error().kind == Error::Kind::NotFound);
}

TEST_CASE("findByName ignores case and spaces, skips the trash and prefers active products")
{
    TempDatabase temp;
    ProductRepository products(temp.db(), temp.clock());
    Product old = cake(QStringLiteral("Ölbrot"));
    old.active = false;
    const auto oldId = products.create(old);
    const auto newId = products.create(cake(QStringLiteral("Ölbrot")));
    const auto trashed = products.create(cake(QStringLiteral("Rye")));
    REQUIRE((oldId.ok() && newId.ok() && trashed.ok()));
    REQUIRE(products.moveToTrash(*trashed).ok());

    const auto found = products.findByName(QStringLiteral("  ölBROT "));
    REQUIRE(found.has_value());
    CHECK(found->id == *newId);
    CHECK_FALSE(products.findByName(QStringLiteral("rye")).has_value());
    CHECK_FALSE(products.findByName(QString()).has_value());
}
