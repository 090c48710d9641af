#pragma once

#include <QLocale>

namespace clientele {

/// Installs Clientele's translations (built in under :/i18n/) and Qt's own (qtbase, for standard
/// buttons and dialogs) for `locale`, replacing any installed earlier. English needs its file too:
/// it holds the plural forms ("1 contact", "2 contacts"). Returns whether Clientele's translation
/// for the locale's language was found (English counts).
bool installTranslations(const QLocale &locale);

} // namespace clientele
