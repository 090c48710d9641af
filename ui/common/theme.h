#pragma once

#include <QColor>

class QApplication;

namespace clientele::theme {

/// Clientele's colours: a warm light look that matches the application icon.
QColor accent(); ///< the orange-red of the icon: selection, primary buttons, chart bars
QColor accentSoft(); ///< a pale tint of the accent: selected sidebar entry, hover
QColor secondary(); ///< a calm blue for the second data series
QColor windowBackground();
QColor cardBackground();
QColor border();
QColor text();
QColor mutedText(); ///< captions, axis labels, secondary columns
QColor warning(); ///< overdue follow-ups, unpaid balances
QColor success(); ///< "up from last month", paid

/// Applies the Fusion style, a palette and one style sheet to the whole application, so every
/// platform shows the same calm look. Object names used by the style sheet: "sidebar",
/// "pageTitle", "pageSubtitle", "card", "cardTitle", "kpiValue", "kpiCaption", "primaryChoice".
void applyAppearance(QApplication &app);

} // namespace clientele::theme
