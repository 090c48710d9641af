#include "xlsxreader.h"
#include "xlsxvalues.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <quazip/quazipfile.h>

namespace clientele {

Result<std::unique_ptr<RowSource>> XlsxSource::open(const QString &path, const QString &sheet)
{
    if (auto status = SheetZip::checkArchive(path); !status)
        return status.error();
    std::unique_ptr<XlsxSource> source(new XlsxSource);
    source->m_path = path;
    if (auto status = source->loadWorkbook(); !status)
        return status.error();

    const QString name = QFileInfo(path).fileName();
    const auto index = SheetZip::sheetIndex(path, source->m_sheetNames, sheet);
    if (!index)
        return index.error();
    source->m_sheet = source->m_sheetNames.at(*index);
    source->m_sheetPath = source->m_sheetPaths.at(*index);
    source->m_file = SheetZip::openEntry(path, source->m_sheetPath);
    if (!source->m_file) {
        return Error {QCoreApplication::translate("XlsxSource", "The sheet “%1” is missing from “%2” (%3).")
                          .arg(source->m_sheet, name, source->m_sheetPath)};
    }
    source->m_xml.setDevice(source->m_file.get());
    return std::unique_ptr<RowSource>(std::move(source));
}

XlsxSource::~XlsxSource() = default;

std::optional<RawRow> XlsxSource::next()
{
    while (!m_done) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("row")) {
            const QString reference = m_xml.attributes().value(QLatin1String("r")).toString();
            const qint64 line = reference.isEmpty() ? m_lastRow + 1 : reference.toLongLong();
            m_lastRow = line;
            RawRow row;
            row.line = line;
            if (const QString problem = readRowCells(row.cells); !problem.isEmpty()) {
                fail(problem);
                return std::nullopt;
            }
            if (SheetValues::isBlank(row.cells))
                continue;
            SheetValues::normalizeWidth(row.cells, m_width);
            return row;
        }
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("sheetData")) {
            m_done = true;
        } else if (m_xml.hasError()) {
            fail(m_xml.errorString());
        } else if (m_xml.atEnd()) {
            m_done = true;
        }
    }
    return std::nullopt;
}

QString XlsxSource::readRowCells(QStringList &cells)
{
    int column = 0;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("c")) {
            const QString value = readCell(column);
            if (m_xml.hasError())
                return m_xml.errorString();
            if (column < SheetValues::MaxColumns) {
                while (cells.size() <= column)
                    cells.append(QString());
                cells[column] = value;
            }
            ++column;
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("row")) {
            return {};
        }
    }
    return m_xml.hasError() ? m_xml.errorString()
                            : QCoreApplication::translate("XlsxSource", "the sheet ends inside a row");
}

/// Reads one <c> element; `column` is where it goes when it has no reference and is set to
/// where it goes when it has one.
QString XlsxSource::readCell(int &column)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString reference = attributes.value(QLatin1String("r")).toString();
    if (const int referenced = SheetValues::columnOfReference(reference); referenced >= 0)
        column = referenced;
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();

    QString value;
    QString inlineText;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == QLatin1String("v"))
                value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (m_xml.name() == QLatin1String("is"))
                inlineText = readInlineString();
            else
                m_xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c")) {
            break;
        }
    }

    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        return ok ? m_sharedStrings.value(index) : QString();
    }
    if (type == QLatin1String("inlineStr"))
        return SheetValues::decodeEscapes(inlineText);
    if (type == QLatin1String("str"))
        return SheetValues::decodeEscapes(value);
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") || value.trimmed() == QLatin1String("true")
            ? QStringLiteral("true")
            : QStringLiteral("false");
    if (type == QLatin1String("e"))
        return {}; // #N/A, #DIV/0!: a formula's failure is no customer data
    if (type == QLatin1String("d"))
        return SheetValues::isoDateTime(value);
    if (value.isEmpty())
        return inlineText;
    if (style < 0 || style >= m_numberFormats.size())
        return SheetValues::formatNumber(value);
    const SheetValues::NumberFormat &format = m_numberFormats.at(style);
    if (format.date)
        return SheetValues::serialToIso(value, m_date1904);
    return SheetValues::applyDigitLayout(value, format.digitLayout);
}

QString XlsxSource::readInlineString()
{
    QString text;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == QLatin1String("t"))
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (m_xml.name() == QLatin1String("rPh"))
                m_xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("is")) {
            break;
        }
    }
    return text;
}

void XlsxSource::fail(const QString &reason)
{
    m_done = true;
    m_error = QCoreApplication::translate("XlsxSource", "The sheet “%1” in “%2” is damaged near row %3: %4.")
                  .arg(m_sheet, QFileInfo(m_path).fileName())
                  .arg(m_lastRow)
                  .arg(reason);
}

double XlsxSource::progress() const
{
    if (m_done)
        return 1.0;
    const qint64 size = m_file ? m_file->size() : 0;
    return size > 0 ? qBound(0.0, static_cast<double>(m_file->pos()) / static_cast<double>(size), 1.0) : 0.0;
}

} // namespace clientele
