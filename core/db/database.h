#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace clientele {

/// An open Clientele database: one QSqlDatabase connection with Clientele's pragmas applied,
/// the schema migrated to the version this program knows, and a lock file that keeps a second
/// writer out. Destroying it closes the connection and releases the lock.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating if needed) the SQLite file at `path` and migrates it. Read-only mode never
    /// creates, migrates or locks; it refuses a file whose schema is not the current one. `clock`
    /// (which must outlive the database) stamps the migration and gives the time; clock() reads
    /// it in the book's own zone.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const Clock &clock);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &connectionName() const { return m_connectionName; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;
    /// The clock given to open(), in the business's time zone (BusinessSettings::TimeZone, else
    /// the given clock's zone) as it was when the book was opened. Everything that works on this
    /// book asks it for "today".
    const Clock &clock() const { return *m_clock; }

    /// Opens another connection to the same file for use on a worker thread (SQLite connections
    /// must not cross threads). The returned name must be removed with removeWorkerConnection()
    /// on that thread.
    QString addWorkerConnection() const;
    static void removeWorkerConnection(const QString &name);

    /// The file name of the lock that guards `databasePath` against a second writer.
    static QString lockFilePath(const QString &databasePath);

private:
    Database(QString path, Mode mode);
    Status initialize(const Clock &clock);

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ZonedClock> m_clock;
};

/// Applies the per-connection pragmas Clientele relies on (foreign keys, WAL, busy timeout,
/// synchronous=FULL). Exposed for worker connections and tests.
Status applyConnectionPragmas(QSqlDatabase &db, bool readOnly);

} // namespace clientele
