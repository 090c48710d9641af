#include "contacteditactions.h"

#include "contactcommands.h"
#include "contacteditdialog.h"
#include "contactsview.h"
#include "tagsedit.h"

#include "contacts/contactedits.h"
#include "contacts/contactlookup.h"
#include "contacts/contactrepository.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>

namespace clientele {

ContactEditActions::ContactEditActions(QSqlDatabase db, const Clock &clock, ContactsView *view)
    : QObject(view)
    , m_db(db)
    , m_clock(clock)
    , m_view(view)
    , m_new(new QAction(tr("&New Contact…"), this))
    , m_edit(new QAction(tr("&Edit…"), this))
    , m_trash(new QAction(tr("Move to &Trash"), this))
    , m_restore(new QAction(tr("&Restore"), this))
    , m_purge(new QAction(tr("Delete &Permanently…"), this))
    , m_addTag(new QAction(tr("&Add Tag…"), this))
    , m_removeTag(new QAction(tr("Re&move Tag…"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Add a person or a company to the customer book"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setStatusTip(tr("Change the selected contact"));
    m_trash->setShortcut(QKeySequence::Delete);
    m_trash->setStatusTip(tr("Move the selected contacts to the trash, from where they can be restored"));
    m_restore->setStatusTip(tr("Bring the selected contacts back from the trash"));
    m_purge->setStatusTip(tr("Delete the selected contacts for good"));
    m_addTag->setStatusTip(tr("Tag the selected contacts"));
    m_removeTag->setStatusTip(tr("Remove a tag from the selected contacts"));
    // Added to the page, the shortcuts work while the page is shown and nowhere else.
    view->addActions({m_new, m_edit, m_trash, m_restore, m_purge, m_addTag, m_removeTag});

    connect(m_new, &QAction::triggered, this, [this] { openEditor(Contact {}); });
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<qint64> ids = targetIds();
        if (ids.size() != 1)
            return;
        const auto contact = ContactRepository(m_db, m_clock).get(ids.first());
        if (!contact) {
            m_error(contact.errorMessage());
            return;
        }
        openEditor(*contact);
    });
    connect(m_trash, &QAction::triggered, this, &ContactEditActions::moveToTrash);
    connect(m_restore, &QAction::triggered, this, &ContactEditActions::restore);
    connect(m_purge, &QAction::triggered, this, &ContactEditActions::purge);
    connect(m_addTag, &QAction::triggered, this, [this] { askTag(true); });
    connect(m_removeTag, &QAction::triggered, this, [this] { askTag(false); });

    // Return opens the selected contact only in the table: elsewhere it belongs to the fields.
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), view->table(), nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, m_edit, &QAction::trigger);
    }
    connect(view->table(), &QTableView::doubleClicked, m_edit, &QAction::trigger);

    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::warning(m_view, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_error = [this](const QString &message) {
        // Shown once the undo stack has finished the step, not from inside it.
        QMetaObject::invokeMethod(
            this, [this, message] { QMessageBox::warning(m_view, tr("Contacts"), message); }, Qt::QueuedConnection);
    };
}

QList<QAction *> ContactEditActions::toolbarActions() const
{
    return {m_new, m_edit, m_trash, m_restore, m_purge};
}

QList<QAction *> ContactEditActions::contextMenuActions() const
{
    return {m_new, m_edit, nullptr, m_addTag, m_removeTag, nullptr, m_trash, m_restore, m_purge};
}

void ContactEditActions::updateEnabled()
{
    const bool trash = m_view->isShowingTrash();
    const qsizetype count = m_view->table()->selectionModel() ? targetIds().size() : 0;
    m_new->setEnabled(!trash);
    m_edit->setEnabled(!trash && count == 1);
    m_trash->setVisible(!trash);
    m_trash->setEnabled(!trash && count > 0);
    m_addTag->setVisible(!trash);
    m_addTag->setEnabled(!trash && count > 0);
    m_removeTag->setVisible(!trash);
    m_removeTag->setEnabled(!trash && count > 0);
    m_restore->setVisible(trash);
    m_restore->setEnabled(trash && count > 0);
    m_purge->setVisible(trash);
    m_purge->setEnabled(trash && count > 0);
}

QList<qint64> ContactEditActions::targetIds() const
{
    QList<qint64> ids;
    if (m_view->table()->selectionModel())
        ids = m_view->selectedContactIds();
    if (ids.isEmpty() && m_view->currentContactId() > 0)
        ids.append(m_view->currentContactId());
    return ids;
}

void ContactEditActions::setConfirmation(std::function<bool(const QString &, const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void ContactEditActions::setErrorHandler(std::function<void(const QString &)> handler)
{
    m_error = std::move(handler);
}

ContactCommandHooks ContactEditActions::hooks()
{
    const QPointer<ContactsView> view(m_view);
    const QPointer<ContactEditActions> self(this);
    return ContactCommandHooks {[view, self](qint64 contactId) {
                                    if (!view)
                                        return;
                                    view->reload();
                                    if (contactId > 0)
                                        view->showContact(contactId);
                                    if (self)
                                        self->updateEnabled();
                                },
                                [self](const QString &message) {
                                    if (self && self->m_error)
                                        self->m_error(message);
                                }};
}

QString ContactEditActions::nameOf(const QList<qint64> &ids) const
{
    if (ids.size() != 1)
        return {};
    const auto contact = ContactRepository(m_db, m_clock).get(ids.first());
    return contact ? contact->displayName : QString();
}

void ContactEditActions::openEditor(const Contact &contact)
{
    ContactEditDialog dialog(m_db, m_clock, contact, m_view);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (contact.id == 0)
        create(dialog.contact(), dialog.newCompanyName());
    else
        edit(dialog.contact(), dialog.newCompanyName());
}

void ContactEditActions::create(const Contact &contact, const QString &newCompany)
{
    m_view->undoStack()->push(new CreateContactCommand(m_db, m_clock, contact, newCompany, hooks()));
}

void ContactEditActions::edit(const Contact &contact, const QString &newCompany)
{
    m_view->undoStack()->push(new EditContactCommand(m_db, m_clock, contact, newCompany, hooks()));
}

void ContactEditActions::tag(const QString &tag, bool add)
{
    const QList<qint64> ids = targetIds();
    if (ids.isEmpty() || tag.simplified().isEmpty())
        return;
    m_view->undoStack()->push(new TagContactsCommand(m_db, m_clock, ids, tag, add, hooks()));
}

void ContactEditActions::moveToTrash()
{
    const QList<qint64> ids = targetIds();
    if (ids.isEmpty() || m_view->isShowingTrash())
        return;
    m_view->undoStack()->push(new TrashContactsCommand(m_db, m_clock, ids, nameOf(ids), hooks()));
}

void ContactEditActions::restore()
{
    const QList<qint64> ids = targetIds();
    if (ids.isEmpty())
        return;
    m_view->undoStack()->push(new RestoreContactsCommand(m_db, m_clock, ids, nameOf(ids), hooks()));
}

void ContactEditActions::purge()
{
    const QList<qint64> ids = targetIds();
    if (ids.isEmpty())
        return;
    const QString name = nameOf(ids);
    const QString question = (ids.size() == 1 ? tr("Delete “%1” permanently?").arg(name)
                                              : tr("Delete %n contacts permanently?", nullptr, int(ids.size())))
        + QStringLiteral("\n\n")
        + tr("This cannot be undone. Their notes, calls and follow-ups are deleted too; their orders stay, "
             "without a customer.");
    if (!m_confirm(tr("Delete Permanently"), question))
        return;
    if (const Status status = ContactEdits(m_db, m_clock).purge(ids); !status) {
        m_error(status.errorMessage());
        return;
    }
    m_view->reload();
    updateEnabled();
}

void ContactEditActions::askTag(bool add)
{
    const QList<qint64> ids = targetIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(m_view);
    dialog.setWindowTitle(add ? tr("Add Tag") : tr("Remove Tag"));
    dialog.setObjectName(QStringLiteral("tagDialog"));
    auto *edit = new TagsEdit(&dialog);
    edit->setPlaceholderText(QString());
    edit->setAvailableTags(ContactLookup::tagNames(m_db));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(add ? tr("Add") : tr("Remove"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Tag:"), edit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList tags = edit->tags();
    // Several tags typed at once are one step to undo.
    if (tags.size() > 1)
        m_view->undoStack()->beginMacro(add ? tr("Add tags “%1”").arg(tags.join(QStringLiteral("”, “")))
                                            : tr("Remove tags “%1”").arg(tags.join(QStringLiteral("”, “"))));
    for (const QString &name : tags)
        tag(name, add);
    if (tags.size() > 1)
        m_view->undoStack()->endMacro();
}

} // namespace clientele
