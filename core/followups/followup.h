#pragma once

#include <QDateTime>
#include <QString>

namespace clientele {

/// A reminder to get back to a customer ("call about the wedding cake"), optionally about an
/// order or a deal, optionally repeating.
struct FollowUp
{
    qint64 id = 0;
    qint64 contactId = 0; ///< 0: not about a customer
    QString contactName; ///< read-only: filled on read
    qint64 orderId = 0; ///< 0: not about an order
    qint64 dealId = 0; ///< 0: not about a deal
    QString title;
    QString notes;
    QDateTime dueAt; ///< UTC
    QDateTime doneAt; ///< valid: done
    QDateTime snoozedUntil; ///< valid: put off until then
    QString recurrence; ///< RRULE subset (see recurrence.h); empty: does not repeat
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid: in the trash

    bool isDone() const { return doneAt.isValid(); }
    bool isInTrash() const { return deletedAt.isValid(); }
    bool isRecurring() const { return !recurrence.isEmpty(); }
    /// When it is really due: the snooze time when snoozed, else the due time.
    QDateTime effectiveDueAt() const { return snoozedUntil.isValid() ? snoozedUntil : dueAt; }
};

} // namespace clientele
