#include "spreadsheetreader.h"

#include "odsreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele {

Result<std::unique_ptr<RowSource>> openSpreadsheet(const QString &path, const QString &format, const QString &sheet)
{
    if (format == QLatin1String("xlsx"))
        return XlsxSource::open(path, sheet);
    if (format == QLatin1String("ods"))
        return OdsSource::open(path, sheet);
    return Error {QCoreApplication::translate("SpreadsheetReader",
                                              "“%1” cannot be read as a spreadsheet of format “%2”: "
                                              "only xlsx and ods are spreadsheets.")
                      .arg(QFileInfo(path).fileName(), format),
                  QStringLiteral("format"), Error::Kind::Validation};
}

} // namespace clientele
