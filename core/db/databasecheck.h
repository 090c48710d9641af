#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace clientele {

/// The outcome of checkDatabase(): each problem as a sentence a person can act on.
struct CheckReport
{
    bool ok = false;
    QStringList problems;
    int schemaVersion = 0;
    int expectedVersion = 0;
};

/// Checks an open Clientele database without changing it: SQLite's own integrity check, every
/// foreign key (a row that refers to a deleted contact, order, ...), the schema version, and that
/// the search index has exactly one entry per contact. Safe on a read-only connection.
CheckReport checkDatabase(QSqlDatabase db);

} // namespace clientele
