// clientele-cli contacts list | show ID | add
#include "commands.h"
#include "contactview.h"
#include "output.h"

#include "common/clock.h"
#include "contacts/contactjson.h"
#include "contacts/contactrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

OptionSpec jsonOption()
{
    return {QStringLiteral("json"), {}, Text::tr("Print JSON instead of text")};
}

CommandSpec listSpec()
{
    return {QStringLiteral("contacts list"),
            QStringLiteral("contacts list [--json]"),
            Text::tr("List the contacts (not those in the trash), sorted by name.\n"
                     "With --json, print an array with every detail of each contact."),
            {},
            {jsonOption(), databaseOption()}};
}

CommandSpec showSpec()
{
    return {QStringLiteral("contacts show"),
            QStringLiteral("contacts show ID [--json]"),
            Text::tr("Show every detail of the contact with the given id."),
            {{QStringLiteral("ID")}},
            {jsonOption(), databaseOption()}};
}

CommandSpec addSpec()
{
    return {
        QStringLiteral("contacts add"),
        QStringLiteral("contacts add --first NAME --last NAME [--email EMAIL]... [--phone PHONE]... [--tag TAG]..."),
        Text::tr("Add a person and print the new contact's id. At least a first or a last name is needed;\n"
                 "the first email and phone given become the primary ones."),
        {},
        {{QStringLiteral("first"), QStringLiteral("NAME"), Text::tr("First name")},
         {QStringLiteral("last"), QStringLiteral("NAME"), Text::tr("Last name")},
         {QStringLiteral("email"), QStringLiteral("EMAIL"), Text::tr("An email address (repeatable)"), true},
         {QStringLiteral("phone"), QStringLiteral("PHONE"), Text::tr("A phone number (repeatable)"), true},
         {QStringLiteral("tag"), QStringLiteral("TAG"), Text::tr("A tag such as VIP (repeatable)"), true},
         databaseOption()}};
}

QString groupHelp()
{
    return Text::tr("Usage: clientele-cli contacts COMMAND [ARGUMENTS]\n"
                    "\n"
                    "Commands:\n"
                    "  list       List the contacts\n"
                    "  show ID    Show one contact\n"
                    "  add        Add a person\n"
                    "\n"
                    "Run 'clientele-cli contacts COMMAND --help' for the options of a command.\n");
}

int listContacts(const GlobalOptions &global, const QStringList &words)
{
    int exitCode = ExitOk;
    const auto parsed = parseCommand(listSpec(), words, exitCode);
    if (!parsed)
        return exitCode;
    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;

    const ContactRepository repository(database->connection(), database->clock());
    ContactListQuery query;
    query.limit = 0;
    const QList<ContactSummary> contacts = repository.list(query);

    if (parsed->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ContactSummary &summary : contacts) {
            const auto contact = repository.get(summary.id);
            if (!contact) {
                printError(contact.errorMessage());
                return ExitFailure;
            }
            array.append(contactToJson(*contact));
        }
        printJson(array);
        return ExitOk;
    }
    if (contacts.isEmpty()) {
        printOut(Text::tr("No contacts yet.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ContactSummary &c : contacts)
        rows.append(
            {QString::number(c.id), c.displayName, c.companyName, c.email, c.phone, c.tags.join(QStringLiteral(", "))});
    printTable(
        {Text::tr("ID"), Text::tr("Name"), Text::tr("Company"), Text::tr("Email"), Text::tr("Phone"), Text::tr("Tags")},
        rows);
    return ExitOk;
}

int showContact(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = showSpec();
    int exitCode = ExitOk;
    const auto parsed = parseCommand(spec, words, exitCode);
    if (!parsed)
        return exitCode;
    const QString idText = parsed->arguments().constFirst();
    const auto id = parsePositive(idText);
    if (!id)
        return usageError(Text::tr("'%1' is not a contact id (a positive whole number)").arg(idText), spec.name);

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const auto contact = ContactRepository(database->connection(), database->clock()).get(*id);
    if (!contact) {
        if (contact.error().kind == Error::Kind::NotFound)
            printError(Text::tr("No contact with id %1").arg(*id));
        else
            printError(contact.errorMessage());
        return ExitFailure;
    }
    if (parsed->isSet(QStringLiteral("json")))
        printJson(contactToJson(*contact));
    else
        printOut(describeContact(*contact, database->clock()));
    return ExitOk;
}

QList<ContactMethod> methods(ContactMethod::Kind kind, const QStringList &values)
{
    QList<ContactMethod> list;
    for (const QString &value : values) {
        ContactMethod method;
        method.kind = kind;
        method.value = value;
        method.primary = list.isEmpty();
        list.append(method);
    }
    return list;
}

int addContact(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = addSpec();
    int exitCode = ExitOk;
    const auto parsed = parseCommand(spec, words, exitCode);
    if (!parsed)
        return exitCode;
    Contact contact;
    contact.firstName = parsed->value(QStringLiteral("first"));
    contact.lastName = parsed->value(QStringLiteral("last"));
    if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty())
        return usageError(Text::tr("a contact needs --first or --last"), spec.name);
    contact.emails = methods(ContactMethod::Kind::Email, parsed->values(QStringLiteral("email")));
    contact.phones = methods(ContactMethod::Kind::Phone, parsed->values(QStringLiteral("phone")));
    contact.tags = parsed->values(QStringLiteral("tag"));

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    const auto id = ContactRepository(database->connection(), database->clock()).create(contact);
    if (!id) {
        const Error &error = id.error();
        printError(error.field.isEmpty() ? error.message : error.field + QStringLiteral(": ") + error.message);
        return ExitFailure;
    }
    printOut(QString::number(*id) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

int runContacts(const GlobalOptions &global, const QStringList &words)
{
    if (words.isEmpty())
        return usageError(Text::tr("missing contacts command (list, show or add)"), QStringLiteral("contacts"));
    const QString command = words.constFirst();
    const QStringList rest = words.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        printOut(groupHelp());
        return ExitOk;
    }
    if (command == QLatin1String("list"))
        return listContacts(global, rest);
    if (command == QLatin1String("show"))
        return showContact(global, rest);
    if (command == QLatin1String("add"))
        return addContact(global, rest);
    return usageError(Text::tr("unknown contacts command '%1'").arg(command), QStringLiteral("contacts"));
}

} // namespace clientele::cli
