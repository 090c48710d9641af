#pragma once

#include "import/importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace clientele {

class Clock;
class Database;

/// Runs Importer::run on a worker thread with its own database connection (SQLite connections
/// must not cross threads) and lets the GUI follow it: rows done, the fraction of the file, and
/// a cancel request the engine answers by rolling everything back.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    ImportRunner(Database &database, const Clock &clock, QObject *parent = nullptr);
    /// Cancels a running import and waits for its rollback.
    ~ImportRunner() override;

    void start(const ImportRequest &request);
    /// Asks the engine to stop at its next progress report; finished() follows.
    void cancel();
    bool isRunning() const;
    void waitForFinished();

    qint64 rowsDone() const;
    double fraction() const;
    /// The outcome once finished() was emitted.
    const std::optional<Result<ImportReport>> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    /// What the worker and the GUI thread share: written by one, read by the other.
    struct Shared
    {
        std::atomic<bool> cancel {false};
        std::atomic<qint64> rows {0};
        std::atomic<int> permille {0};
    };

    Database &m_database;
    const Clock &m_clock;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result<ImportReport>> m_watcher;
    std::optional<Result<ImportReport>> m_result;
};

} // namespace clientele
