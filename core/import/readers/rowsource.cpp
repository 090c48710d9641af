#include "rowsource.h"

#include "compoundfile.h"
#include "csvreader.h"
#include "spreadsheetreader.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace clientele {

namespace {

/// lupdate files these strings under "RowSource", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RowSource)
};

/// Enough of the start of a file for every signature looked at here.
constexpr qint64 HeadSize = 4096;

const QString Csv = QStringLiteral("csv");
const QString Xlsx = QStringLiteral("xlsx");
const QString Ods = QStringLiteral("ods");
const QString Vcf = QStringLiteral("vcf");

QByteArray readHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(HeadSize);
}

bool isZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

/// The OLE2 compound file signature of Excel 97–2003 .xls workbooks.
bool isLegacyExcel(const QByteArray &head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool looksLikeVCard(const QByteArray &head)
{
    const QString encoding = TextDecoding::detect(head);
    TextDecoding::Decoder decoder(encoding);
    const QString text = decoder.decode(head.mid(TextDecoding::bomLength(head, encoding)));
    // Some address books put a group before every line: "home.begin:vcard".
    static const QRegularExpression begin(QStringLiteral("^(?:[A-Za-z0-9-]+\\.)?BEGIN:VCARD"),
                                          QRegularExpression::CaseInsensitiveOption);
    return begin.match(text.trimmed()).hasMatch();
}

/// "xlsx" or "ods" from what the zip holds: an OpenDocument file names its type in its first
/// entry, "mimetype"; an Excel workbook has xl/workbook.xml. Empty for any other zip.
QString spreadsheetKind(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    if (zip.setCurrentFile(QStringLiteral("mimetype"))) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly)
            && file.read(256).trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return Ods;
    }
    if (zip.setCurrentFile(QStringLiteral("xl/workbook.xml")))
        return Xlsx;
    return {};
}

/// What to tell the user about an OLE2 compound file: it is a file that cannot be read, not a
/// wrong command line, so the error is not a validation error.
Error compoundFileError(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (CompoundFile::classify(path)) {
    case CompoundFile::Kind::EncryptedWorkbook:
        return Error {
            Text::tr("The workbook %1 is password-protected, so it cannot be read. Open it in Excel, remove the "
                     "password (File › Info › Protect Workbook › Encrypt with Password, then clear the "
                     "password), save it, and import it again.")
                .arg(name),
            path};
    case CompoundFile::Kind::LegacyWorkbook:
    case CompoundFile::Kind::NotCompound:
        break;
    case CompoundFile::Kind::OtherDocument:
        return Error {Text::tr("The file %1 is an Office document of an older kind, not a spreadsheet or a text file. "
                               "Export the customers from the program that made it as CSV or .xlsx, then import that "
                               "file.")
                          .arg(name),
                      path};
    }
    return Error {Text::tr("The file %1 is an Excel 97–2003 workbook (.xls), which cannot be read: open it in Excel or "
                           "LibreOffice and save it as .xlsx or CSV, then import that file.")
                      .arg(name),
                  path};
}

QString formatFromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return Xlsx;
    if (suffix == QLatin1String("ods"))
        return Ods;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return Vcf;
    return Csv;
}

} // namespace

QString detectFormat(const QString &path)
{
    const QByteArray head = readHead(path);
    if (isZip(head)) {
        if (const QString kind = spreadsheetKind(path); !kind.isEmpty())
            return kind;
    } else if (looksLikeVCard(head)) {
        return Vcf;
    }
    return formatFromExtension(path);
}

Result<std::unique_ptr<RowSource>> openRowSource(const QString &path, const ReadOptions &options)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error {Text::tr("The file %1 does not exist.").arg(name), path, Error::Kind::NotFound};
    if (info.isDir())
        return Error {Text::tr("%1 is a folder, not a file.").arg(name), path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Text::tr("The file %1 could not be opened: %2").arg(name, file.errorString()), path};
    const QByteArray head = file.read(HeadSize);
    file.close();
    if (head.size() == TextDecoding::bomLength(head, TextDecoding::detect(head)))
        return Error {Text::tr("The file %1 is empty.").arg(name), path};
    if (isLegacyExcel(head))
        return compoundFileError(path);

    QString format = options.format.trimmed().toLower();
    if (format.isEmpty() || format == QLatin1String("auto"))
        format = detectFormat(path);
    else if (format == QLatin1String("txt") || format == QLatin1String("tsv"))
        format = Csv;

    if (format == Xlsx || format == Ods)
        return openSpreadsheet(path, format, options.sheet);
    if (format == Vcf)
        return Error {
            Text::tr("The file %1 is a vCard file: it holds contact cards, not rows, and is read as vCard.").arg(name),
            path, Error::Kind::Validation};
    if (format != Csv)
        return Error {Text::tr("The format \"%1\" is not supported: use csv, xlsx, ods or vcf.").arg(options.format),
                      QStringLiteral("format"), Error::Kind::Validation};
    if (isZip(head))
        return Error {
            Text::tr("The file %1 is a compressed (zip) file, not delimited text: unpack it, or import a workbook as "
                     "xlsx or ods.")
                .arg(name),
            path};

    auto reader = CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    return Result<std::unique_ptr<RowSource>>(std::unique_ptr<RowSource>(std::move(reader).value()));
}

} // namespace clientele
