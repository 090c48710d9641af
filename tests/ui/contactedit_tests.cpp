#include "contacts/birthdayedit.h"
#include "contacts/companypicker.h"
#include "contacts/contacteditdialog.h"
#include "contacts/contactlookup.h"
#include "contacts/contactrepository.h"
#include "contacts/customfieldeditors.h"
#include "contacts/methodlisteditor.h"
#include "contacts/tagsedit.h"
#include "customfields/customfieldrepository.h"
#include "mainwindow/mainwindow.h"
#include "settings/customfieldsdialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Contact form: missing name is shown beside the name and OK is refused")
{
    UiDatabase data(false);
    ContactEditDialog dialog(data.db(), data.clock(), Contact {});
    dialog.show();
    CHECK(dialog.nameMessage()->isHidden());
    dialog.jobTitleEdit()->setText(QStringLiteral("Chef"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.nameMessage()->isVisible());
    CHECK(dialog.nameMessage()->text().contains(QStringLiteral("name")));
    CHECK(dialog.focusWidget() == dialog.firstNameEdit());

    // The message follows the typing once shown, and goes as soon as there is a name.
    dialog.lastNameEdit()->setText(QStringLiteral("López"));
    emit dialog.lastNameEdit()->textEdited(dialog.lastNameEdit()->text());
    CHECK(dialog.nameMessage()->isHidden());

    dialog.kindBox()->setCurrentIndex(1);
    CHECK(dialog.validate().size() == 1);
    CHECK(dialog.nameMessage()->text().contains(QStringLiteral("company")));
    CHECK(dialog.focusWidget() == dialog.companyNameEdit());
}

TEST_CASE("Contact form: an invalid email is named as the user leaves the field")
{
    UiDatabase data(false);
    ContactEditDialog dialog(data.db(), data.clock(), Contact {});
    dialog.show();
    dialog.firstNameEdit()->setText(QStringLiteral("Ana"));
    MethodListEditor *emails = dialog.emailsEditor();
    REQUIRE(emails->rowCount() == 1);
    emails->valueEdit(0)->setText(QStringLiteral("ana@example.com"));
    emails->addButton()->click();
    REQUIRE(emails->rowCount() == 2);
    emails->valueEdit(1)->setText(QStringLiteral("ana(at)home"));
    emit emails->valueEdit(1)->editingFinished();
    CHECK(emails->messageLabel(0)->isHidden());
    CHECK_FALSE(emails->messageLabel(1)->isHidden());
    CHECK(emails->messageLabel(1)->text().contains(QStringLiteral("“ana(at)home”")));
    CHECK(emails->messageLabel(1)->text().contains(QStringLiteral("email")));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.focusWidget() == emails->valueEdit(1));

    emails->valueEdit(1)->setText(QStringLiteral("ana@home.es"));
    emit emails->valueEdit(1)->textEdited(emails->valueEdit(1)->text());
    CHECK(emails->messageLabel(1)->isHidden());
    CHECK(dialog.validate().isEmpty());
}

TEST_CASE("Contact form: an unrecognised phone number is named and blocks OK")
{
    UiDatabase data(false);
    ContactEditDialog dialog(data.db(), data.clock(), Contact {});
    dialog.show();
    dialog.firstNameEdit()->setText(QStringLiteral("Ana"));
    MethodListEditor *phones = dialog.phonesEditor();
    phones->valueEdit(0)->setText(QStringLiteral("+34 912 345 678"));
    phones->addRow(QStringLiteral("home"), QStringLiteral("call the shop"));
    const QStringList messages = dialog.validate();
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral("“call the shop”")));
    CHECK(messages.first().contains(QStringLiteral("not recognised")));
    CHECK(phones->messageLabel(1)->text() == messages.first());
    CHECK(phones->messageLabel(0)->isHidden());
    CHECK(dialog.focusWidget() == phones->valueEdit(1));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    phones->removeRow(1);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Contact form: a filled form yields the expected contact")
{
    UiDatabase data(false);
    ContactRepository repo(data.db(), data.clock());
    REQUIRE(repo.findOrCreateCompany(QStringLiteral("Café Lumière")).ok());
    ContactEditDialog dialog(data.db(), data.clock(), Contact {});
    dialog.firstNameEdit()->setText(QStringLiteral(" Ana "));
    dialog.lastNameEdit()->setText(QStringLiteral("López"));
    dialog.companyPicker()->nameEdit()->setText(QStringLiteral("cafe lumiere"));
    CHECK(dialog.companyPicker()->companyId() > 0);
    emit dialog.companyPicker()->nameEdit()->textEdited(QStringLiteral("CAF"));
    REQUIRE(dialog.companyPicker()->completer()->model()->rowCount() == 1);
    CHECK(dialog.companyPicker()->completer()->model()->index(0, 0).data().toString()
          == QStringLiteral("Café Lumière"));
    CHECK(dialog.companyPicker()->createBox()->isHidden());
    dialog.jobTitleEdit()->setText(QStringLiteral("Pastry chef"));
    dialog.emailsEditor()->valueEdit(0)->setText(QStringLiteral("ana@lumiere.fr"));
    dialog.emailsEditor()->addRow(QStringLiteral("home"), QStringLiteral("ana@home.es"), true);
    dialog.phonesEditor()->labelEdit(0)->setCurrentText(QStringLiteral("shop"));
    dialog.phonesEditor()->valueEdit(0)->setText(QStringLiteral("+33 1 23 45 67 89"));
    dialog.websiteEdit()->setText(QStringLiteral("https://lumiere.fr"));
    dialog.streetEdit()->setText(QStringLiteral("3 rue des Fleurs"));
    dialog.postalCodeEdit()->setText(QStringLiteral("75001"));
    dialog.cityEdit()->setText(QStringLiteral("Paris"));
    dialog.countryEdit()->setText(QStringLiteral("FR"));
    dialog.birthdayEdit()->monthBox()->setCurrentIndex(5);
    dialog.birthdayEdit()->dayBox()->setValue(14);
    dialog.birthdayEdit()->yearUnknownBox()->setChecked(true);
    CHECK_FALSE(dialog.birthdayEdit()->yearBox()->isEnabled());
    dialog.tagsEdit()->setText(QStringLiteral("VIP, wholesale, vip,  "));
    dialog.notesEdit()->setPlainText(QStringLiteral("Orders on Fridays"));
    dialog.consentBox()->setCurrentIndex(1);
    REQUIRE(dialog.validate().isEmpty());

    const Contact c = dialog.contact();
    CHECK(c.kind == Contact::Kind::Person);
    CHECK(c.firstName == QStringLiteral("Ana"));
    CHECK(c.lastName == QStringLiteral("López"));
    CHECK(c.companyId == ContactLookup::findCompany(data.db(), QStringLiteral("Café Lumière")));
    CHECK(dialog.newCompanyName().isEmpty());
    CHECK(c.jobTitle == QStringLiteral("Pastry chef"));
    REQUIRE(c.emails.size() == 2);
    CHECK(c.emails.at(1).primary);
    CHECK_FALSE(c.emails.at(0).primary);
    CHECK(c.emails.at(1).label == QStringLiteral("home"));
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones.first().label == QStringLiteral("shop"));
    REQUIRE(c.websites.size() == 1);
    CHECK(c.websites.first().value == QStringLiteral("https://lumiere.fr"));
    CHECK(c.address.city == QStringLiteral("Paris"));
    CHECK(c.address.postalCode == QStringLiteral("75001"));
    CHECK(c.birthday == Birthday {0, 5, 14});
    CHECK(c.tags == QStringList {QStringLiteral("VIP"), QStringLiteral("wholesale")});
    CHECK(c.notes == QStringLiteral("Orders on Fridays"));
    REQUIRE(c.consent.emailMarketing.has_value());
    CHECK(*c.consent.emailMarketing);
    CHECK(c.consent.date == data.clock().today());
}

TEST_CASE("Contact form: a new company name offers to create it and an existing contact is shown whole")
{
    UiDatabase data(false);
    const qint64 id = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    const Contact stored = *ContactRepository(data.db(), data.clock()).get(id);
    ContactEditDialog dialog(data.db(), data.clock(), stored);
    CHECK_FALSE(dialog.kindBox()->isEnabled());
    CHECK(dialog.firstNameEdit()->text() == QStringLiteral("Ana"));
    CHECK(dialog.tagsEdit()->text() == QStringLiteral("VIP"));
    CHECK(dialog.birthdayEdit()->birthday() == stored.birthday);
    CHECK(dialog.consentBox()->currentIndex() == 1);

    CompanyPicker *picker = dialog.companyPicker();
    picker->nameEdit()->setText(QStringLiteral("Hotel Plaza"));
    CHECK(picker->companyId() == 0);
    CHECK_FALSE(picker->createBox()->isHidden());
    CHECK(picker->createBox()->text().contains(QStringLiteral("“Hotel Plaza”")));
    CHECK(dialog.newCompanyName() == QStringLiteral("Hotel Plaza"));
    picker->createBox()->setChecked(false);
    CHECK(dialog.newCompanyName().isEmpty());
    CHECK_FALSE(dialog.validate().isEmpty());
    CHECK(dialog.companyMessage()->text().contains(QStringLiteral("Hotel Plaza")));
    picker->createBox()->setChecked(true);
    CHECK(dialog.validate().isEmpty());

    // Unchanged fields come back as they were.
    const Contact built = dialog.contact();
    CHECK(built.id == id);
    CHECK(built.emails.size() == stored.emails.size());
    CHECK(built.custom == stored.custom);
    CHECK(built.consent == stored.consent);
}

TEST_CASE("Contact form: tags complete the word being typed")
{
    UiDatabase data(false);
    insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    ContactEditDialog dialog(data.db(), data.clock(), Contact {});
    TagsEdit *tags = dialog.tagsEdit();
    tags->setText(QStringLiteral("Wholesale, v"));
    tags->setCursorPosition(int(tags->text().size()));
    CHECK(tags->currentWord() == QStringLiteral("v"));
    tags->tagCompleter()->setCompletionPrefix(tags->currentWord());
    CHECK(tags->tagCompleter()->currentCompletion() == QStringLiteral("VIP"));
    tags->insertCompletion(QStringLiteral("VIP"));
    CHECK(tags->tags() == QStringList {QStringLiteral("Wholesale"), QStringLiteral("VIP")});
}

TEST_CASE("Contact form: one editor per custom field type")
{
    UiDatabase data(false);
    CustomFieldRepository fields(data.db(), data.clock());
    const auto add = [&](const QString &name, CustomField::Type type, const QStringList &choices = {}) {
        CustomField field;
        field.name = name;
        field.type = type;
        field.choices = choices;
        REQUIRE(fields.create(field).ok());
    };
    add(QStringLiteral("Allergies"), CustomField::Type::Text);
    add(QStringLiteral("Cakes per year"), CustomField::Type::Number);
    add(QStringLiteral("Anniversary"), CustomField::Type::Date);
    add(QStringLiteral("Wholesale"), CustomField::Type::Bool);
    add(QStringLiteral("Favourite cake"), CustomField::Type::Choice,
        {QStringLiteral("Sachertorte"), QStringLiteral("Tarte Tatin")});

    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.custom = {{QStringLiteral("Allergies"), QStringLiteral("Nuts")},
                  {QStringLiteral("Cakes per year"), QStringLiteral("12")},
                  {QStringLiteral("Anniversary"), QStringLiteral("2020-06-01")},
                  {QStringLiteral("Wholesale"), QStringLiteral("true")},
                  {QStringLiteral("Favourite cake"), QStringLiteral("Tarte Tatin")}};
    ContactEditDialog dialog(data.db(), data.clock(), ana);
    CustomFieldEditors *editors = dialog.customFields();
    auto *text = qobject_cast<QLineEdit *>(editors->editor(QStringLiteral("Allergies")));
    auto *number = qobject_cast<QLineEdit *>(editors->editor(QStringLiteral("Cakes per year")));
    auto *date = qobject_cast<QDateEdit *>(editors->editor(QStringLiteral("Anniversary")));
    auto *yesNo = qobject_cast<QComboBox *>(editors->editor(QStringLiteral("Wholesale")));
    auto *choice = qobject_cast<QComboBox *>(editors->editor(QStringLiteral("Favourite cake")));
    REQUIRE(text);
    REQUIRE(number);
    REQUIRE(number->validator());
    REQUIRE(date);
    REQUIRE(yesNo);
    REQUIRE(choice);
    CHECK(text->text() == QStringLiteral("Nuts"));
    CHECK(date->date() == QDate(2020, 6, 1));
    CHECK(yesNo->currentText() == QStringLiteral("Yes"));
    CHECK(choice->count() == 3);
    CHECK(choice->currentText() == QStringLiteral("Tarte Tatin"));

    number->setText(QStringLiteral("12,5"));
    date->setDate(date->minimumDate());
    CHECK(date->text() == QStringLiteral("None"));
    yesNo->setCurrentIndex(2);
    choice->setCurrentIndex(0);
    REQUIRE(dialog.validate().isEmpty());
    const QMap<QString, QString> values = dialog.contact().custom;
    CHECK(values.value(QStringLiteral("Cakes per year")) == QStringLiteral("12,5"));
    CHECK(values.value(QStringLiteral("Anniversary")).isEmpty());
    CHECK(values.value(QStringLiteral("Wholesale")) == QStringLiteral("no"));
    CHECK(values.value(QStringLiteral("Favourite cake")).isEmpty());

    number->setText(QStringLiteral("-"));
    const QStringList messages = dialog.validate();
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral("Cakes per year")));
    CHECK_FALSE(editors->messageLabel(QStringLiteral("Cakes per year"))->isHidden());
    CHECK(dialog.focusWidget() == number);
}

TEST_CASE("Custom fields dialog adds renames reorders and deletes with a count of lost values")
{
    UiDatabase data(false);
    insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    insertContact(data.db(), data.clock(), QStringLiteral("Ben"), QStringLiteral("Okafor"));
    CustomFieldsDialog dialog(data.db(), data.clock());
    REQUIRE(dialog.fields().size() == 1); // "Allergies", made by the inserted contacts
    QStringList questions;
    bool answer = false;
    dialog.setConfirmation([&](const QString &, const QString &question) {
        questions.append(question);
        return answer;
    });

    REQUIRE(dialog.addField(QStringLiteral("Favourite cake"), CustomField::Type::Choice,
                            {QStringLiteral("Sachertorte"), QStringLiteral("Tarte Tatin")}));
    REQUIRE(dialog.fields().size() == 2);
    CHECK(dialog.list()->item(1)->text().contains(QStringLiteral("Favourite cake")));
    CHECK_FALSE(dialog.addField(QStringLiteral("favourite CAKE"), CustomField::Type::Text));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("favourite CAKE")));

    dialog.selectRow(1);
    dialog.nameEdit()->setText(QStringLiteral("Best cake"));
    dialog.choicesEdit()->setPlainText(QStringLiteral("Sachertorte\nCheesecake\n"));
    REQUIRE(dialog.applyEdits());
    CustomFieldRepository repo(data.db(), data.clock());
    const auto renamed = repo.findByName(QStringLiteral("Best cake"));
    REQUIRE(renamed.ok());
    CHECK(renamed->choices == QStringList {QStringLiteral("Sachertorte"), QStringLiteral("Cheesecake")});
    CHECK(dialog.changed());

    REQUIRE(dialog.moveSelected(-1));
    CHECK(repo.list().first().name == QStringLiteral("Best cake"));

    dialog.selectRow(1);
    CHECK(dialog.nameEdit()->text() == QStringLiteral("Allergies"));
    CHECK_FALSE(dialog.deleteSelected());
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("“Allergies”")));
    CHECK(questions.first().contains(QStringLiteral("2 stored values will be lost")));
    CHECK(repo.findByName(QStringLiteral("Allergies")).ok());
    answer = true;
    REQUIRE(dialog.deleteSelected());
    CHECK_FALSE(repo.findByName(QStringLiteral("Allergies")).ok());
    CHECK(dialog.fields().size() == 1);
    QSqlQuery count(data.db());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM custom_field_values")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("Main window: the Custom Fields entry is in the Edit menu")
{
    QSettings().clear();
    UiDatabase data(false);
    MainWindow window(data.take(), data.clock());
    QAction *entry = window.customFieldsAction();
    REQUIRE(entry);
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(entry))
            inMenu = true;
    }
    CHECK(inMenu);
    bool opened = false;
    onNextModal([&](QWidget *modal) {
        opened = qobject_cast<CustomFieldsDialog *>(modal) != nullptr;
        modal->close();
    });
    entry->trigger();
    CHECK(opened);
}

TEST_CASE("Contact form: Tab follows the form through the email and phone rows")
{
    UiDatabase data(false);
    ContactEditDialog dialog(data.db(), data.clock(), Contact {});
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.emailsEditor()->addButton()->click();
    const auto within = [](QWidget *container) {
        QWidget *focus = QApplication::focusWidget();
        return focus == container || container->isAncestorOf(focus);
    };
    dialog.jobTitleEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(within(dialog.emailsEditor()->labelEdit(0)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(within(dialog.emailsEditor()->valueEdit(0)));
    dialog.emailsEditor()->addButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(within(dialog.phonesEditor()->labelEdit(0)));
    dialog.phonesEditor()->addButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(within(dialog.websiteEdit()));
}
