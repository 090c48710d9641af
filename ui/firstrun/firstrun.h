#pragma once

#include "db/database.h"

#include <QCoreApplication>

#include <memory>

namespace clientele {

class Clock;

/// What happens before the first window: whether to welcome the user, and setting up the new
/// database they chose on the welcome page.
class FirstRun final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    /// True when `databasePath` does not exist yet: there is nothing to open, so the user is
    /// asked how to begin.
    static bool isNeeded(const QString &databasePath);

    /// Creates the database at `databasePath`, filled with the sample bakery when `withSample`
    /// (all or nothing: on failure the error is returned and the file stays empty).
    static Result<std::unique_ptr<Database>> createDatabase(const QString &databasePath, bool withSample,
                                                            const Clock &clock);
};

} // namespace clientele
