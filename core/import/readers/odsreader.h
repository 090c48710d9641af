#pragma once

#include "rowsource.h"

#include <QXmlStreamReader>

#include <memory>

class QuaZipFile;

namespace clientele {

/// One table of an OpenDocument spreadsheet (.ods), streamed row by row from content.xml with
/// QXmlStreamReader. Repeated rows and columns are expanded lazily, and runs of empty ones
/// (LibreOffice writes a million-row tail) cost nothing. Numbers, percentages and currency
/// read as office:value ("12.5"), dates as ISO ("2024-05-01", "2024-05-01T10:30:00"), times as
/// "HH:mm:ss", booleans as "true"/"false", text with its paragraphs joined by newlines;
/// covered (merged-away) cells are "". Row numbers are sheet rows; widths as in XlsxSource.
class OdsSource final : public RowSource
{
public:
    static Result<std::unique_ptr<RowSource>> open(const QString &path, const QString &sheet);
    ~OdsSource() override;

    std::optional<RawRow> next() override;
    /// Always empty: a sheet has no recoverable read problems, a damaged one sets errorString().
    QList<ImportIssue> takeIssues() override { return {}; }
    QString errorString() const override { return m_error; }
    double progress() const override;
    QString format() const override { return QStringLiteral("ods"); }
    QStringList sheets() const override { return m_sheetNames; }
    QString sheet() const override { return m_sheet; }

private:
    OdsSource() = default;
    Status listTables();
    bool seekTable(qsizetype index);
    bool readRow(QStringList &cells);
    QString readCellValue();
    QString readText();
    QString readParagraph();
    void fail();

    QString m_path;
    QStringList m_sheetNames;
    QString m_sheet;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    qint64 m_row = 0; ///< sheet row of the last row read
    RawRow m_repeated; ///< a non-empty row with table:number-rows-repeated still to hand out
    qint64 m_repeatsLeft = 0;
    qsizetype m_width = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace clientele
