#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace clientele {

/// Business-wide settings stored in the database (not per user): they travel with the file.
class BusinessSettings final
{
public:
    static inline const QString BusinessName = QStringLiteral("business.name");
    static inline const QString Currency = QStringLiteral("business.currency");
    /// ISO 3166 region used to read phone numbers typed without a country code.
    static inline const QString PhoneRegion = QStringLiteral("business.phone_region");
    /// "1" when prices are entered with tax included (a shop's shelf prices), "0" (the default)
    /// when tax is added on top (a freelancer's rates).
    static inline const QString PricesIncludeTax = QStringLiteral("business.prices_include_tax");
    // The business profile printed on order slips and invoices (see businessprofile.h).
    /// The postal address, one line per text line.
    static inline const QString Address = QStringLiteral("business.address");
    static inline const QString TaxId = QStringLiteral("business.tax_id");
    /// Bank details for transfers (IBAN, BIC, bank name), one line per text line.
    static inline const QString BankDetails = QStringLiteral("business.bank_details");
    /// The logo image (PNG or JPEG) in base64, kept in the book so it travels with the file.
    static inline const QString Logo = QStringLiteral("business.logo");
    /// "a4" or "letter"; unset: from the system locale.
    static inline const QString PaperSize = QStringLiteral("business.paper_size");
    /// The IANA id of the zone whose calendar the business lives by ("America/Los_Angeles"):
    /// "today", "overdue" and the months of the reports are its days. Empty (the default) means
    /// the zone of the computer the book is opened on. Read when the book is opened.
    static inline const QString TimeZone = QStringLiteral("business.time_zone");

    explicit BusinessSettings(QSqlDatabase db);

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    QString currency() const;
    QString phoneRegion() const;
    bool pricesIncludeTax() const;
    /// The business's zone: the stored one when it is set and known to this computer, else
    /// `fallback` (the machine's zone, as the program's clock has it).
    QTimeZone timeZone(const QTimeZone &fallback) const;
    /// Stores the business's zone; an empty id goes back to the computer's zone. Refuses an id
    /// this computer does not know.
    Status setTimeZone(const QString &ianaId);

    /// Fills the settings and pipeline stages a new database starts with; does nothing when they
    /// exist. Called once after the first migration.
    static Status seedDefaults(QSqlDatabase db, const Clock &clock);

private:
    QSqlDatabase m_db;
};

} // namespace clientele
