#pragma once

#include "order.h"

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

class Clock;

/// The numbers orders and invoices are given: a prefix and a running number per kind ("1001",
/// "INV-0001"), stored in the book so that every window, the CLI and (later) the team server take
/// from the same sequence.
class OrderNumbering final
{
public:
    struct Sequence
    {
        OrderKind kind = OrderKind::Order;
        QString prefix;
        qint64 nextNumber = 1;
        int width = 0; ///< digits, zero-padded; 0: as many as the number has

        QString format(qint64 number) const;
        friend bool operator==(const Sequence &, const Sequence &) = default;
    };

    OrderNumbering(QSqlDatabase db, const Clock &clock);

    Result<Sequence> sequence(OrderKind kind) const;
    /// Changes the prefix or the next number (audited). The next number must be at least 1 and the
    /// width between 0 and 12.
    Status setSequence(const Sequence &sequence);

    /// Takes the next free number and moves the sequence past it. Must run inside the caller's
    /// write transaction (it fails otherwise), so that the number and the order that gets it are
    /// committed together: its first statement is the write that moves the sequence, which makes
    /// a second connection wait for the first to commit instead of reading the same number.
    /// Numbers already used by an order of the kind (an imported one, say) or, for invoices, by an
    /// issued invoice or credit note are skipped.
    Result<QString> take(OrderKind kind);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
