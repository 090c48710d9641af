#include "importsource.h"

#include "import/mapping/knownlayouts.h"
#include "import/mapping/vcardcontact.h"
#include "importer.h"
#include "importpresetrepository.h"

#include "common/clock.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele {

namespace {

/// lupdate files these strings under "Importer", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

/// How many rows may come before the header (titles, export dates) and still be looked at.
constexpr int HeaderScanRows = 20;

/// A row's cells as they are compared with the header: spacing and case do not matter, and
/// trailing empty cells are dropped.
QStringList comparableCells(const QStringList &cells)
{
    QStringList key;
    key.reserve(cells.size());
    for (const QString &cell : cells)
        key.append(cell.simplified().toCaseFolded());
    while (!key.isEmpty() && key.constLast().isEmpty())
        key.removeLast();
    return key;
}

} // namespace

Result<std::unique_ptr<ImportSource>> ImportSource::open(QSqlDatabase db, const Clock &clock,
                                                         const ImportRequest &request)
{
    const QFileInfo info(request.path);
    if (!info.exists() || !info.isFile())
        return Error {Text::tr("The file %1 does not exist.").arg(request.path), QStringLiteral("file")};
    if (!info.isReadable())
        return Error {Text::tr("The file %1 cannot be read.").arg(request.path), QStringLiteral("file")};

    std::unique_ptr<ImportSource> source(new ImportSource);
    const QString format = request.read.format.toLower();
    const bool vcard = format == QLatin1String("vcf")
        || (format == QLatin1String("auto") && detectFormat(request.path) == QLatin1String("vcf"));
    if (vcard) {
        if (request.entity == ImportEntity::Orders)
            return Error {Text::tr("%1 is a vCard file: it holds contacts, not orders.").arg(info.fileName()),
                          QStringLiteral("type"), Error::Kind::Validation};
        auto cards = VCardReader::open(request.path, request.read.encoding);
        if (!cards)
            return cards.error();
        source->m_cards = std::move(cards).value();
        // Numbers without a country code are read in the business's own region.
        source->m_phoneRegion = BusinessSettings(db).phoneRegion();
        return source;
    }

    auto rows = openRowSource(request.path, request.read);
    if (!rows)
        return rows.error();
    source->m_rows = std::move(rows).value();
    if (auto s = source->readHeader(db, clock, request); !s)
        return s.error();
    return source;
}

Status ImportSource::readHeader(QSqlDatabase db, const Clock &clock, const ImportRequest &request)
{
    QList<RawRow> head;
    while (head.size() < HeaderScanRows) {
        auto row = m_rows->next();
        if (!row)
            break;
        head.append(*row);
    }
    if (head.isEmpty()) {
        if (!m_rows->errorString().isEmpty())
            return Error {m_rows->errorString(), QStringLiteral("file")};
        return Error {Text::tr("The file %1 has no rows to import.").arg(QFileInfo(request.path).fileName()),
                      QStringLiteral("file")};
    }
    ColumnMapping mapping = MappingDetector::detect(head, request.entity);
    // Columns the user mapped on purpose (a preset or an override), "ignore" included.
    QStringList chosen;
    const auto noteChoices = [&chosen](const QMap<QString, QString> &choices) {
        for (auto it = choices.cbegin(); it != choices.cend(); ++it)
            chosen.append(it.key().trimmed().toCaseFolded());
    };
    noteChoices(request.columnOverrides);

    if (!request.preset.isEmpty()) {
        const auto preset = ImportPresetRepository(db, clock).load(request.preset);
        if (!preset)
            return Error {preset.errorMessage(), QStringLiteral("preset"), Error::Kind::Validation};
        // A preset may name columns this file lacks (it was saved from another export): those are
        // left out rather than refused.
        QMap<QString, QString> known;
        for (auto it = preset->mapping.cbegin(); it != preset->mapping.cend(); ++it) {
            if (mapping.headers.contains(it.key().trimmed(), Qt::CaseInsensitive))
                known.insert(it.key(), it.value());
        }
        auto applied = Importer::applyOverrides(mapping, request.entity, known);
        if (!applied)
            return applied.error();
        mapping = *applied;
        noteChoices(known);
    }
    auto applied = Importer::applyOverrides(mapping, request.entity, request.columnOverrides);
    if (!applied)
        return applied.error();
    m_mapping = *applied;
    // A known export's own "ignore" is deliberate (Google's label columns, Shopify's totals that
    // the order import brings): those columns are neither kept nor reported.
    const KnownLayout *layout
        = m_mapping.layout.isEmpty() ? nullptr : KnownLayouts::match(m_mapping.headers, request.entity);
    QList<bool> unmatched;
    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i) {
        const QString header = m_mapping.headers.at(i).trimmed();
        unmatched.append(m_mapping.fieldOf(i) == ImportFields::Ignore && !header.isEmpty()
                         && !(layout && !KnownLayouts::fieldFor(*layout, header).isEmpty()));
    }
    m_mapperOptions.unmapped = request.unmapped;
    if (request.unmapped == UnmappedColumns::CustomField && request.entity == ImportEntity::Contacts) {
        // Columns that matched no field become custom fields named like them, visibly in the
        // mapping; a column the user set to "ignore" stays left out.
        for (qsizetype i = 0; i < m_mapping.fields.size(); ++i) {
            const QString header = m_mapping.headers.value(i).trimmed();
            if (unmatched.at(i) && !chosen.contains(header.toCaseFolded())) {
                m_mapping.fields[i] = ImportFields::CustomPrefix + header;
                unmatched[i] = false;
            }
        }
        m_mapperOptions.unmapped = UnmappedColumns::Ignore;
    }
    // Deliberate "ignore" by the user counts: the report says what it left out.
    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i) {
        if (m_mapping.fieldOf(i) == ImportFields::Ignore
            && chosen.contains(m_mapping.headers.at(i).trimmed().toCaseFolded()))
            unmatched[i] = true;
    }
    m_reportedColumns = unmatched;
    if (!m_mapping.headerless)
        m_headerKey = comparableCells(m_mapping.headers);
    // Columns left out are counted so that the report can say what was not imported.
    // (Added to the notes, they are not left out. An order export's columns without a field are
    // the shop's bookkeeping, which the order layouts leave out on purpose.)
    if (request.unmapped != UnmappedColumns::AppendToNotes && request.entity == ImportEntity::Contacts)
        m_unimportedCells.fill(0, m_mapping.headers.size());

    for (const RawRow &row : std::as_const(head)) {
        if (row.line > m_mapping.headerLine)
            m_sample.append(row);
    }
    while (m_sample.size() < SampleRows) {
        auto row = m_rows->next();
        if (!row)
            break;
        m_sample.append(*row);
    }

    const BusinessSettings settings(db);
    m_mapperOptions.dateOrder = request.dateOrder;
    m_mapperOptions.phoneRegion = settings.phoneRegion();
    m_mapperOptions.currency = settings.currency();
    m_mapperOptions.sourceName = QFileInfo(request.path).fileName();
    // Consent given in a yes/no column without a date is dated on the day of the import.
    m_mapperOptions.today = clock.today();
    m_mapperOptions.timeZone = clock.timeZone();
    return {};
}

QString ImportSource::format() const
{
    return m_cards ? QStringLiteral("vcf") : m_rows->format();
}

QString ImportSource::encoding() const
{
    return m_cards ? m_cards->encoding() : m_rows->encoding();
}

QString ImportSource::delimiter() const
{
    return m_cards ? QString() : m_rows->delimiter();
}

QStringList ImportSource::sheets() const
{
    return m_cards ? QStringList() : m_rows->sheets();
}

QString ImportSource::sheet() const
{
    return m_cards ? QString() : m_rows->sheet();
}

bool ImportSource::repeatsHeader(const RawRow &row) const
{
    if (m_mapping.headerless || m_headerKey.isEmpty() || row.cells.size() < m_headerKey.size())
        return false;
    return comparableCells(row.cells) == m_headerKey;
}

void ImportSource::countUnimported(const RawRow &row)
{
    for (qsizetype i = 0; i < m_unimportedCells.size() && i < row.cells.size(); ++i) {
        if (m_reportedColumns.value(i) && !row.cells.at(i).trimmed().isEmpty())
            ++m_unimportedCells[i];
    }
}

std::optional<RawRow> ImportSource::nextRow()
{
    if (!m_rows)
        return std::nullopt;
    for (;;) {
        std::optional<RawRow> row;
        if (m_sampleNext < m_sample.size()) {
            row = m_sample.at(m_sampleNext++);
        } else {
            if (!m_sample.isEmpty()) {
                // The sample has been handed out: free it so memory stays bounded by the stream.
                m_sample.clear();
                m_sampleNext = 0;
            }
            row = m_rows->next();
        }
        if (!row)
            return row;
        if (repeatsHeader(*row)) {
            m_issues.append({row->line,
                             {},
                             ImportIssue::Outcome::Skipped,
                             0,
                             Text::tr("Row %1 repeats the header row (were two files pasted together?); it was "
                                      "skipped.")
                                 .arg(row->line)});
            continue;
        }
        countUnimported(*row);
        return row;
    }
}

QList<ImportIssue> ImportSource::unimportedColumnIssues() const
{
    QList<ImportIssue> issues;
    for (qsizetype i = 0; i < m_unimportedCells.size(); ++i) {
        const qint64 cells = m_unimportedCells.at(i);
        if (cells == 0)
            continue;
        const QString header = m_mapping.headers.value(i).trimmed();
        const QString name = header.isEmpty() ? Text::tr("Column %1").arg(i + 1) : header;
        issues.append({0, name, ImportIssue::Outcome::Warning, 0,
                       Text::tr("Column \"%1\" was not imported (cells with data left out: %2). Map it to a field, a "
                                "custom field or the notes to keep them.")
                           .arg(name)
                           .arg(cells)});
    }
    return issues;
}

std::optional<ContactRecord> ImportSource::nextCard()
{
    if (!m_cards)
        return std::nullopt;
    const auto card = m_cards->next();
    if (!card)
        return std::nullopt;
    return VCard::toContactRecord(*card, m_phoneRegion);
}

QList<ImportIssue> ImportSource::takeIssues()
{
    if (m_cards)
        return m_cards->takeIssues();
    QList<ImportIssue> issues = m_rows->takeIssues();
    issues.append(m_issues);
    m_issues.clear();
    return issues;
}

double ImportSource::progress() const
{
    return m_cards ? m_cards->progress() : m_rows->progress();
}

QString ImportSource::errorString() const
{
    return m_rows ? m_rows->errorString() : QString();
}

} // namespace clientele
