#pragma once

// Internal to ContactMerger: the rows a merge reads, moves and puts back.

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace clientele::MergeRows {

/// The tables whose rows follow their contact, with the column that points at it. The keys of
/// MergeReceipt::moved.
struct OwnedTable
{
    QString key;
    QString table;
    QString column;
};
const QList<OwnedTable> &ownedTables();

/// What happens to each of the other contact's methods: moved to the end of the survivor's
/// list (primary only when the survivor has none of that kind), or dropped when the survivor
/// already has the same address.
struct MethodPlan
{
    struct Move
    {
        qint64 id = 0;
        int position = 0;
        bool primary = false;
    };
    QList<Move> moves;
    QList<qint64> collapsed;
};

Error sqlError(const QSqlQuery &query);
/// The columns of a contact row that a merge changes (and unmerge() restores).
Result<QVariantList> readRow(const QSqlDatabase &db, qint64 id);
Status writeRow(const QSqlDatabase &db, qint64 id, const QVariantList &row);
/// The merged_into column of a row read by readRow(); 0 when not set.
qint64 mergedInto(const QVariantList &row);
/// Every column of the contact's emails, phones and websites, ids included.
Result<QList<QVariantList>> readMethodRows(const QSqlDatabase &db, qint64 contactId);
Status insertMethodRows(const QSqlDatabase &db, const QList<QVariantList> &rows);
MethodPlan planMethods(const QList<QVariantList> &keepRows, const QList<QVariantList> &otherRows);
/// The first column of `sql`, run with `:id` bound to the contact.
Result<QList<qint64>> readIds(const QSqlDatabase &db, const QString &sql, qint64 contactId);
/// The contact's custom values as (field id, value).
Result<QList<QPair<qint64, QString>>> readCustom(const QSqlDatabase &db, qint64 contactId);
Status insertCustom(const QSqlDatabase &db, qint64 contactId, const QList<QPair<qint64, QString>> &values);
Status insertTags(const QSqlDatabase &db, qint64 contactId, const QList<qint64> &tagIds);
/// Runs `sql` with `:keep` and `:other` bound.
Status deleteChildren(const QSqlDatabase &db, const QString &sql, qint64 keepId, qint64 otherId);
Status exec(QSqlQuery &query);
/// Contact custom field name -> id.
Result<QMap<QString, qint64>> customFieldIds(const QSqlDatabase &db);

} // namespace clientele::MergeRows
