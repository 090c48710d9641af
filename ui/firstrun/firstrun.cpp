#include "firstrun.h"

#include "sample/bakerysample.h"

#include <QFileInfo>

namespace clientele {

bool FirstRun::isNeeded(const QString &databasePath)
{
    return !QFileInfo::exists(databasePath);
}

Result<std::unique_ptr<Database>> FirstRun::createDatabase(const QString &databasePath, bool withSample,
                                                           const Clock &clock)
{
    auto opened = Database::open(databasePath, Database::Mode::ReadWrite, clock);
    if (!opened || !withSample)
        return opened;
    std::unique_ptr<Database> database = std::move(opened).value();
    if (auto status = BakerySample::populate(database->connection(), database->clock()); !status) {
        Error error = status.error();
        error.message = tr("The sample bakery could not be set up: %1").arg(error.message);
        return error;
    }
    return database;
}

} // namespace clientele
