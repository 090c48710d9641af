#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace clientele {

enum class ActivityKind { Note, Call, Email, Meeting, Visit };

/// The schema's CHECK values ("note", "call", "email", "meeting", "visit").
QString toString(ActivityKind kind);
std::optional<ActivityKind> activityKindFromString(const QString &text);
/// Translated name for display.
QString displayName(ActivityKind kind);

/// Something that happened with a customer, shown in their timeline: a note, a call, a visit.
/// Its subject and body are indexed for contact search.
struct Activity
{
    qint64 id = 0;
    qint64 contactId = 0; ///< required
    qint64 dealId = 0; ///< 0: not about a deal
    qint64 orderId = 0; ///< 0: not about an order
    ActivityKind kind = ActivityKind::Note;
    QDateTime occurredAt; ///< UTC; invalid on create: now
    QString subject;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid: in the trash

    bool isInTrash() const { return deletedAt.isValid(); }
};

} // namespace clientele
