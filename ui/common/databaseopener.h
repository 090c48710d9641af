#pragma once

#include "db/database.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace clientele {

/// Opens a database file for the GUI and turns core's errors into dialogs a shop owner can act
/// on: a file in use by another window can be opened read-only, a file from a newer Clientele
/// is refused with a clear reason, anything else is explained with the file name.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    /// Startup offers "Quit" as the way out; Switch (File › Open) offers "Cancel".
    enum class Context { Startup, Switch };

    /// The open database, or nullptr after the user has been told why not (or chose to quit).
    static std::unique_ptr<Database> open(const QString &path, QWidget *parent, Context context);
};

} // namespace clientele
