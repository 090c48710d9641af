#include "vcardreader.h"

#include "textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace clientele {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

/// lupdate files these strings under "VCardReader", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)
};

/// "BEGIN:VCARD" or "END:VCARD", in any case, also behind a group prefix ("home.begin:vcard"),
/// as some address books write every line of a card.
bool startsWithKeyword(const QString &line, QLatin1String keyword)
{
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(keyword, Qt::CaseInsensitive))
        return true;
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    return dot > 0 && (colon < 0 || dot < colon)
        && QStringView(trimmed).mid(dot + 1).startsWith(keyword, Qt::CaseInsensitive);
}

/// Counts one folded line in the decoded text, so that line numbers stay those of the file.
constexpr char16_t FoldMark = u'\x01';

/// Takes the folds (a line break followed by a space or tab) out of 8-bit text before it is
/// decoded: a phone that folds a line inside a multi-byte UTF-8 character leaves the two halves
/// of it on two lines, and they only join up again as bytes. Each fold taken out is counted by a
/// FoldMark placed before the next real line break, where it cannot split a character.
/// `pending`: marks still waiting for their line break, carried from chunk to chunk.
QByteArray unfoldBytes(const QByteArray &bytes, qsizetype &pending)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\r' || c == '\n') {
            const qsizetype next = c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n' ? i + 2 : i + 1;
            if (next < bytes.size() && (bytes.at(next) == ' ' || bytes.at(next) == '\t')) {
                ++pending;
                i = next; // the break and the one space or tab after it go
                continue;
            }
            out.append(QByteArray(pending, '\x01'));
            pending = 0;
        }
        out.append(c);
    }
    return out;
}

} // namespace

struct VCardReader::Private
{
    QFile file;
    QString encoding;
    std::unique_ptr<TextDecoding::Decoder> decoder;
    QString buffer;
    qsizetype position = 0; ///< where the unread text starts in `buffer`
    bool endOfFile = false;
    qint64 line = 0; ///< physical line number of the last line handed out
    qint64 foldedLines = 0; ///< lines joined into the last line by markFolds(), counted next time
    bool foldOnBytes = false; ///< 8-bit encodings: folds are taken out before decoding
    QByteArray carry; ///< a line break at the end of a chunk, kept until the next byte is known
    qsizetype pendingFolds = 0; ///< see unfoldBytes()
    std::optional<QString> peeked;
    std::optional<QString> pushedBack; ///< a BEGIN:VCARD that ended the previous card early
    qint64 pushedBackLine = 0;
    QList<ImportIssue> issues;
    bool outsideReported = false; ///< junk between two cards is reported once
    bool sawCard = false;
    bool finished = false;

    bool fill();
    QString decodeChunk(QByteArray bytes, bool last);
    bool readRaw(QString &out);
    bool readPhysical(QString &out);
    const QString *peek();
    bool readLogical(QString &out, qint64 &startLine);
    bool nextLogical(QString &out, qint64 &startLine);
};

bool VCardReader::Private::nextLogical(QString &out, qint64 &startLine)
{
    if (pushedBack) {
        out = *std::exchange(pushedBack, std::nullopt);
        startLine = pushedBackLine;
        return true;
    }
    return readLogical(out, startLine);
}

QString VCardReader::Private::decodeChunk(QByteArray bytes, bool last)
{
    if (!foldOnBytes)
        return decoder->decode(bytes);
    bytes.prepend(std::exchange(carry, {}));
    if (!last) {
        // A fold may be cut in two by the chunk boundary: wait for the byte after the line break.
        qsizetype keep = 0;
        if (bytes.endsWith("\r\n"))
            keep = 2;
        else if (bytes.endsWith('\n') || bytes.endsWith('\r'))
            keep = 1;
        carry = bytes.right(keep);
        bytes.chop(keep);
    }
    QByteArray unfolded = unfoldBytes(bytes, pendingFolds);
    if (last) {
        unfolded.append(QByteArray(pendingFolds, '\x01'));
        pendingFolds = 0;
    }
    return decoder->decode(unfolded);
}

bool VCardReader::Private::fill()
{
    if (endOfFile)
        return false;
    const QByteArray bytes = file.read(ChunkSize);
    if (bytes.isEmpty()) {
        endOfFile = true;
        if (carry.isEmpty())
            return false;
    }
    if (position > 0) {
        buffer.remove(0, position);
        position = 0;
    }
    buffer += decodeChunk(bytes, bytes.isEmpty() || file.atEnd());
    if (file.atEnd() && carry.isEmpty())
        endOfFile = true;
    return true;
}

/// One physical line without its end (CRLF, LF or a lone CR).
bool VCardReader::Private::readRaw(QString &out)
{
    for (;;) {
        qsizetype end = position;
        while (end < buffer.size() && buffer.at(end) != QLatin1Char('\n') && buffer.at(end) != QLatin1Char('\r'))
            ++end;
        if (end < buffer.size()) {
            if (buffer.at(end) == QLatin1Char('\r') && end + 1 == buffer.size() && !endOfFile && fill())
                continue; // is it CRLF? the LF may be in the next chunk
            out = buffer.mid(position, end - position);
            position = end + 1;
            if (buffer.at(end) == QLatin1Char('\r') && position < buffer.size()
                && buffer.at(position) == QLatin1Char('\n'))
                ++position;
            return true;
        }
        if (!fill()) {
            if (position >= buffer.size())
                return false;
            out = buffer.mid(position);
            position = buffer.size();
            return true;
        }
    }
}

bool VCardReader::Private::readPhysical(QString &out)
{
    if (peeked) {
        out = *std::exchange(peeked, std::nullopt);
    } else if (!readRaw(out)) {
        return false;
    }
    line += 1 + std::exchange(foldedLines, 0);
    if (const qsizetype folds = out.count(QChar(FoldMark)); folds > 0) {
        out.remove(QChar(FoldMark));
        foldedLines = folds;
    }
    return true;
}

const QString *VCardReader::Private::peek()
{
    if (!peeked) {
        QString next;
        if (!readRaw(next))
            return nullptr;
        peeked = next;
    }
    return &*peeked;
}

/// The next non-blank content line, unfolded: continuation lines start with a space or tab,
/// and quoted-printable values (vCard 2.1, still written by phones) continue after a soft
/// line break ("=" at the end of the line).
bool VCardReader::Private::readLogical(QString &out, qint64 &startLine)
{
    do {
        if (!readPhysical(out))
            return false;
    } while (out.trimmed().isEmpty());
    startLine = line;
    for (;;) {
        const QString *next = peek();
        if (!next)
            return true;
        if (next->startsWith(QLatin1Char(' ')) || next->startsWith(QLatin1Char('\t'))) {
            QString continuation;
            readPhysical(continuation);
            out += continuation.mid(1);
        } else if (out.endsWith(QLatin1Char('=')) && VCard::isQuotedPrintable(out)
                   && !startsWithKeyword(*next, QLatin1String("END:VCARD"))) {
            QString continuation;
            readPhysical(continuation);
            out.chop(1);
            out += continuation;
        } else {
            return true;
        }
    }
}

VCardReader::VCardReader()
    : d(std::make_unique<Private>())
{ }

VCardReader::~VCardReader() = default;

Result<std::unique_ptr<VCardReader>> VCardReader::open(const QString &path, const QString &encoding)
{
    const QString name = QFileInfo(path).fileName();
    std::unique_ptr<VCardReader> reader(new VCardReader);
    Private &d = *reader->d;
    d.file.setFileName(path);
    if (!d.file.open(QIODevice::ReadOnly))
        return Error {Text::tr("The vCard file “%1” cannot be read: %2.").arg(name, d.file.errorString()),
                      QStringLiteral("file")};

    const QByteArray head = d.file.read(ChunkSize);
    QString chosen = TextDecoding::canonicalName(encoding.isEmpty() ? QStringLiteral("auto") : encoding);
    if (chosen.isEmpty()) {
        return Error {
            Text::tr("Unknown encoding “%1” for “%2”: use auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252.")
                .arg(encoding, name),
            QStringLiteral("encoding"), Error::Kind::Validation};
    }
    if (chosen == QLatin1String("auto")) {
        // Judged without the folds: one character split by a fold must not make the whole file
        // look like Windows-1252.
        qsizetype folds = 0;
        chosen = TextDecoding::detect(unfoldBytes(head, folds));
    }
    if (chosen == QLatin1String("utf-16"))
        chosen = head.startsWith("\xFE\xFF") ? QStringLiteral("utf-16be") : QStringLiteral("utf-16le");
    d.encoding = chosen;
    d.decoder = std::make_unique<TextDecoding::Decoder>(chosen);
    d.foldOnBytes = !chosen.startsWith(QLatin1String("utf-16"));
    d.endOfFile = head.size() < ChunkSize;
    d.buffer = d.decodeChunk(head.mid(TextDecoding::bomLength(head, chosen)), d.endOfFile);
    if (!d.buffer.contains(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)) {
        return Error {Text::tr("“%1” is not a vCard file: it has no BEGIN:VCARD line near its start.").arg(name),
                      QStringLiteral("file")};
    }
    return reader;
}

std::optional<VCard::Card> VCardReader::next()
{
    if (d->finished)
        return std::nullopt;
    QString text;
    qint64 start = 0;
    // Find the next BEGIN:VCARD; anything before it is reported once per stretch.
    for (;;) {
        if (!d->nextLogical(text, start)) {
            d->finished = true;
            if (!d->sawCard) {
                d->issues.append({0,
                                  {},
                                  ImportIssue::Outcome::Rejected,
                                  0,
                                  Text::tr("The file contains no vCard: there is no BEGIN:VCARD line.")});
            }
            return std::nullopt;
        }
        if (startsWithKeyword(text, QLatin1String("BEGIN:VCARD")))
            break;
        if (!d->outsideReported) {
            d->issues.append(
                {start,
                 {},
                 ImportIssue::Outcome::Warning,
                 0,
                 Text::tr("Line %1 is not inside a vCard (BEGIN:VCARD … END:VCARD); it was ignored.").arg(start)});
            d->outsideReported = true;
        }
    }
    d->sawCard = true;
    d->outsideReported = false;
    const qint64 beginLine = start;

    VCard::Card card;
    card.beginLine = beginLine;
    QList<VCard::Property> &properties = card.properties;
    QString cutShort;
    int nested = 0; // vCard 2.1 AGENT cards sit inside their parent
    for (;;) {
        if (!d->readLogical(text, start)) {
            cutShort = Text::tr("The card on line %1 has no END:VCARD: the file ends inside it (it may be cut short); "
                                "what it holds was read.")
                           .arg(beginLine);
            d->finished = true;
            break;
        }
        if (startsWithKeyword(text, QLatin1String("END:VCARD"))) {
            if (nested == 0)
                break;
            --nested;
            continue;
        }
        if (startsWithKeyword(text, QLatin1String("BEGIN:VCARD"))) {
            if (!properties.isEmpty() && properties.constLast().name == QLatin1String("AGENT")
                && properties.constLast().value.trimmed().isEmpty()) {
                ++nested;
                continue;
            }
            // The previous card lacks its END: hand it out and start over at this line.
            cutShort
                = Text::tr(
                      "The card on line %1 has no END:VCARD before the next card on line %2; what it holds was read.")
                      .arg(beginLine)
                      .arg(start);
            d->pushedBack = text;
            d->pushedBackLine = start;
            break;
        }
        if (nested > 0)
            continue;
        if (auto property = VCard::parseLine(text))
            properties.append(*property);
    }

    if (!cutShort.isEmpty())
        card.warnings.append({beginLine, {}, ImportIssue::Outcome::Warning, 0, cutShort});
    return card;
}

QList<ImportIssue> VCardReader::takeIssues()
{
    return std::exchange(d->issues, {});
}

double VCardReader::progress() const
{
    if (d->finished)
        return 1.0;
    const qint64 size = d->file.size();
    return size > 0 ? qBound(0.0, static_cast<double>(d->file.pos()) / static_cast<double>(size), 1.0) : 0.0;
}

QString VCardReader::encoding() const
{
    return d->encoding;
}

} // namespace clientele
