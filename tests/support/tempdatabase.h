#pragma once

#include "qtcatch.h"

#include "common/clock.h"
#include "db/database.h"

#include <QTemporaryDir>

#include <memory>

/// 10:00 on 2026-03-15 in the zone the test runs in (UTC unless CLIENTELE_TEST_TZ says otherwise),
/// which is the business's zone: the clock of tests that open a book of their own.
const clientele::FixedClock &testClock();

/// A fresh Clientele database in its own temporary folder, removed with the fixture, plus a
/// fixed clock (10:00 on 2026-03-15 in the zone the test runs in, the business's zone) for
/// deterministic times.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    clientele::Database &database() { return *m_database; }
    QSqlDatabase db() const { return m_database->connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    clientele::FixedClock &clock() { return m_clock; }

    /// Closes the database (releasing its lock) and opens it again.
    void reopen();
    void close() { m_database.reset(); }

    /// Runs a scalar query, for assertions ("SELECT COUNT(*) FROM audit_log").
    QVariant scalar(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    clientele::FixedClock m_clock;
    std::unique_ptr<clientele::Database> m_database;
};
