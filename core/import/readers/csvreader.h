#pragma once

#include "rowsource.h"
#include "textdecoding.h"

#include <QIODevice>

namespace clientele {

/// Reads delimited text (.csv, .tsv, .txt) as rows, streaming: the file is read in chunks and
/// the reader never holds more than one decoded chunk plus the record being assembled, whatever
/// the file size (a device that cannot seek back also keeps the detection sample until it has
/// been parsed). A record longer than MaxRecordChars is reported and skipped, which bounds the
/// record too.
///
/// RFC 4180 quoting (delimiters, line breaks and doubled quotes inside quoted fields), CRLF, LF
/// and lone CR line ends, with Excel's leniency: a quote inside an unquoted field is kept as
/// text, and text after a closing quote is appended to the field. Blank lines, and lines whose
/// fields are all empty, are skipped. A quote left open at the end of the file is reported as
/// an issue (Rejected, naming the line where it opened) and its partial record is not returned.
/// Rows keep the number of fields the file gives: too many or too few is for the mapping to
/// report against the header. The first row with bytes the encoding could not decode (shown
/// as U+FFFD) gets a Warning suggesting another encoding.
///
/// The encoding (ReadOptions::encoding, "auto" by default) and the delimiter (comma, semicolon,
/// tab or pipe, "auto" by default) are detected from a sample at the start of the file. When
/// that sample is plain ASCII the choice between UTF-8 and Windows-1252 is made at the first
/// non-ASCII byte instead, so a Windows-1252 file whose first accent comes late still reads
/// right; encoding() reports "utf-8" until then.
class CsvReader final : public RowSource
{
public:
    static constexpr qint64 DefaultChunkSize = 64 * 1024;
    /// Bytes read at the start to detect the encoding and the delimiter.
    static constexpr qint64 SampleSize = 64 * 1024;
    /// A record longer than this (a quote never closed, a file that is not text) is reported
    /// and skipped instead of being held in memory.
    static constexpr qsizetype MaxRecordChars = 4 * 1024 * 1024;
    /// Records the delimiter detection looks at.
    static constexpr int SampleRecords = 100;

    /// Opens `path`; the error names the file (missing, unreadable, empty) or the option that
    /// is not understood.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, const ReadOptions &options,
                                                   qint64 chunkSize = DefaultChunkSize);
    /// Reads from `device` (opened for reading by the caller, or opened here): a file, a buffer,
    /// or a sequential device whose read() returns 0 only at its end. `name` is how messages call
    /// it. `chunkSize` is the number of bytes read at a time.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<QIODevice> device, const QString &name,
                                                   const ReadOptions &options, qint64 chunkSize = DefaultChunkSize);

    ~CsvReader() override;

    std::optional<RawRow> next() override;
    QList<ImportIssue> takeIssues() override;
    QString errorString() const override;
    double progress() const override;
    QString format() const override;
    QString encoding() const override;
    QString delimiter() const override;

    /// Memory held for file content right now, in bytes: raw bytes not yet decoded, the decoded
    /// chunk, and the record being assembled. Lets tests check that memory stays bounded.
    qint64 bufferedBytes() const;

    /// The delimiter that splits the records of `sample` into the most consistent number of
    /// fields (more than one), among comma, semicolon, tab and pipe; delimiters inside quoted
    /// fields do not count. `complete`: the sample is the whole file (otherwise its last,
    /// possibly cut, record is left out). A comma when no candidate splits anything.
    static QChar detectDelimiter(QStringView sample, bool complete);
    /// The delimiter a ReadOptions::delimiter value names ("auto" gives a null QChar): one of
    /// ",", ";", "\t", "|", "tab", "comma", "semicolon", "pipe", or any other single character
    /// that is not a quote or a line break. std::nullopt when it cannot be a delimiter.
    static std::optional<QChar> parseDelimiterOption(const QString &option);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    CsvReader(std::unique_ptr<QIODevice> device, QString name, qint64 chunkSize);
    Status initialize(const ReadOptions &options);
    QByteArray readRaw(qint64 maxBytes);
    bool fillBuffer();
    void settleEncoding(QByteArray &chunk);
    std::optional<RawRow> parseBuffer();
    std::optional<RawRow> finishAtEnd();
    void appendToField(const QChar *begin, qsizetype length);
    void endField();
    std::optional<RawRow> endRecord();
    void warnAboutUndecodableBytes();
    void markRecordStart();
    void newLine(char16_t c);

    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    qint64 m_chunkSize;
    qint64 m_totalBytes = -1;
    /// Bytes handed to the decoder so far, for progress().
    qint64 m_consumed = 0;
    bool m_inputDone = false;

    /// Sample bytes still to be parsed when the device cannot seek back over them.
    QByteArray m_pending;
    qsizetype m_pendingPos = 0;

    std::unique_ptr<TextDecoding::Decoder> m_decoder;
    QString m_encoding;
    bool m_encodingSettled = true;
    QChar m_delimiter = QLatin1Char(',');

    QString m_text;
    qsizetype m_pos = 0;

    State m_state = State::FieldStart;
    bool m_afterCr = false;
    bool m_recordStarted = false;
    bool m_recordTooLong = false;
    qsizetype m_recordChars = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 1;
    QString m_field;
    QStringList m_cells;

    bool m_encodingWarned = false;
    bool m_finished = false;
    QString m_error;
    QList<ImportIssue> m_issues;
};

} // namespace clientele
