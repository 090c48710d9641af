#pragma once

#include "contacts/contact.h"

#include <QString>

namespace clientele::cli {

/// A contact as a block of aligned "Label  value" lines for `contacts show`; empty fields are
/// left out.
QString describeContact(const Contact &contact);

} // namespace clientele::cli
