#pragma once

#include "import/importtypes.h"
#include "vcardproperty.h"

#include "common/result.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace clientele {

namespace VCard {

/// One card as read, before it becomes a contact (VCard::toContactRecord in mapping/).
struct Card
{
    qint64 beginLine = 0; ///< the file line of its BEGIN:VCARD
    QList<Property> properties; ///< in file order; those of nested (2.1 AGENT) cards left out
    /// What the reader noticed about the card itself: it has no END:VCARD.
    QList<ImportIssue> warnings;
};

} // namespace VCard

/// Reads vCard 2.1, 3.0 and 4.0 files (.vcf) card by card, streaming: encodings (UTF-8, UTF-16
/// with BOM, Windows-1252), folded lines (also a fold inside a multi-byte character),
/// quoted-printable with soft line breaks as phones export 2.1, group prefixes, and cards cut
/// short by the next BEGIN:VCARD or the end of the file. Line numbers stay the file's.
class VCardReader final
{
public:
    /// `encoding`: "auto" (UTF-8, UTF-16 with BOM, or Windows-1252 when not valid UTF-8) or a
    /// name as in ReadOptions. Fails, naming the file, when it cannot be read or has no
    /// BEGIN:VCARD near its start; an unknown encoding is an error on the field "encoding".
    static Result<std::unique_ptr<VCardReader>> open(const QString &path,
                                                     const QString &encoding = QStringLiteral("auto"));

    ~VCardReader();
    /// The next card, std::nullopt after the last one. A card cut short (no END:VCARD before
    /// the next BEGIN:VCARD or the end of the file) is still returned, with a warning.
    std::optional<VCard::Card> next();
    /// Problems outside the cards: lines between cards, a file without any card.
    QList<ImportIssue> takeIssues();
    double progress() const;
    QString encoding() const;

private:
    VCardReader();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clientele
