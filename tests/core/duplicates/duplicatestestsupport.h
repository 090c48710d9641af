#pragma once

// Fixtures shared by the duplicate finder and merger tests.

#include "tempdatabase.h"

#include "contacts/contact.h"

#include <QStringList>

struct PersonSpec
{
    QString first = {};
    QString last = {};
    QString city = {};
    QStringList emails = {};
    QStringList phones = {};
    qint64 companyId = 0;
};

/// Creates a person through ContactRepository; REQUIREs success.
qint64 addPerson(TempDatabase &t, const PersonSpec &spec);
/// Creates a contact as given; REQUIREs success.
qint64 addContact(TempDatabase &t, const clientele::Contact &contact);
clientele::Contact readContact(TempDatabase &t, qint64 id);

/// One order, one activity, one follow-up and one deal for the contact, with `label` in their
/// text; returns nothing, the rows are found by contact id.
void addRelatedRows(TempDatabase &t, qint64 contactId, const QString &label);
/// Rows of `table` whose `column` is `id`.
int countRows(TempDatabase &t, const QString &table, const QString &column, qint64 id);
/// "table:rowid->contact" for every row of every table that points at a contact, sorted: two
/// equal lists mean every related row belongs where it did.
QStringList ownership(TempDatabase &t);
/// The rows PRAGMA foreign_key_check reports.
int foreignKeyProblems(TempDatabase &t);

/// CHECKs that two reads of a contact are equal in every stored detail.
void checkSameContact(const clientele::Contact &a, const clientele::Contact &b);
