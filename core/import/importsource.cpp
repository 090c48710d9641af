#include "importsource.h"

#include "importer.h"
#include "importpresetrepository.h"

#include "common/clock.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

/// How many rows may come before the header (titles, export dates) and still be looked at.
constexpr int HeaderScanRows = 20;

} // namespace

Result<std::unique_ptr<ImportSource>> ImportSource::open(QSqlDatabase db, const Clock &clock,
                                                         const ImportRequest &request)
{
    const QFileInfo info(request.path);
    if (!info.exists() || !info.isFile())
        return Error {tr("The file %1 does not exist.").arg(request.path), QStringLiteral("file")};
    if (!info.isReadable())
        return Error {tr("The file %1 cannot be read.").arg(request.path), QStringLiteral("file")};

    std::unique_ptr<ImportSource> source(new ImportSource);
    const QString format = request.read.format.toLower();
    const bool vcard = format == QLatin1String("vcf")
        || (format == QLatin1String("auto") && detectFormat(request.path) == QLatin1String("vcf"));
    if (vcard) {
        if (request.entity == ImportEntity::Orders)
            return Error {tr("%1 is a vCard file: it holds contacts, not orders.").arg(info.fileName()),
                          QStringLiteral("type"), Error::Kind::Validation};
        auto cards = VCardReader::open(request.path, request.read.encoding);
        if (!cards)
            return cards.error();
        source->m_cards = std::move(cards).value();
        // Numbers without a country code are read in the business's own region.
        source->m_cards->setPhoneRegion(BusinessSettings(db).phoneRegion());
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
        return Error {tr("The file %1 has no rows to import.").arg(QFileInfo(request.path).fileName()),
                      QStringLiteral("file")};
    }
    ColumnMapping mapping = MappingDetector::detect(head, request.entity);

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
    }
    auto applied = Importer::applyOverrides(mapping, request.entity, request.columnOverrides);
    if (!applied)
        return applied.error();
    m_mapping = *applied;

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
    m_mapperOptions.unmapped = request.unmapped;
    m_mapperOptions.phoneRegion = settings.phoneRegion();
    m_mapperOptions.currency = settings.currency();
    m_mapperOptions.sourceName = QFileInfo(request.path).fileName();
    // Consent given in a yes/no column without a date is dated on the day of the import.
    m_mapperOptions.today = clock.today();
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

std::optional<RawRow> ImportSource::nextRow()
{
    if (!m_rows)
        return std::nullopt;
    if (m_sampleNext < m_sample.size())
        return m_sample.at(m_sampleNext++);
    if (!m_sample.isEmpty()) {
        // The sample has been handed out: free it so memory stays bounded by the stream.
        m_sample.clear();
        m_sampleNext = 0;
    }
    return m_rows->next();
}

std::optional<ContactRecord> ImportSource::nextCard()
{
    return m_cards ? m_cards->next() : std::nullopt;
}

QList<ImportIssue> ImportSource::takeIssues()
{
    return m_cards ? m_cards->takeIssues() : m_rows->takeIssues();
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
