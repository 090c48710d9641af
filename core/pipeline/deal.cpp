#include "deal.h"

#include <QCoreApplication>

namespace clientele {

QString toString(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return QStringLiteral("open");
    case DealStatus::Won:
        return QStringLiteral("won");
    case DealStatus::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<DealStatus> dealStatusFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const DealStatus status : {DealStatus::Open, DealStatus::Won, DealStatus::Lost}) {
        if (toString(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return QCoreApplication::translate("Deal", "Open");
    case DealStatus::Won:
        return QCoreApplication::translate("Deal", "Won");
    case DealStatus::Lost:
        return QCoreApplication::translate("Deal", "Lost");
    }
    return {};
}

} // namespace clientele
