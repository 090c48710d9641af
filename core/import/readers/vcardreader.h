#pragma once

#include "import/importtypes.h"

#include "common/result.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace clientele {

/// Reads vCard 3.0 and 4.0 files (.vcf) card by card: folded lines, several TEL/EMAIL with TYPE
/// parameters, N/FN/ORG, BDAY with and without year (--MMDD), ADR, NOTE with escaped commas,
/// semicolons and newlines, CATEGORIES as tags. Each card becomes a ContactRecord whose `row`
/// is the line of its BEGIN:VCARD. Also reads vCard 2.1 as phones export it (bare parameters,
/// quoted-printable with soft line breaks). Labels: TYPE cell/iphone -> "mobile", work, home,
/// fax, ..., or the group's X-ABLabel; PREF=n / TYPE=pref decides the primary. A card naming only
/// an organisation (or KIND:org, X-ABShowAs:COMPANY) becomes a company contact; otherwise ORG's
/// first component is ContactRecord::companyName. PHOTO and unknown properties are ignored.
class VCardReader final
{
public:
    /// `encoding`: "auto" (UTF-8, UTF-16 with BOM, or Windows-1252 when not valid UTF-8) or a
    /// name as in ReadOptions. Fails, naming the file, when it cannot be read or has no
    /// BEGIN:VCARD near its start; an unknown encoding is an error on the field "encoding".
    static Result<std::unique_ptr<VCardReader>> open(const QString &path,
                                                     const QString &encoding = QStringLiteral("auto"));

    ~VCardReader();
    /// The region phone numbers without a country code are read in, for matching (ISO 3166
    /// alpha-2, e.g. "DE"); "US" unless set.
    void setPhoneRegion(const QString &region);
    /// The next card, std::nullopt after the last one. A card cut short (no END:VCARD before
    /// the next BEGIN:VCARD or the end of the file) is still returned, with a warning.
    std::optional<ContactRecord> next();
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
