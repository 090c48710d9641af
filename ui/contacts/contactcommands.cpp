#include "contactcommands.h"

#include "common/clock.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString nameOf(const Contact &contact)
{
    const QString name = contact.displayName.simplified();
    if (!name.isEmpty())
        return name;
    return (contact.firstName + QLatin1Char(' ') + contact.lastName).simplified();
}

} // namespace

CreateContactCommand::CreateContactCommand(QSqlDatabase db, const Clock &clock, Contact contact,
                                           const QString &newCompany, ContactCommandHooks hooks)
    : ContactCommand(std::move(db), clock, std::move(hooks))
    , m_contact(std::move(contact))
    , m_newCompany(newCompany)
{
    setText(QCoreApplication::translate("ContactCommands", "Create “%1”").arg(nameOf(m_contact)));
}

void CreateContactCommand::redo()
{
    ContactEdits edits(m_db, m_clock);
    if (m_write) {
        finish(edits.redo(*m_write), m_write->after.id);
        return;
    }
    auto write = edits.create(m_contact, m_newCompany);
    if (write)
        m_write = std::move(write).value();
    finish(write ? Status() : Status(write.error()), contactId());
}

void CreateContactCommand::undo()
{
    if (m_write)
        finish(ContactEdits(m_db, m_clock).undo(*m_write), 0);
}

EditContactCommand::EditContactCommand(QSqlDatabase db, const Clock &clock, Contact edited, const QString &newCompany,
                                       ContactCommandHooks hooks)
    : ContactCommand(std::move(db), clock, std::move(hooks))
    , m_edited(std::move(edited))
    , m_newCompany(newCompany)
{
    setText(QCoreApplication::translate("ContactCommands", "Edit “%1”").arg(nameOf(m_edited)));
}

void EditContactCommand::redo()
{
    ContactEdits edits(m_db, m_clock);
    if (m_write) {
        finish(edits.redo(*m_write), m_write->after.id);
        return;
    }
    auto write = edits.update(m_edited, m_newCompany);
    if (write)
        m_write = std::move(write).value();
    finish(write ? Status() : Status(write.error()), m_edited.id);
}

void EditContactCommand::undo()
{
    if (m_write)
        finish(ContactEdits(m_db, m_clock).undo(*m_write), m_write->before.id);
}

TrashContactsCommand::TrashContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids,
                                           const QString &name, ContactCommandHooks hooks)
    : TrashContactsCommand(std::move(db), clock, ids, name, false, std::move(hooks))
{ }

TrashContactsCommand::TrashContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids,
                                           const QString &name, bool restore, ContactCommandHooks hooks)
    : ContactCommand(std::move(db), clock, std::move(hooks))
    , m_ids(ids)
    , m_restore(restore)
{
    const int n = int(ids.size());
    if (restore)
        setText(n == 1 && !name.isEmpty()
                    ? QCoreApplication::translate("ContactCommands", "Restore “%1”").arg(name)
                    : QCoreApplication::translate("ContactCommands", "Restore %n contacts", nullptr, n));
    else
        setText(n == 1 && !name.isEmpty()
                    ? QCoreApplication::translate("ContactCommands", "Move “%1” to the trash").arg(name)
                    : QCoreApplication::translate("ContactCommands", "Move %n contacts to the trash", nullptr, n));
}

void TrashContactsCommand::redo()
{
    ContactEdits edits(m_db, m_clock);
    if (m_changes) {
        finish(edits.applyTrash(*m_changes, true), m_restore && !m_changes->isEmpty() ? m_changes->first().id : 0);
        return;
    }
    auto changes = m_restore ? edits.restore(m_ids) : edits.moveToTrash(m_ids);
    if (!changes) {
        finish(changes.error(), 0);
        return;
    }
    m_changes = std::move(changes).value();
    if (m_changes->isEmpty()) {
        // Nothing was in the state to change: no step to undo.
        setObsolete(true);
        return;
    }
    finish({}, m_restore ? m_changes->first().id : 0);
}

void TrashContactsCommand::undo()
{
    if (m_changes)
        finish(ContactEdits(m_db, m_clock).applyTrash(*m_changes, false),
               !m_restore && !m_changes->isEmpty() ? m_changes->first().id : 0);
}

RestoreContactsCommand::RestoreContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids,
                                               const QString &name, ContactCommandHooks hooks)
    : TrashContactsCommand(std::move(db), clock, ids, name, true, std::move(hooks))
{ }

TagContactsCommand::TagContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids,
                                       const QString &tag, bool add, ContactCommandHooks hooks)
    : ContactCommand(std::move(db), clock, std::move(hooks))
    , m_ids(ids)
    , m_tag(tag.simplified())
    , m_add(add)
{
    const int n = int(ids.size());
    if (n == 1)
        setText(add ? QCoreApplication::translate("ContactCommands", "Add tag “%1” to 1 contact").arg(m_tag)
                    : QCoreApplication::translate("ContactCommands", "Remove tag “%1” from 1 contact").arg(m_tag));
    else
        setText(
            add ? QCoreApplication::translate("ContactCommands", "Add tag “%1” to %n contacts", nullptr, n).arg(m_tag)
                : QCoreApplication::translate("ContactCommands", "Remove tag “%1” from %n contacts", nullptr, n)
                      .arg(m_tag));
}

void TagContactsCommand::redo()
{
    ContactTagging tagging(m_db, m_clock);
    if (m_change) {
        finish(tagging.apply(*m_change, true), 0);
        return;
    }
    auto change = m_add ? tagging.add(m_ids, m_tag) : tagging.remove(m_ids, m_tag);
    if (!change) {
        finish(change.error(), 0);
        return;
    }
    m_change = std::move(change).value();
    if (m_change->changed.isEmpty() && !m_change->tagCreated) {
        setObsolete(true);
        return;
    }
    finish({}, 0);
}

void TagContactsCommand::undo()
{
    if (m_change)
        finish(ContactTagging(m_db, m_clock).apply(*m_change, false), 0);
}

} // namespace clientele
