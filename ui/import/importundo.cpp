#include "importundo.h"

#include "db/database.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

namespace clientele {

bool ImportUndo::confirmAndUndo(QWidget *parent, Database &database, const Clock &clock, qint64 batchId,
                                const QString &description)
{
    QMessageBox ask(QMessageBox::Question, QCoreApplication::translate("ImportUndo", "Undo Import"),
                    QCoreApplication::translate("ImportUndo", "Undo the import of %1?").arg(description),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    ask.setInformativeText(QCoreApplication::translate(
        "ImportUndo",
        "The contacts and orders it created are deleted, and the contacts it changed get their "
        "earlier values back. Changes made since then to those records are lost."));
    ask.button(QMessageBox::Yes)->setText(QCoreApplication::translate("ImportUndo", "&Undo Import"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return false;

    const Database *db = &database;
    const Clock *time = &clock;
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([db, time, batchId]() -> Status {
        const QString connection = db->addWorkerConnection();
        const Status undone = Importer::undo(QSqlDatabase::database(connection, false), *time, batchId);
        Database::removeWorkerConnection(connection);
        return undone;
    }));
    // A large batch takes a moment: say so, without a flash for a small one.
    QProgressDialog busy(QCoreApplication::translate("ImportUndo", "Undoing the import…"), QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.setCancelButton(nullptr);
    busy.reset();
    QTimer::singleShot(400, &busy, [&busy] { busy.show(); });
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    busy.hide();
    const Status undone = watcher.result();
    if (!undone) {
        QMessageBox::warning(parent, QCoreApplication::translate("ImportUndo", "Undo Import"), undone.errorMessage());
        return false;
    }
    return true;
}

} // namespace clientele
