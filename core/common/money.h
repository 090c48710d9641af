#pragma once

#include <QString>
#include <QtGlobal>

namespace clientele {

/// An amount of money: integer minor units (cents, pence) plus an ISO 4217 currency code.
/// Never a floating-point number, so sums and tax never drift by a cent.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("USD");

    friend bool operator==(const Money &, const Money &) = default;
};

/// Number of minor-unit digits of an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD).
int currencyDigits(const QString &currency);

/// Formats for display in the given locale name (empty: the system locale), e.g. "€12.50".
QString formatMoney(const Money &money, const QString &localeName = {});

} // namespace clientele
