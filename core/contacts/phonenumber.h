#pragma once

#include <QString>

namespace clientele {

/// Phone number normalization for matching and display, backed by libphonenumber.
namespace PhoneNumber {

/// E.164 ("+15035550123") when the number is valid, read in `defaultRegion` (ISO 3166 alpha-2)
/// when it has no country code. Otherwise the digits alone (keeping a leading '+'), so that
/// the same scribble still matches itself. Empty for text with no digits.
QString normalize(const QString &text, const QString &defaultRegion);

/// True when the text is a number libphonenumber considers possible for its region.
bool isPossible(const QString &text, const QString &defaultRegion);

/// True when the text contains something a person would accept as a phone number: at least
/// three digits and only digits, spaces and the usual punctuation (+ - . / ( ) x ext).
bool looksLikePhone(const QString &text);

} // namespace PhoneNumber

/// Email address checks and normalization.
namespace EmailAddress {

/// Trimmed and lower-cased: the key for matching (case is not significant in practice).
QString normalize(const QString &text);
/// A pragmatic syntax check: one '@', a non-empty local part, a dotted domain, no spaces.
bool isValid(const QString &text);

} // namespace EmailAddress

} // namespace clientele
