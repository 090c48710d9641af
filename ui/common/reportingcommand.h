#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace clientele {

class Clock;

/// Where an undoable command reports: the page to refresh after each change, and where a failure
/// is shown.
struct CommandHooks
{
    /// After each redo or undo that changed data: reload, then show the record `id` (0: keep).
    std::function<void(qint64 id)> changed;
    /// A redo or undo failed; the command has left the data as it was and drops off the stack.
    std::function<void(const QString &message)> failed;
};

/// The base of the undoable changes of every page. Each redo() and undo() is one core
/// transaction; when one fails, nothing changes, the error is reported, and the command marks
/// itself obsolete so that QUndoStack drops it instead of keeping a step that did not happen.
class ReportingCommand : public QUndoCommand
{
public:
    /// The error of the last redo() or undo(), empty when it worked.
    QString lastError() const { return m_lastError; }

protected:
    ReportingCommand(QSqlDatabase db, const Clock &clock, CommandHooks hooks);
    void finish(const Status &status, qint64 showId);

    QSqlDatabase m_db;
    const Clock &m_clock;

private:
    CommandHooks m_hooks;
    QString m_lastError;
};

} // namespace clientele
