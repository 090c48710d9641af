#include "contactmerge.h"

#include <algorithm>

namespace clientele::ContactMerge {

namespace {

bool fillText(QString &target, const QString &value)
{
    if (!target.isEmpty() || value.isEmpty())
        return false;
    target = value;
    return true;
}

bool replaceText(QString &target, const QString &value)
{
    if (value.isEmpty() || target == value)
        return false;
    target = value;
    return true;
}

bool addMethods(QList<ContactMethod> &target, const QList<ContactMethod> &incoming)
{
    bool changed = false;
    for (const ContactMethod &method : incoming) {
        const bool known = std::any_of(target.cbegin(), target.cend(), [&](const ContactMethod &m) {
            return m.normalized == method.normalized || m.value == method.value;
        });
        if (known)
            continue;
        ContactMethod added = method;
        added.id = 0;
        added.primary = target.isEmpty();
        target.append(added);
        changed = true;
    }
    return changed;
}

bool addTags(QStringList &target, const QStringList &incoming)
{
    bool changed = false;
    for (const QString &tag : incoming) {
        if (!target.contains(tag, Qt::CaseInsensitive)) {
            target.append(tag);
            changed = true;
        }
    }
    return changed;
}

bool addCommon(Contact &existing, const Contact &incoming)
{
    bool changed = addMethods(existing.emails, incoming.emails);
    changed = addMethods(existing.phones, incoming.phones) || changed;
    changed = addMethods(existing.websites, incoming.websites) || changed;
    changed = addTags(existing.tags, incoming.tags) || changed;
    return changed;
}

} // namespace

bool fillEmpty(Contact &existing, const Contact &incoming)
{
    bool changed = false;
    if (existing.firstName.isEmpty() && existing.lastName.isEmpty()
        && (!incoming.firstName.isEmpty() || !incoming.lastName.isEmpty())) {
        existing.firstName = incoming.firstName;
        existing.lastName = incoming.lastName;
        changed = true;
    } else {
        changed = fillText(existing.firstName, incoming.firstName) || changed;
        changed = fillText(existing.lastName, incoming.lastName) || changed;
    }
    if (existing.companyId == 0 && incoming.companyId != 0) {
        existing.companyId = incoming.companyId;
        changed = true;
    }
    changed = fillText(existing.jobTitle, incoming.jobTitle) || changed;
    if (existing.birthday.isNull() && !incoming.birthday.isNull()) {
        existing.birthday = incoming.birthday;
        changed = true;
    }
    // An address is taken whole: mixing the street of one with the city of another is wrong.
    if (existing.address.isEmpty() && !incoming.address.isEmpty()) {
        existing.address = incoming.address;
        changed = true;
    }
    changed = fillText(existing.notes, incoming.notes) || changed;
    if (!existing.consent.emailMarketing.has_value() && incoming.consent.emailMarketing.has_value()) {
        existing.consent = incoming.consent;
        changed = true;
    }
    changed = addCommon(existing, incoming) || changed;
    for (auto it = incoming.custom.cbegin(); it != incoming.custom.cend(); ++it) {
        if (!it.value().isEmpty() && existing.custom.value(it.key()).isEmpty()) {
            existing.custom.insert(it.key(), it.value());
            changed = true;
        }
    }
    return changed;
}

bool overwrite(Contact &existing, const Contact &incoming)
{
    bool changed = false;
    const bool renamed = (!incoming.firstName.isEmpty() && incoming.firstName != existing.firstName)
        || (!incoming.lastName.isEmpty() && incoming.lastName != existing.lastName);
    changed = replaceText(existing.firstName, incoming.firstName) || changed;
    changed = replaceText(existing.lastName, incoming.lastName) || changed;
    if (renamed)
        existing.displayName.clear(); // recomputed from the new names by the repository
    if (incoming.companyId != 0 && existing.companyId != incoming.companyId) {
        existing.companyId = incoming.companyId;
        changed = true;
    }
    changed = replaceText(existing.jobTitle, incoming.jobTitle) || changed;
    if (!incoming.birthday.isNull() && existing.birthday != incoming.birthday) {
        existing.birthday = incoming.birthday;
        changed = true;
    }
    if (!incoming.address.isEmpty() && existing.address != incoming.address) {
        existing.address = incoming.address;
        changed = true;
    }
    changed = replaceText(existing.notes, incoming.notes) || changed;
    if (incoming.consent.emailMarketing.has_value() && existing.consent != incoming.consent) {
        existing.consent = incoming.consent;
        changed = true;
    }
    changed = addCommon(existing, incoming) || changed;
    for (auto it = incoming.custom.cbegin(); it != incoming.custom.cend(); ++it) {
        if (!it.value().isEmpty() && existing.custom.value(it.key()) != it.value()) {
            existing.custom.insert(it.key(), it.value());
            changed = true;
        }
    }
    return changed;
}

} // namespace clientele::ContactMerge
