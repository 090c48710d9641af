#include "contact.h"

#include <QRegularExpression>

namespace clientele {

bool Birthday::isValid() const
{
    if (isNull())
        return false;
    // 2000 is a leap year, so a yearless "--02-29" is accepted.
    return QDate::isValid(hasYear() ? year : 2000, month, day);
}

QString Birthday::toIso() const
{
    if (!isValid())
        return {};
    const QString monthDay
        = QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    if (!hasYear())
        return QStringLiteral("--") + monthDay;
    return QStringLiteral("%1-").arg(year, 4, 10, QLatin1Char('0')) + monthDay;
}

std::optional<Birthday> Birthday::fromIso(const QString &text)
{
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression yearless(QStringLiteral("^(?:--)?(\\d{2})-?(\\d{2})$"));
    const QString trimmed = text.trimmed();
    Birthday birthday;
    if (const auto m = full.match(trimmed); m.hasMatch()) {
        birthday = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    } else if (const auto y = yearless.match(trimmed); y.hasMatch()) {
        birthday = {0, y.captured(1).toInt(), y.captured(2).toInt()};
    } else {
        return std::nullopt;
    }
    if (!birthday.isValid())
        return std::nullopt;
    return birthday;
}

int Birthday::ageOn(const QDate &today) const
{
    if (!isValid() || !hasYear())
        return -1;
    int age = today.year() - year;
    if (today.month() < month || (today.month() == month && today.day() < day))
        --age;
    return age;
}

QDate Birthday::nextOccurrence(const QDate &today) const
{
    if (!isValid())
        return {};
    for (int y = today.year(); y <= today.year() + 8; ++y) {
        // Feb 29 birthdays are celebrated on Feb 28 in common years.
        const int d = (month == 2 && day == 29 && !QDate::isLeapYear(y)) ? 28 : day;
        const QDate date(y, month, d);
        if (date >= today)
            return date;
    }
    return {};
}

bool Address::isEmpty() const
{
    return street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty() && country.isEmpty();
}

QString ContactMethod::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Web:
        return QStringLiteral("web");
    }
    return {};
}

QString Contact::kindName(Kind kind)
{
    return kind == Kind::Company ? QStringLiteral("company") : QStringLiteral("person");
}

} // namespace clientele
