#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace clientele::bench {

/// Fills an empty, migrated database with `contacts` generated contacts (2 % companies, people
/// with diacritics in their names, an email each, phones, tags, notes, orders and follow-ups), in
/// one transaction with prepared statements. The result is what the application would have
/// stored: derived columns and the full-text index are filled as the triggers fill them.
bool populate(QSqlDatabase db, int contacts);

/// How many contacts the file holds (-1 when it cannot be read).
int contactCount(QSqlDatabase db);

/// Names a person types into the search field (lower case, as typed, some with diacritics).
QStringList searchWords();

} // namespace clientele::bench
