// clientele-cli import FILE [options]: a file of contacts or orders into the database, as one
// batch that `undo-import` can revert. Also `imports`, the history of batches.
#include "commands.h"
#include "output.h"

#include "common/clock.h"
#include "import/importbatchrepository.h"
#include "import/importer.h"
#include "import/importpresetrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

/// Issues printed in the text summary; the rest are counted (all of them go to --report/--json).
constexpr int MaxPrintedIssues = 50;

CommandSpec importSpec()
{
    return {
        QStringLiteral("import"),
        QStringLiteral("import FILE [--type contacts|orders] [--format auto|csv|xlsx|ods|vcf]\n"
                       "       [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|'|']\n"
                       "       [--sheet NAME] [--preset NAME] [--map COLUMN=FIELD]...\n"
                       "       [--on-duplicate skip|merge|overwrite] [--match email|phone|name]\n"
                       "       [--date-order auto|dmy|mdy|ymd] [--unmapped ignore|custom|notes]\n"
                       "       [--dry-run] [--report PATH] [--json]"),
        Text::tr("Import customers (csv, txt, xlsx, ods, vcf) or orders (csv, xlsx, ods) as one batch. Columns are\n"
                 "mapped automatically; --map overrides one column (repeatable). Contacts already in the book\n"
                 "(same email, then same phone) are skipped, merged (empty fields filled) or overwritten.\n"
                 "Undo the whole batch later with 'undo-import BATCH_ID'."),
        {{QStringLiteral("FILE"), false}},
        {{QStringLiteral("type"), QStringLiteral("TYPE"), Text::tr("contacts (default) or orders")},
         {QStringLiteral("format"), QStringLiteral("FORMAT"), Text::tr("auto (default), csv, xlsx, ods or vcf")},
         {QStringLiteral("encoding"), QStringLiteral("ENCODING"),
          Text::tr("auto (default), utf-8, utf-16 or windows-1252")},
         {QStringLiteral("delimiter"), QStringLiteral("DELIMITER"), Text::tr("auto (default), ',', ';', tab or '|'")},
         {QStringLiteral("sheet"), QStringLiteral("NAME"),
          Text::tr("The sheet of an xlsx/ods workbook (default: the first)")},
         {QStringLiteral("preset"), QStringLiteral("NAME"), Text::tr("Apply a mapping saved in the import wizard")},
         {QStringLiteral("map"), QStringLiteral("COLUMN=FIELD"),
          Text::tr("Map a column to a field (e.g. Mail=email, Allergien=custom:Allergies)"), true},
         {QStringLiteral("on-duplicate"), QStringLiteral("POLICY"), Text::tr("skip (default), merge or overwrite")},
         {QStringLiteral("match"), QStringLiteral("KEY"),
          Text::tr("email, phone or name (name and company); default: email, then phone")},
         {QStringLiteral("date-order"), QStringLiteral("ORDER"),
          Text::tr("auto (default), dmy, mdy or ymd for dates like 03/04/2025")},
         {QStringLiteral("unmapped"), QStringLiteral("WHAT"),
          Text::tr("custom (default: a custom field per column), notes, or ignore (reported, not imported)")},
         {QStringLiteral("dry-run"), {}, Text::tr("Read, check and report everything, but write nothing")},
         {QStringLiteral("report"), QStringLiteral("PATH"),
          Text::tr("Write every rejected, merged, skipped or warned row as CSV")},
         {QStringLiteral("json"), {}, Text::tr("Print the result as one JSON object")},
         databaseOption()}};
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

/// Reads a choice option: the index of its value in `choices`, `fallback` when absent, -1 when invalid.
int choice(const ParsedArguments &parsed, const QString &option, const QStringList &choices, int fallback)
{
    if (!parsed.isSet(option))
        return fallback;
    return static_cast<int>(choices.indexOf(parsed.value(option).toLower()));
}

QString choiceError(const ParsedArguments &parsed, const QString &option, const QStringList &choices)
{
    return Text::tr("--%1 must be one of %2, not '%3'")
        .arg(option, choices.join(QStringLiteral(", ")), parsed.value(option));
}

QString shownDelimiter(const QString &delimiter)
{
    return delimiter == QLatin1String("\t") ? QStringLiteral("tab") : delimiter;
}

void printSummary(const ImportRequest &request, const ImportReport &report)
{
    QString text;
    const QString file = QFileInfo(request.path).fileName();
    QStringList detected {report.format};
    if (!report.encoding.isEmpty())
        detected.append(report.encoding);
    if (!report.delimiter.isEmpty())
        detected.append(Text::tr("delimiter \"%1\"").arg(shownDelimiter(report.delimiter)));
    text += Text::tr("%1 (%2): %3 rows read\n").arg(file, detected.join(QStringLiteral(", "))).arg(report.rows);
    text += Text::tr("  %1 created, %2 updated, %3 skipped as duplicates, %4 rejected\n")
                .arg(report.created)
                .arg(report.updated)
                .arg(report.skipped)
                .arg(report.rejected);
    int printed = 0;
    for (const ImportIssue &issue : report.issues) {
        if (printed++ == MaxPrintedIssues) {
            text += Text::tr("  ... and %1 more (write them all with --report PATH)\n")
                        .arg(report.issues.size() - MaxPrintedIssues);
            break;
        }
        const QString where = issue.column.isEmpty() ? Text::tr("row %1").arg(issue.row)
                                                     : Text::tr("row %1, %2").arg(issue.row).arg(issue.column);
        text += QStringLiteral("  %1: %2: %3\n").arg(where, ImportIssue::outcomeName(issue.outcome), issue.message);
    }
    if (report.dryRun)
        text += Text::tr("Dry run: nothing was written.\n");
    else
        text += Text::tr("Batch %1. Undo it with: clientele-cli undo-import %1\n").arg(report.batchId);
    printOut(text);
}

} // namespace

int runImport(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = importSpec();
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }

    ImportRequest request;
    request.path = parsed->arguments().value(0);

    const QStringList types {QStringLiteral("contacts"), QStringLiteral("orders")};
    const int type = choice(*parsed, QStringLiteral("type"), types, 0);
    if (type < 0)
        return usageError(choiceError(*parsed, QStringLiteral("type"), types), spec.name);
    request.entity = type == 1 ? ImportEntity::Orders : ImportEntity::Contacts;

    const QStringList formats {QStringLiteral("auto"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                               QStringLiteral("ods"), QStringLiteral("vcf")};
    const int format = choice(*parsed, QStringLiteral("format"), formats, 0);
    if (format < 0)
        return usageError(choiceError(*parsed, QStringLiteral("format"), formats), spec.name);
    request.read.format = formats.at(format);

    const QStringList encodings {QStringLiteral("auto"),     QStringLiteral("utf-8"),
                                 QStringLiteral("utf-16"),   QStringLiteral("utf-16le"),
                                 QStringLiteral("utf-16be"), QStringLiteral("windows-1252")};
    const int encoding = choice(*parsed, QStringLiteral("encoding"), encodings, 0);
    if (encoding < 0)
        return usageError(choiceError(*parsed, QStringLiteral("encoding"), encodings), spec.name);
    request.read.encoding = encodings.at(encoding);

    const QStringList delimiters {QStringLiteral("auto"), QStringLiteral(","), QStringLiteral(";"),
                                  QStringLiteral("tab"),  QStringLiteral("|"), QStringLiteral("\t")};
    const int delimiter = choice(*parsed, QStringLiteral("delimiter"), delimiters, 0);
    if (delimiter < 0)
        return usageError(choiceError(*parsed, QStringLiteral("delimiter"), delimiters.mid(0, 5)), spec.name);
    request.read.delimiter = delimiter == 3 ? QStringLiteral("\t") : delimiters.at(delimiter);
    request.read.sheet = parsed->value(QStringLiteral("sheet"));
    request.preset = parsed->value(QStringLiteral("preset"));

    for (const QString &mapping : parsed->values(QStringLiteral("map"))) {
        // Field ids never contain '=', so the last one separates a column name that might.
        const qsizetype equals = mapping.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(Text::tr("--map needs COLUMN=FIELD, not '%1'").arg(mapping), spec.name);
        const QString field = mapping.mid(equals + 1).trimmed();
        if (auto s = Importer::checkFieldId(request.entity, field); !s)
            return usageError(Text::tr("--map %1: %2").arg(mapping, s.errorMessage()), spec.name);
        request.columnOverrides.insert(mapping.left(equals).trimmed(), field);
    }

    const QStringList policies {QStringLiteral("skip"), QStringLiteral("merge"), QStringLiteral("overwrite")};
    const int policy = choice(*parsed, QStringLiteral("on-duplicate"), policies, 0);
    if (policy < 0)
        return usageError(choiceError(*parsed, QStringLiteral("on-duplicate"), policies), spec.name);
    request.onDuplicate = static_cast<DuplicatePolicy>(policy);

    const QStringList keys {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("name")};
    if (parsed->isSet(QStringLiteral("match"))) {
        const int key = choice(*parsed, QStringLiteral("match"), keys, 0);
        if (key < 0)
            return usageError(choiceError(*parsed, QStringLiteral("match"), keys), spec.name);
        request.matchKey = key == 0 ? MatchKey::Email : key == 1 ? MatchKey::Phone : MatchKey::NameAndCompany;
    }

    const QStringList orders {QStringLiteral("auto"), QStringLiteral("dmy"), QStringLiteral("mdy"),
                              QStringLiteral("ymd")};
    const int order = choice(*parsed, QStringLiteral("date-order"), orders, 0);
    if (order < 0)
        return usageError(choiceError(*parsed, QStringLiteral("date-order"), orders), spec.name);
    request.dateOrder = static_cast<DateOrder>(order);

    const QStringList unmapped {QStringLiteral("ignore"), QStringLiteral("custom"), QStringLiteral("notes")};
    const int unmappedChoice = choice(*parsed, QStringLiteral("unmapped"), unmapped, 1);
    if (unmappedChoice < 0)
        return usageError(choiceError(*parsed, QStringLiteral("unmapped"), unmapped), spec.name);
    request.unmapped = static_cast<UnmappedColumns>(unmappedChoice);
    request.dryRun = parsed->isSet(QStringLiteral("dry-run"));
    if (parsed->isSet(QStringLiteral("report")) && parsed->value(QStringLiteral("report")).isEmpty())
        return usageError(Text::tr("--report needs a file path"), spec.name);

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    if (!request.preset.isEmpty()) {
        if (const auto preset = ImportPresetRepository(database->connection(), database->clock()).load(request.preset);
            !preset)
            return usageError(preset.errorMessage(), spec.name);
    }

    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = -1;
    const bool showProgress = stderrIsTerminal();
    const auto progress = [&](qint64 rows, double fraction) {
        if (!showProgress)
            return true;
        const qint64 elapsed = timer.elapsed();
        if (lastShown >= 0 && elapsed - lastShown < 200)
            return true;
        lastShown = elapsed;
        const qint64 perSecond = elapsed > 0 ? rows * 1000 / elapsed : 0;
        printErrorText(Text::tr("\r%1 rows, %2 rows/s, %3%").arg(rows).arg(perSecond).arg(qRound(fraction * 100)));
        return true;
    };
    const auto report = Importer(database->connection(), database->clock()).run(request, progress);
    if (showProgress && lastShown >= 0)
        printErrorText(QStringLiteral("\n"));
    if (!report) {
        // Validation: the command line does not fit the file (a --map column it lacks, a preset).
        if (report.error().kind == Error::Kind::Validation)
            return usageError(report.errorMessage(), spec.name);
        printError(report.errorMessage());
        return ExitFailure;
    }

    if (parsed->isSet(QStringLiteral("report"))) {
        if (auto s = report->writeCsv(parsed->value(QStringLiteral("report"))); !s) {
            printError(s.errorMessage());
            return ExitFailure;
        }
    }
    if (parsed->isSet(QStringLiteral("json"))) {
        // Streamed: a re-import of a million rows reports a million issues.
        std::fflush(stdout);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printError(Text::tr("The report could not be written: %1").arg(out.errorString()));
            return ExitFailure;
        }
        report->writeJson(out);
        out.flush();
    } else {
        printSummary(request, *report);
    }
    return ExitOk;
}

int runImports(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec {
        QStringLiteral("imports"),
        QStringLiteral("imports [--limit N] [--json]"),
        Text::tr("List past imports, newest first, with their counts and whether they were undone."),
        {},
        {{QStringLiteral("limit"), QStringLiteral("N"), Text::tr("Show at most N imports (default 50)")},
         {QStringLiteral("json"), {}, Text::tr("Print a JSON array instead of text")},
         databaseOption()}};
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    int limit = 50;
    if (parsed->isSet(QStringLiteral("limit"))) {
        const auto value = parsePositive(parsed->value(QStringLiteral("limit")));
        if (!value || *value > 100000)
            return usageError(
                Text::tr("--limit needs a positive whole number, not '%1'").arg(parsed->value(QStringLiteral("limit"))),
                spec.name);
        limit = static_cast<int>(*value);
    }
    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const QList<ImportBatch> batches = ImportBatchRepository(database->connection()).list(limit);
    const auto entityName = [](ImportEntity entity) {
        return entity == ImportEntity::Orders ? QStringLiteral("orders") : QStringLiteral("contacts");
    };
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    if (parsed->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ImportBatch &batch : batches) {
            array.append(QJsonObject {{QStringLiteral("id"), batch.id},
                                      {QStringLiteral("type"), entityName(batch.entity)},
                                      {QStringLiteral("file"), batch.sourceFile},
                                      {QStringLiteral("format"), batch.format},
                                      {QStringLiteral("status"), ImportBatch::statusName(batch.status)},
                                      {QStringLiteral("rows"), batch.rowsRead},
                                      {QStringLiteral("created"), batch.created},
                                      {QStringLiteral("updated"), batch.updated},
                                      {QStringLiteral("skipped"), batch.skipped},
                                      {QStringLiteral("rejected"), batch.rejected},
                                      {QStringLiteral("started_at"), time(batch.startedAt)},
                                      {QStringLiteral("undone_at"), time(batch.undoneAt)}});
        }
        printJson(array);
        return ExitOk;
    }
    if (batches.isEmpty()) {
        printOut(Text::tr("No imports yet.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ImportBatch &batch : batches) {
        rows.append({QString::number(batch.id),
                     database->clock().toLocal(batch.startedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     batch.sourceFile, entityName(batch.entity), ImportBatch::statusName(batch.status),
                     QString::number(batch.rowsRead), QString::number(batch.created), QString::number(batch.updated),
                     QString::number(batch.skipped), QString::number(batch.rejected)});
    }
    printTable({Text::tr("ID"), Text::tr("Started"), Text::tr("File"), Text::tr("Type"), Text::tr("Status"),
                Text::tr("Rows"), Text::tr("Created"), Text::tr("Updated"), Text::tr("Skipped"), Text::tr("Rejected")},
               rows);
    return ExitOk;
}

} // namespace clientele::cli
