// clientele-cli duplicates [--json]: candidate pairs of duplicate contacts, with the reasons.
#include "commands.h"
#include "output.h"

#include "common/clock.h"
#include "contacts/duplicatefinder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

CommandSpec duplicatesSpec()
{
    return {
        QStringLiteral("duplicates"),
        QStringLiteral("duplicates [--json]"),
        Text::tr("List pairs of contacts that may be the same customer, strongest first: the same email,\n"
                 "the same phone, or very similar names in the same city or company. Merge a pair with\n"
                 "'merge KEEP_ID OTHER_ID'.\n"
                 "With --json, print an array of {\"a\": {\"id\", \"name\"}, \"b\": {...}, \"reasons\": [\"email\",\n"
                 "\"phone\", \"name\"], \"detail\"}."),
        {},
        {{QStringLiteral("json"), {}, Text::tr("Print a JSON array instead of text")}, databaseOption()}};
}

QJsonObject side(qint64 id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

} // namespace

int runDuplicates(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = duplicatesSpec();
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const auto pairs = DuplicateFinder(database->connection(), database->clock()).find();
    if (!pairs) {
        printError(pairs.errorMessage());
        return ExitFailure;
    }

    if (parsed->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DuplicatePair &pair : *pairs) {
            array.append(QJsonObject {{QStringLiteral("a"), side(pair.firstId, pair.firstName)},
                                      {QStringLiteral("b"), side(pair.secondId, pair.secondName)},
                                      {QStringLiteral("reasons"), QJsonArray::fromStringList(pair.keywords())},
                                      {QStringLiteral("detail"), pair.detail()}});
        }
        printJson(array);
        return ExitOk;
    }
    if (pairs->isEmpty()) {
        printOut(Text::tr("No likely duplicates found.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const DuplicatePair &pair : *pairs) {
        rows.append({QString::number(pair.firstId), pair.firstName, QString::number(pair.secondId), pair.secondName,
                     pair.keywords().join(QStringLiteral(", ")), pair.detail()});
    }
    printTable(
        {Text::tr("ID"), Text::tr("Name"), Text::tr("ID"), Text::tr("Name"), Text::tr("Reasons"), Text::tr("Detail")},
        rows);
    return ExitOk;
}

} // namespace clientele::cli
