#pragma once

#include "rowsource.h"
#include "xlsxvalues.h"

#include <QXmlStreamReader>

#include <memory>

class QuaZipFile;

namespace clientele {

/// Zip access shared by the xlsx and ods readers.
namespace SheetZip {

/// Checks that `path` is a readable zip archive; the error names the file.
Status checkArchive(const QString &path);
/// Opens the entry `name` of the archive for reading (names compared case-insensitively), or
/// nullptr when it is missing or unreadable.
std::unique_ptr<QuaZipFile> openEntry(const QString &path, const QString &name);
/// The position of `sheet` among the workbook's sheets, the first one when `sheet` is empty; the
/// error names the file and lists the sheets it has.
Result<qsizetype> sheetIndex(const QString &path, const QStringList &sheetNames, const QString &sheet);

} // namespace SheetZip

/// One sheet of an Excel .xlsx workbook, streamed row by row from its XML with
/// QXmlStreamReader: only the workbook's shared strings and styles are held in memory.
/// Booleans read as "true"/"false"; numbers as typed ("12.5", "15035550123"); numbers whose
/// cell style is a date format as ISO dates (see SheetValues::serialToIso); error cells as "".
/// Cells are placed by their A1 reference, so gaps become ""; a row is padded to the width of
/// the widest row before it (the header), trailing empty cells beyond that are dropped.
class XlsxSource final : public RowSource
{
public:
    static Result<std::unique_ptr<RowSource>> open(const QString &path, const QString &sheet);
    ~XlsxSource() override;

    std::optional<RawRow> next() override;
    /// Always empty: a sheet has no recoverable read problems, a damaged one sets errorString().
    QList<ImportIssue> takeIssues() override { return {}; }
    QString errorString() const override { return m_error; }
    double progress() const override;
    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheets() const override { return m_sheetNames; }
    QString sheet() const override { return m_sheet; }

private:
    XlsxSource() = default;
    Status loadWorkbook();
    QString readRowCells(QStringList &cells);
    QString readCell(int &column);
    QString readInlineString();
    void fail(const QString &reason);

    QString m_path;
    QStringList m_sheetNames;
    QStringList m_sheetPaths;
    QString m_sheet;
    QString m_sheetPath;
    QStringList m_sharedStrings;
    QList<SheetValues::NumberFormat> m_numberFormats; ///< per cellXfs index
    bool m_date1904 = false;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    qint64 m_lastRow = 0;
    qsizetype m_width = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace clientele
