// MergeChoices and MergeSummary: which values a merge keeps, and how it is described.
#include "contactmerger.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace clientele {

namespace {

/// lupdate files these strings under "ContactMerger", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerger)
};

QString birthdayText(const Birthday &birthday)
{
    if (birthday.isNull())
        return {};
    const QLocale locale;
    if (!birthday.hasYear())
        return locale.toString(QDate(2000, birthday.month, birthday.day), QStringLiteral("d MMMM"));
    return locale.toString(QDate(birthday.year, birthday.month, birthday.day), QStringLiteral("d MMMM yyyy"));
}

QString addressText(const Address &address)
{
    QStringList parts;
    const QString cityLine = QStringList {address.postalCode, address.city}.join(QLatin1Char(' ')).trimmed();
    for (const QString &part : {address.street, cityLine, address.region, address.country}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QString consentText(const Consent &consent)
{
    if (!consent.emailMarketing.has_value() && !consent.date.isValid() && consent.source.isEmpty())
        return {};
    QString text = !consent.emailMarketing.has_value() ? Text::tr("Not asked")
        : *consent.emailMarketing                      ? Text::tr("Yes")
                                                       : Text::tr("No");
    QStringList details;
    if (consent.date.isValid())
        details.append(QLocale().toString(consent.date, QLocale::ShortFormat));
    if (!consent.source.isEmpty())
        details.append(consent.source);
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

} // namespace

QList<MergeChoices::Field> MergeChoices::allFields()
{
    return {Field::Names,   Field::Company, Field::JobTitle, Field::Birthday,
            Field::Address, Field::Notes,   Field::Consent};
}

QString MergeChoices::fieldName(Field field)
{
    switch (field) {
    case Field::Names:
        return Text::tr("Name");
    case Field::Company:
        return Text::tr("Company");
    case Field::JobTitle:
        return Text::tr("Job title");
    case Field::Birthday:
        return Text::tr("Birthday");
    case Field::Address:
        return Text::tr("Address");
    case Field::Notes:
        return Text::tr("Notes");
    case Field::Consent:
        break;
    }
    return Text::tr("Marketing consent");
}

bool MergeChoices::hasValue(const Contact &c, Field field)
{
    switch (field) {
    case Field::Names:
        return !c.firstName.isEmpty() || !c.lastName.isEmpty() || !c.displayName.isEmpty();
    case Field::Company:
        return c.companyId > 0;
    case Field::JobTitle:
        return !c.jobTitle.isEmpty();
    case Field::Birthday:
        return !c.birthday.isNull();
    case Field::Address:
        return !c.address.isEmpty();
    case Field::Notes:
        return !c.notes.isEmpty();
    case Field::Consent:
        break;
    }
    return c.consent != Consent {};
}

bool MergeChoices::sameValue(const Contact &a, const Contact &b, Field field)
{
    switch (field) {
    case Field::Names:
        return a.firstName == b.firstName && a.lastName == b.lastName && a.displayName == b.displayName;
    case Field::Company:
        return a.companyId == b.companyId;
    case Field::JobTitle:
        return a.jobTitle == b.jobTitle;
    case Field::Birthday:
        return a.birthday == b.birthday;
    case Field::Address:
        return a.address == b.address;
    case Field::Notes:
        return a.notes == b.notes;
    case Field::Consent:
        break;
    }
    return a.consent == b.consent;
}

QString MergeChoices::displayValue(const Contact &c, Field field)
{
    switch (field) {
    case Field::Names: {
        const QString names = QStringList {c.firstName, c.lastName}.join(QLatin1Char(' ')).trimmed();
        return names.isEmpty() || names == c.displayName
            ? c.displayName
            : c.displayName + QStringLiteral(" (") + names + QLatin1Char(')');
    }
    case Field::Company:
        return c.companyName;
    case Field::JobTitle:
        return c.jobTitle;
    case Field::Birthday:
        return birthdayText(c.birthday);
    case Field::Address:
        return addressText(c.address);
    case Field::Notes:
        return c.notes;
    case Field::Consent:
        break;
    }
    return consentText(c.consent);
}

MergeChoices::Side MergeChoices::resolve(Field field, const Contact &keep, const Contact &other) const
{
    if (const auto it = fields.constFind(field); it != fields.cend())
        return it.value();
    return hasValue(keep, field) || !hasValue(other, field) ? Side::Keep : Side::Other;
}

MergeChoices::Side MergeChoices::resolveCustom(const QString &name, const Contact &keep, const Contact &other) const
{
    if (const auto it = custom.constFind(name); it != custom.cend())
        return it.value();
    return !keep.custom.value(name).isEmpty() || other.custom.value(name).isEmpty() ? Side::Keep : Side::Other;
}

Contact MergeChoices::apply(const Contact &keep, const Contact &other) const
{
    Contact merged = keep;
    for (const Field field : allFields()) {
        if (resolve(field, keep, other) == Side::Keep)
            continue;
        switch (field) {
        case Field::Names:
            merged.firstName = other.firstName;
            merged.lastName = other.lastName;
            merged.displayName = other.displayName;
            break;
        case Field::Company:
            merged.companyId = other.companyId;
            merged.companyName = other.companyName;
            break;
        case Field::JobTitle:
            merged.jobTitle = other.jobTitle;
            break;
        case Field::Birthday:
            merged.birthday = other.birthday;
            break;
        case Field::Address:
            merged.address = other.address;
            break;
        case Field::Notes:
            merged.notes = other.notes;
            break;
        case Field::Consent:
            merged.consent = other.consent;
            break;
        }
    }
    QSet<QString> names;
    for (auto it = keep.custom.cbegin(); it != keep.custom.cend(); ++it)
        names.insert(it.key());
    for (auto it = other.custom.cbegin(); it != other.custom.cend(); ++it)
        names.insert(it.key());
    merged.custom.clear();
    for (const QString &name : std::as_const(names)) {
        const QString value
            = resolveCustom(name, keep, other) == Side::Keep ? keep.custom.value(name) : other.custom.value(name);
        if (!value.isEmpty())
            merged.custom.insert(name, value);
    }
    return merged;
}

QString MergeSummary::describe() const
{
    QStringList parts;
    const auto add = [&parts](int count, const char *text) {
        if (count > 0)
            parts.append(QCoreApplication::translate("MergeSummary", text, nullptr, count));
    };
    add(orders, QT_TRANSLATE_N_NOOP("MergeSummary", "%n order(s)"));
    add(activities, QT_TRANSLATE_N_NOOP("MergeSummary", "%n activity(s)"));
    add(followUps, QT_TRANSLATE_N_NOOP("MergeSummary", "%n follow-up(s)"));
    add(deals, QT_TRANSLATE_N_NOOP("MergeSummary", "%n deal(s)"));
    add(methods, QT_TRANSLATE_N_NOOP("MergeSummary", "%n email(s), phone(s) or website(s)"));
    add(tags, QT_TRANSLATE_N_NOOP("MergeSummary", "%n tag(s)"));
    add(customValues, QT_TRANSLATE_N_NOOP("MergeSummary", "%n custom field value(s)"));
    add(members, QT_TRANSLATE_N_NOOP("MergeSummary", "%n member(s) of the company"));
    return parts.join(QStringLiteral(", "));
}

} // namespace clientele
