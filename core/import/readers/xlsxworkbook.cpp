// The small parts of an .xlsx package read before streaming a sheet: where the workbook is,
// its sheets, shared strings and which cell styles are dates.

#include "xlsxreader.h"
#include "xlsxvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace clientele {

namespace {

/// lupdate files these strings under "XlsxSource", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSource)
};

struct Relationship
{
    QString type;
    QString target; ///< path inside the archive
};

QString resolveTarget(const QString &baseDir, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + QLatin1Char('/') + target);
}

QString directoryOf(const QString &entry)
{
    const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : entry.left(slash);
}

QHash<QString, Relationship> readRelationships(const QString &path, const QString &partName)
{
    QHash<QString, Relationship> relationships;
    const QString dir = directoryOf(partName);
    const QString relsName = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/")
        + QFileInfo(partName).fileName() + QStringLiteral(".rels");
    const auto file = SheetZip::openEntry(path, relsName);
    if (!file)
        return relationships;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                             {attributes.value(QLatin1String("Type")).toString(),
                              resolveTarget(dir, attributes.value(QLatin1String("Target")).toString())});
    }
    return relationships;
}

QString targetOfType(const QHash<QString, Relationship> &relationships, QLatin1String typeSuffix,
                     const QString &fallback)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(typeSuffix))
            return relationship.target;
    }
    return fallback;
}

/// Every <si> of the shared string table; rich text runs are concatenated, phonetic hints
/// (<rPh>, used for Japanese readings) left out.
QStringList readSharedStrings(const QString &path, const QString &entry)
{
    QStringList strings;
    const auto file = SheetZip::openEntry(path, entry);
    if (!file)
        return strings;
    QXmlStreamReader xml(file.get());
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement();
            } else if (inItem && xml.name() == QLatin1String("t")) {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("si")) {
            strings.append(SheetValues::decodeEscapes(current));
            inItem = false;
        }
    }
    return strings;
}

QList<SheetValues::NumberFormat> readNumberFormats(const QString &path, const QString &entry)
{
    QList<SheetValues::NumberFormat> formats;
    const auto file = SheetZip::openEntry(path, entry);
    if (!file)
        return formats;
    QHash<int, SheetValues::NumberFormat> custom;
    QXmlStreamReader xml(file.get());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                const QString code = attributes.value(QLatin1String("formatCode")).toString();
                custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                              {SheetValues::isDateFormatCode(code), SheetValues::digitLayout(code)});
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                formats.append(custom.contains(id)
                                   ? custom.value(id)
                                   : SheetValues::NumberFormat {SheetValues::isBuiltInDateFormat(id), {}});
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return formats;
}

} // namespace

namespace SheetZip {

Status checkArchive(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return Error {QCoreApplication::translate("SpreadsheetReader", "The file “%1” does not exist.").arg(path)};
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return Error {QCoreApplication::translate("SpreadsheetReader",
                                                  "“%1” cannot be read as a spreadsheet: it is not a valid zip "
                                                  "archive (the file may be damaged or of another kind).")
                          .arg(name)};
    }
    return {};
}

std::unique_ptr<QuaZipFile> openEntry(const QString &path, const QString &name)
{
    auto file = std::make_unique<QuaZipFile>(path, name, QuaZip::csInsensitive);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

Result<qsizetype> sheetIndex(const QString &path, const QStringList &sheetNames, const QString &sheet)
{
    if (sheet.isEmpty())
        return qsizetype(0);
    if (const qsizetype index = sheetNames.indexOf(sheet); index >= 0)
        return index;
    return Error {QCoreApplication::translate("XlsxSource", "“%1” has no sheet named “%2”. Its sheets are: %3.")
                      .arg(QFileInfo(path).fileName(), sheet, sheetNames.join(QStringLiteral(", "))),
                  QStringLiteral("sheet"), Error::Kind::NotFound};
}

} // namespace SheetZip

Status XlsxSource::loadWorkbook()
{
    const QString name = QFileInfo(m_path).fileName();
    const QString workbook = targetOfType(readRelationships(m_path, QString()), QLatin1String("/officeDocument"),
                                          QStringLiteral("xl/workbook.xml"));
    const auto file = SheetZip::openEntry(m_path, workbook);
    if (!file)
        return Error {Text::tr("“%1” is not an Excel workbook: it has no %2.").arg(name, workbook)};
    const QHash<QString, Relationship> relationships = readRelationships(m_path, workbook);

    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto flag = attributes.value(QLatin1String("date1904"));
            m_date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            }
            const Relationship relationship = relationships.value(id);
            // Chart sheets are listed among the sheets but hold no cells.
            if (relationship.target.isEmpty() || relationship.type.endsWith(QLatin1String("/chartsheet")))
                continue;
            m_sheetNames.append(attributes.value(QLatin1String("name")).toString());
            m_sheetPaths.append(relationship.target);
        }
    }
    if (xml.hasError()) {
        return Error {Text::tr("“%1” is a damaged Excel workbook: %2 (in %3, XML line %4).")
                          .arg(name, xml.errorString(), workbook)
                          .arg(xml.lineNumber())};
    }
    if (m_sheetNames.isEmpty())
        return Error {Text::tr("The workbook “%1” contains no sheets.").arg(name)};

    m_sharedStrings = readSharedStrings(
        m_path, targetOfType(relationships, QLatin1String("/sharedStrings"), QStringLiteral("xl/sharedStrings.xml")));
    m_numberFormats = readNumberFormats(
        m_path, targetOfType(relationships, QLatin1String("/styles"), QStringLiteral("xl/styles.xml")));
    return {};
}

} // namespace clientele
