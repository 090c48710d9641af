#pragma once

#include "activity.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Creates, reads, updates and trashes timeline activities. Every write validates first, is one
/// transaction and records an audit-log row.
class ActivityRepository final
{
public:
    ActivityRepository(QSqlDatabase db, const Clock &clock);

    Result<qint64> create(Activity activity);
    Result<Activity> get(qint64 id) const;
    Status update(Activity activity);
    Status moveToTrash(qint64 id);
    Status restore(qint64 id);

    /// A contact's live activities, most recent first; `limit` <= 0: all.
    QList<Activity> listForContact(qint64 contactId, int limit = 200) const;

    /// Checks an activity without storing it; the error names the field ("contactId",
    /// "subject", ...).
    Status validate(const Activity &activity) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
