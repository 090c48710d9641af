#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

struct ColumnMapping;

/// Rules for headers that people typed themselves, applied where no known layout or exact
/// synonym decides: "Contact First Name", "Client #", "Sizes / Notes", "Email Work", "Fax",
/// "Birth Month". They look at the header's words, not at its letters run together, so that
/// "Birth Day" (a day of the month) is not "Birthday".
namespace HeaderRules {

/// The words of a header: lower case, accents and ß folded, split at anything that is not a
/// letter or a digit ("Sizes / Notes" -> sizes, notes; "Kunden-Nr." -> kunden, nr).
QStringList words(const QString &header);

/// A contact field that the header's words decide before any synonym is looked up: an identifier
/// ("Client #", "Customer No.", "Account Number" -> external_id) or a part of a birthday ("Birth
/// Day", "Birth Month", "Geburtsjahr" -> birth_day, birth_month, birth_year). Empty when none.
QString decisiveContactField(const QString &header);

/// The header without a leading qualifier ("Contact First Name" -> "First Name", "Customer
/// E-mail" -> "E-mail"), or an empty string when it has none.
QString withoutQualifier(const QString &header);

/// A contact field from the words a header contains, when nothing matched it exactly: a header
/// that mentions notes or comments is notes, one that mentions an e-mail is an e-mail, one that
/// mentions a phone (or fax) is a phone of the kind its words say. Empty when none applies.
QString contactFieldFromWords(const QString &header);

/// True for a column of money figures kept beside a contact ("Total Spent", "Lifetime value",
/// "Balance", "Outstanding", "Umsatz", "Chiffre d'affaires"): the import keeps it as a number
/// custom field, not as text.
bool isFigureColumn(const QString &header);

/// Corrections that need to see every column: beside first- and last-name columns a "Client",
/// "Customer" or "Account" column is the company, not the person's full name; beside a
/// "Geburtsmonat" column "Geburtstag" is the day of the month.
void refineContactMapping(ColumnMapping &mapping);

} // namespace HeaderRules

} // namespace clientele
