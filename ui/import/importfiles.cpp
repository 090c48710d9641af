#include "importfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace clientele {

namespace {

const QStringList Suffixes {QStringLiteral("csv"),  QStringLiteral("txt"), QStringLiteral("tsv"),
                            QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("vcf")};

} // namespace

QString ImportFiles::dialogFilter()
{
    return QCoreApplication::translate("ImportFiles",
                                       "Spreadsheets and contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf)")
        + QStringLiteral(";;") + QCoreApplication::translate("ImportFiles", "All files (*)");
}

QString ImportFiles::choose(QWidget *parent, const QString &startPath)
{
    const QString start = startPath.isEmpty() ? QDir::homePath() : QFileInfo(startPath).absolutePath();
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("ImportFiles", "Import File"), start,
                                        dialogFilter());
}

QString ImportFiles::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    if (!info.isFile() || !Suffixes.contains(info.suffix().toLower()))
        return {};
    return info.absoluteFilePath();
}

QString ImportFiles::formatName(const QString &format)
{
    if (format == QLatin1String("csv"))
        return QCoreApplication::translate("ImportFiles", "Delimited text (CSV)");
    if (format == QLatin1String("xlsx"))
        return QCoreApplication::translate("ImportFiles", "Excel workbook (.xlsx)");
    if (format == QLatin1String("ods"))
        return QCoreApplication::translate("ImportFiles", "OpenDocument spreadsheet (.ods)");
    if (format == QLatin1String("vcf"))
        return QCoreApplication::translate("ImportFiles", "vCard address book (.vcf)");
    return format;
}

QString ImportFiles::encodingName(const QString &encoding)
{
    if (encoding == QLatin1String("utf-8"))
        return QCoreApplication::translate("ImportFiles", "UTF-8");
    if (encoding == QLatin1String("utf-16"))
        return QCoreApplication::translate("ImportFiles", "UTF-16");
    if (encoding == QLatin1String("utf-16le"))
        return QCoreApplication::translate("ImportFiles", "UTF-16 little-endian");
    if (encoding == QLatin1String("utf-16be"))
        return QCoreApplication::translate("ImportFiles", "UTF-16 big-endian");
    if (encoding == QLatin1String("windows-1252"))
        return QCoreApplication::translate("ImportFiles", "Windows-1252 (Western European)");
    return encoding;
}

QString ImportFiles::delimiterName(const QString &delimiter)
{
    if (delimiter == QLatin1String(","))
        return QCoreApplication::translate("ImportFiles", "Comma");
    if (delimiter == QLatin1String(";"))
        return QCoreApplication::translate("ImportFiles", "Semicolon");
    if (delimiter == QLatin1String("\t"))
        return QCoreApplication::translate("ImportFiles", "Tab");
    if (delimiter == QLatin1String("|"))
        return QCoreApplication::translate("ImportFiles", "Pipe");
    return delimiter;
}

} // namespace clientele
