#include "contacts/contactmerger.h"
#include "contacts/contactrepository.h"
#include "contacts/contactsview.h"
#include "contacts/duplicateactions.h"
#include "contacts/duplicatefinder.h"
#include "contacts/duplicatesdialog.h"
#include "contacts/mergecommand.h"
#include "contacts/mergedialog.h"
#include "tempdatabase.h"
#include "uitestsupport.h"

#include <QAction>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 create(TempDatabase &t, const Contact &contact)
{
    const auto id = ContactRepository(t.db(), t.clock()).create(contact);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

Contact person(const QString &first, const QString &last, const QString &email, const QString &city = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.address.city = city;
    if (!email.isEmpty()) {
        ContactMethod m;
        m.value = email;
        c.emails = {m};
    }
    return c;
}

Contact read(TempDatabase &t, qint64 id)
{
    const auto contact = ContactRepository(t.db(), t.clock()).get(id);
    REQUIRE(contact.ok());
    return *contact;
}

void addOrder(TempDatabase &t, qint64 contactId)
{
    QSqlQuery query(t.db());
    query.prepare(QStringLiteral("INSERT INTO orders (contact_id, ordered_at, currency, created_at, updated_at) "
                                 "VALUES (:id, '2026-03-01', 'USD', '2026-03-01', '2026-03-01')"));
    query.bindValue(QStringLiteral(":id"), contactId);
    REQUIRE(query.exec());
}

/// Every stored detail of a contact in one string, ids and times included.
QString fingerprint(const Contact &c)
{
    QStringList parts {QString::number(c.id),
                       c.firstName,
                       c.lastName,
                       c.displayName,
                       c.jobTitle,
                       c.birthday.toIso(),
                       c.address.street,
                       c.address.city,
                       c.notes,
                       QString::number(c.companyId),
                       c.tags.join(QLatin1Char(',')),
                       c.createdAt.toString(Qt::ISODateWithMs),
                       c.updatedAt.toString(Qt::ISODateWithMs),
                       c.deletedAt.toString(Qt::ISODateWithMs)};
    for (const QList<ContactMethod> *list : {&c.emails, &c.phones, &c.websites}) {
        for (const ContactMethod &m : *list)
            parts << QString::number(m.id) + QLatin1Char(':') + m.value + QLatin1Char(':') + QString::number(m.primary);
    }
    for (auto it = c.custom.cbegin(); it != c.custom.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char('|'));
}

QString orderOwners(TempDatabase &t)
{
    QSqlQuery query(t.db());
    REQUIRE(query.exec(QStringLiteral("SELECT group_concat(id || '->' || contact_id, ' ') FROM "
                                      "(SELECT id, contact_id FROM orders ORDER BY id)")));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("the merge dialog keeps the more complete record and its choices produce the merge")
{
    TempDatabase t;
    Contact sparse = person(QStringLiteral("Ana"), QStringLiteral("Weber"), QStringLiteral("ana@example.com"));
    sparse.notes = QStringLiteral("Wedding in June");
    sparse.custom = {{QStringLiteral("Allergies"), QStringLiteral("gluten")}};
    const qint64 sparseId = create(t, sparse);
    Contact full = person(QStringLiteral("Anna"), QStringLiteral("Weber"), QStringLiteral("anna@example.com"),
                          QStringLiteral("Portland"));
    full.jobTitle = QStringLiteral("Owner");
    full.notes = QStringLiteral("Prefers rye");
    full.tags = {QStringLiteral("VIP")};
    full.custom = {{QStringLiteral("Allergies"), QStringLiteral("nuts")}};
    const qint64 fullId = create(t, full);
    addOrder(t, sparseId);

    MergeDialog dialog(t.db(), t.clock(), sparseId, fullId);
    REQUIRE(dialog.isValid());
    CHECK(dialog.keepId() == fullId);
    CHECK(dialog.otherId() == sparseId);
    CHECK(dialog.keepButton(fullId)->isChecked());
    // Differing fields have a row; equal ones (none here) would not.
    REQUIRE(dialog.fieldButton(MergeChoices::Field::Names, sparseId));
    REQUIRE(dialog.fieldButton(MergeChoices::Field::Notes, sparseId));
    CHECK_FALSE(dialog.fieldButton(MergeChoices::Field::Birthday, sparseId));
    // Defaults: the kept record's values.
    CHECK(dialog.fieldButton(MergeChoices::Field::Names, fullId)->isChecked());
    CHECK(dialog.customFieldButton(QStringLiteral("Allergies"), fullId)->isChecked());
    CHECK(dialog.summaryText().contains(QLatin1String("Anna Weber")));
    CHECK(dialog.summaryText().contains(QLatin1String("order")));
    CHECK_FALSE(dialog.summaryText().contains(QLatin1String("custom")));

    dialog.fieldButton(MergeChoices::Field::Notes, sparseId)->click();
    dialog.customFieldButton(QStringLiteral("Allergies"), sparseId)->click();
    CHECK(dialog.summaryText().contains(QLatin1String("custom")));
    const MergeChoices choices = dialog.choices();
    CHECK(choices.fields.value(MergeChoices::Field::Notes) == MergeChoices::Side::Other);
    CHECK(choices.fields.value(MergeChoices::Field::Names) == MergeChoices::Side::Keep);

    const auto receipt = ContactMerger(t.db(), t.clock()).merge(dialog.keepId(), dialog.otherId(), choices);
    REQUIRE(receipt.ok());
    const Contact survivor = read(t, fullId);
    CHECK(survivor.displayName == QLatin1String("Anna Weber"));
    CHECK(survivor.notes == QLatin1String("Wedding in June"));
    CHECK(survivor.jobTitle == QLatin1String("Owner"));
    CHECK(survivor.custom.value(QStringLiteral("Allergies")) == QLatin1String("gluten"));
    CHECK(survivor.emails.size() == 2);
    CHECK(receipt->summary.orders == 1);
}

TEST_CASE("the merge dialog can keep the other record and then defaults to its values")
{
    TempDatabase t;
    const qint64 a
        = create(t, person(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@example.com")));
    const qint64 b
        = create(t, person(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("jon@example.com")));
    MergeDialog dialog(t.db(), t.clock(), a, b);
    CHECK(dialog.keepId() == a); // equally complete: the older is kept
    dialog.keepButton(b)->click();
    CHECK(dialog.keepId() == b);
    CHECK(dialog.otherId() == a);
    CHECK(dialog.fieldButton(MergeChoices::Field::Names, b)->isChecked());
    CHECK(dialog.choices().fields.value(MergeChoices::Field::Names) == MergeChoices::Side::Keep);
    dialog.fieldButton(MergeChoices::Field::Names, a)->click();
    CHECK(dialog.choices().fields.value(MergeChoices::Field::Names) == MergeChoices::Side::Other);
}

TEST_CASE("the merge command undoes and redoes exactly")
{
    TempDatabase t;
    Contact first = person(QStringLiteral("Anna"), QStringLiteral("Weber"), QStringLiteral("anna@example.com"));
    first.tags = {QStringLiteral("VIP")};
    const qint64 keep = create(t, first);
    t.clock().advanceSecs(60);
    Contact second = person(QStringLiteral("Ana"), QStringLiteral("Weber"), QStringLiteral("ana@example.com"),
                            QStringLiteral("Portland"));
    second.tags = {QStringLiteral("Wedding")};
    second.custom = {{QStringLiteral("Favourite cake"), QStringLiteral("Sachertorte")}};
    const qint64 other = create(t, second);
    addOrder(t, other);
    addOrder(t, keep);
    t.clock().advanceSecs(60);

    ContactsView view(t.db(), t.clock());
    QUndoStack *stack = view.undoStack();
    const QString keepBefore = fingerprint(read(t, keep));
    const QString otherBefore = fingerprint(read(t, other));
    const QString ordersBefore = orderOwners(t);

    MergeChoices choices;
    choices.fields = {{MergeChoices::Field::Names, MergeChoices::Side::Other}};
    const auto command = MergeCommand::perform(t.db(), t.clock(), &view, keep, other, choices);
    INFO(command.errorMessage().toStdString());
    REQUIRE(command.ok());
    CHECK((*command)->text() == QStringLiteral("Merge “Ana Weber” into “Anna Weber”"));
    stack->push(*command);
    CHECK(stack->count() == 1);
    const QString keepMerged = fingerprint(read(t, keep));
    const QString otherMerged = fingerprint(read(t, other));
    const QString ordersMerged = orderOwners(t);
    CHECK(read(t, keep).displayName == QLatin1String("Ana Weber"));
    CHECK(read(t, other).isInTrash());
    CHECK(ordersMerged != ordersBefore);

    stack->undo();
    CHECK(fingerprint(read(t, keep)) == keepBefore);
    CHECK(fingerprint(read(t, other)) == otherBefore);
    CHECK(orderOwners(t) == ordersBefore);

    stack->redo();
    CHECK(fingerprint(read(t, keep)) == keepMerged);
    CHECK(fingerprint(read(t, other)) == otherMerged);
    CHECK(orderOwners(t) == ordersMerged);

    stack->undo();
    CHECK(fingerprint(read(t, keep)) == keepBefore);
    CHECK(fingerprint(read(t, other)) == otherBefore);
    CHECK(stack->count() == 1);
    CHECK_FALSE(t.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid()); // no row: no problem
}

TEST_CASE("a refused merge pushes nothing")
{
    TempDatabase t;
    const qint64 a = create(t, person(QStringLiteral("Anna"), QStringLiteral("Weber"), {}));
    ContactsView view(t.db(), t.clock());
    const auto command = MergeCommand::perform(t.db(), t.clock(), &view, a, a, {});
    CHECK_FALSE(command.ok());
    CHECK(view.undoStack()->count() == 0);
}

TEST_CASE("the duplicates dialog lists the pairs of a known database and dismisses one")
{
    TempDatabase t;
    const qint64 anna
        = create(t, person(QStringLiteral("Anna"), QStringLiteral("Weber"), QStringLiteral("anna@example.com")));
    const qint64 ana
        = create(t, person(QStringLiteral("Ana"), QStringLiteral("Weber"), QStringLiteral("ANNA@example.com")));
    const qint64 jon
        = create(t, person(QStringLiteral("Jon"), QStringLiteral("Smith"), {}, QStringLiteral("Portland")));
    const qint64 john
        = create(t, person(QStringLiteral("John"), QStringLiteral("Smith"), {}, QStringLiteral("Portland")));
    create(t, person(QStringLiteral("Jane"), QStringLiteral("Smith"), {}, QStringLiteral("Portland")));

    DuplicatesDialog dialog(t.db(), t.clock());
    REQUIRE(waitFor([&] { return !dialog.isBusy() && dialog.list()->topLevelItemCount() > 0; }));
    QTreeWidget *list = dialog.list();
    REQUIRE(list->topLevelItemCount() == 2);
    const QTreeWidgetItem *first = list->topLevelItem(0);
    CHECK(first->text(0) == QLatin1String("Anna Weber"));
    CHECK(first->text(1) == QLatin1String("Ana Weber"));
    CHECK(first->text(2).contains(QLatin1String("email")));
    CHECK(first->text(2).contains(QLatin1String("anna@example.com")));
    const QTreeWidgetItem *second = list->topLevelItem(1);
    CHECK(second->text(0) == QLatin1String("Jon Smith"));
    CHECK(second->text(1) == QLatin1String("John Smith"));
    CHECK(second->text(2).contains(QLatin1String("Portland")));
    CHECK(dialog.pairs().at(0).firstId == anna);
    CHECK(dialog.pairs().at(0).secondId == ana);

    // "Merge…" asks the caller to merge the selected pair.
    list->setCurrentItem(list->topLevelItem(1));
    REQUIRE(dialog.mergeButton()->isEnabled());
    qint64 requestedFirst = 0;
    qint64 requestedSecond = 0;
    QObject::connect(&dialog, &DuplicatesDialog::mergeRequested, &dialog, [&](qint64 a, qint64 b) {
        requestedFirst = a;
        requestedSecond = b;
    });
    dialog.mergeButton()->click();
    CHECK(requestedFirst == jon);
    CHECK(requestedSecond == john);

    // "Not duplicates" removes the pair and the finder no longer suggests it.
    dialog.dismissButton()->click();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QLatin1String("Anna Weber"));
    const auto pairs = DuplicateFinder(t.db(), t.clock()).find();
    REQUIRE(pairs.ok());
    CHECK(pairs->size() == 1);

    dialog.removeContact(ana);
    CHECK(list->topLevelItemCount() == 0);
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
}

TEST_CASE("the duplicate actions enable Merge only for two selected live contacts")
{
    TempDatabase t;
    create(t, person(QStringLiteral("Anna"), QStringLiteral("Weber"), {}));
    ContactsView view(t.db(), t.clock());
    auto *actions = view.findChild<DuplicateActions *>();
    REQUIRE(actions);
    CHECK(actions->findDuplicatesAction()->isEnabled());
    actions->updateEnabled();
    CHECK_FALSE(actions->mergeAction()->isEnabled());
    CHECK(actions->contextMenuActions().contains(actions->mergeAction()));
    CHECK(actions->toolbarActions().contains(actions->findDuplicatesAction()));

    create(t, person(QStringLiteral("Ana"), QStringLiteral("Weber"), {}));
    view.reload();
    REQUIRE(waitFor([&] { return view.table()->model()->rowCount() == 2; }));
    view.table()->selectAll();
    CHECK(view.selectedContactIds().size() == 2);
    CHECK(actions->mergeAction()->isEnabled());
    view.table()->selectRow(0);
    CHECK_FALSE(actions->mergeAction()->isEnabled());
}
