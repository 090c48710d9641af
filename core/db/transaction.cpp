#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

// Open guards per connection. Connections belong to one thread, so a thread-local map is
// enough and needs no lock.
int &openGuards(const QString &connectionName)
{
    thread_local QHash<QString, int> depths;
    return depths[connectionName];
}

QString savepointName(int depth)
{
    return QStringLiteral("clientele_sp%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &open = openGuards(m_db.connectionName());
    m_depth = open;
    if (m_depth == 0) {
        m_active = m_db.transaction();
        if (!m_active)
            m_beginError = m_db.lastError().text();
    } else {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
        if (!m_active)
            m_beginError = query.lastError().text();
    }
    if (m_active)
        ++open;
}

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return openGuards(db.connectionName()) > 0;
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
    return Error {
        QCoreApplication::translate("Transaction", "Could not start a database transaction: %1").arg(m_beginError)};
}

Status Transaction::commit()
{
    if (!m_active)
        return beginStatus();
    bool ok = false;
    QString reason;
    if (m_depth == 0) {
        ok = m_db.commit();
        reason = m_db.lastError().text();
    } else {
        QSqlQuery query(m_db);
        ok = query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
        reason = query.lastError().text();
    }
    if (!ok) {
        rollback();
        return Error {QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(reason)};
    }
    m_active = false;
    --openGuards(m_db.connectionName());
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    }
    m_active = false;
    --openGuards(m_db.connectionName());
}

} // namespace clientele
