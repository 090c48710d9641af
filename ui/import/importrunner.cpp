#include "importrunner.h"

#include "db/database.h"

#include <QtConcurrent>

namespace clientele {

ImportRunner::ImportRunner(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

ImportRunner::~ImportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportRunner::start(const ImportRequest &request)
{
    m_result.reset();
    m_shared = std::make_shared<Shared>();
    const Database *database = &m_database;
    const Clock *clock = &m_clock;
    std::shared_ptr<Shared> shared = m_shared;
    m_watcher.setFuture(QtConcurrent::run([database, clock, request, shared]() -> Result<ImportReport> {
        const QString connection = database->addWorkerConnection();
        std::optional<Result<ImportReport>> result;
        {
            Importer importer(QSqlDatabase::database(connection, false), *clock);
            result = importer.run(request, [shared](qint64 rows, double fraction) {
                shared->rows = rows;
                shared->permille = int(qBound(0.0, fraction, 1.0) * 1000.0);
                return !shared->cancel;
            });
        }
        Database::removeWorkerConnection(connection);
        return std::move(*result);
    }));
}

void ImportRunner::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

qint64 ImportRunner::rowsDone() const
{
    return m_shared ? m_shared->rows.load() : 0;
}

double ImportRunner::fraction() const
{
    return m_shared ? m_shared->permille.load() / 1000.0 : 0.0;
}

} // namespace clientele
