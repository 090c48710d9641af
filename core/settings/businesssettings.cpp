#include "businesssettings.h"

#include "common/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

QString systemRegion()
{
    // "en_US" -> "US"; the C locale has no territory, so fall back to US like most exporters do.
    const QString name = QLocale::system().name();
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    const QString region = underscore > 0 ? name.mid(underscore + 1, 2) : QString();
    return region.size() == 2 ? region.toUpper() : QStringLiteral("US");
}

QString systemCurrency()
{
    const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QStringLiteral("USD");
}

} // namespace

BusinessSettings::BusinessSettings(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString BusinessSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status BusinessSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    // Portable upsert: SQLite >= 3.24 and PostgreSQL share this ON CONFLICT syntax.
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    // A null QString binds as SQL NULL, which the NOT NULL column refuses: an unset value is "".
    query.bindValue(QStringLiteral(":value"), value.isNull() ? QStringLiteral("") : value);
    if (!query.exec())
        return Error {QCoreApplication::translate("BusinessSettings", "Could not save the setting %1: %2")
                          .arg(key, query.lastError().text())};
    return {};
}

QString BusinessSettings::currency() const
{
    return value(Currency, QStringLiteral("USD"));
}

bool BusinessSettings::pricesIncludeTax() const
{
    return value(PricesIncludeTax, QStringLiteral("0")) == QLatin1String("1");
}

QString BusinessSettings::phoneRegion() const
{
    return value(PhoneRegion, QStringLiteral("US"));
}

QTimeZone BusinessSettings::timeZone(const QTimeZone &fallback) const
{
    const QByteArray id = value(TimeZone).trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return fallback;
    return QTimeZone(id);
}

Status BusinessSettings::setTimeZone(const QString &ianaId)
{
    const QString id = ianaId.trimmed();
    if (!id.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return Error {QCoreApplication::translate("BusinessSettings",
                                                  "%1 is not a time zone this computer knows; give an IANA name "
                                                  "such as Europe/Berlin.")
                          .arg(id)};
    // An empty text rather than a null one: Qt binds a null QString as SQL NULL.
    return setValue(TimeZone, id.isEmpty() ? QStringLiteral("") : id);
}

Status BusinessSettings::seedDefaults(QSqlDatabase db, const Clock &clock)
{
    BusinessSettings settings(db);
    if (settings.value(Currency).isEmpty()) {
        if (auto s = settings.setValue(Currency, systemCurrency()); !s)
            return s;
    }
    if (settings.value(PhoneRegion).isEmpty()) {
        if (auto s = settings.setValue(PhoneRegion, systemRegion()); !s)
            return s;
    }

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM pipeline_stages")) || !query.next())
        return Error {QCoreApplication::translate("BusinessSettings", "Could not read the pipeline stages: %1")
                          .arg(query.lastError().text())};
    if (query.value(0).toInt() > 0)
        return {};
    struct Stage
    {
        QString name;
        int probability;
    };
    const Stage stages[] = {{QCoreApplication::translate("BusinessSettings", "Lead"), 10},
                            {QCoreApplication::translate("BusinessSettings", "Qualified"), 30},
                            {QCoreApplication::translate("BusinessSettings", "Proposal"), 60},
                            {QCoreApplication::translate("BusinessSettings", "Negotiation"), 80}};
    const QString now = toStoredTime(clock.nowUtc());
    int position = 0;
    for (const Stage &stage : stages) {
        query.prepare(QStringLiteral("INSERT INTO pipeline_stages (name, position, default_probability, created_at) "
                                     "VALUES (:name, :position, :probability, :created_at)"));
        query.bindValue(QStringLiteral(":name"), stage.name);
        query.bindValue(QStringLiteral(":position"), position++);
        query.bindValue(QStringLiteral(":probability"), stage.probability);
        query.bindValue(QStringLiteral(":created_at"), now);
        if (!query.exec())
            return Error {QCoreApplication::translate("BusinessSettings", "Could not create the pipeline stages: %1")
                              .arg(query.lastError().text())};
    }
    return {};
}

} // namespace clientele
