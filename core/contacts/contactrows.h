#pragma once

// Internal to the contacts repository: reading and writing a contact's child rows (emails and
// phones, tags, custom values) and the snapshot used for audit diffs.

#include "contact.h"

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace clientele {

class Clock;

namespace ContactRows {

Status writeMethods(QSqlDatabase db, qint64 contactId, const Contact &contact);
Status writeTags(QSqlDatabase db, qint64 contactId, const QStringList &tags, const Clock &clock);
Status writeCustomValues(QSqlDatabase db, qint64 contactId, const QMap<QString, QString> &values, const Clock &clock);
/// Binds the contacts-table columns shared by INSERT and UPDATE.
void bindContactColumns(class QSqlQuery &query, const Contact &contact);
/// Rewrites every stored field of contact :id from bindContactColumns() and :updated_at.
extern const QString UpdateContact;
/// Binds the contact_methods columns :contact_id, :kind, :label, :value, :normalized,
/// :is_primary and :position.
void bindMethodColumns(class QSqlQuery &query, qint64 contactId, const ContactMethod &method, int position);

void readMethods(QSqlDatabase db, Contact &contact);
void readTags(QSqlDatabase db, Contact &contact);
void readCustomValues(QSqlDatabase db, Contact &contact);

/// Every stored field of the contact, for the audit log and import undo.
QJsonObject snapshot(const Contact &contact);
/// {"field": [before, after]} for the fields that differ.
QJsonObject diff(const QJsonObject &before, const QJsonObject &after);

/// Lower-case, diacritics-free key so that "Émile" sorts beside "Emile".
QString sortKey(const Contact &contact);

} // namespace ContactRows
} // namespace clientele
