#pragma once

#include "contactedits.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// One tag added to or removed from a set of contacts: the contacts it actually changed (those
/// that already had, or lacked, the tag are left out) and whether the tag itself was new.
struct TagChange
{
    TagRow tag;
    bool adding = true;
    bool tagCreated = false;
    QList<qint64> changed;
};

/// Adds or removes one tag for many contacts at once, in one transaction with an audit row per
/// changed contact, and takes such a change back exactly.
class ContactTagging final
{
public:
    ContactTagging(QSqlDatabase db, const Clock &clock);

    /// Tags the contacts with `name`, creating the tag when it does not exist yet.
    Result<TagChange> add(const QList<qint64> &contactIds, const QString &name);
    /// Removes the tag `name` (case-insensitive) from the contacts.
    Result<TagChange> remove(const QList<qint64> &contactIds, const QString &name);
    /// Makes the change again (`forward`) or takes it back; a tag the change created goes with it
    /// when no other contact uses it.
    Status apply(const TagChange &change, bool forward);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
