#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace clientele {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::beginStatus() const
{
    if (m_active)
        return {};
    return Error{QCoreApplication::translate("Transaction", "Could not start a database transaction: %1")
                     .arg(m_beginError)};
}

Status Transaction::commit()
{
    if (!m_active)
        return beginStatus();
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        rollback();
        return Error{QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(reason)};
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}

} // namespace clientele
