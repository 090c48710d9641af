#include "importsession.h"

#include "db/database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace clientele {

ImportSession::ImportSession(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{ }

void ImportSession::setDuplicateHandling(DuplicatePolicy policy, MatchKey key)
{
    m_request.onDuplicate = policy;
    m_request.matchKey = key;
}

void ImportSession::setFile(const QString &path)
{
    m_request.path = path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_request.read = ReadOptions {};
    m_request.columnOverrides.clear();
    m_report.reset();
    // An address book holds people, whatever was chosen for the previous file.
    if (m_request.entity == ImportEntity::Orders && !m_request.path.isEmpty()
        && Importer::detectFormat(m_request.path) == QLatin1String("vcf"))
        m_request.entity = ImportEntity::Contacts;
    refresh();
    guessEntity();
}

void ImportSession::setEntity(ImportEntity entity)
{
    if (entity == m_request.entity)
        return;
    m_request.entity = entity;
    m_request.columnOverrides.clear();
    refresh();
}

void ImportSession::setReadOptions(const ReadOptions &options)
{
    // Another delimiter or sheet gives other columns: the column choices no longer apply.
    if (options.format != m_request.read.format || options.delimiter != m_request.read.delimiter
        || options.sheet != m_request.read.sheet)
        m_request.columnOverrides.clear();
    m_request.read = options;
    refresh();
}

void ImportSession::setDateOrder(DateOrder order)
{
    m_request.dateOrder = order;
    refresh();
}

void ImportSession::setUnmapped(UnmappedColumns unmapped)
{
    m_request.unmapped = unmapped;
    refresh();
}

void ImportSession::setColumnField(const QString &header, const QString &fieldId)
{
    m_request.columnOverrides.insert(header, fieldId);
    refresh();
}

void ImportSession::setColumnFields(const QMap<QString, QString> &mapping)
{
    m_request.columnOverrides.clear();
    if (m_preview) {
        // The engine refuses headers the file does not have: keep those it has.
        for (const QString &header : m_preview->mapping.headers) {
            for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
                if (it.key().compare(header, Qt::CaseInsensitive) == 0)
                    m_request.columnOverrides.insert(header, it.value());
            }
        }
    }
    refresh();
}

QMap<QString, QString> ImportSession::currentMapping() const
{
    QMap<QString, QString> mapping;
    if (!m_preview)
        return mapping;
    const ColumnMapping &columns = m_preview->mapping;
    for (qsizetype i = 0; i < columns.headers.size(); ++i) {
        if (!columns.headers.at(i).isEmpty())
            mapping.insert(columns.headers.at(i), columns.fieldOf(i));
    }
    return mapping;
}

void ImportSession::setReport(const ImportReport &report)
{
    m_report = report;
    if (report.batchId > 0)
        m_databaseChanged = true;
}

void ImportSession::refresh()
{
    m_preview.reset();
    m_previewError.clear();
    if (!m_request.path.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto preview = Importer(m_database.connection(), m_clock).preview(m_request, PreviewRows);
        QApplication::restoreOverrideCursor();
        if (preview)
            m_preview = std::move(preview).value();
        else
            m_previewError = preview.errorMessage();
    }
    Q_EMIT previewChanged();
}

void ImportSession::guessEntity()
{
    if (m_request.entity == ImportEntity::Contacts && m_preview && Importer::isOrderExport(*m_preview)) {
        m_request.entity = ImportEntity::Orders;
        refresh();
    }
}

} // namespace clientele
