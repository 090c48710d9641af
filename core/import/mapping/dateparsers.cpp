#include "valueparsers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace clientele::ValueParsers {

namespace {

// Excel counts days from 1899-12-30 (its day 60 is the non-existent 1900-02-29, so serials from
// 61 on, which is every date anyone imports, come out right with this epoch).
constexpr int kMaxExcelSerial = 2958465; // 9999-12-31
constexpr int kFirstPlausibleSerial = 367; // 1901-01-01

int expandYear(int year, int digits)
{
    if (digits > 2)
        return year;
    // Excel's pivot: 00-29 are 2000-2029, 30-99 are 1930-1999.
    return year < 30 ? 2000 + year : 1900 + year;
}

ParsedDate makeDate(int year, int month, int day)
{
    ParsedDate parsed;
    if (year == 0) {
        // Yearless: any leap year accepts 29 February.
        if (!QDate::isValid(2000, month, day))
            return {ParsedDate::Kind::Invalid};
        parsed.kind = ParsedDate::Kind::Yearless;
    } else {
        if (!QDate::isValid(year, month, day))
            return {ParsedDate::Kind::Invalid};
        parsed.kind = ParsedDate::Kind::Date;
    }
    parsed.year = year;
    parsed.month = month;
    parsed.day = day;
    return parsed;
}

int monthFromName(const QString &token)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const QList<QStringList> names = {
            {QStringLiteral("january"), QStringLiteral("jan"), QStringLiteral("januar"), QStringLiteral("janvier"),
             QStringLiteral("janv"), QStringLiteral("enero"), QStringLiteral("ene"), QStringLiteral("jaenner"),
             QStringLiteral("janner")},
            {QStringLiteral("february"), QStringLiteral("feb"), QStringLiteral("februar"), QStringLiteral("fevrier"),
             QStringLiteral("fevr"), QStringLiteral("fev"), QStringLiteral("febrero")},
            {QStringLiteral("march"), QStringLiteral("mar"), QStringLiteral("marz"), QStringLiteral("maerz"),
             QStringLiteral("mars"), QStringLiteral("marzo")},
            {QStringLiteral("april"), QStringLiteral("apr"), QStringLiteral("avril"), QStringLiteral("avr"),
             QStringLiteral("abril"), QStringLiteral("abr")},
            {QStringLiteral("may"), QStringLiteral("mai"), QStringLiteral("mayo")},
            {QStringLiteral("june"), QStringLiteral("jun"), QStringLiteral("juni"), QStringLiteral("juin"),
             QStringLiteral("junio")},
            {QStringLiteral("july"), QStringLiteral("jul"), QStringLiteral("juli"), QStringLiteral("juillet"),
             QStringLiteral("juil"), QStringLiteral("julio")},
            {QStringLiteral("august"), QStringLiteral("aug"), QStringLiteral("aout"), QStringLiteral("agosto"),
             QStringLiteral("ago")},
            {QStringLiteral("september"), QStringLiteral("sep"), QStringLiteral("sept"), QStringLiteral("septembre"),
             QStringLiteral("septiembre"), QStringLiteral("setiembre")},
            {QStringLiteral("october"), QStringLiteral("oct"), QStringLiteral("oktober"), QStringLiteral("okt"),
             QStringLiteral("octobre"), QStringLiteral("octubre")},
            {QStringLiteral("november"), QStringLiteral("nov"), QStringLiteral("novembre"),
             QStringLiteral("noviembre")},
            {QStringLiteral("december"), QStringLiteral("dec"), QStringLiteral("dezember"), QStringLiteral("dez"),
             QStringLiteral("decembre"), QStringLiteral("diciembre"), QStringLiteral("dic")},
        };
        for (int i = 0; i < names.size(); ++i) {
            for (const QString &name : names.at(i))
                m.insert(name, i + 1);
        }
        return m;
    }();
    return months.value(token, 0);
}

// "14 May 1984", "May 14, 1984", "14. Mai 1984", "14 de mayo de 1984", "1er mai 1984", "14 May".
ParsedDate parseMonthNameDate(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,./-]+"));
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{1,2})(st|nd|rd|th|er|e)$"));
    static const QSet<QString> fillers
        = {QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("of"), QStringLiteral("the")};
    const QStringList tokens = foldAccents(text.toLower()).split(separators, Qt::SkipEmptyParts);
    int month = 0;
    QList<QString> numbers;
    for (const QString &token : tokens) {
        if (fillers.contains(token))
            continue;
        if (const int m = monthFromName(token); m > 0) {
            if (month > 0)
                return {ParsedDate::Kind::Invalid};
            month = m;
            continue;
        }
        QString digits = token;
        if (const auto match = ordinal.match(token); match.hasMatch())
            digits = match.captured(1);
        bool ok = false;
        digits.toInt(&ok);
        if (!ok)
            return {ParsedDate::Kind::Invalid};
        numbers.append(digits);
    }
    if (month == 0 || numbers.isEmpty() || numbers.size() > 2 || numbers.first().size() > 2)
        return {ParsedDate::Kind::Invalid};
    const int day = numbers.first().toInt();
    if (numbers.size() == 1)
        return makeDate(0, month, day);
    const QString &year = numbers.at(1);
    if (year.size() != 2 && year.size() != 4)
        return {ParsedDate::Kind::Invalid};
    return makeDate(expandYear(year.toInt(), int(year.size())), month, day);
}

// Day and month of "a/b" parts as `order` reads them; a part above 12 can only be a day.
std::pair<int, int> dayAndMonth(int first, int second, QChar separator, DateOrder order)
{
    bool monthFirst = order == DateOrder::MonthDayYear;
    if (order == DateOrder::Auto || order == DateOrder::YearMonthDay)
        monthFirst = separator == QLatin1Char('/') && second > 12 && first <= 12;
    if (monthFirst && first > 12 && second <= 12)
        monthFirst = false;
    else if (!monthFirst && second > 12 && first <= 12)
        monthFirst = true;
    return monthFirst ? std::pair {second, first} : std::pair {first, second};
}

const QRegularExpression &timeSuffix()
{
    static const QRegularExpression re(
        QStringLiteral("[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp])?\\.?[Mm]?\\.?\\s*"
                       "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"));
    return re;
}

} // namespace
Birthday ParsedDate::birthday() const
{
    if (kind != Kind::Date && kind != Kind::Yearless)
        return {};
    return Birthday {year, month, day};
}

ParsedDate parseDate(const QString &text, DateOrder order)
{
    static const QRegularExpression outlookEmpty(QStringLiteral("^0{0,2}[01]?([/.])0{1,2}\\1\\s*0{2,4}$|^0{4}-00-00$"));
    static const QRegularExpression vcard(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression square(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression shortDate(QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})\\.?$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})(?:[.,]\\d+)?$"));

    QString t = stripLeadingApostrophe(text);
    if (t.isEmpty())
        return {};
    if (outlookEmpty.match(t).hasMatch())
        return {};
    if (const auto m = timeSuffix().match(t); m.hasMatch() && m.capturedStart() > 0)
        t = t.left(m.capturedStart()).trimmed();

    if (const auto m = vcard.match(t); m.hasMatch())
        return makeDate(0, m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = iso.match(t); m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = compact.match(t); m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Square's customer directory writes birthdays without a year as "MM-DD".
    if (const auto m = square.match(t); m.hasMatch())
        return makeDate(0, m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = shortDate.match(t); m.hasMatch()) {
        const auto [day, month] = dayAndMonth(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(2).at(0), order);
        return makeDate(0, month, day);
    }
    if (const auto m = numeric.match(t); m.hasMatch()) {
        const auto [day, month] = dayAndMonth(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(2).at(0), order);
        const QString year = m.captured(4);
        return makeDate(expandYear(year.toInt(), int(year.size())), month, day);
    }
    if (const auto m = serial.match(t); m.hasMatch()) {
        const int days = m.captured(1).toInt();
        // Below 367 a serial would fall in 1900: such a number is a day of the month, a count or
        // an id ("Birth Day: 14"), never a date someone meant.
        if (days < kFirstPlausibleSerial || days > kMaxExcelSerial)
            return {ParsedDate::Kind::Invalid};
        const QDate date = QDate(1899, 12, 30).addDays(days);
        return makeDate(date.year(), date.month(), date.day());
    }
    return parseMonthNameDate(t);
}

QDateTime parseDateTime(const QString &text, const QTimeZone &businessZone, DateOrder order)
{
    static const QRegularExpression serialTime(QStringLiteral("^(\\d{1,7})[.,](\\d+)$"));
    const QString t = stripLeadingApostrophe(text);
    if (t.isEmpty())
        return {};
    // An Excel serial with a fraction of a day: the fraction is the time in the business's zone.
    if (const auto m = serialTime.match(t); m.hasMatch()) {
        const ParsedDate date = parseDate(m.captured(1), order);
        if (!date.isDate())
            return {};
        const double fraction = QStringLiteral("0.%1").arg(m.captured(2)).toDouble();
        const int seconds = qBound(0, qRound(fraction * 86400.0), 86399);
        return QDateTime(date.date(), QTime(0, 0).addSecs(seconds), businessZone).toUTC();
    }
    const auto m = timeSuffix().match(t);
    if (!m.hasMatch() || m.capturedStart() == 0) {
        const ParsedDate date = parseDate(t, order);
        if (!date.isDate())
            return {};
        return QDateTime(date.date(), QTime(12, 0), Qt::UTC);
    }
    const ParsedDate date = parseDate(t.left(m.capturedStart()), order);
    if (!date.isDate())
        return {};
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    const int second = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (const QString ampm = m.captured(4).toLower(); !ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = (hour % 12) + (ampm == QLatin1String("p") ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return {};
    const QString zone = m.captured(5);
    if (zone.isEmpty())
        return QDateTime(date.date(), time, businessZone).toUTC();
    if (zone == QLatin1String("Z") || zone == QLatin1String("UTC") || zone == QLatin1String("GMT"))
        return QDateTime(date.date(), time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offsetMinutes = digits.left(2).toInt() * 60 + (digits.size() > 2 ? digits.mid(2).toInt() : 0);
    const int offset = (zone.startsWith(QLatin1Char('-')) ? -60 : 60) * offsetMinutes;
    return QDateTime(date.date(), time, Qt::OffsetFromUTC, offset).toUTC();
}

DateOrder localeDateOrder(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    return month >= 0 && day >= 0 && month < day ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
}

DateOrder inferDateOrder(const QStringList &samples, DateOrder fallback, const QLocale &locale)
{
    static const QRegularExpression parts(QStringLiteral("^'?\\s*(\\d{1,2})[./-](\\d{1,2})(?:[./-]\\d{2,4})?\\b"));
    int dayFirst = 0;
    int monthFirst = 0;
    for (const QString &sample : samples) {
        const auto m = parts.match(sample.trimmed());
        if (!m.hasMatch())
            continue;
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        if (first > 12 && second <= 12)
            ++dayFirst;
        else if (second > 12 && first <= 12)
            ++monthFirst;
    }
    if (dayFirst > monthFirst)
        return DateOrder::DayMonthYear;
    if (monthFirst > dayFirst)
        return DateOrder::MonthDayYear;
    if (fallback != DateOrder::Auto)
        return fallback;
    return localeDateOrder(locale);
}

} // namespace clientele::ValueParsers
