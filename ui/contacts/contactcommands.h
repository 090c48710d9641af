#pragma once

#include "contacts/contact.h"
#include "contacts/contactedits.h"
#include "contacts/contacttagging.h"

#include "common/result.h"

#include "common/reportingcommand.h"

#include <QSqlDatabase>

#include <optional>

namespace clientele {

class Clock;

using ContactCommandHooks = CommandHooks;

/// The base of the undoable contact changes (see ReportingCommand).
class ContactCommand : public ReportingCommand
{
protected:
    using ReportingCommand::ReportingCommand;
};

/// "Create “Ana López”": stores a new contact, with a new company when one was typed.
class CreateContactCommand final : public ContactCommand
{
public:
    CreateContactCommand(QSqlDatabase db, const Clock &clock, Contact contact, const QString &newCompany,
                         ContactCommandHooks hooks);
    void redo() override;
    void undo() override;
    /// The id of the created contact, 0 before the first successful redo().
    qint64 contactId() const { return m_write ? m_write->after.id : 0; }

private:
    Contact m_contact;
    QString m_newCompany;
    std::optional<ContactWrite> m_write;
};

/// "Edit “Ana López”": replaces the stored contact with the edited one, and back.
class EditContactCommand final : public ContactCommand
{
public:
    EditContactCommand(QSqlDatabase db, const Clock &clock, Contact edited, const QString &newCompany,
                       ContactCommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    Contact m_edited;
    QString m_newCompany;
    std::optional<ContactWrite> m_write;
};

/// "Move 3 contacts to the trash" or, with `restore`, "Restore 3 contacts".
class TrashContactsCommand : public ContactCommand
{
public:
    /// `name` is the contact's name when there is one contact, for the command's text.
    TrashContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids, const QString &name,
                         ContactCommandHooks hooks);
    void redo() override;
    void undo() override;

protected:
    TrashContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids, const QString &name,
                         bool restore, ContactCommandHooks hooks);

private:
    QList<qint64> m_ids;
    bool m_restore;
    std::optional<QList<TrashChange>> m_changes;
};

/// "Restore 3 contacts" from the trash.
class RestoreContactsCommand final : public TrashContactsCommand
{
public:
    RestoreContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids, const QString &name,
                           ContactCommandHooks hooks);
};

/// "Add tag “VIP” to 3 contacts" / "Remove tag “VIP” from 3 contacts". Undo reverts only the
/// contacts the command changed.
class TagContactsCommand final : public ContactCommand
{
public:
    TagContactsCommand(QSqlDatabase db, const Clock &clock, const QList<qint64> &ids, const QString &tag, bool add,
                       ContactCommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    QString m_tag;
    bool m_add;
    std::optional<TagChange> m_change;
};

} // namespace clientele
