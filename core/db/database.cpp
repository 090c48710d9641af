#include "database.h"

#include "migrator.h"
#include "settings/businesssettings.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clientele-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase addConnection(const QString &name, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // The busy timeout lets a reader wait briefly for a writer's commit instead of failing.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

} // namespace

Status applyConnectionPragmas(QSqlDatabase &db, bool readOnly)
{
    QSqlQuery query(db);
    // foreign_keys is off by default in SQLite and per connection: without it ON DELETE CASCADE
    // and REFERENCES checks silently do nothing.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!readOnly) {
        // WAL lets the GUI read while an import writes; synchronous=FULL makes every commit
        // durable across a power cut, which matters more to a shop's records than speed.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return Error {QCoreApplication::translate("Database", "The database could not be prepared (%1): %2")
                              .arg(pragma, query.lastError().text())};
    }
    return {};
}

Database::Database(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connectionName(newConnectionName())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // m_lock's destructor removes the lock file.
}

QString Database::lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const Clock &clock)
{
    if (path.isEmpty())
        return Error {QCoreApplication::translate("Database", "No database file was given.")};
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), mode));
    if (auto status = database->initialize(clock); !status)
        return status.error();
    database->m_clock
        = std::make_unique<ZonedClock>(clock, BusinessSettings(database->connection()).timeZone(clock.timeZone()));
    return database;
}

Status Database::initialize(const Clock &clock)
{
    const QFileInfo info(m_path);
    const bool readOnly = m_mode == Mode::ReadOnly;
    if (readOnly && !info.exists())
        return Error {QCoreApplication::translate("Database", "The database %1 does not exist.")
                          .arg(QDir::toNativeSeparators(m_path))};
    if (!readOnly && !QDir().mkpath(info.absolutePath()))
        return Error {QCoreApplication::translate("Database", "The folder %1 could not be created.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()))};

    if (!readOnly) {
        m_lock = std::make_unique<QLockFile>(lockFilePath(m_path));
        // 0 disables age-based staleness: a lock is only broken when its process is gone, never
        // because a long-running window has held it for a while.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            Error error;
            error.kind = Error::Kind::Locked;
            if (m_lock->error() == QLockFile::LockFailedError) {
                error.message
                    = QCoreApplication::translate(
                          "Database",
                          "The database %1 is already open in another Clientele window or program "
                          "(process %2 on %3). Close it there first, or open this one read-only.")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(pid)
                          .arg(host.isEmpty() ? QCoreApplication::translate("Database", "this computer") : host);
            } else {
                error.message = QCoreApplication::translate(
                                    "Database",
                                    "The lock file beside the database %1 could not be created; check that "
                                    "the folder is writable.")
                                    .arg(QDir::toNativeSeparators(m_path));
            }
            m_lock.reset();
            return error;
        }
    }

    QSqlDatabase db = addConnection(m_connectionName, m_path, readOnly);
    if (!db.open())
        return Error {QCoreApplication::translate("Database", "The database %1 could not be opened: %2")
                          .arg(QDir::toNativeSeparators(m_path), db.lastError().text())};

    if (auto status = applyConnectionPragmas(db, readOnly); !status)
        return Error {
            QCoreApplication::translate("Database", "The file %1 could not be opened as a Clientele database: %2")
                .arg(QDir::toNativeSeparators(m_path), status.errorMessage())};

    const int version = Migrator::currentVersion(db);
    if (version < 0)
        return Error {
            QCoreApplication::translate("Database", "The file %1 is not a Clientele database, or it is damaged.")
                .arg(QDir::toNativeSeparators(m_path))};
    if (readOnly) {
        if (version != Migrator::latestVersion()) {
            Error error {QCoreApplication::translate(
                             "Database",
                             "The database %1 has schema version %2 but this Clientele needs %3; it cannot be "
                             "opened read-only.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(version)
                             .arg(Migrator::latestVersion())};
            error.kind = version > Migrator::latestVersion() ? Error::Kind::TooNew : Error::Kind::General;
            return error;
        }
        return {};
    }
    Migrator migrator;
    // An upgrade of a file that already holds a business's data first leaves a copy beside it.
    migrator.setBackupPathPattern(m_path + QStringLiteral(".before-schema-%1.bak"));
    if (auto status = migrator.migrate(db, clock); !status) {
        Error error = status.error();
        if (version > Migrator::latestVersion())
            error.kind = Error::Kind::TooNew;
        error.message = QDir::toNativeSeparators(m_path) + QStringLiteral(": ") + error.message;
        return error;
    }
    if (version == 0)
        return BusinessSettings::seedDefaults(db, clock);
    return {};
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

QString Database::addWorkerConnection() const
{
    const QString name = newConnectionName();
    QSqlDatabase db = addConnection(name, m_path, isReadOnly());
    if (!db.open() || !applyConnectionPragmas(db, isReadOnly()))
        qWarning("Clientele: a worker connection could not be prepared: %s", qPrintable(db.lastError().text()));
    return name;
}

void Database::removeWorkerConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace clientele
