#pragma once

#include <QString>

class QWidget;

namespace clientele {

class MainWindow;

/// Saves pictures of the window for the documentation (the hidden --screenshot option): each
/// page once its data is shown, as dashboard.png, contacts.png, orders.png, followups.png and
/// pipeline.png at the window's size and as *-1366x768.png at the most common laptop size, and
/// the order editor as order-editor.png.
class Screenshots final
{
public:
    /// Returns false when a file could not be written.
    static bool saveAll(MainWindow &window, const QString &folder);
    /// The order editor on the sample's order with the most lines.
    static bool saveOrderEditor(MainWindow &window, const QString &path);
    /// Grabs one widget (with its children) into `path`.
    static bool save(QWidget &widget, const QString &path);
};

} // namespace clientele
