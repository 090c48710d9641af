#include "csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <utility>

namespace clientele {

namespace {

/// lupdate files these strings under "CsvReader", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

bool isLineBreak(char16_t c)
{
    return c == Cr || c == Lf;
}

qsizetype firstNonAscii(const QByteArray &bytes)
{
    const auto it = std::find_if(bytes.cbegin(), bytes.cend(), [](char b) { return uchar(b) >= 0x80; });
    return it == bytes.cend() ? -1 : it - bytes.cbegin();
}

/// Where the UTF-8 sequence cut off by the end of `bytes` starts (checkUtf8() said Truncated).
qsizetype cutSequenceStart(const QByteArray &bytes)
{
    for (qsizetype i = bytes.size() - 1; i >= 0 && i >= bytes.size() - 4; --i) {
        if ((uchar(bytes.at(i)) & 0xC0) == 0xC0)
            return i;
    }
    return bytes.size();
}

constexpr std::array<char16_t, 4> DelimiterCandidates = {u',', u';', u'\t', u'|'};

qsizetype candidateIndex(char16_t c)
{
    const auto it = std::find(DelimiterCandidates.cbegin(), DelimiterCandidates.cend(), c);
    return it == DelimiterCandidates.cend() ? -1 : it - DelimiterCandidates.cbegin();
}

using FieldCounts = std::array<qsizetype, DelimiterCandidates.size()>;

/// Fields per record of `sample` for each candidate delimiter. Quoted fields are skipped
/// whichever candidate is right: a quote opens one at the start of a line or right after any
/// candidate, so "Doe, Jane";"Main St, 1" counts no commas and a,"x;y",b no semicolons, while
/// the stray quote of 5'11" stays text.
QList<FieldCounts> sampleFieldCounts(QStringView sample, bool complete)
{
    QList<FieldCounts> records;
    FieldCounts fields;
    fields.fill(1);
    bool inQuotes = false;
    bool atFieldStart = true;
    bool hasContent = false;
    const qsizetype size = sample.size();
    for (qsizetype i = 0; i < size && records.size() < CsvReader::SampleRecords; ++i) {
        const char16_t c = sample[i].unicode();
        if (inQuotes) {
            if (c == Quote) {
                if (i + 1 < size && sample[i + 1].unicode() == Quote)
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (isLineBreak(c)) {
            if (hasContent)
                records.append(fields);
            fields.fill(1);
            atFieldStart = true;
            hasContent = false;
            continue;
        }
        hasContent = true;
        if (const qsizetype index = candidateIndex(c); index >= 0) {
            ++fields[size_t(index)];
            atFieldStart = true;
            continue;
        }
        inQuotes = c == Quote && atFieldStart;
        atFieldStart = false;
    }
    // The last record of a cut sample may be cut too; it counts only when there is nothing else.
    if (hasContent && (complete || records.isEmpty()) && records.size() < CsvReader::SampleRecords)
        records.append(fields);
    return records;
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView sample, bool complete)
{
    const QList<FieldCounts> records = sampleFieldCounts(sample, complete);
    QChar best = QLatin1Char(',');
    qsizetype bestMatching = 0;
    qsizetype bestFields = 0;
    for (size_t candidate = 0; candidate < DelimiterCandidates.size(); ++candidate) {
        QHash<qsizetype, qsizetype> frequency;
        for (const FieldCounts &counts : records)
            ++frequency[counts[candidate]];
        // The field count most records share; on a tie, the larger count.
        qsizetype fields = 0;
        qsizetype matching = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > matching || (it.value() == matching && it.key() > fields)) {
                fields = it.key();
                matching = it.value();
            }
        }
        if (fields <= 1)
            continue;
        if (matching > bestMatching || (matching == bestMatching && fields > bestFields)) {
            best = QChar(DelimiterCandidates[candidate]);
            bestMatching = matching;
            bestFields = fields;
        }
    }
    return best;
}

std::optional<QChar> CsvReader::parseDelimiterOption(const QString &option)
{
    const QString name = option.toLower();
    if (option.isEmpty() || name == QLatin1String("auto"))
        return QChar();
    if (name == QLatin1String("tab") || option == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (name == QLatin1String("comma"))
        return QLatin1Char(',');
    if (name == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (name == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (option.size() == 1 && option.at(0) != QChar(Quote) && !isLineBreak(option.at(0).unicode()))
        return option.at(0);
    return std::nullopt;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const ReadOptions &options, qint64 chunkSize)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error {Text::tr("The file %1 does not exist.").arg(name), path, Error::Kind::NotFound};
    if (info.isDir())
        return Error {Text::tr("%1 is a folder, not a file.").arg(name), path};
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error {Text::tr("The file %1 could not be opened: %2").arg(name, file->errorString()), path};
    if (file->size() == 0)
        return Error {Text::tr("The file %1 is empty.").arg(name), path};
    return open(std::move(file), name, options, chunkSize);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(std::unique_ptr<QIODevice> device, const QString &name,
                                                   const ReadOptions &options, qint64 chunkSize)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return Error {Text::tr("%1 could not be opened: %2").arg(name, device->errorString()), name};
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), name, chunkSize));
    if (Status status = reader->initialize(options); !status)
        return status.error();
    return Result<std::unique_ptr<CsvReader>>(std::move(reader));
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, QString name, qint64 chunkSize)
    : m_device(std::move(device))
    , m_name(std::move(name))
    , m_chunkSize(std::max<qint64>(1, chunkSize))
{ }

CsvReader::~CsvReader() = default;

Status CsvReader::initialize(const ReadOptions &options)
{
    const std::optional<QChar> delimiter = parseDelimiterOption(options.delimiter);
    if (!delimiter)
        return Error {Text::tr("The delimiter \"%1\" is not supported: use a comma, a semicolon, a tab or a pipe.")
                          .arg(options.delimiter),
                      QStringLiteral("delimiter"), Error::Kind::Validation};
    const bool autoEncoding = options.encoding.trimmed().isEmpty()
        || TextDecoding::canonicalName(options.encoding) == QLatin1String("auto");
    if (!autoEncoding && TextDecoding::canonicalName(options.encoding).isEmpty())
        return Error {
            Text::tr("The encoding \"%1\" is not supported: use utf-8, utf-16 or windows-1252.").arg(options.encoding),
            QStringLiteral("encoding"), Error::Kind::Validation};

    m_totalBytes = m_device->isSequential() ? -1 : m_device->size();
    // A pipe may deliver less than asked for before its end: read until the sample is full.
    QByteArray sample;
    while (sample.size() < SampleSize) {
        const QByteArray part = readRaw(SampleSize - sample.size());
        if (!m_error.isEmpty())
            return Error {m_error, m_name};
        if (part.isEmpty())
            break;
        sample += part;
    }
    bool sampleIsAll = sample.size() < SampleSize;
    // A UTF-8 sequence cut by the end of the sample is completed before deciding on it.
    if (autoEncoding && !sampleIsAll && TextDecoding::checkUtf8(sample) == TextDecoding::Utf8Validity::Truncated) {
        const QByteArray more = readRaw(3);
        sample += more;
        sampleIsAll = more.size() < 3;
    }
    m_encoding = TextDecoding::resolve(options.encoding, sample);
    // A whole file whose only non-ASCII bytes are a sequence cut by its end ("Caf\xE9") is
    // Windows-1252; after real UTF-8 text it is a UTF-8 file cut short.
    if (autoEncoding && sampleIsAll && m_encoding == QLatin1String("utf-8")
        && TextDecoding::checkUtf8(sample) == TextDecoding::Utf8Validity::Truncated
        && cutSequenceStart(sample) == firstNonAscii(sample))
        m_encoding = QStringLiteral("windows-1252");
    m_encodingSettled
        = !autoEncoding || sampleIsAll || m_encoding != QLatin1String("utf-8") || firstNonAscii(sample) >= 0;
    m_decoder = std::make_unique<TextDecoding::Decoder>(m_encoding);

    const int bom = TextDecoding::bomLength(sample, m_encoding);
    if (delimiter->isNull()) {
        TextDecoding::Decoder sampleDecoder(m_encoding);
        QString text = sampleDecoder.decode(sample.mid(bom));
        if (sampleIsAll)
            text += sampleDecoder.finish();
        m_delimiter = detectDelimiter(text, sampleIsAll);
    } else {
        m_delimiter = *delimiter;
    }

    // Hand the sample over to parsing: read it again when the device can seek, which keeps
    // memory to one chunk, else keep it.
    m_consumed = bom;
    if (m_device->isSequential() || !m_device->seek(bom)) {
        m_pending = std::move(sample);
        m_pendingPos = bom;
    }
    return {};
}

QByteArray CsvReader::readRaw(qint64 maxBytes)
{
    if (m_pendingPos < m_pending.size()) {
        const qsizetype count = std::min<qsizetype>(maxBytes, m_pending.size() - m_pendingPos);
        QByteArray bytes = m_pending.mid(m_pendingPos, count);
        m_pendingPos += count;
        if (m_pendingPos >= m_pending.size()) {
            m_pending = QByteArray();
            m_pendingPos = 0;
        }
        return bytes;
    }
    QByteArray bytes(maxBytes, Qt::Uninitialized);
    const qint64 count = m_device->read(bytes.data(), maxBytes);
    if (count < 0) {
        m_error = Text::tr("The file %1 could not be read: %2").arg(m_name, m_device->errorString());
        return {};
    }
    bytes.resize(count);
    return bytes;
}

void CsvReader::settleEncoding(QByteArray &chunk)
{
    const qsizetype first = firstNonAscii(chunk);
    if (first < 0)
        return;
    auto validity = TextDecoding::checkUtf8(QByteArrayView(chunk).sliced(first));
    if (validity == TextDecoding::Utf8Validity::Truncated) {
        const QByteArray more = readRaw(3);
        chunk += more;
        if (!more.isEmpty())
            validity = TextDecoding::checkUtf8(QByteArrayView(chunk).sliced(first));
        else if (cutSequenceStart(chunk) == first)
            validity = TextDecoding::Utf8Validity::Invalid; // the same rule as for a whole sample
    }
    m_encodingSettled = true;
    if (validity == TextDecoding::Utf8Validity::Invalid) {
        // Everything before was ASCII, which both encodings read alike: switching is seamless.
        m_encoding = QStringLiteral("windows-1252");
        m_decoder = std::make_unique<TextDecoding::Decoder>(m_encoding);
    }
}

bool CsvReader::fillBuffer()
{
    if (m_inputDone)
        return false;
    QByteArray chunk = readRaw(m_chunkSize);
    if (!m_error.isEmpty())
        return false;
    m_pos = 0;
    if (chunk.isEmpty()) {
        m_inputDone = true;
        m_text = m_decoder->finish();
        return true;
    }
    if (!m_encodingSettled)
        settleEncoding(chunk);
    m_consumed += chunk.size();
    m_text = m_decoder->decode(chunk);
    return true;
}

std::optional<RawRow> CsvReader::next()
{
    while (!m_finished) {
        if (m_pos < m_text.size()) {
            if (auto row = parseBuffer())
                return row;
            continue;
        }
        if (!fillBuffer())
            return finishAtEnd();
    }
    return std::nullopt;
}

void CsvReader::markRecordStart()
{
    if (!m_recordStarted) {
        m_recordStarted = true;
        m_recordLine = m_line;
    }
}

void CsvReader::newLine(char16_t c)
{
    ++m_line;
    m_afterCr = c == Cr;
}

void CsvReader::appendToField(const QChar *begin, qsizetype length)
{
    if (m_recordTooLong)
        return;
    m_recordChars += length;
    if (m_recordChars > MaxRecordChars) {
        m_recordTooLong = true;
        m_field = QString();
        m_cells = QStringList();
        return;
    }
    m_field.append(begin, length);
}

void CsvReader::endField()
{
    m_state = State::FieldStart;
    if (m_recordTooLong)
        return;
    // A copy of exactly the field's size, so m_field keeps its capacity for the next one.
    m_cells.append(QString(m_field.constData(), m_field.size()));
    m_field.truncate(0);
    if (++m_recordChars > MaxRecordChars) {
        m_recordTooLong = true;
        m_cells = QStringList();
    }
}

void CsvReader::warnAboutUndecodableBytes()
{
    // Once per file: the first row that shows it is enough to tell the user to pick another
    // encoding, and a wrong choice would otherwise flood the report.
    if (m_encodingWarned || !m_decoder->hasError())
        return;
    const bool replaced = std::any_of(m_cells.cbegin(), m_cells.cend(),
                                      [](const QString &cell) { return cell.contains(QChar::ReplacementCharacter); });
    if (!replaced)
        return;
    m_encodingWarned = true;
    m_issues.append({m_recordLine,
                     {},
                     ImportIssue::Outcome::Warning,
                     0,
                     Text::tr("Line %1 has bytes that are not valid %2 text, shown as �: if names look wrong, "
                              "choose another encoding.")
                         .arg(m_recordLine)
                         .arg(m_encoding)});
}

std::optional<RawRow> CsvReader::endRecord()
{
    std::optional<RawRow> row;
    if (m_recordTooLong) {
        m_issues.append({m_recordLine,
                         {},
                         ImportIssue::Outcome::Rejected,
                         0,
                         Text::tr("The record starting on line %1 is longer than %2 characters (is a quote left "
                                  "open?) and was not imported.")
                             .arg(m_recordLine)
                             .arg(MaxRecordChars)});
    } else if (std::any_of(m_cells.cbegin(), m_cells.cend(), [](const QString &cell) { return !cell.isEmpty(); })) {
        warnAboutUndecodableBytes();
        row = RawRow {m_recordLine, std::move(m_cells)};
    }
    const qsizetype fieldCount = m_cells.size();
    m_cells = QStringList();
    m_cells.reserve(row ? row->cells.size() : fieldCount);
    if (m_field.capacity() > 16 * 1024)
        m_field.squeeze();
    m_recordStarted = false;
    m_recordTooLong = false;
    m_recordChars = 0;
    m_state = State::FieldStart;
    return row;
}

std::optional<RawRow> CsvReader::parseBuffer()
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    while (m_pos < size) {
        const char16_t c = data[m_pos].unicode();
        if (m_afterCr) {
            m_afterCr = false;
            if (c == Lf) {
                // The LF of a CRLF: its line was counted at the CR.
                if (m_state == State::Quoted)
                    appendToField(data + m_pos, 1);
                ++m_pos;
                continue;
            }
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == Quote) {
                markRecordStart();
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++m_pos;
            } else if (c == delimiter) {
                markRecordStart();
                endField();
                ++m_pos;
            } else if (isLineBreak(c)) {
                ++m_pos;
                newLine(c);
                if (m_recordStarted) {
                    endField();
                    if (auto row = endRecord())
                        return row;
                }
            } else {
                markRecordStart();
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            // Quotes inside an unquoted field are plain text, as in Excel.
            qsizetype end = m_pos;
            while (end < size && data[end].unicode() != delimiter && !isLineBreak(data[end].unicode()))
                ++end;
            appendToField(data + m_pos, end - m_pos);
            m_pos = end;
            if (end == size)
                break;
            const char16_t stop = data[m_pos++].unicode();
            endField();
            if (stop != delimiter) {
                newLine(stop);
                if (auto row = endRecord())
                    return row;
            }
            break;
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < size && data[end].unicode() != Quote && !isLineBreak(data[end].unicode()))
                ++end;
            appendToField(data + m_pos, end - m_pos);
            m_pos = end;
            if (end == size)
                break;
            const char16_t stop = data[m_pos++].unicode();
            if (stop == Quote) {
                m_state = State::QuoteInQuoted;
            } else {
                appendToField(data + m_pos - 1, 1);
                newLine(stop);
            }
            break;
        }
        case State::QuoteInQuoted:
            if (c == Quote) {
                appendToField(data + m_pos, 1);
                m_state = State::Quoted;
                ++m_pos;
            } else if (c == delimiter) {
                endField();
                ++m_pos;
            } else if (isLineBreak(c)) {
                ++m_pos;
                endField();
                newLine(c);
                if (auto row = endRecord())
                    return row;
            } else {
                // Text after a closing quote ("ab"cd) joins the field, as Excel reads it.
                m_state = State::Unquoted;
            }
            break;
        }
    }
    return std::nullopt;
}

std::optional<RawRow> CsvReader::finishAtEnd()
{
    m_finished = true;
    m_text = QString();
    m_pos = 0;
    if (!m_error.isEmpty())
        return std::nullopt;
    switch (m_state) {
    case State::Quoted:
        m_issues.append({m_recordLine,
                         {},
                         ImportIssue::Outcome::Rejected,
                         0,
                         Text::tr("The quote opened on line %1 is never closed: the record starting on line %2 runs "
                                  "to the end of the file and was not imported.")
                             .arg(m_quoteLine)
                             .arg(m_recordLine)});
        m_field = QString();
        m_cells = QStringList();
        return std::nullopt;
    case State::Unquoted:
    case State::QuoteInQuoted:
        endField();
        return endRecord();
    case State::FieldStart:
        if (!m_recordStarted)
            return std::nullopt;
        endField();
        return endRecord();
    }
    return std::nullopt;
}

QList<ImportIssue> CsvReader::takeIssues()
{
    return std::exchange(m_issues, {});
}

QString CsvReader::errorString() const
{
    return m_error;
}

double CsvReader::progress() const
{
    if (m_finished)
        return 1.0;
    if (m_totalBytes <= 0)
        return 0.0;
    return std::clamp(double(m_consumed) / double(m_totalBytes), 0.0, 1.0);
}

QString CsvReader::format() const
{
    return QStringLiteral("csv");
}

QString CsvReader::encoding() const
{
    return m_encoding;
}

QString CsvReader::delimiter() const
{
    return QString(m_delimiter);
}

qint64 CsvReader::bufferedBytes() const
{
    qint64 bytes = m_pending.capacity() + (m_text.capacity() + m_field.capacity()) * qint64(sizeof(QChar));
    bytes += m_cells.capacity() * qint64(sizeof(QString));
    for (const QString &cell : m_cells)
        bytes += cell.capacity() * qint64(sizeof(QChar));
    return bytes;
}

} // namespace clientele
