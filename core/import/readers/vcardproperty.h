#pragma once

#include "contacts/contact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele::VCard {

/// One content line of a vCard (2.1, 3.0 or 4.0), unfolded: `item1.TEL;TYPE=WORK,VOICE;PREF=1:+1 503`.
struct Property
{
    QString group; ///< "item1", lower-case; empty when ungrouped
    QString name; ///< upper-case: "TEL"
    QStringList types; ///< lower-case TYPE values, with 2.1's bare parameters ("TEL;WORK;CELL")
    int preference = 100; ///< PREF=n gives n, TYPE=pref gives 1; lower is preferred
    QString encoding; ///< upper-case ENCODING ("QUOTED-PRINTABLE", "B"), empty when none
    QString charset; ///< CHARSET parameter (2.1), empty when none
    QString omitYear; ///< Apple's X-APPLE-OMIT-YEAR on BDAY
    QString value; ///< the raw value, quoted-printable already decoded, vCard escapes still in
};

/// Splits an unfolded content line; std::nullopt when it has no ':' or no name.
std::optional<Property> parseLine(const QString &line);
/// True when the line's parameters say its value is quoted-printable (so a trailing '=' is a
/// soft line break that joins the next line).
bool isQuotedPrintable(const QString &line);
/// Decodes =XX escapes into bytes, read as `charset` (UTF-8 when empty or unknown).
QString decodeQuotedPrintable(const QString &text, const QString &charset);

/// Resolves vCard escapes: \n and \N become a newline, \, \; \: \\ the character itself.
QString unescape(const QString &text);
/// Splits on `separator` where it is not escaped; the parts keep their escapes.
QStringList splitEscaped(const QString &text, QChar separator);
/// The components of a structured value (N, ADR, ORG), each unescaped, several values inside a
/// component (separated by unescaped commas) joined by a space.
QStringList components(const QString &value);

/// BDAY values: 1984-05-14, 19840514, --0514, --05-14, 1984-05-14T10:00:00Z, and Apple's
/// placeholder year (X-APPLE-OMIT-YEAR) for birthdays without a year.
std::optional<Birthday> parseBirthday(const Property &property);

} // namespace clientele::VCard
