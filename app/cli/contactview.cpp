#include "contactview.h"

#include <QCoreApplication>
#include <QList>

namespace clientele::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("clientele-cli", text);
}

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
    QString line = *consent.emailMarketing ? tr("yes") : tr("no");
    QStringList details;
    if (consent.date.isValid())
        details.append(consent.date.toString(Qt::ISODate));
    if (!consent.source.isEmpty())
        details.append(consent.source);
    if (!details.isEmpty())
        line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return line;
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

QString describeContact(const Contact &contact)
{
    QList<std::pair<QString, QString>> rows = {
        {tr("Id"), QString::number(contact.id)},
        {tr("Kind"), contact.kind == Contact::Kind::Company ? tr("company") : tr("person")},
        {tr("Company"), contact.companyName},
        {tr("Job title"), contact.jobTitle},
        {tr("Email"), methodList(contact.emails)},
        {tr("Phone"), methodList(contact.phones)},
        {tr("Web"), methodList(contact.websites)},
        {tr("Address"), addressLine(contact.address)},
        {tr("Birthday"), contact.birthday.toIso()},
        {tr("Tags"), contact.tags.join(QStringLiteral(", "))},
        {tr("Email marketing"), consentLine(contact.consent)},
    };
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it)
        rows.append({it.key(), it.value()});
    rows.append({tr("Notes"), contact.notes});
    rows.append({tr("Created"), localTime(contact.createdAt)});
    rows.append({tr("Updated"), localTime(contact.updatedAt)});
    if (contact.isInTrash())
        rows.append({tr("In the trash since"), localTime(contact.deletedAt)});

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
