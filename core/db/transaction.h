#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

/// RAII transaction guard: begins on construction, rolls back in the destructor unless
/// commit() succeeded. Every multi-step write in core goes through one.
///
/// Guards nest: a guard opened while another is active on the same connection becomes a
/// SAVEPOINT, so a repository call that writes in its own transaction can also run inside a
/// caller's larger one (an import, the sample data) and all of it commits or rolls back together.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether a guard is open on this connection (in this thread).
    static bool isOpen(const QSqlDatabase &db);

    /// False when the transaction could not even begin (e.g. the file is locked by a writer).
    bool isActive() const { return m_active; }
    Status beginStatus() const;
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; ///< 0: outermost (a real transaction), otherwise a savepoint level
    QString m_beginError;
};

} // namespace clientele
