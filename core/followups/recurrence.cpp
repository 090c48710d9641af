#include "recurrence.h"

#include <QCoreApplication>
#include <QStringList>

namespace clientele {

namespace {

Error ruleError(const QString &message)
{
    return Error {message, QStringLiteral("recurrence"), Error::Kind::Validation};
}

constexpr int MaxInterval = 999;

/// The day `wanted` in the given month, or the month's last day when it is shorter.
QDate clampedDate(int year, int month, int wanted)
{
    const int last = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, qMin(wanted, last));
}

} // namespace

Result<RecurrenceRule> RecurrenceRule::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ruleError(QCoreApplication::translate("RecurrenceRule", "The repeat rule is empty."));
    QString body = trimmed;
    if (body.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        body = body.mid(6);

    RecurrenceRule rule;
    bool haveFrequency = false;
    bool haveInterval = false;
    bool haveMonthDay = false;
    const QStringList parts = body.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return ruleError(QCoreApplication::translate(
                                 "RecurrenceRule", "The repeat rule \"%1\" is not understood: \"%2\" has no value.")
                                 .arg(trimmed, part));
        const QString key = part.left(equals).trimmed().toUpper();
        const QString value = part.mid(equals + 1).trimmed().toUpper();
        if (key == QLatin1String("FREQ") && !haveFrequency) {
            if (value == QLatin1String("DAILY"))
                rule.frequency = Frequency::Daily;
            else if (value == QLatin1String("WEEKLY"))
                rule.frequency = Frequency::Weekly;
            else if (value == QLatin1String("MONTHLY"))
                rule.frequency = Frequency::Monthly;
            else if (value == QLatin1String("YEARLY"))
                rule.frequency = Frequency::Yearly;
            else
                return ruleError(
                    QCoreApplication::translate("RecurrenceRule",
                                                "Follow-ups can repeat daily, weekly, monthly or yearly, not \"%1\".")
                        .arg(value));
            haveFrequency = true;
        } else if (key == QLatin1String("INTERVAL") && !haveInterval) {
            bool ok = false;
            rule.interval = value.toInt(&ok);
            if (!ok || rule.interval < 1 || rule.interval > MaxInterval)
                return ruleError(
                    QCoreApplication::translate("RecurrenceRule",
                                                "The repeat interval must be a whole number from 1 to %1, not \"%2\".")
                        .arg(MaxInterval)
                        .arg(value));
            haveInterval = true;
        } else if (key == QLatin1String("BYMONTHDAY") && !haveMonthDay) {
            bool ok = false;
            rule.monthDay = value.toInt(&ok);
            if (!ok || rule.monthDay < 1 || rule.monthDay > 31)
                return ruleError(QCoreApplication::translate("RecurrenceRule",
                                                             "The day of the month must be from 1 to 31, not \"%1\".")
                                     .arg(value));
            haveMonthDay = true;
        } else {
            return ruleError(
                QCoreApplication::translate("RecurrenceRule", "The repeat rule \"%1\" is not supported: \"%2\".")
                    .arg(trimmed, part));
        }
    }
    if (!haveFrequency)
        return ruleError(
            QCoreApplication::translate("RecurrenceRule", "The repeat rule \"%1\" does not say how often (FREQ=...).")
                .arg(trimmed));
    if (haveMonthDay && rule.frequency != Frequency::Monthly && rule.frequency != Frequency::Yearly)
        return ruleError(QCoreApplication::translate("RecurrenceRule",
                                                     "A day of the month only applies to monthly or yearly repeats."));
    return rule;
}

bool RecurrenceRule::isValid(const QString &text)
{
    return text.trimmed().isEmpty() || parse(text).ok();
}

QString RecurrenceRule::toString() const
{
    QString text = QStringLiteral("FREQ=");
    switch (frequency) {
    case Frequency::Daily:
        text += QLatin1String("DAILY");
        break;
    case Frequency::Weekly:
        text += QLatin1String("WEEKLY");
        break;
    case Frequency::Monthly:
        text += QLatin1String("MONTHLY");
        break;
    case Frequency::Yearly:
        text += QLatin1String("YEARLY");
        break;
    }
    if (interval != 1)
        text += QStringLiteral(";INTERVAL=%1").arg(interval);
    if (monthDay != 0)
        text += QStringLiteral(";BYMONTHDAY=%1").arg(monthDay);
    return text;
}

QDateTime RecurrenceRule::next(const QDateTime &occurrence, const QTimeZone &zone) const
{
    if (!occurrence.isValid())
        return {};
    const QDateTime local = occurrence.toTimeZone(zone);
    const QDate date = local.date();
    const int step = qMax(1, interval);
    QDate nextDate;
    switch (frequency) {
    case Frequency::Daily:
        nextDate = date.addDays(step);
        break;
    case Frequency::Weekly:
        nextDate = date.addDays(7 * qint64(step));
        break;
    case Frequency::Monthly: {
        const QDate firstOfMonth = QDate(date.year(), date.month(), 1).addMonths(step);
        nextDate = clampedDate(firstOfMonth.year(), firstOfMonth.month(), monthDay > 0 ? monthDay : date.day());
        break;
    }
    case Frequency::Yearly:
        nextDate = clampedDate(date.year() + step, date.month(), monthDay > 0 ? monthDay : date.day());
        break;
    }
    return QDateTime(nextDate, local.time(), zone).toUTC();
}

QDateTime RecurrenceRule::nextAfter(const QDateTime &occurrence, const QDateTime &after, const QTimeZone &zone) const
{
    // Each step starts from a possibly clamped date (February 28), so the day to keep is fixed
    // up front from the first occurrence.
    RecurrenceRule anchored = *this;
    if (anchored.monthDay == 0 && (frequency == Frequency::Monthly || frequency == Frequency::Yearly))
        anchored.monthDay = occurrence.toTimeZone(zone).date().day();
    QDateTime candidate = anchored.next(occurrence, zone);
    // Bounded so that a due date decades in the past cannot spin for long.
    for (int guard = 0; candidate.isValid() && candidate <= after && guard < 100000; ++guard)
        candidate = anchored.next(candidate, zone);
    return candidate;
}

QString RecurrenceRule::displayText() const
{
    switch (frequency) {
    case Frequency::Daily:
        return interval == 1 ? QCoreApplication::translate("RecurrenceRule", "Daily")
                             : QCoreApplication::translate("RecurrenceRule", "Every %1 days").arg(interval);
    case Frequency::Weekly:
        return interval == 1 ? QCoreApplication::translate("RecurrenceRule", "Weekly")
                             : QCoreApplication::translate("RecurrenceRule", "Every %1 weeks").arg(interval);
    case Frequency::Monthly:
        return interval == 1 ? QCoreApplication::translate("RecurrenceRule", "Monthly")
                             : QCoreApplication::translate("RecurrenceRule", "Every %1 months").arg(interval);
    case Frequency::Yearly:
        return interval == 1 ? QCoreApplication::translate("RecurrenceRule", "Yearly")
                             : QCoreApplication::translate("RecurrenceRule", "Every %1 years").arg(interval);
    }
    return {};
}

} // namespace clientele
