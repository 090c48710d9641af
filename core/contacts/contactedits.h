#pragma once

#include "contact.h"

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// A tag row, kept whole so that an undone change can put it back with the same id.
struct TagRow
{
    qint64 id = 0;
    QString name;
    QString color;
    QDateTime createdAt;
};

/// A custom field definition row, kept whole for the same reason.
struct FieldRow
{
    qint64 id = 0;
    QString entity;
    QString name;
    QString type;
    QString choices; ///< as stored (JSON)
    int position = 0;
    QDateTime createdAt;
};

/// One saved create or edit of a contact, with everything the save created alongside it: what an
/// undo command needs to take the change back and to make it again exactly.
struct ContactWrite
{
    Contact before; ///< the stored contact before an edit; id 0 for a create
    Contact after; ///< the contact as stored by the save
    Contact createdCompany; ///< the company created with the contact; id 0 when none was
    QList<TagRow> createdTags; ///< tags that did not exist before the save
    QList<FieldRow> createdFields; ///< custom fields the save made for values without one
};

/// A contact's trash state before and after a move to the trash or a restore.
struct TrashChange
{
    qint64 id = 0;
    QDateTime createdAt; ///< identifies the row: an id reused by a later contact is not touched
    QDateTime deletedBefore;
    QDateTime updatedBefore;
    QDateTime deletedAfter;
    QDateTime updatedAfter;
};

/// Reversible writes of contacts for the editing commands: create and edit (with a company made
/// on the way), move to the trash and restore for many contacts at once, and the exact reversal
/// and replay of each. Every call is one transaction with audit rows; undo and redo put back the
/// stored rows themselves (ids and times included), not an approximation of them.
class ContactEdits final
{
public:
    ContactEdits(QSqlDatabase db, const Clock &clock);

    /// Stores a new contact. When `newCompany` is not empty the contact joins the company of that
    /// name, which is created first when there is none.
    Result<ContactWrite> create(Contact contact, const QString &newCompany = {});
    /// Saves changes to the stored contact `contact.id`, the same way.
    Result<ContactWrite> update(Contact contact, const QString &newCompany = {});
    /// Takes a create or update back: an update puts `before` back; a create deletes the contact,
    /// which is refused when anything (an order, a note, a member) refers to it by now. The company
    /// and the tags the save created go too when nothing else uses them.
    Status undo(const ContactWrite &write);
    /// Makes an undone create or update again, with the same ids and times.
    Status redo(const ContactWrite &write);

    /// Moves the live contacts among `ids` to the trash; returns the ones it moved.
    Result<QList<TrashChange>> moveToTrash(const QList<qint64> &ids);
    /// Restores the trashed contacts among `ids`; returns the ones it restored.
    Result<QList<TrashChange>> restore(const QList<qint64> &ids);
    /// Puts the trash state back to before (`forward` false) or after (true) the changes.
    Status applyTrash(const QList<TrashChange> &changes, bool forward);
    /// Deletes the contacts for good (with their activities and follow-ups; orders keep their
    /// lines and lose the link). This is not undoable.
    Status purge(const QList<qint64> &ids);

private:
    Result<ContactWrite> save(Contact contact, const QString &newCompany, bool isNew);
    /// Writes every column and child row of `contact` over the stored row, or inserts it with
    /// its id when `insert` is true.
    Status putBack(const Contact &contact, bool insert);
    /// moveToTrash() (`toTrash`) and restore(): the ids already where they are going are left out.
    Result<QList<TrashChange>> changeTrash(const QList<qint64> &ids, bool toTrash);
    Status removeContactRow(const Contact &contact, const QString &why);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
