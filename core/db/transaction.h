#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

/// RAII transaction guard: begins on construction, rolls back in the destructor unless
/// commit() succeeded. Every multi-step write in core goes through one.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not even begin (e.g. the file is locked by a writer).
    bool isActive() const { return m_active; }
    Status beginStatus() const;
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace clientele
