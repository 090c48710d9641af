// The import wizard's first two pages: the file and how it is read, the column mapping and the
// live preview.
#include "contacts/contactrepository.h"
#include "import/fieldcombo.h"
#include "import/filepage.h"
#include "import/importhistorydialog.h"
#include "import/importpresetrepository.h"
#include "import/importrunner.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/issuemodel.h"
#include "import/mappingpage.h"
#include "import/previewmodel.h"
#include "import/reportpage.h"
#include "import/runpage.h"
#include "importtestsupport.h"
#include "orders/orderrepository.h"
#include "qtcatch.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Import wizard detects the format encoding and delimiter of a file")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    wizard.show();
    CHECK_FALSE(wizard.filePage()->isComplete());
    wizard.setFile(wizardFixture(WizardCustomers));
    ImportFilePage *page = wizard.filePage();
    CHECK(page->isComplete());
    CHECK(page->formatCombo()->itemText(0) == QStringLiteral("Automatic: Delimited text (CSV)"));
    CHECK(page->encodingCombo()->itemText(0) == QStringLiteral("Automatic: Windows-1252 (Western European)"));
    CHECK(page->delimiterCombo()->itemText(0) == QStringLiteral("Automatic: Semicolon"));
    CHECK(page->formatCombo()->currentIndex() == 0);
    CHECK(page->sheetCombo()->isHidden());
    CHECK(page->contactsButton()->isChecked());
    CHECK(page->summary().contains(QStringLiteral("4 record")));
    CHECK(page->summary().contains(QStringLiteral("Windows-1252")));
    CHECK(wizard.session().request().path == QFileInfo(wizardFixture(WizardCustomers)).absoluteFilePath());
    // The raw rows decoded without mojibake, split on the semicolons.
    QTableWidget *raw = page->rawTable();
    CHECK(raw->columnCount() == 7);
    CHECK(raw->rowCount() == 4);
    CHECK(raw->horizontalHeaderItem(0)->text() == QStringLiteral("First name"));
    CHECK(raw->item(0, 0)->text() == QStringLiteral("Jürgen"));
    CHECK(raw->item(0, 4)->text() == QStringLiteral("Bäckerei Müller"));
    CHECK(raw->verticalHeaderItem(0)->text() == QStringLiteral("2"));

    // Another file dropped on the page replaces it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(wizardFixture(QStringLiteral("shopify_customers_export.csv")))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(page, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    CHECK(QFileInfo(wizard.session().request().path).fileName() == QStringLiteral("shopify_customers_export.csv"));
    CHECK(page->encodingCombo()->itemText(0) == QStringLiteral("Automatic: UTF-8"));
    CHECK(page->delimiterCombo()->itemText(0) == QStringLiteral("Automatic: Comma"));
    CHECK(page->rawTable()->item(0, 0)->text() == QStringLiteral("Amélie"));
}

TEST_CASE("Import wizard offers the sheets of a workbook")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    wizard.show();
    wizard.setFile(wizardFixture(QStringLiteral("customers.xlsx")));
    ImportFilePage *page = wizard.filePage();
    REQUIRE(wizard.session().hasPreview());
    CHECK(page->formatCombo()->itemText(0) == QStringLiteral("Automatic: Excel workbook (.xlsx)"));
    CHECK_FALSE(page->encodingCombo()->isEnabled());
    CHECK_FALSE(page->delimiterCombo()->isEnabled());
    QComboBox *sheets = page->sheetCombo();
    CHECK(sheets->isVisible());
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->itemText(0) == QStringLiteral("Notes"));
    CHECK(sheets->itemText(1) == QStringLiteral("Customers"));
    CHECK(sheets->currentIndex() == 0);

    sheets->setCurrentIndex(1);
    Q_EMIT sheets->activated(1);
    CHECK(wizard.session().request().read.sheet == QStringLiteral("Customers"));
    REQUIRE(wizard.session().hasPreview());
    CHECK(wizard.session().preview().sheet == QStringLiteral("Customers"));
    CHECK(sheets->currentText() == QStringLiteral("Customers"));
    CHECK(page->summary().contains(QStringLiteral("sheet “Customers”")));
    REQUIRE(page->rawTable()->rowCount() == 2);
    CHECK(page->rawTable()->item(0, 0)->text() == QStringLiteral("Jürgen Müller"));

    wizard.next();
    const ImportPreviewModel &model = *wizard.mappingPage()->previewModel();
    REQUIRE(model.rowCount() == 2);
    CHECK(previewCell(model, 1, QStringLiteral("Name")) == QStringLiteral("Zoë Nakamura"));
    CHECK(previewCell(model, 1, QStringLiteral("Line")) == QStringLiteral("3"));
}

TEST_CASE("Import wizard read overrides re-run the preview")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    wizard.show();
    wizard.setFile(wizardFixture(WizardCustomers));
    ImportFilePage *page = wizard.filePage();

    // Read as comma-separated, the file has a single column.
    const int comma = page->delimiterCombo()->findData(QStringLiteral(","));
    page->delimiterCombo()->setCurrentIndex(comma);
    Q_EMIT page->delimiterCombo()->activated(comma);
    CHECK(wizard.session().request().read.delimiter == QStringLiteral(","));
    REQUIRE(wizard.session().hasPreview());
    CHECK(page->rawTable()->columnCount() < 7);

    // Read as UTF-8, the Windows-1252 bytes are not letters any more.
    const int semicolon = page->delimiterCombo()->findData(QStringLiteral(";"));
    page->delimiterCombo()->setCurrentIndex(semicolon);
    Q_EMIT page->delimiterCombo()->activated(semicolon);
    const int utf8 = page->encodingCombo()->findData(QStringLiteral("utf-8"));
    page->encodingCombo()->setCurrentIndex(utf8);
    Q_EMIT page->encodingCombo()->activated(utf8);
    CHECK(wizard.session().request().read.encoding == QStringLiteral("utf-8"));
    REQUIRE(page->rawTable()->rowCount() == 4);
    CHECK(page->rawTable()->item(0, 0)->text() != QStringLiteral("Jürgen"));
}

TEST_CASE("Import wizard says when a file has no header row and lets the user change the mapping")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(QStringLiteral("../handmade/headerless.csv")));
    ImportMappingPage *page = wizard.mappingPage();
    CHECK(page->layoutLabel()->text().startsWith(QStringLiteral("<b>No header row was found</b>")));
    QTableWidget *table = page->mappingTable();
    REQUIRE(table->rowCount() == 5);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Column 1"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Maria  ·  Tom  ·  Ana"));
    CHECK(page->fieldCombo(0)->field() == QStringLiteral("first_name"));
    CHECK(page->fieldCombo(2)->field() == QStringLiteral("email"));
    CHECK(page->fieldCombo(4)->field() == QStringLiteral("birthday"));
    // Every row is data: the first one is in the preview too.
    REQUIRE(page->previewModel()->rowCount() == 3);
    CHECK(previewCell(*page->previewModel(), 0, QStringLiteral("Name")) == QStringLiteral("Maria Lopez"));
}

TEST_CASE("Import wizard fills the mapping table and previews the contacts as stored")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(WizardCustomers));
    ImportMappingPage *page = wizard.mappingPage();

    QTableWidget *table = page->mappingTable();
    REQUIRE(table->rowCount() == 7);
    CHECK(table->item(0, 0)->text() == QStringLiteral("First name"));
    CHECK(table->item(6, 0)->text() == QStringLiteral("Allergies"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Jürgen  ·  Zoë  ·  Ana"));
    CHECK(page->fieldCombo(0)->field() == QStringLiteral("first_name"));
    CHECK(page->fieldCombo(1)->field() == QStringLiteral("last_name"));
    CHECK(page->fieldCombo(2)->field() == QStringLiteral("email"));
    CHECK(page->fieldCombo(3)->field() == QStringLiteral("phone"));
    CHECK(page->fieldCombo(4)->field() == QStringLiteral("company"));
    CHECK(page->fieldCombo(5)->field() == QStringLiteral("birthday"));
    // A column that matches no field is kept as a custom field of its name, unless told otherwise.
    CHECK(page->fieldCombo(6)->field() == QStringLiteral("custom:Allergies"));
    CHECK(page->fieldCombo(0)->currentText() == ImportFields::label(QStringLiteral("first_name")));
    CHECK(page->layoutLabel()->text() == QStringLiteral("Columns matched by their headers"));
    CHECK(page->isComplete());

    const ImportPreviewModel &model = *page->previewModel();
    REQUIRE(model.rowCount() == 4);
    CHECK(previewCell(model, 0, QStringLiteral("Line")) == QStringLiteral("2"));
    CHECK(previewCell(model, 0, QStringLiteral("Name")) == QStringLiteral("Jürgen Müller"));
    CHECK(previewCell(model, 0, QStringLiteral("Company")) == QStringLiteral("Bäckerei Müller"));
    CHECK(previewCell(model, 0, QStringLiteral("E-mail")) == QStringLiteral("juergen.mueller@example.de"));
    CHECK(previewCell(model, 0, QStringLiteral("Birthday")) == QStringLiteral("5/14/1984"));
    CHECK(previewCell(model, 1, QStringLiteral("Name")) == QStringLiteral("Zoë Lefèvre"));
    CHECK(previewCell(model, 1, QStringLiteral("Birthday")) == QStringLiteral("11/3/1990"));
    CHECK(previewCell(model, 2, QStringLiteral("Company")) == QStringLiteral("Café Olé"));
    CHECK(previewCell(model, 2, QStringLiteral("Phone")).isEmpty());
    CHECK(model.columnOf(QStringLiteral("Notes")) == -1);
    CHECK(previewCell(model, 0, QStringLiteral("Allergies")) == QStringLiteral("Nüsse"));

    // The row without a name, an e-mail or a phone is highlighted with the reason.
    CHECK(model.rowState(0) == ImportPreviewModel::RowState::Ok);
    CHECK(model.rowState(3) == ImportPreviewModel::RowState::Rejected);
    CHECK(model.rejectedCount() == 1);
    const QModelIndex rejected = model.index(3, 0);
    CHECK_FALSE(rejected.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(rejected.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

TEST_CASE("Changing a column's field updates the import preview")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(WizardCustomers));
    ImportMappingPage *page = wizard.mappingPage();
    const ImportPreviewModel &model = *page->previewModel();

    chooseField(*page, 6, QStringLiteral("notes"));
    CHECK(page->fieldCombo(6)->field() == QStringLiteral("notes"));
    CHECK(wizard.session().request().columnOverrides.value(QStringLiteral("Allergies")) == QStringLiteral("notes"));
    CHECK(previewCell(model, 0, QStringLiteral("Notes")) == QStringLiteral("Nüsse"));
    CHECK(previewCell(model, 2, QStringLiteral("Notes")) == QStringLiteral("Gluten"));

    chooseField(*page, 4, QStringLiteral("ignore"));
    CHECK(model.columnOf(QStringLiteral("Company")) == -1);
    CHECK(page->fieldCombo(4)->field() == QStringLiteral("ignore"));

    // "Custom field…" asks for the name; the values get a preview column of their own.
    FieldCombo *allergies = page->fieldCombo(6);
    const int ask = allergies->findText(QStringLiteral("Custom field…"));
    REQUIRE(ask > 0);
    onNextModal([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("  Allergies "));
        input->accept();
    });
    allergies->setCurrentIndex(ask);
    Q_EMIT allergies->activated(ask);
    CHECK(page->fieldCombo(6)->field() == QStringLiteral("custom:Allergies"));
    // The new field is offered for the other columns too.
    CHECK(page->fieldCombo(0)->findData(QStringLiteral("custom:Allergies"), Qt::UserRole + 1) > 0);
    CHECK(model.columnOf(QStringLiteral("Notes")) == -1);
    CHECK(previewCell(model, 0, QStringLiteral("Allergies")) == QStringLiteral("Nüsse"));

    // Unmapped columns appended to the notes.
    chooseField(*page, 6, QStringLiteral("ignore"));
    const int notes = page->unmappedCombo()->findData(int(UnmappedColumns::AppendToNotes));
    page->unmappedCombo()->setCurrentIndex(notes);
    Q_EMIT page->unmappedCombo()->activated(notes);
    CHECK(previewCell(model, 0, QStringLiteral("Notes")).contains(QStringLiteral("Nüsse")));
}

TEST_CASE("Import wizard recognises an order export and previews the orders")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(QStringLiteral("shopify_orders_export.csv")));
    CHECK(wizard.session().request().entity == ImportEntity::Orders);
    CHECK(wizard.filePage()->ordersButton()->isChecked());
    ImportMappingPage *page = wizard.mappingPage();
    CHECK(page->layoutLabel()->text() == QStringLiteral("Recognised: <b>Shopify orders export</b>"));
    CHECK(page->fieldCombo(0)->field() == QStringLiteral("order_number"));
    CHECK(page->fieldCombo(17)->field() == QStringLiteral("product"));
    const ImportPreviewModel &model = *page->previewModel();
    // One order per order number: the two rows of #1001 are one order with two lines.
    REQUIRE(model.rowCount() == 3);
    CHECK(previewCell(model, 0, QStringLiteral("Line")) == QStringLiteral("2"));
    CHECK(previewCell(model, 0, QStringLiteral("Order")) == QStringLiteral("#1001"));
    CHECK(previewCell(model, 0, QStringLiteral("Date")) == QStringLiteral("3/1/2026"));
    CHECK(previewCell(model, 0, QStringLiteral("Customer")) == QStringLiteral("Amélie Dubois"));
    CHECK(previewCell(model, 0, QStringLiteral("E-mail")) == QStringLiteral("amelie.dubois@example.fr"));
    CHECK(previewCell(model, 0, QStringLiteral("Items")) == QStringLiteral("2 × Croissant, 1 × Pain de campagne"));
    CHECK(previewCell(model, 0, QStringLiteral("Total")) == QStringLiteral("EUR 11.00"));
    CHECK(previewCell(model, 0, QStringLiteral("Status")) == QStringLiteral("Collected"));
    CHECK(previewCell(model, 1, QStringLiteral("Line")) == QStringLiteral("4"));
    CHECK(previewCell(model, 1, QStringLiteral("Items")) == QStringLiteral("12 × Brezel"));
    CHECK(previewCell(model, 2, QStringLiteral("Items")) == QStringLiteral("1 × Forêt-noire (gâteau)"));
    CHECK(previewCell(model, 2, QStringLiteral("Status")) == QStringLiteral("Confirmed"));

    // Read as contacts instead, the mapping starts over for contact fields.
    wizard.back();
    wizard.filePage()->contactsButton()->click();
    CHECK(wizard.session().request().entity == ImportEntity::Contacts);
    wizard.next();
    CHECK(page->previewModel()->columnOf(QStringLiteral("Items")) == -1);
    CHECK(page->previewModel()->columnOf(QStringLiteral("Name")) >= 0);

    ImportWizard orders(database.database(), database.clock());
    openOnMapping(orders, wizardFixture(QStringLiteral("shopify_orders_export.csv")));
    runToReport(orders);
    CHECK(orders.reportPage()->countText(QStringLiteral("created")) == QStringLiteral("3"));
    CHECK(OrderRepository(database.db(), database.clock()).count() == 3);
}

TEST_CASE("Import wizard previews a vCard file without a column mapping")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    wizard.show();
    wizard.filePage()->ordersButton()->click();
    CHECK(wizard.session().request().entity == ImportEntity::Orders);
    openOnMapping(wizard, wizardFixture(QStringLiteral("contacts.vcf")));
    CHECK(wizard.session().request().entity == ImportEntity::Contacts);
    CHECK(wizard.filePage()->contactsButton()->isChecked());
    CHECK(wizard.filePage()->formatCombo()->itemText(0) == QStringLiteral("Automatic: vCard address book (.vcf)"));
    CHECK_FALSE(wizard.filePage()->ordersButton()->isEnabled());
    CHECK_FALSE(wizard.filePage()->delimiterCombo()->isEnabled());
    ImportMappingPage *page = wizard.mappingPage();
    CHECK(page->mappingTable()->isHidden());
    CHECK(page->layoutLabel()->text() == QStringLiteral("vCard address book"));
    CHECK(page->isComplete());
    const ImportPreviewModel &model = *page->previewModel();
    REQUIRE(model.rowCount() == 2);
    CHECK(previewCell(model, 0, QStringLiteral("Line")) == QStringLiteral("1"));
    CHECK(previewCell(model, 0, QStringLiteral("Name")) == QStringLiteral("Noémie Lefèvre"));
    CHECK(previewCell(model, 0, QStringLiteral("Company")) == QStringLiteral("Fleurs Noémie"));
    CHECK(previewCell(model, 0, QStringLiteral("E-mail")) == QStringLiteral("noemie@example.ca"));
    CHECK(previewCell(model, 0, QStringLiteral("Birthday")) == QStringLiteral("April 12"));
    CHECK(previewCell(model, 0, QStringLiteral("Tags")) == QStringLiteral("VIP, Flowers"));
    CHECK(previewCell(model, 1, QStringLiteral("Line")) == QStringLiteral("11"));
    CHECK(previewCell(model, 1, QStringLiteral("Name")) == QStringLiteral("Søren Kierkegaard"));
    CHECK(previewCell(model, 1, QStringLiteral("Birthday")) == QStringLiteral("5/5/1983"));
    runToReport(wizard);
    CHECK(wizard.reportPage()->countText(QStringLiteral("created")) == QStringLiteral("2"));
    CHECK(ContactRepository(database.db(), database.clock()).findByEmail(QStringLiteral("soren.k@example.dk")).size()
          == 1);
}

TEST_CASE("A saved mapping preset is applied from the preset chooser")
{
    UiDatabase database(false);
    const auto saved = ImportPresetRepository(database.db(), database.clock())
                           .save(QStringLiteral("Allergy list"), ImportEntity::Contacts,
                                 {{QStringLiteral("Allergies"), QStringLiteral("notes")},
                                  {QStringLiteral("Not in this file"), QStringLiteral("city")}});
    REQUIRE(saved.ok());
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(WizardCustomers));
    ImportMappingPage *page = wizard.mappingPage();
    QComboBox *presets = page->presetCombo();
    const int index = presets->findData(QStringLiteral("Allergy list"));
    REQUIRE(index > 0);
    presets->setCurrentIndex(index);
    Q_EMIT presets->activated(index);
    CHECK(page->fieldCombo(6)->field() == QStringLiteral("notes"));
    CHECK(previewCell(*page->previewModel(), 0, QStringLiteral("Notes")) == QStringLiteral("Nüsse"));
    CHECK(wizard.session().currentMapping().value(QStringLiteral("Allergies")) == QStringLiteral("notes"));

    presets->setCurrentIndex(0);
    Q_EMIT presets->activated(0);
    CHECK(page->fieldCombo(6)->field() == QStringLiteral("custom:Allergies"));

    // "Save Mapping as Preset…" stores every column of the current mapping under the given name.
    chooseField(*page, 6, QStringLiteral("tags"));
    onNextModal([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        REQUIRE(input);
        CHECK(input->textValue() == QStringLiteral("customers-cp1252"));
        input->setTextValue(QStringLiteral("Counter list"));
        input->accept();
    });
    page->savePresetButton()->click();
    const auto stored = ImportPresetRepository(database.db(), database.clock()).load(QStringLiteral("Counter list"));
    REQUIRE(stored.ok());
    CHECK(stored->entity == ImportEntity::Contacts);
    CHECK(stored->mapping.size() == 7);
    CHECK(stored->mapping.value(QStringLiteral("Allergies")) == QStringLiteral("tags"));
    CHECK(stored->mapping.value(QStringLiteral("E-mail")) == QStringLiteral("email"));
    CHECK(presets->currentText() == QStringLiteral("Counter list"));
}
