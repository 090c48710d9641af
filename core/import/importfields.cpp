#include "importtypes.h"

#include <QCoreApplication>
#include <QHash>

namespace clientele {

QString ImportIssue::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Merged:
        return QStringLiteral("merged");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Warning:
        break;
    }
    return QStringLiteral("warning");
}

namespace ImportFields {

QStringList contactFields()
{
    return {QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("full_name"),
            QStringLiteral("company"),
            QStringLiteral("job_title"),
            QStringLiteral("email"),
            QStringLiteral("email2"),
            QStringLiteral("phone"),
            QStringLiteral("mobile"),
            QStringLiteral("work_phone"),
            QStringLiteral("home_phone"),
            QStringLiteral("website"),
            QStringLiteral("street"),
            QStringLiteral("street2"),
            QStringLiteral("city"),
            QStringLiteral("region"),
            QStringLiteral("postal_code"),
            QStringLiteral("country"),
            QStringLiteral("birthday"),
            QStringLiteral("birth_day"),
            QStringLiteral("birth_month"),
            QStringLiteral("birth_year"),
            QStringLiteral("notes"),
            QStringLiteral("tags"),
            QStringLiteral("email_consent"),
            QStringLiteral("consent_date"),
            QStringLiteral("external_id"),
            QStringLiteral("created_at"),
            Ignore};
}

QStringList orderFields()
{
    return {QStringLiteral("order_number"),
            QStringLiteral("order_date"),
            QStringLiteral("customer_email"),
            QStringLiteral("customer_name"),
            QStringLiteral("customer_phone"),
            QStringLiteral("product"),
            QStringLiteral("sku"),
            QStringLiteral("quantity"),
            QStringLiteral("unit_price"),
            QStringLiteral("line_total"),
            QStringLiteral("subtotal"),
            QStringLiteral("discount"),
            QStringLiteral("tax"),
            QStringLiteral("shipping"),
            QStringLiteral("total"),
            QStringLiteral("currency"),
            QStringLiteral("status"),
            QStringLiteral("payment_status"),
            QStringLiteral("paid_at"),
            QStringLiteral("due_date"),
            Notes,
            Ignore};
}

QString label(const QString &fieldId)
{
    if (fieldId.startsWith(CustomPrefix))
        return QCoreApplication::translate("ImportFields", "Custom field: %1").arg(fieldId.mid(CustomPrefix.size()));
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("ImportFields", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("ImportFields", "Last name")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("ImportFields", "Full name")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("ImportFields", "Company")},
        {QStringLiteral("job_title"), QT_TRANSLATE_NOOP("ImportFields", "Job title")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ImportFields", "E-mail")},
        {QStringLiteral("email2"), QT_TRANSLATE_NOOP("ImportFields", "Second e-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ImportFields", "Phone")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("ImportFields", "Mobile phone")},
        {QStringLiteral("work_phone"), QT_TRANSLATE_NOOP("ImportFields", "Work phone")},
        {QStringLiteral("home_phone"), QT_TRANSLATE_NOOP("ImportFields", "Home phone")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("ImportFields", "Website")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("ImportFields", "Street")},
        {QStringLiteral("street2"), QT_TRANSLATE_NOOP("ImportFields", "Street (second line)")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("ImportFields", "City")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("ImportFields", "State or region")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("ImportFields", "Postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ImportFields", "Country")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("ImportFields", "Birthday")},
        {QStringLiteral("birth_day"), QT_TRANSLATE_NOOP("ImportFields", "Birthday: day of the month")},
        {QStringLiteral("birth_month"), QT_TRANSLATE_NOOP("ImportFields", "Birthday: month")},
        {QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("ImportFields", "Birthday: year")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ImportFields", "Notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("ImportFields", "Tags")},
        {QStringLiteral("email_consent"), QT_TRANSLATE_NOOP("ImportFields", "E-mail marketing consent")},
        {QStringLiteral("consent_date"), QT_TRANSLATE_NOOP("ImportFields", "Consent date")},
        {QStringLiteral("external_id"), QT_TRANSLATE_NOOP("ImportFields", "ID in the other system")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("ImportFields", "Customer since")},
        {QStringLiteral("order_number"), QT_TRANSLATE_NOOP("ImportFields", "Order number")},
        {QStringLiteral("order_date"), QT_TRANSLATE_NOOP("ImportFields", "Order date")},
        {QStringLiteral("customer_email"), QT_TRANSLATE_NOOP("ImportFields", "Customer e-mail")},
        {QStringLiteral("customer_name"), QT_TRANSLATE_NOOP("ImportFields", "Customer name")},
        {QStringLiteral("customer_phone"), QT_TRANSLATE_NOOP("ImportFields", "Customer phone")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("ImportFields", "Product")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("ImportFields", "SKU")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("ImportFields", "Quantity")},
        {QStringLiteral("unit_price"), QT_TRANSLATE_NOOP("ImportFields", "Unit price")},
        {QStringLiteral("line_total"), QT_TRANSLATE_NOOP("ImportFields", "Line total")},
        {QStringLiteral("subtotal"), QT_TRANSLATE_NOOP("ImportFields", "Subtotal")},
        {QStringLiteral("discount"), QT_TRANSLATE_NOOP("ImportFields", "Discount")},
        {QStringLiteral("tax"), QT_TRANSLATE_NOOP("ImportFields", "Tax")},
        {QStringLiteral("shipping"), QT_TRANSLATE_NOOP("ImportFields", "Shipping")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("ImportFields", "Total")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("ImportFields", "Currency")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ImportFields", "Order status")},
        {QStringLiteral("payment_status"), QT_TRANSLATE_NOOP("ImportFields", "Payment status")},
        {QStringLiteral("paid_at"), QT_TRANSLATE_NOOP("ImportFields", "Paid on")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("ImportFields", "Due or pickup date")},
        {QStringLiteral("ignore"), QT_TRANSLATE_NOOP("ImportFields", "(ignore)")},
    };
    if (const auto it = labels.constFind(fieldId); it != labels.constEnd())
        return QCoreApplication::translate("ImportFields", it.value());
    return fieldId;
}

} // namespace ImportFields
} // namespace clientele
