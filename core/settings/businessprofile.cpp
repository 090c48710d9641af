#include "businessprofile.h"

#include "businesssettings.h"

#include "db/transaction.h"

#include <QLocale>

namespace clientele {

namespace {

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

} // namespace

QString toString(PaperSize size)
{
    return size == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("a4"))
        return PaperSize::A4;
    if (key == QLatin1String("letter"))
        return PaperSize::Letter;
    return std::nullopt;
}

PaperSize paperSizeForTerritory(const QString &localeName)
{
    // The countries that print on US Letter; the rest of the world uses A4.
    static const QList<QLocale::Territory> letter
        = {QLocale::UnitedStates, QLocale::Canada,      QLocale::Mexico,    QLocale::Chile,     QLocale::Colombia,
           QLocale::Venezuela,    QLocale::Philippines, QLocale::Guatemala, QLocale::CostaRica, QLocale::PuertoRico};
    const QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    return letter.contains(locale.territory()) ? PaperSize::Letter : PaperSize::A4;
}

BusinessProfile readBusinessProfile(QSqlDatabase db)
{
    const BusinessSettings settings(db);
    BusinessProfile profile;
    profile.name = settings.value(BusinessSettings::BusinessName).trimmed();
    profile.addressLines = lines(settings.value(BusinessSettings::Address));
    profile.taxId = settings.value(BusinessSettings::TaxId).trimmed();
    profile.bankDetails = lines(settings.value(BusinessSettings::BankDetails));
    profile.logo = QByteArray::fromBase64(settings.value(BusinessSettings::Logo).toLatin1());
    profile.paperSize
        = paperSizeFromString(settings.value(BusinessSettings::PaperSize)).value_or(paperSizeForTerritory({}));
    return profile;
}

Status saveBusinessProfile(QSqlDatabase db, const BusinessProfile &profile)
{
    BusinessSettings settings(db);
    Transaction tx(db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    const std::pair<QString, QString> values[]
        = {{BusinessSettings::BusinessName, profile.name.trimmed()},
           {BusinessSettings::Address, profile.addressLines.join(QLatin1Char('\n'))},
           {BusinessSettings::TaxId, profile.taxId.trimmed()},
           {BusinessSettings::BankDetails, profile.bankDetails.join(QLatin1Char('\n'))},
           {BusinessSettings::Logo, QString::fromLatin1(profile.logo.toBase64())},
           {BusinessSettings::PaperSize, toString(profile.paperSize)}};
    for (const auto &[key, value] : values) {
        if (auto s = settings.setValue(key, value); !s)
            return s;
    }
    return tx.commit();
}

} // namespace clientele
