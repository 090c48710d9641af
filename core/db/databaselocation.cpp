#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace clientele {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("clientele.sqlite"));
}

QString resolveDatabasePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("CLIENTELE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabasePath();
}

} // namespace clientele
