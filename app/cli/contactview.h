#pragma once

#include "contacts/contact.h"

#include <QString>

namespace clientele {
class Clock;
}

namespace clientele::cli {

/// A contact as a block of aligned "Label  value" lines for `contacts show`; empty fields are
/// left out.
/// Times are shown in the book's zone (`clock`, Database::clock()).
QString describeContact(const Contact &contact, const Clock &clock);

} // namespace clientele::cli
