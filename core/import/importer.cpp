#include "importer.h"

#include "import/readers/rowsource.h"
#include "import/writing/importundo.h"
#include "import/writing/importwriter.h"
#include "import/writing/recordfeed.h"
#include "importsource.h"

#include "contacts/contactrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace clientele {

namespace {

/// lupdate files these strings under "Importer", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

/// How often (in rows) the progress callback hears from the import.
constexpr qint64 ProgressEvery = 256;

QString policyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Merge:
        return QStringLiteral("merge");
    case DuplicatePolicy::Overwrite:
        return QStringLiteral("overwrite");
    case DuplicatePolicy::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QString matchName(MatchKey key)
{
    switch (key) {
    case MatchKey::Email:
        return QStringLiteral("email");
    case MatchKey::Phone:
        return QStringLiteral("phone");
    case MatchKey::NameAndCompany:
        return QStringLiteral("name");
    case MatchKey::EmailThenPhone:
        break;
    }
    return QStringLiteral("email_then_phone");
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    case DateOrder::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString unmappedName(UnmappedColumns unmapped)
{
    switch (unmapped) {
    case UnmappedColumns::CustomField:
        return QStringLiteral("custom_field");
    case UnmappedColumns::AppendToNotes:
        return QStringLiteral("notes");
    case UnmappedColumns::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

QJsonObject mappingJson(const ColumnMapping &mapping)
{
    QJsonObject columns;
    for (qsizetype i = 0; i < mapping.headers.size(); ++i)
        columns.insert(mapping.headers.at(i), mapping.fieldOf(i).isEmpty() ? ImportFields::Ignore : mapping.fieldOf(i));
    return columns;
}

QJsonObject optionsJson(const ImportRequest &request, const ColumnMapping &mapping)
{
    return {{QStringLiteral("format"), request.read.format},
            {QStringLiteral("encoding"), request.read.encoding},
            {QStringLiteral("delimiter"), request.read.delimiter},
            {QStringLiteral("sheet"), request.read.sheet},
            {QStringLiteral("preset"), request.preset},
            {QStringLiteral("on_duplicate"), policyName(request.onDuplicate)},
            {QStringLiteral("match"), matchName(request.matchKey)},
            {QStringLiteral("date_order"), dateOrderName(request.dateOrder)},
            {QStringLiteral("unmapped"), unmappedName(request.unmapped)},
            {QStringLiteral("layout"), mapping.layout},
            {QStringLiteral("mapping"), mappingJson(mapping)}};
}

void appendRecordIssues(QList<ImportIssue> &issues, qint64 row, const QList<ImportIssue> &warnings,
                        const QString &rejectReason, const QString &rejectColumn)
{
    issues.append(warnings);
    if (rejectReason.isEmpty())
        return;
    ImportIssue rejected;
    rejected.row = row;
    rejected.column = rejectColumn;
    rejected.outcome = ImportIssue::Outcome::Rejected;
    rejected.message = rejectReason;
    issues.append(rejected);
}

/// One record of the reading thread, with what the source noted while reading it.
struct MappedRecord
{
    std::optional<ContactRecord> record; ///< none: the source ended
    QList<ImportIssue> issues;
    double progress = 0;
};

/// Said once at the top of the report when the file had no header row.
ImportIssue headerlessNotice()
{
    return {0,
            {},
            ImportIssue::Outcome::Warning,
            0,
            Text::tr("No header row was found: the first row holds data, so every row was imported and the columns "
                     "were matched by what they hold (e-mail addresses, phone numbers, names, dates).")};
}

} // namespace

Importer::Importer(QSqlDatabase db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QStringList Importer::fieldIds(ImportEntity entity)
{
    return entity == ImportEntity::Orders ? ImportFields::orderFields() : ImportFields::contactFields();
}

Status Importer::checkFieldId(ImportEntity entity, const QString &fieldId)
{
    const QStringList valid = fieldIds(entity);
    if (valid.contains(fieldId))
        return {};
    if (entity == ImportEntity::Contacts && fieldId.startsWith(ImportFields::CustomPrefix)
        && !fieldId.mid(ImportFields::CustomPrefix.size()).trimmed().isEmpty())
        return {};
    QString message
        = Text::tr("\"%1\" is not a field. Valid fields: %2").arg(fieldId, valid.join(QStringLiteral(", ")));
    if (entity == ImportEntity::Contacts)
        message += Text::tr(", or custom:NAME for a custom field");
    return Error {message + QLatin1Char('.'), QStringLiteral("map"), Error::Kind::Validation};
}

QString Importer::detectFormat(const QString &path)
{
    return clientele::detectFormat(path);
}

bool Importer::isOrderExport(const ImportPreview &preview)
{
    // A file with a known contacts layout, or without a header, is no order export.
    if (!preview.mapping.layout.isEmpty() || preview.mapping.headers.isEmpty())
        return false;
    QList<RawRow> rows;
    rows << RawRow {preview.mapping.headerLine, preview.mapping.headers};
    rows << preview.rows.mid(0, 20);
    const QString layout = MappingDetector::detect(rows, ImportEntity::Orders).layout;
    return layout == QLatin1String("etsy_orders") || layout == QLatin1String("shopify_orders");
}

Status Importer::undo(QSqlDatabase db, const Clock &clock, qint64 batchId)
{
    return ImportUndo::revert(db, clock, batchId);
}

Result<ColumnMapping> Importer::applyOverrides(ColumnMapping mapping, ImportEntity entity,
                                               const QMap<QString, QString> &overrides)
{
    while (mapping.fields.size() < mapping.headers.size())
        mapping.fields.append(ImportFields::Ignore);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const QString field = it.value().trimmed();
        if (auto s = checkFieldId(entity, field); !s)
            return s.error();
        const QString header = it.key().trimmed();
        bool found = false;
        for (qsizetype i = 0; i < mapping.headers.size(); ++i) {
            if (mapping.headers.at(i).trimmed().compare(header, Qt::CaseInsensitive) == 0) {
                mapping.fields[i] = field;
                found = true;
            }
        }
        if (!found)
            return Error {Text::tr("The file has no column \"%1\". Its columns are: %2.")
                              .arg(header, mapping.headers.join(QStringLiteral(", "))),
                          QStringLiteral("map"), Error::Kind::Validation};
    }
    return mapping;
}

Result<ImportPreview> Importer::preview(const ImportRequest &request, int rows) const
{
    auto opened = ImportSource::open(m_db, m_clock, request);
    if (!opened)
        return opened.error();
    ImportSource &source = **opened;

    ImportPreview preview;
    preview.format = source.format();
    preview.encoding = source.encoding();
    preview.delimiter = source.delimiter();
    preview.sheets = source.sheets();
    preview.sheet = source.sheet();
    preview.mapping = source.mapping();
    if (preview.mapping.headerless)
        preview.issues.append(headerlessNotice());

    if (source.isVCard()) {
        const ContactRepository contacts(m_db, m_clock);
        while (preview.contacts.size() < rows) {
            auto card = source.nextCard();
            if (!card)
                break;
            contacts.normalize(card->contact);
            appendRecordIssues(preview.issues, card->row, card->warnings, card->rejectReason, card->rejectColumn);
            preview.contacts.append(*card);
        }
        preview.issues.append(source.takeIssues());
        return preview;
    }

    while (preview.rows.size() < rows) {
        auto row = source.nextRow();
        if (!row)
            break;
        preview.rows.append(*row);
    }
    preview.issues.append(source.takeIssues());
    if (request.entity == ImportEntity::Orders) {
        OrderRowMapper mapper(source.mapping(), source.mapperOptions());
        mapper.learn(source.sample().isEmpty() ? preview.rows : source.sample());
        const auto take = [&](const std::optional<OrderRecord> &order) {
            if (!order)
                return;
            appendRecordIssues(preview.issues, order->row, order->warnings, order->rejectReason, order->rejectColumn);
            preview.orders.append(*order);
        };
        for (const RawRow &row : std::as_const(preview.rows))
            take(mapper.add(row));
        take(mapper.finish());
        return preview;
    }
    ContactRowMapper mapper(source.mapping(), source.mapperOptions());
    mapper.learn(preview.rows);
    const ContactRepository contacts(m_db, m_clock);
    for (const RawRow &row : std::as_const(preview.rows)) {
        ContactRecord record = mapper.map(row);
        // As stored: display name computed, methods normalized, tags tidied.
        contacts.normalize(record.contact);
        appendRecordIssues(preview.issues, record.row, record.warnings, record.rejectReason, record.rejectColumn);
        preview.contacts.append(record);
    }
    return preview;
}

Result<ImportReport> Importer::run(const ImportRequest &request, const Progress &progress)
{
    auto opened = ImportSource::open(m_db, m_clock, request);
    if (!opened)
        return opened.error();
    ImportSource &source = **opened;

    ImportReport report;
    report.format = source.format();
    report.encoding = source.encoding();
    report.delimiter = source.delimiter();
    report.mapping = source.mapping();
    report.dryRun = request.dryRun;

    ImportWriter::Settings settings;
    settings.entity = request.entity;
    settings.policy = request.onDuplicate;
    settings.matchKey = request.matchKey;
    settings.sourceFile = QFileInfo(request.path).fileName();
    settings.format = report.format;
    settings.encoding = report.encoding;
    settings.delimiter = report.delimiter;
    settings.mapping = report.mapping;
    settings.options = optionsJson(request, source.mapping());
    if (request.entity == ImportEntity::Contacts)
        settings.customFieldTypes = ContactRowMapper(source.mapping(), source.mapperOptions()).customFieldTypes();
    ImportWriter writer(m_db, m_clock, settings, report);
    if (auto s = writer.begin(); !s)
        return s.error();
    if (source.mapping().headerless)
        writer.addIssues({headerlessNotice()});

    // False: the user cancelled; everything written so far is rolled back with the writer.
    const auto keepGoing = [&](bool force) {
        writer.addIssues(source.takeIssues());
        if (!progress || (!force && report.rows != 1 && report.rows % ProgressEvery != 0))
            return true;
        return progress(report.rows, source.progress());
    };

    if (request.entity == ImportEntity::Contacts || source.isVCard()) {
        // Reading and mapping on a second thread, writing here (see RecordFeed).
        ContactRowMapper mapper(source.mapping(), source.mapperOptions());
        if (!source.isVCard())
            mapper.learn(source.sample());
        bool sourceDone = false;
        RecordFeed<MappedRecord> feed([&]() -> std::optional<MappedRecord> {
            if (sourceDone)
                return std::nullopt;
            MappedRecord item;
            if (source.isVCard()) {
                item.record = source.nextCard();
            } else if (auto row = source.nextRow()) {
                item.record = mapper.map(*row);
            }
            sourceDone = !item.record;
            // The source's own notes about this row (and rows it passed over before it).
            item.issues = source.takeIssues();
            item.progress = source.progress();
            return item;
        });
        while (auto item = feed.next()) {
            if (item->record) {
                ++report.rows;
                if (auto s = writer.addContact(*item->record); !s)
                    return s.error();
            }
            writer.addIssues(item->issues);
            const bool due = report.rows == 1 || report.rows % ProgressEvery == 0;
            if (progress && item->record && due && !progress(report.rows, item->progress)) {
                writer.cancel();
                return report;
            }
        }
    } else if (request.entity == ImportEntity::Orders) {
        OrderRowMapper mapper(source.mapping(), source.mapperOptions());
        mapper.learn(source.sample());
        while (auto row = source.nextRow()) {
            ++report.rows;
            if (auto order = mapper.add(*row)) {
                if (auto s = writer.addOrder(*order); !s)
                    return s.error();
            }
            if (!keepGoing(false)) {
                writer.cancel();
                return report;
            }
        }
        if (auto order = mapper.finish()) {
            if (auto s = writer.addOrder(*order); !s)
                return s.error();
        }
    }
    if (!source.errorString().isEmpty())
        return Error {source.errorString(), QStringLiteral("file")};
    if (!keepGoing(true)) {
        writer.cancel();
        return report;
    }
    writer.addIssues(source.unimportedColumnIssues());
    if (auto s = writer.commit(request.dryRun); !s)
        return s.error();
    return report;
}

} // namespace clientele
