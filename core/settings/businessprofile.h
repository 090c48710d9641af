#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

/// The paper documents are printed on.
enum class PaperSize { A4, Letter };

QString toString(PaperSize size); ///< "a4", "letter"
std::optional<PaperSize> paperSizeFromString(const QString &text);
/// Letter in the United States, Canada, Mexico and the other countries that use it, else A4.
PaperSize paperSizeForTerritory(const QString &localeName);

/// Who the business is, as order slips and invoices print it: the settings of the book under
/// BusinessSettings' business.* keys.
struct BusinessProfile
{
    QString name;
    QStringList addressLines;
    QString taxId;
    QStringList bankDetails;
    QByteArray logo; ///< PNG or JPEG bytes; empty: no logo
    PaperSize paperSize = PaperSize::A4;

    friend bool operator==(const BusinessProfile &, const BusinessProfile &) = default;
};

/// Reads the profile; an unset paper size follows the system locale.
BusinessProfile readBusinessProfile(QSqlDatabase db);
/// Stores every field of the profile in one transaction.
Status saveBusinessProfile(QSqlDatabase db, const BusinessProfile &profile);

} // namespace clientele
