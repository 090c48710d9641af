#pragma once

#include "contact.h"

#include <QJsonObject>

namespace clientele {

/// The JSON form of a contact that the command-line tool prints and scripts read. The keys are
/// a stable interface: id, kind, first_name, last_name, display_name, company, emails, phones,
/// address, birthday, tags, notes, consent, custom, created_at, updated_at. Absent values are
/// null (company, birthday, consent answers and dates), lists and objects are never missing.
QJsonObject contactToJson(const Contact &contact);

} // namespace clientele
