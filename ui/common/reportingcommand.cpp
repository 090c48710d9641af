#include "reportingcommand.h"

namespace clientele {

ReportingCommand::ReportingCommand(QSqlDatabase db, const Clock &clock, CommandHooks hooks)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_hooks(std::move(hooks))
{ }

void ReportingCommand::finish(const Status &status, qint64 showId)
{
    if (!status) {
        m_lastError = status.errorMessage();
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(m_lastError);
        return;
    }
    m_lastError.clear();
    if (m_hooks.changed)
        m_hooks.changed(showId);
}

} // namespace clientele
