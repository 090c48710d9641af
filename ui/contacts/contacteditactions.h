#pragma once

#include "contacts/contact.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QAction;

namespace clientele {

class Clock;
class ContactsView;
struct CommandHooks;
using ContactCommandHooks = CommandHooks;

/// The contacts page's editing commands: new, edit, delete to trash, restore, purge, add and
/// remove tags. Each change is pushed onto the page's undo stack (ContactsView::undoStack()).
class ContactEditActions final : public QObject
{
    Q_OBJECT

public:
    ContactEditActions(QSqlDatabase db, const Clock &clock, ContactsView *view);

    /// Shown in the page's toolbar, in this order.
    QList<QAction *> toolbarActions() const;
    /// Shown in the table's context menu, in this order (nullptr: a separator).
    QList<QAction *> contextMenuActions() const;
    /// Enables what fits the current selection and whether the trash is shown.
    void updateEnabled();

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *trashAction() const { return m_trash; }
    QAction *restoreAction() const { return m_restore; }
    QAction *purgeAction() const { return m_purge; }
    QAction *addTagAction() const { return m_addTag; }
    QAction *removeTagAction() const { return m_removeTag; }

    /// The contacts the actions work on: the selected rows, or the shown contact.
    QList<qint64> targetIds() const;
    /// Pushes the commands the actions push once their dialogs are answered.
    void create(const Contact &contact, const QString &newCompany);
    void edit(const Contact &contact, const QString &newCompany);
    void tag(const QString &tag, bool add);
    void moveToTrash();
    void restore();
    /// Asks (through the confirmation) and deletes the target contacts for good; not undoable.
    void purge();

    /// Asks before purging: (title, question) -> go ahead. A message box unless replaced (tests).
    void setConfirmation(std::function<bool(const QString &, const QString &)> confirm);
    /// Shows the error of a failed command. A message box unless replaced (tests).
    void setErrorHandler(std::function<void(const QString &)> handler);

private:
    void openEditor(const Contact &contact);
    void askTag(bool add);
    ContactCommandHooks hooks();
    QString nameOf(const QList<qint64> &ids) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    ContactsView *m_view;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_trash;
    QAction *m_restore;
    QAction *m_purge;
    QAction *m_addTag;
    QAction *m_removeTag;
    std::function<bool(const QString &, const QString &)> m_confirm;
    std::function<void(const QString &)> m_error;
};

} // namespace clientele
