#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace clientele {

/// Character encodings of text exports: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's
/// "Unicode Text"), and Windows-1252 for bytes that are not valid UTF-8 (older Excel and Outlook
/// exports). Qt 6.4's QStringDecoder has no Windows-1252, so it is decoded here.
namespace TextDecoding {

/// "utf-8", "utf-16le", "utf-16be" or "windows-1252", decided from the first bytes of a file
/// (a BOM, else whether `head` is valid UTF-8; a UTF-8 sequence cut at the end of `head` does
/// not count against it).
QString detect(const QByteArray &head);
/// The canonical name for what a user typed ("UTF8", "utf-16", "cp1252", "latin1"...), or empty
/// when unknown. "utf-16" (byte order left open) and "auto" are kept as they are: resolve()
/// settles them against a file's first bytes. Latin-1 names map to windows-1252, its superset
/// for every printable character (as browsers do).
QString canonicalName(const QString &name);
/// The concrete encoding to read a file with: `requested` is a ReadOptions::encoding value;
/// "auto" (or empty) is detect(head), "utf-16" follows the BOM (little-endian without one, as
/// Windows writes it). Empty when `requested` is unknown.
QString resolve(const QString &requested, const QByteArray &head);
/// Length of the byte-order mark at the start of `head` for `encoding` (0 when none).
int bomLength(const QByteArray &head, const QString &encoding);

/// How a run of bytes reads as UTF-8: valid; valid except for a sequence cut at the very end
/// (more bytes may complete it); or invalid (a byte that no UTF-8 text contains there,
/// including overlong forms and surrogates).
enum class Utf8Validity { Valid, Truncated, Invalid };
Utf8Validity checkUtf8(QByteArrayView bytes);

/// Decodes a byte stream chunk by chunk; a multi-byte sequence split across chunks is kept for
/// the next call.
class Decoder final
{
public:
    /// `encoding`: a canonical name ("utf-8", "utf-16le", "utf-16be", "windows-1252"; a bare
    /// "utf-16" is read as little-endian). Any other name decodes as UTF-8.
    explicit Decoder(const QString &encoding);
    ~Decoder();
    QString decode(const QByteArray &chunk);
    /// Call at the end of the input: a sequence cut by the end of the file becomes U+FFFD
    /// (and counts as an error).
    QString finish();
    /// True once invalid input was met (replaced by U+FFFD).
    bool hasError() const;
    /// The canonical name of what this decoder reads.
    QString encoding() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace TextDecoding
} // namespace clientele
