#pragma once

#include "import/mapping/columnmapping.h"
#include "import/readers/rowsource.h"
#include "import/readers/vcardreader.h"
#include "importoptions.h"
#include "importtypes.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace clientele {

class Clock;
struct ImportRequest;

/// The reading half of an import: opens the file (a RowSource, or a VCardReader for vCards),
/// finds the header and the column mapping (detected, then the preset, then the overrides),
/// and hands out the data rows, the first ones from a buffer that also serves to learn the
/// file's date order. Only that small buffer is held: the rest streams.
class ImportSource final
{
public:
    /// How many data rows are read ahead to learn date orders and number styles.
    static constexpr int SampleRows = 200;

    /// The error names the file (unreadable, empty) or, with kind Validation, the preset or
    /// override that does not fit the file.
    static Result<std::unique_ptr<ImportSource>> open(QSqlDatabase db, const Clock &clock,
                                                      const ImportRequest &request);

    bool isVCard() const { return m_cards != nullptr; }
    QString format() const;
    QString encoding() const;
    QString delimiter() const;
    QStringList sheets() const;
    QString sheet() const;
    const ColumnMapping &mapping() const { return m_mapping; }
    const QList<RawRow> &sample() const { return m_sample; }
    MapperOptions mapperOptions() const { return m_mapperOptions; }

    /// The next data row of a tabular file. A row that repeats the header (two exports pasted
    /// into one file) is skipped and reported, never handed out.
    std::optional<RawRow> nextRow();
    /// One warning per column that holds data but is not imported (mapped to "ignore"), naming
    /// it and how many of the rows handed out so far had a value in it.
    QList<ImportIssue> unimportedColumnIssues() const;
    /// The next card of a vCard file, as a contact.
    std::optional<ContactRecord> nextCard();
    QList<ImportIssue> takeIssues();
    double progress() const;
    /// A fatal read error that ended the rows early, or empty.
    QString errorString() const;

private:
    ImportSource() = default;
    Status readHeader(QSqlDatabase db, const Clock &clock, const ImportRequest &request);
    bool repeatsHeader(const RawRow &row) const;
    void countUnimported(const RawRow &row);

    std::unique_ptr<RowSource> m_rows;
    std::unique_ptr<VCardReader> m_cards;
    QString m_phoneRegion; ///< vCards: the region numbers without a country code are read in
    ColumnMapping m_mapping;
    MapperOptions m_mapperOptions;
    QList<RawRow> m_sample;
    qsizetype m_sampleNext = 0;
    QStringList m_headerKey; ///< the header cells as repeatsHeader() compares them
    QList<qint64> m_unimportedCells; ///< per column: cells with data in ignored columns
    QList<bool> m_reportedColumns; ///< per column: left out, and reported when it holds data
    QList<ImportIssue> m_issues;
};

} // namespace clientele
