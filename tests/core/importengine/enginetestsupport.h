#pragma once

#include "tempdatabase.h"

#include "contacts/contact.h"
#include "import/importreport.h"
#include "import/writing/importwriter.h"

#include <QString>

// Helpers shared by the import engine tests: building records the way the row mappers would,
// pushing them through the writer, and dumping tables to compare database states.

/// A person record as a mapper would produce it from one row.
clientele::ContactRecord person(qint64 row, const QString &first, const QString &last, const QString &email,
                                const QString &phone = {});

/// Imports `records` as one batch through ImportWriter (no file involved).
clientele::ImportReport importRecords(TempDatabase &database, const QList<clientele::ContactRecord> &records,
                                      clientele::DuplicatePolicy policy = clientele::DuplicatePolicy::Skip,
                                      clientele::MatchKey key = clientele::MatchKey::EmailThenPhone,
                                      bool dryRun = false);

/// Every row of the tables an import touches (contacts, contact_methods, contact_tags,
/// custom_field_values, orders, order_lines), one line per row, in rowid order.
QString dumpTables(const QSqlDatabase &db);
/// The same plus import_batches, import_changes and audit_log: the whole visible state.
QString dumpAll(const QSqlDatabase &db);

/// Every row the query returns, one line each, cells joined by '|'.
QString queryRows(const QSqlDatabase &db, const QString &sql);
/// The full-text index's documents, in rowid order.
QString indexRows(const QSqlDatabase &db);
/// The contact list's sort keys (0002_contact_list.sql) with sort_key, in id order.
QString listKeys(const QSqlDatabase &db);

/// Writes every contact of `from` into the empty `to` one by one through the repository, with the
/// same ids, so that the triggers index them: what a bulk write must equal.
void copyThroughRepository(TempDatabase &from, TempDatabase &to);

/// The fixture folder tests/fixtures/import/engine.
QString fixturePath(const QString &name);

/// Creates a contact through the repository; returns its id (fails the test otherwise).
qint64 addContact(TempDatabase &database, clientele::Contact contact);
