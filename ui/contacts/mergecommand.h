#pragma once

#include "contacts/contactmerger.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QUndoCommand>

namespace clientele {

class Clock;
class ContactsView;

/// Merging two contacts, undoably: redo() merges (ContactMerger::merge), undo() puts both
/// records and every moved row back (ContactMerger::unmerge). The page reloads after each.
class MergeCommand final : public QUndoCommand
{
public:
    /// Merges now, so that a refusal or a failure can be shown before anything is pushed; the
    /// returned command is done already (its first redo() does nothing) and goes onto the undo
    /// stack. `view` may be null (no page to reload).
    static Result<MergeCommand *> perform(QSqlDatabase db, const Clock &clock, ContactsView *view, qint64 keepId,
                                          qint64 otherId, const MergeChoices &choices);

    void undo() override;
    void redo() override;

    const MergeReceipt &receipt() const { return m_receipt; }
    /// Why the last undo() or redo() failed; empty when it worked. A failed command is marked
    /// obsolete, and the undo stack drops it.
    QString errorMessage() const { return m_error; }

private:
    MergeCommand(QSqlDatabase db, const Clock &clock, ContactsView *view, const MergeChoices &choices,
                 MergeReceipt receipt, const QString &text);
    void fail(const QString &message);
    void reloadView();

    QSqlDatabase m_db;
    const Clock &m_clock;
    QPointer<ContactsView> m_view;
    MergeChoices m_choices;
    MergeReceipt m_receipt;
    bool m_skipRedo = true;
    QString m_error;
};

} // namespace clientele
