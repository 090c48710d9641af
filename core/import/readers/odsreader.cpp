#include "odsreader.h"

#include "xlsxreader.h"
#include "xlsxvalues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip/quazipfile.h>

namespace clientele {

namespace {

const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString ContentEntry = QStringLiteral("content.xml");

bool isElement(const QXmlStreamReader &xml, const QString &ns, QLatin1String name)
{
    return xml.namespaceUri() == ns && xml.name() == name;
}

bool isCell(const QXmlStreamReader &xml)
{
    return isElement(xml, TableNs, QLatin1String("table-cell"))
        || isElement(xml, TableNs, QLatin1String("covered-table-cell"));
}

qint64 repeatCount(const QXmlStreamReader &xml, QLatin1String attribute)
{
    const qint64 count = xml.attributes().value(TableNs, attribute).toLongLong();
    return count > 1 ? count : 1;
}

/// lupdate files these strings under "OdsSource", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OdsSource)
};

} // namespace

Result<std::unique_ptr<RowSource>> OdsSource::open(const QString &path, const QString &sheet)
{
    if (auto status = SheetZip::checkArchive(path); !status)
        return status.error();
    std::unique_ptr<OdsSource> source(new OdsSource);
    source->m_path = path;
    if (auto status = source->listTables(); !status)
        return status.error();

    const QString name = QFileInfo(path).fileName();
    const auto index = SheetZip::sheetIndex(path, source->m_sheetNames, sheet);
    if (!index)
        return index.error();
    source->m_sheet = source->m_sheetNames.at(*index);
    if (!source->seekTable(*index)) {
        return Error {Text::tr("The sheet “%1” in “%2” cannot be read: %3.")
                          .arg(source->m_sheet, name, source->m_xml.errorString())};
    }
    return std::unique_ptr<RowSource>(std::move(source));
}

OdsSource::~OdsSource() = default;

Status OdsSource::listTables()
{
    const QString name = QFileInfo(m_path).fileName();
    if (const auto mimetype = SheetZip::openEntry(m_path, QStringLiteral("mimetype"))) {
        const QByteArray type = mimetype->read(200).trimmed();
        if (!type.contains("spreadsheet"))
            return Error {Text::tr("“%1” is an OpenDocument file but not a spreadsheet (%2).")
                              .arg(name, QString::fromLatin1(type))};
    }
    const auto file = SheetZip::openEntry(m_path, ContentEntry);
    if (!file)
        return Error {Text::tr("“%1” is not an OpenDocument spreadsheet: it has no content.xml.").arg(name)};
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && isElement(xml, TableNs, QLatin1String("table"))) {
            m_sheetNames.append(xml.attributes().value(TableNs, QLatin1String("name")).toString());
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        return Error {Text::tr("“%1” is a damaged OpenDocument spreadsheet: %2 (content.xml, XML line %3).")
                          .arg(name, xml.errorString())
                          .arg(xml.lineNumber())};
    }
    if (m_sheetNames.isEmpty())
        return Error {Text::tr("The spreadsheet “%1” contains no sheets.").arg(name)};
    return {};
}

bool OdsSource::seekTable(qsizetype index)
{
    m_file = SheetZip::openEntry(m_path, ContentEntry);
    if (!m_file)
        return false;
    m_xml.setDevice(m_file.get());
    qsizetype seen = 0;
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement || !isElement(m_xml, TableNs, QLatin1String("table")))
            continue;
        if (seen++ == index)
            return true;
        m_xml.skipCurrentElement();
    }
    return false;
}

std::optional<RawRow> OdsSource::next()
{
    if (m_repeatsLeft > 0) {
        --m_repeatsLeft;
        RawRow row = m_repeated;
        row.line = ++m_row;
        return row;
    }
    while (!m_done) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && isElement(m_xml, TableNs, QLatin1String("table-row"))) {
            const qint64 repeats = repeatCount(m_xml, QLatin1String("number-rows-repeated"));
            QStringList cells;
            if (!readRow(cells)) {
                fail();
                return std::nullopt;
            }
            if (SheetValues::isBlank(cells)) {
                m_row += repeats; // skipped without expanding: often a million-row formatted tail
                continue;
            }
            SheetValues::normalizeWidth(cells, m_width);
            RawRow row {++m_row, cells};
            if (repeats > 1) {
                m_repeated = row;
                m_repeatsLeft = repeats - 1;
            }
            return row;
        }
        if (token == QXmlStreamReader::EndElement && isElement(m_xml, TableNs, QLatin1String("table")))
            m_done = true;
        else if (m_xml.hasError())
            fail();
        else if (m_xml.atEnd())
            m_done = true;
    }
    return std::nullopt;
}

bool OdsSource::readRow(QStringList &cells)
{
    qint64 pendingEmpty = 0; // empty cells are only written out when a value follows them
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && isCell(m_xml)) {
            const qint64 repeats = repeatCount(m_xml, QLatin1String("number-columns-repeated"));
            const QString value = readCellValue();
            if (m_xml.hasError())
                return false;
            if (value.isEmpty()) {
                pendingEmpty += repeats;
                continue;
            }
            for (; pendingEmpty > 0 && cells.size() < SheetValues::MaxColumns; --pendingEmpty)
                cells.append(QString());
            pendingEmpty = 0;
            for (qint64 i = 0; i < repeats && cells.size() < SheetValues::MaxColumns; ++i)
                cells.append(value);
        } else if (token == QXmlStreamReader::EndElement && isElement(m_xml, TableNs, QLatin1String("table-row"))) {
            return true;
        }
    }
    return false;
}

/// Reads a cell from its start element to its end.
QString OdsSource::readCellValue()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const auto type = attributes.value(OfficeNs, QLatin1String("value-type"));
    QString value;
    if (type == QLatin1String("float")) {
        // ODF keeps the number and the text it shows: a postal code "07030" is stored as 7030.
        const QString number = SheetValues::formatNumber(attributes.value(OfficeNs, QLatin1String("value")).toString());
        const QString shown = SheetValues::shownDigits(readText(), number);
        return shown.isEmpty() ? number : shown;
    }
    if (type == QLatin1String("percentage") || type == QLatin1String("currency"))
        value = SheetValues::formatNumber(attributes.value(OfficeNs, QLatin1String("value")).toString());
    else if (type == QLatin1String("date"))
        value = SheetValues::isoDateTime(attributes.value(OfficeNs, QLatin1String("date-value")).toString());
    else if (type == QLatin1String("time"))
        value = SheetValues::isoDuration(attributes.value(OfficeNs, QLatin1String("time-value")).toString());
    else if (type == QLatin1String("boolean"))
        value = attributes.value(OfficeNs, QLatin1String("boolean-value")) == QLatin1String("true")
            ? QStringLiteral("true")
            : QStringLiteral("false");
    else if (attributes.hasAttribute(OfficeNs, QLatin1String("string-value")))
        value = attributes.value(OfficeNs, QLatin1String("string-value")).toString();
    else
        return readText();
    m_xml.skipCurrentElement();
    return value;
}

/// The paragraphs of a cell joined by newlines; comments (office:annotation) left out.
QString OdsSource::readText()
{
    QStringList paragraphs;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (isElement(m_xml, TextNs, QLatin1String("p")) || isElement(m_xml, TextNs, QLatin1String("h")))
                paragraphs.append(readParagraph());
            else if (isElement(m_xml, OfficeNs, QLatin1String("annotation"))
                     || isElement(m_xml, TableNs, QLatin1String("table")))
                m_xml.skipCurrentElement();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return paragraphs.join(QLatin1Char('\n'));
}

/// One text:p: spans and links contribute their text, text:s its run of spaces (ODF collapses
/// white space in character data, so repeated spaces are stored that way).
QString OdsSource::readParagraph()
{
    static const QRegularExpression whitespace(QStringLiteral("[ \\t\\r\\n]+"));
    QString text;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += m_xml.text().toString().replace(whitespace, QStringLiteral(" "));
        } else if (token == QXmlStreamReader::StartElement) {
            if (isElement(m_xml, TextNs, QLatin1String("s"))) {
                const int count = m_xml.attributes().value(TextNs, QLatin1String("c")).toInt();
                text += QString(qBound(1, count, 1000), QLatin1Char(' '));
                m_xml.skipCurrentElement();
            } else if (isElement(m_xml, TextNs, QLatin1String("tab"))) {
                text += QLatin1Char('\t');
                m_xml.skipCurrentElement();
            } else if (isElement(m_xml, TextNs, QLatin1String("line-break"))) {
                text += QLatin1Char('\n');
                m_xml.skipCurrentElement();
            } else if (isElement(m_xml, OfficeNs, QLatin1String("annotation"))
                       || isElement(m_xml, TextNs, QLatin1String("note"))) {
                m_xml.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

void OdsSource::fail()
{
    m_done = true;
    m_error = Text::tr("The sheet “%1” in “%2” is damaged near row %3: %4.")
                  .arg(m_sheet, QFileInfo(m_path).fileName())
                  .arg(m_row + 1)
                  .arg(m_xml.hasError() ? m_xml.errorString() : Text::tr("the file ends inside a row"));
}

double OdsSource::progress() const
{
    if (m_done)
        return 1.0;
    const qint64 size = m_file ? m_file->size() : 0;
    return size > 0 ? qBound(0.0, static_cast<double>(m_file->pos()) / static_cast<double>(size), 1.0) : 0.0;
}

} // namespace clientele
