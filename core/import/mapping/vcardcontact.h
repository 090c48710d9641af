#pragma once

#include "import/importtypes.h"
#include "import/readers/vcardreader.h"

#include <QString>

namespace clientele::VCard {

/// Turns one card into a ContactRecord whose `row` is the line of its BEGIN:VCARD, the reader's
/// warnings about the card first. Several TEL/EMAIL/URL with TYPE parameters, N/FN/ORG, TITLE,
/// BDAY with and without year (--MMDD), ADR, NOTE, CATEGORIES as tags. Labels: TYPE
/// cell/iphone -> "mobile", work, home, fax, ..., or the group's X-ABLabel; PREF=n / TYPE=pref
/// decides the primary. A card naming only an organisation (or KIND:org, X-ABShowAs:COMPANY)
/// becomes a company contact; otherwise ORG's first component is ContactRecord::companyName.
/// PHOTO and unknown properties are ignored. Phones are normalized for matching in
/// `phoneRegion` (ISO 3166 alpha-2, e.g. "DE").
ContactRecord toContactRecord(const Card &card, const QString &phoneRegion);

} // namespace clientele::VCard
