#pragma once

#include "importoptions.h"

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clientele {

/// One import as the "Import history" shows it.
struct ImportBatch
{
    enum class Status { Running, Done, Undone };

    qint64 id = 0;
    ImportEntity entity = ImportEntity::Contacts;
    QString sourceFile;
    QString format;
    QString encoding;
    QString delimiter;
    QJsonObject options;
    Status status = Status::Running;
    int rowsRead = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime undoneAt;

    bool canUndo() const { return status == Status::Done; }
    static QString statusName(Status status); ///< "running", "done", "undone"
};

/// Reads the import_batches table: the history of imports, newest first.
class ImportBatchRepository final
{
public:
    explicit ImportBatchRepository(QSqlDatabase db);

    QList<ImportBatch> list(int limit = 200) const;
    Result<ImportBatch> get(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace clientele
