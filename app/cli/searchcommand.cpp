// clientele-cli search QUERY [--limit N] [--json]
#include "commands.h"
#include "output.h"

#include "search/contactsearch.h"

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

constexpr int DefaultLimit = 50;

CommandSpec searchSpec()
{
    return {QStringLiteral("search"),
            QStringLiteral("search QUERY [--limit N] [--json]"),
            Text::tr("Search names, companies, emails, phones, tags, notes and activities. Every word must match,\n"
                     "as the start of a word and ignoring accents: \"mull\" finds Müller. Several words may be\n"
                     "given without quotes."),
            {{QStringLiteral("QUERY"), true}},
            {{QStringLiteral("limit"), QStringLiteral("N"),
              Text::tr("Show at most N contacts (default %1)").arg(DefaultLimit)},
             {QStringLiteral("json"), {}, Text::tr("Print a JSON array instead of text")},
             databaseOption()}};
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

int runSearch(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = searchSpec();
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    int limit = DefaultLimit;
    if (parsed->isSet(QStringLiteral("limit"))) {
        const QString text = parsed->value(QStringLiteral("limit"));
        const auto value = parsePositive(text);
        if (!value || *value > 100000)
            return usageError(Text::tr("--limit needs a positive whole number, not '%1'").arg(text), spec.name);
        limit = static_cast<int>(*value);
    }
    const QString text = parsed->arguments().join(QLatin1Char(' '));

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const auto hits = ContactSearch(database->connection()).search(text, limit);
    if (!hits) {
        printError(hits.errorMessage());
        return ExitFailure;
    }

    if (parsed->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject {{QStringLiteral("id"), hit.contactId},
                                      {QStringLiteral("display_name"), hit.displayName},
                                      {QStringLiteral("company"), stringOrNull(hit.companyName)},
                                      {QStringLiteral("email"), stringOrNull(hit.email)},
                                      {QStringLiteral("phone"), stringOrNull(hit.phone)},
                                      {QStringLiteral("snippet"), hit.snippet}});
        }
        printJson(array);
        return ExitOk;
    }
    if (hits->isEmpty()) {
        printOut(Text::tr("No contacts match \"%1\".\n").arg(text));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const SearchHit &hit : *hits)
        rows.append({QString::number(hit.contactId), hit.displayName, hit.companyName, hit.email, hit.snippet});
    printTable({Text::tr("ID"), Text::tr("Name"), Text::tr("Company"), Text::tr("Email"), Text::tr("Match")}, rows);
    return ExitOk;
}

} // namespace clientele::cli
