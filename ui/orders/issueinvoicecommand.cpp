#include "issueinvoicecommand.h"

#include "invoices/invoicerepository.h"

#include <QCoreApplication>

namespace clientele {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(IssueInvoiceCommand)
};

} // namespace

IssueInvoiceCommand::IssueInvoiceCommand(QSqlDatabase db, const Clock &clock, qint64 orderId, Hooks hooks)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_orderId(orderId)
    , m_hooks(std::move(hooks))
{
    setText(Text::tr("Issue invoice"));
}

void IssueInvoiceCommand::redo()
{
    InvoiceRepository invoices(m_db, m_clock);
    const auto id = invoices.issue(m_orderId);
    if (!id)
        return fail(id.errorMessage());
    m_invoiceId = *id;
    m_lastError.clear();
    if (const auto invoice = invoices.get(*id))
        setText(Text::tr("Issue invoice %1").arg(invoice->number));
    if (m_hooks.changed)
        m_hooks.changed(m_orderId);
}

void IssueInvoiceCommand::undo()
{
    const auto credit = InvoiceRepository(m_db, m_clock).issueCreditNote(m_invoiceId);
    if (!credit)
        return fail(credit.errorMessage());
    m_creditNoteId = *credit;
    m_lastError.clear();
    if (m_hooks.changed)
        m_hooks.changed(m_orderId);
}

void IssueInvoiceCommand::fail(const QString &message)
{
    m_lastError = message;
    setObsolete(true);
    if (m_hooks.failed)
        m_hooks.failed(message);
}

} // namespace clientele
