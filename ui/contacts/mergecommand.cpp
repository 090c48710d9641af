#include "mergecommand.h"

#include "contactsview.h"

#include "contacts/contactrepository.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace clientele {

Result<MergeCommand *> MergeCommand::perform(QSqlDatabase db, const Clock &clock, ContactsView *view, qint64 keepId,
                                             qint64 otherId, const MergeChoices &choices)
{
    const ContactRepository repository(db, clock);
    const auto other = repository.get(otherId);
    const auto keep = repository.get(keepId);
    auto receipt = ContactMerger(db, clock).merge(keepId, otherId, choices);
    if (!receipt)
        return receipt.error();
    const QString text = QCoreApplication::translate("MergeCommand", "Merge “%1” into “%2”")
                             .arg(other ? other->displayName : QString(), keep ? keep->displayName : QString());
    auto *command = new MergeCommand(db, clock, view, choices, std::move(receipt).value(), text);
    command->reloadView();
    return command;
}

MergeCommand::MergeCommand(QSqlDatabase db, const Clock &clock, ContactsView *view, const MergeChoices &choices,
                           MergeReceipt receipt, const QString &text)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_view(view)
    , m_choices(choices)
    , m_receipt(std::move(receipt))
{
    setText(text);
}

void MergeCommand::undo()
{
    if (auto s = ContactMerger(m_db, m_clock).unmerge(m_receipt); !s) {
        fail(s.errorMessage());
        return;
    }
    m_error.clear();
    reloadView();
}

void MergeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    auto receipt = ContactMerger(m_db, m_clock).merge(m_receipt.keepId, m_receipt.otherId, m_choices);
    if (!receipt) {
        fail(receipt.errorMessage());
        return;
    }
    m_receipt = std::move(receipt).value();
    m_error.clear();
    reloadView();
}

void MergeCommand::fail(const QString &message)
{
    m_error = message;
    setObsolete(true);
    if (m_view && m_view->isVisible())
        QMessageBox::warning(m_view, QCoreApplication::translate("MergeCommand", "Merge"), message);
}

void MergeCommand::reloadView()
{
    if (m_view)
        m_view->reload();
}

} // namespace clientele
