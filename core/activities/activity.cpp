#include "activity.h"

#include <QCoreApplication>

namespace clientele {

QString toString(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Note:
        return QStringLiteral("note");
    case ActivityKind::Call:
        return QStringLiteral("call");
    case ActivityKind::Email:
        return QStringLiteral("email");
    case ActivityKind::Meeting:
        return QStringLiteral("meeting");
    case ActivityKind::Visit:
        return QStringLiteral("visit");
    }
    return {};
}

std::optional<ActivityKind> activityKindFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const ActivityKind kind :
         {ActivityKind::Note, ActivityKind::Call, ActivityKind::Email, ActivityKind::Meeting, ActivityKind::Visit}) {
        if (toString(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString displayName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Note:
        return QCoreApplication::translate("Activity", "Note");
    case ActivityKind::Call:
        return QCoreApplication::translate("Activity", "Call");
    case ActivityKind::Email:
        return QCoreApplication::translate("Activity", "Email");
    case ActivityKind::Meeting:
        return QCoreApplication::translate("Activity", "Meeting");
    case ActivityKind::Visit:
        return QCoreApplication::translate("Activity", "Visit");
    }
    return {};
}

} // namespace clientele
