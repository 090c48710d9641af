#pragma once

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace clientele {

class Clock;

/// "Issue invoice INV-0001": issues the order's invoice. An issued invoice is never deleted, so
/// undo issues the credit note that cancels it, and redo issues a new invoice (with the next
/// number). When a step fails nothing changes, `failed` is told, and the command marks itself
/// obsolete so the stack drops it.
class IssueInvoiceCommand final : public QUndoCommand
{
public:
    struct Hooks
    {
        std::function<void(qint64 orderId)> changed;
        std::function<void(const QString &message)> failed;
    };

    IssueInvoiceCommand(QSqlDatabase db, const Clock &clock, qint64 orderId, Hooks hooks);
    void redo() override;
    void undo() override;

    /// The invoice the last redo() issued; 0 before the first or after a failure.
    qint64 invoiceId() const { return m_invoiceId; }
    /// The credit note the last undo() issued; 0 before.
    qint64 creditNoteId() const { return m_creditNoteId; }
    QString lastError() const { return m_lastError; }

private:
    void fail(const QString &message);

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_orderId;
    Hooks m_hooks;
    qint64 m_invoiceId = 0;
    qint64 m_creditNoteId = 0;
    QString m_lastError;
};

} // namespace clientele
