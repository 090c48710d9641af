#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clientele {

/// Small look-ups for the contact form and its pickers. Each one is an indexed query that stays
/// fast on a book of a million contacts, so the form can run them as the user types.
namespace ContactLookup {

struct CompanyName
{
    qint64 id = 0;
    QString name;
};

/// Live companies whose name starts with `prefix` (case and accents ignored), by name.
QList<CompanyName> companiesStartingWith(QSqlDatabase db, const QString &prefix, int limit = 20);
/// The live company called `name` (case and accents ignored), or 0 when there is none.
qint64 findCompany(QSqlDatabase db, const QString &name);
/// Every tag name, alphabetically.
QStringList tagNames(QSqlDatabase db);
/// How many values are stored for the custom field: what deleting its definition loses.
int storedValueCount(QSqlDatabase db, qint64 fieldId);

} // namespace ContactLookup
} // namespace clientele
