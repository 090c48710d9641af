#include "duplicateactions.h"

#include "contactsview.h"
#include "duplicatesdialog.h"
#include "mergecommand.h"
#include "mergedialog.h"

#include "contacts/contactmerger.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QUndoStack>

namespace clientele {

DuplicateActions::DuplicateActions(QSqlDatabase db, const Clock &clock, ContactsView *view)
    : QObject(view)
    , m_db(db)
    , m_clock(clock)
    , m_view(view)
    , m_find(new QAction(tr("Find &Duplicates…"), this))
    , m_merge(new QAction(tr("&Merge…"), this))
{
    m_find->setStatusTip(tr("List contacts that may be the same customer: same email, phone or a similar name"));
    m_merge->setStatusTip(tr("Merge the two selected contacts into one"));
    m_merge->setEnabled(false);
    connect(m_find, &QAction::triggered, this, &DuplicateActions::findDuplicates);
    connect(m_merge, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_view->selectedContactIds();
        if (ids.size() == 2)
            mergeContacts(ids.at(0), ids.at(1), m_view);
    });
}

QList<QAction *> DuplicateActions::toolbarActions() const
{
    return {m_find};
}

QList<QAction *> DuplicateActions::contextMenuActions() const
{
    return {m_merge};
}

void DuplicateActions::updateEnabled()
{
    m_merge->setEnabled(!m_view->isShowingTrash() && m_view->selectedContactIds().size() == 2);
}

void DuplicateActions::findDuplicates()
{
    auto *dialog = new DuplicatesDialog(m_db, m_clock, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<DuplicatesDialog> guard(dialog);
    connect(dialog, &DuplicatesDialog::mergeRequested, this, [this, guard](qint64 firstId, qint64 secondId) {
        const qint64 mergedAway = mergeContacts(firstId, secondId, guard);
        if (mergedAway > 0 && guard)
            guard->removeContact(mergedAway);
    });
    dialog->open();
}

qint64 DuplicateActions::mergeContacts(qint64 firstId, qint64 secondId, QWidget *parent)
{
    if (auto s = ContactMerger(m_db, m_clock).check(firstId, secondId); !s) {
        showError(parent, s.errorMessage());
        return 0;
    }
    MergeDialog dialog(m_db, m_clock, firstId, secondId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const auto command
        = MergeCommand::perform(m_db, m_clock, m_view, dialog.keepId(), dialog.otherId(), dialog.choices());
    if (!command) {
        showError(parent, command.errorMessage());
        return 0;
    }
    m_view->undoStack()->push(*command);
    m_view->showContact(dialog.keepId());
    return dialog.otherId();
}

void DuplicateActions::showError(QWidget *parent, const QString &message) const
{
    QMessageBox::warning(parent ? parent : m_view, tr("Merge"), message);
}

} // namespace clientele
