#pragma once

#include <QString>

namespace clientele {

/// Where the database lives: an explicit path (--db) wins, then the CLIENTELE_DB environment
/// variable, then clientele.sqlite in the per-user application data folder
/// (QStandardPaths::AppDataLocation, e.g. ~/.local/share/Clientele/Clientele/ on Linux).
/// The application and organization names must be set before calling it.
QString resolveDatabasePath(const QString &explicitPath = {});

/// The default location alone, ignoring --db and CLIENTELE_DB.
QString defaultDatabasePath();

} // namespace clientele
