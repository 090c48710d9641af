#include "contactview.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QList>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

QString methodList(const QList<ContactMethod> &methods)
{
    QStringList parts;
    for (const ContactMethod &m : methods)
        parts.append(m.label.isEmpty() ? m.value : QStringLiteral("%1 (%2)").arg(m.value, m.label));
    return parts.join(QStringLiteral(", "));
}

QString addressLine(const Address &address)
{
    QStringList parts;
    for (const QString &part :
         {address.street, address.city,
          QStringList {address.region, address.postalCode}.join(QLatin1Char(' ')).trimmed(), address.country}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString consentLine(const Consent &consent)
{
    if (!consent.emailMarketing.has_value())
        return {};
    QString line = *consent.emailMarketing ? Text::tr("yes") : Text::tr("no");
    QStringList details;
    if (consent.date.isValid())
        details.append(consent.date.toString(Qt::ISODate));
    if (!consent.source.isEmpty())
        details.append(consent.source);
    if (!details.isEmpty())
        line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return line;
}

QString localTime(const QDateTime &time, const Clock &clock)
{
    return time.isValid() ? clock.toLocal(time).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

QString describeContact(const Contact &contact, const Clock &clock)
{
    QList<std::pair<QString, QString>> rows = {
        {Text::tr("Id"), QString::number(contact.id)},
        {Text::tr("Kind"), contact.kind == Contact::Kind::Company ? Text::tr("company") : Text::tr("person")},
        {Text::tr("Company"), contact.companyName},
        {Text::tr("Job title"), contact.jobTitle},
        {Text::tr("Email"), methodList(contact.emails)},
        {Text::tr("Phone"), methodList(contact.phones)},
        {Text::tr("Web"), methodList(contact.websites)},
        {Text::tr("Address"), addressLine(contact.address)},
        {Text::tr("Birthday"), contact.birthday.toIso()},
        {Text::tr("Tags"), contact.tags.join(QStringLiteral(", "))},
        {Text::tr("Email marketing"), consentLine(contact.consent)},
    };
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it)
        rows.append({it.key(), it.value()});
    rows.append({Text::tr("Notes"), contact.notes});
    rows.append({Text::tr("Created"), localTime(contact.createdAt, clock)});
    rows.append({Text::tr("Updated"), localTime(contact.updatedAt, clock)});
    if (contact.isInTrash())
        rows.append({Text::tr("In the trash since"), localTime(contact.deletedAt, clock)});

    qsizetype width = 0;
    for (const auto &[label, value] : std::as_const(rows)) {
        if (!value.isEmpty())
            width = std::max(width, label.size());
    }
    QString text = contact.displayName + QLatin1Char('\n');
    for (const auto &[label, value] : std::as_const(rows)) {
        if (value.isEmpty())
            continue;
        // Multi-line notes stay readable: continuation lines are indented under the value.
        QString indented = value;
        indented.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 4, QLatin1Char(' ')));
        text += QStringLiteral("  ") + (label + QLatin1Char(':')).leftJustified(width + 2) + indented
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace clientele::cli
