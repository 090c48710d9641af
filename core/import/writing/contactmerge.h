#pragma once

#include "contacts/contact.h"

namespace clientele {

/// How an imported record changes the contact it matched. Both functions expect `incoming` to be
/// normalized (ContactRepository::normalize) and its company resolved to `companyId`, and return
/// whether `existing` changed.
namespace ContactMerge {

/// Fills only what `existing` lacks: empty names, company, job title, birthday, address, notes,
/// unknown consent; adds missing emails, phones, websites, tags and custom values.
bool fillEmpty(Contact &existing, const Contact &incoming);
/// The file's non-empty values replace the stored ones; emails, phones, websites and tags the
/// file does not have are kept, and the file's are added.
bool overwrite(Contact &existing, const Contact &incoming);

} // namespace ContactMerge
} // namespace clientele
