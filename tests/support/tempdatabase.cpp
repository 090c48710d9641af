#include "tempdatabase.h"

#include <QSqlQuery>

#include <stdexcept>

const clientele::FixedClock &testClock()
{
    static const clientele::FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::systemTimeZone()),
                                             QTimeZone::systemTimeZone());
    return clock;
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
    // The book's zone is the one the test runs in (UTC unless CLIENTELE_TEST_TZ says otherwise),
    // and it is 10:00 there.
    , m_clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::systemTimeZone()), QTimeZone::systemTimeZone())
{
    reopen();
}

TempDatabase::~TempDatabase() = default;

void TempDatabase::reopen()
{
    m_database.reset();
    auto opened = clientele::Database::open(m_path, clientele::Database::Mode::ReadWrite, m_clock);
    if (!opened)
        throw std::runtime_error(opened.errorMessage().toStdString());
    m_database = std::move(opened).value();
}

QVariant TempDatabase::scalar(const QString &sql) const
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
