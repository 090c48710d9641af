// clientele-cli merge KEEP_ID OTHER_ID: merges two contacts into the first.
#include "commands.h"
#include "output.h"

#include "common/clock.h"
#include "contacts/contactmerger.h"
#include "contacts/contactrepository.h"

#include <QCoreApplication>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

CommandSpec mergeSpec()
{
    return {QStringLiteral("merge"),
            QStringLiteral("merge KEEP_ID OTHER_ID"),
            Text::tr("Merge the contact OTHER_ID into KEEP_ID. Where both have a value, KEEP_ID's is kept;\n"
                     "empty fields of KEEP_ID are filled from OTHER_ID. Emails, phones, tags and custom\n"
                     "fields are united, and OTHER_ID's orders, activities, follow-ups and deals (for a\n"
                     "company: its people) move to KEEP_ID. OTHER_ID then goes to the trash."),
            {{QStringLiteral("KEEP_ID")}, {QStringLiteral("OTHER_ID")}},
            {databaseOption()}};
}

} // namespace

int runMerge(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = mergeSpec();
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    QList<qint64> ids;
    for (const QString &text : parsed->arguments()) {
        const auto id = parsePositive(text);
        if (!id)
            return usageError(Text::tr("'%1' is not a contact id (a positive whole number)").arg(text), spec.name);
        ids.append(*id);
    }
    if (ids.size() != 2)
        return usageError(Text::tr("merge needs two contact ids: KEEP_ID OTHER_ID"), spec.name);

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    const ContactRepository repository(database->connection(), database->clock());
    const auto other = repository.get(ids.at(1));
    const auto receipt = ContactMerger(database->connection(), database->clock()).merge(ids.at(0), ids.at(1));
    if (!receipt) {
        printError(receipt.errorMessage());
        return ExitFailure;
    }
    const auto keep = repository.get(ids.at(0));
    printOut(Text::tr("Merged \"%1\" (%2) into \"%3\" (%4); %2 is now in the trash.\n")
                 .arg(other ? other->displayName : QString())
                 .arg(ids.at(1))
                 .arg(keep ? keep->displayName : QString())
                 .arg(ids.at(0)));
    const MergeSummary &s = receipt->summary;
    const QList<QPair<QString, int>> lines {
        {Text::tr("Orders moved"), s.orders},
        {Text::tr("Activities moved"), s.activities},
        {Text::tr("Follow-ups moved"), s.followUps},
        {Text::tr("Deals moved"), s.deals},
        {Text::tr("Emails, phones and websites moved"), s.methods},
        {Text::tr("Emails, phones and websites already there"), s.methodsCollapsed},
        {Text::tr("Tags added"), s.tags},
        {Text::tr("Custom field values taken"), s.customValues},
        {Text::tr("Company members moved"), s.members},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size() + 1);
    QString text;
    for (const auto &[label, count] : lines)
        text += QStringLiteral("  ") + (label + QLatin1Char(':')).leftJustified(width + 1) + QString::number(count)
            + QLatin1Char('\n');
    printOut(text);
    return ExitOk;
}

} // namespace clientele::cli
