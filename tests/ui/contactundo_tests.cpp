#include "contacts/contactcommands.h"
#include "contacts/contacteditactions.h"
#include "contacts/contacteditdialog.h"
#include "contacts/contactfilterbar.h"
#include "contacts/contactrepository.h"
#include "contacts/contactsview.h"
#include "contacts/tagsedit.h"
#include "mainwindow/mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

// The contact book's tables as text (the audit log, which only grows, left out).
QStringList dump(QSqlDatabase db)
{
    QStringList rows;
    for (const QString &table :
         {QStringLiteral("contacts"), QStringLiteral("contact_methods"), QStringLiteral("tags"),
          QStringLiteral("contact_tags"), QStringLiteral("custom_fields"), QStringLiteral("custom_field_values")}) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2")));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

// Runs redo, undo and redo again on a pushed command and checks each state is exact.
void checkRoundTrip(QUndoStack &stack, QSqlDatabase db, const QStringList &before)
{
    REQUIRE(stack.count() == 1);
    const QStringList after = dump(db);
    CHECK(after != before);
    stack.undo();
    CHECK(dump(db) == before);
    stack.redo();
    CHECK(dump(db) == after);
    stack.undo();
    CHECK(dump(db) == before);
    stack.redo();
    CHECK(dump(db) == after);
    CHECK(stack.count() == 1);
}

ContactEditActions *editActions(ContactsView *view)
{
    auto *actions = view->findChild<ContactEditActions *>();
    REQUIRE(actions != nullptr);
    return actions;
}

} // namespace

TEST_CASE("Commands: create with a new company round-trips exactly")
{
    UiDatabase data(false);
    QUndoStack stack;
    QList<qint64> shown;
    ContactCommandHooks hooks {[&](qint64 id) { shown.append(id); },
                               [](const QString &) {
                                   FAIL("no failure");
                               }};
    const QStringList before = dump(data.db());
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("López");
    ana.tags = {QStringLiteral("VIP")};
    auto *command = new CreateContactCommand(data.db(), data.clock(), ana, QStringLiteral("Hotel Plaza"), hooks);
    CHECK(command->text() == QStringLiteral("Create “Ana López”"));
    stack.push(command);
    REQUIRE(command->contactId() > 0);
    const auto stored = ContactRepository(data.db(), data.clock()).get(command->contactId());
    REQUIRE(stored.ok());
    CHECK(stored->companyName == QStringLiteral("Hotel Plaza"));
    CHECK(shown.last() == command->contactId());
    checkRoundTrip(stack, data.db(), before);
    CHECK(ContactRepository(data.db(), data.clock()).get(command->contactId())->companyName
          == QStringLiteral("Hotel Plaza"));
}

TEST_CASE("Commands: edit round-trips exactly")
{
    UiDatabase data(false);
    const qint64 id = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    QUndoStack stack;
    const QStringList before = dump(data.db());
    Contact edited = *ContactRepository(data.db(), data.clock()).get(id);
    edited.jobTitle = QStringLiteral("Chef");
    edited.phones.clear();
    edited.tags = {QStringLiteral("Wholesale")};
    data.clock().advanceSecs(60);
    auto *command = new EditContactCommand(data.db(), data.clock(), edited, {}, {});
    CHECK(command->text() == QStringLiteral("Edit “Ana López”"));
    stack.push(command);
    CHECK(ContactRepository(data.db(), data.clock()).get(id)->jobTitle == QStringLiteral("Chef"));
    checkRoundTrip(stack, data.db(), before);
}

TEST_CASE("Commands: trash restore and tag round-trip exactly")
{
    UiDatabase data(false);
    ContactRepository repo(data.db(), data.clock());
    const qint64 a = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    const qint64 b = insertContact(data.db(), data.clock(), QStringLiteral("Ben"), QStringLiteral("Okafor"));
    const qint64 c = insertContact(data.db(), data.clock(), QStringLiteral("Chloé"), QStringLiteral("Martin"));
    data.clock().advanceSecs(60);

    SECTION("trash")
    {
        QUndoStack stack;
        const QStringList before = dump(data.db());
        auto *command = new TrashContactsCommand(data.db(), data.clock(), {a, b, c}, {}, {});
        CHECK(command->text() == QStringLiteral("Move 3 contacts to the trash"));
        stack.push(command);
        CHECK(repo.get(b)->isInTrash());
        checkRoundTrip(stack, data.db(), before);
    }
    SECTION("restore")
    {
        REQUIRE(repo.moveToTrash(a).ok());
        REQUIRE(repo.moveToTrash(b).ok());
        data.clock().advanceSecs(60);
        QUndoStack stack;
        const QStringList before = dump(data.db());
        auto *command = new RestoreContactsCommand(data.db(), data.clock(), {a}, QStringLiteral("Ana López"), {});
        CHECK(command->text() == QStringLiteral("Restore “Ana López”"));
        stack.push(command);
        CHECK_FALSE(repo.get(a)->isInTrash());
        CHECK(repo.get(b)->isInTrash());
        checkRoundTrip(stack, data.db(), before);
    }
    SECTION("add tag")
    {
        Contact first = *repo.get(a);
        first.tags.clear();
        REQUIRE(repo.update(first).ok());
        QUndoStack stack;
        const QStringList before = dump(data.db());
        auto *command = new TagContactsCommand(data.db(), data.clock(), {a, b, c}, QStringLiteral("VIP"), true, {});
        CHECK(command->text() == QStringLiteral("Add tag “VIP” to 3 contacts"));
        stack.push(command);
        CHECK(repo.get(a)->tags.contains(QStringLiteral("VIP")));
        checkRoundTrip(stack, data.db(), before);
        stack.undo();
        // Only the contact the command tagged lost the tag again.
        CHECK_FALSE(repo.get(a)->tags.contains(QStringLiteral("VIP")));
        CHECK(repo.get(b)->tags.contains(QStringLiteral("VIP")));
    }
    SECTION("new tag and remove tag")
    {
        QUndoStack stack;
        const QStringList before = dump(data.db());
        stack.push(new TagContactsCommand(data.db(), data.clock(), {a, b}, QStringLiteral("Weddings"), true, {}));
        checkRoundTrip(stack, data.db(), before);
        stack.clear();
        const QStringList tagged = dump(data.db());
        auto *remove = new TagContactsCommand(data.db(), data.clock(), {a, b}, QStringLiteral("weddings"), false, {});
        CHECK(remove->text() == QStringLiteral("Remove tag “weddings” from 2 contacts"));
        stack.push(remove);
        checkRoundTrip(stack, data.db(), tagged);
    }
    SECTION("a tag every contact already has leaves no step")
    {
        QUndoStack stack;
        stack.push(new TagContactsCommand(data.db(), data.clock(), {a, b}, QStringLiteral("vip"), true, {}));
        CHECK(stack.count() == 0);
    }
}

TEST_CASE("Commands: a failing command reports and leaves the stack and data consistent")
{
    UiDatabase data(false);
    const qint64 id = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    QUndoStack stack;
    QStringList errors;
    ContactCommandHooks hooks {{}, [&](const QString &message) {
                                   errors.append(message);
                               }};

    Contact ghost = *ContactRepository(data.db(), data.clock()).get(id);
    ghost.id = 4242;
    stack.push(new EditContactCommand(data.db(), data.clock(), ghost, {}, hooks));
    CHECK(stack.count() == 0);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("4242")));

    // A step that can no longer be undone drops off the stack; the data stays as it is.
    Contact edited = *ContactRepository(data.db(), data.clock()).get(id);
    edited.jobTitle = QStringLiteral("Chef");
    stack.push(new EditContactCommand(data.db(), data.clock(), edited, {}, hooks));
    REQUIRE(stack.count() == 1);
    QSqlQuery purge(data.db());
    REQUIRE(purge.exec(QStringLiteral("DELETE FROM contacts")));
    const QStringList state = dump(data.db());
    stack.undo();
    CHECK(stack.count() == 0);
    CHECK(errors.size() == 2);
    CHECK(errors.last().contains(QStringLiteral("Ana López")));
    CHECK(dump(data.db()) == state);
}

TEST_CASE("Main window: Edit menu Undo and Redo cover the contact commands")
{
    QSettings().clear();
    UiDatabase data(false);
    MainWindow window(data.take(), data.clock());
    window.show();
    QSqlDatabase db = window.database().connection();
    ContactsView *view = window.contactsView();
    CHECK(view->undoStack() == window.undoStack());
    ContactEditActions *actions = editActions(view);
    CHECK(actions->newAction()->shortcut() == QKeySequence(QKeySequence::New));
    const QList<QAction *> all = window.findChildren<QAction *>();
    for (QAction *action : all) {
        if (action != actions->newAction())
            CHECK(action->shortcut() != QKeySequence(QKeySequence::New));
    }
    CHECK(window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK(window.undoAction()->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    CHECK_FALSE(window.undoAction()->isEnabled());

    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("López");
    actions->create(ana, {});
    REQUIRE(window.undoStack()->count() == 1);
    CHECK(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text().contains(QStringLiteral("Create “Ana López”")));
    const qint64 id = view->currentContactId();
    REQUIRE(id > 0);
    ContactRepository repo(db, data.clock());
    CHECK(repo.get(id).ok());

    window.undoAction()->trigger();
    CHECK_FALSE(repo.get(id).ok());
    CHECK(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    CHECK(repo.get(id).ok());
    CHECK(view->currentContactId() == id);

    view->showContact(id);
    actions->tag(QStringLiteral("VIP"), true);
    CHECK(repo.get(id)->tags == QStringList {QStringLiteral("VIP")});
    actions->moveToTrash();
    CHECK(repo.get(id)->isInTrash());
    CHECK(window.undoAction()->text().contains(QStringLiteral("Move “Ana López” to the trash")));
    window.undoAction()->trigger();
    CHECK_FALSE(repo.get(id)->isInTrash());
    window.undoAction()->trigger();
    CHECK(repo.get(id)->tags.isEmpty());

    // Add Tag… asks for the tag in a small dialog that completes existing tags.
    QStringList offered;
    onNextModal([&](QWidget *modal) {
        auto *edit = modal->findChild<TagsEdit *>();
        REQUIRE(edit);
        offered = edit->tagCompleter()->model()->property("stringList").toStringList();
        edit->setText(QStringLiteral("Wholesale, Weddings"));
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    actions->addTagAction()->trigger();
    CHECK(repo.get(id)->tags == QStringList {QStringLiteral("Weddings"), QStringLiteral("Wholesale")});
    CHECK(window.undoAction()->text().contains(QStringLiteral("Add tags")));
    window.undoAction()->trigger();
    CHECK(repo.get(id)->tags.isEmpty());
}

TEST_CASE("Main window: Edit opens the form and pushes an edit")
{
    QSettings().clear();
    UiDatabase data(false);
    const qint64 id = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    MainWindow window(data.take(), data.clock());
    window.show();
    ContactsView *view = window.contactsView();
    window.showContact(id);
    ContactEditActions *actions = editActions(view);
    actions->updateEnabled();
    REQUIRE(actions->editAction()->isEnabled());
    bool seen = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ContactEditDialog *>(modal);
        REQUIRE(dialog);
        seen = true;
        dialog->jobTitleEdit()->setText(QStringLiteral("Baker"));
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    actions->editAction()->trigger();
    CHECK(seen);
    REQUIRE(window.undoStack()->count() == 1);
    CHECK(window.undoStack()->text(0) == QStringLiteral("Edit “Ana López”"));
    ContactRepository repo(window.database().connection(), data.clock());
    CHECK(repo.get(id)->jobTitle == QStringLiteral("Baker"));
    window.undoAction()->trigger();
    CHECK(repo.get(id)->jobTitle.isEmpty());
}

TEST_CASE("Purge asks first and says it cannot be undone")
{
    QSettings().clear();
    UiDatabase data(false);
    const qint64 id = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    REQUIRE(ContactRepository(data.db(), data.clock()).moveToTrash(id).ok());
    MainWindow window(data.take(), data.clock());
    ContactsView *view = window.contactsView();
    view->showContact(id);
    ContactEditActions *actions = editActions(view);
    QStringList questions;
    bool answer = false;
    actions->setConfirmation([&](const QString &, const QString &question) {
        questions.append(question);
        return answer;
    });
    ContactRepository repo(window.database().connection(), data.clock());
    actions->purge();
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("“Ana López”")));
    CHECK(questions.first().contains(QStringLiteral("cannot be undone")));
    CHECK(repo.get(id).ok());

    answer = true;
    actions->purge();
    CHECK(questions.size() == 2);
    CHECK_FALSE(repo.get(id).ok());
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("Edit actions follow the selection and the trash filter")
{
    QSettings().clear();
    UiDatabase data(false);
    const qint64 ana = insertContact(data.db(), data.clock(), QStringLiteral("Ana"), QStringLiteral("López"));
    const qint64 ben = insertContact(data.db(), data.clock(), QStringLiteral("Ben"), QStringLiteral("Okafor"));
    MainWindow window(data.take(), data.clock());
    window.show();
    window.showView(View::Contacts);
    ContactsView *view = window.contactsView();
    ContactEditActions *actions = editActions(view);
    ContactRepository repo(window.database().connection(), data.clock());

    view->table()->clearSelection();
    actions->updateEnabled();
    CHECK(actions->newAction()->isEnabled());
    CHECK_FALSE(actions->trashAction()->isEnabled());
    CHECK_FALSE(actions->restoreAction()->isVisible());
    CHECK_FALSE(actions->purgeAction()->isVisible());

    view->table()->selectAll();
    REQUIRE(waitFor([&] { return view->selectedContactIds().size() == 2; }));
    actions->updateEnabled();
    CHECK_FALSE(actions->editAction()->isEnabled());
    CHECK(actions->trashAction()->isEnabled());
    CHECK(actions->addTagAction()->isEnabled());
    actions->trashAction()->trigger();
    CHECK(repo.get(ana)->isInTrash());
    CHECK(repo.get(ben)->isInTrash());
    CHECK(window.undoStack()->text(0) == QStringLiteral("Move 2 contacts to the trash"));

    auto *filters = view->findChild<ContactFilterBar *>();
    REQUIRE(filters);
    filters->setShowingTrash(true);
    REQUIRE(waitFor([&] { return view->isShowingTrash() && view->table()->model()->rowCount() == 2; }));
    view->showContact(ben);
    REQUIRE(waitFor([&] { return view->selectedContactIds() == QList<qint64> {ben}; }));
    actions->updateEnabled();
    CHECK_FALSE(actions->newAction()->isEnabled());
    CHECK_FALSE(actions->trashAction()->isVisible());
    CHECK(actions->restoreAction()->isVisible());
    CHECK(actions->restoreAction()->isEnabled());
    CHECK(actions->purgeAction()->isEnabled());
    actions->restoreAction()->trigger();
    CHECK_FALSE(repo.get(ben)->isInTrash());
    CHECK(repo.get(ana)->isInTrash());
    CHECK(window.undoStack()->text(1) == QStringLiteral("Restore “Ben Okafor”"));
    window.undoAction()->trigger();
    CHECK(repo.get(ben)->isInTrash());
}

TEST_CASE("Main window: opening another database clears the undo history")
{
    QSettings().clear();
    UiDatabase data(false);
    UiDatabase other(false);
    MainWindow window(data.take(), data.clock());
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    editActions(window.contactsView())->create(ana, {});
    REQUIRE(window.undoStack()->count() == 1);
    window.setDatabase(other.take());
    CHECK(window.undoStack()->count() == 0);
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK(window.contactsView()->undoStack() == window.undoStack());
}
