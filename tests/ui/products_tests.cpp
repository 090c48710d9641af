#include "products/productrepository.h"
#include "products/productsdialog.h"
#include "products/producttablemodel.h"
#include "settings/businesssettings.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Products: added, edited in place and archived, each undone exactly")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    UiDatabase database(false);
    REQUIRE(BusinessSettings(database.db()).setValue(BusinessSettings::Currency, QStringLiteral("EUR")).ok());
    QUndoStack stack;
    ProductsDialog dialog(database.db(), database.clock(), &stack);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ProductRepository products(database.db(), database.clock());

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Roggenbrot"));
    QTest::keyClicks(dialog.priceEdit(), QStringLiteral("4,50"));
    QTest::keyClicks(dialog.taxEdit(), QStringLiteral("7"));
    dialog.unitEdit()->setText(QStringLiteral("Stück"));
    REQUIRE(dialog.addTyped());
    REQUIRE(dialog.model()->rowCount() == 1);
    const Product added = dialog.model()->productAt(0);
    CHECK(added.price.minor == 450);
    CHECK(added.price.currency == QStringLiteral("EUR"));
    CHECK(added.taxRateBp == 700);
    CHECK(added.unit == QStringLiteral("Stück"));
    CHECK(dialog.model()->data(dialog.model()->index(0, ProductTableModel::Price)).toString()
          == QStringLiteral("4,50\u00a0€"));

    // A price typed the English way in a German form is refused, and nothing changes.
    CHECK(dialog.model()->setData(dialog.model()->index(0, ProductTableModel::Price), QStringLiteral("4.75")) == false);
    CHECK(dialog.messageLabel()->text() == QStringLiteral("Price: \"4.75\" is not a number such as 1234,50"));
    CHECK(stack.count() == 1);

    REQUIRE(dialog.model()->setData(dialog.model()->index(0, ProductTableModel::Price), QStringLiteral("4,75")));
    CHECK(products.get(added.id)->price.minor == 475);
    REQUIRE(dialog.model()->setData(dialog.model()->index(0, ProductTableModel::Active), Qt::Unchecked,
                                    Qt::CheckStateRole));
    CHECK(stack.count() == 3);
    CHECK(stack.text(2) == QStringLiteral("Archive product “Roggenbrot”"));
    // Archived: out of the picker's list, still in the book.
    CHECK(products.list().isEmpty());
    CHECK(products.list(true).size() == 1);
    CHECK(dialog.model()->rowCount() == 0);
    dialog.archivedBox()->setChecked(true);
    CHECK(dialog.model()->rowCount() == 1);

    stack.undo();
    CHECK(products.list().size() == 1);
    stack.undo();
    CHECK(products.get(added.id)->price.minor == 450);
    stack.undo();
    CHECK(products.list(true).isEmpty());
    stack.redo();
    CHECK(products.list().size() == 1);
    CHECK(products.get(added.id)->price.minor == 450);
    QLocale::setDefault(saved);
}
