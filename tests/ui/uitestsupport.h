#pragma once

#include "common/clock.h"
#include "db/database.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

/// A database for GUI tests that a MainWindow can own: a fresh file in a temporary folder,
/// optionally filled with the sample bakery, and a fixed clock (2026-03-15 10:00 UTC) that
/// outlives the window.
class UiDatabase
{
public:
    explicit UiDatabase(bool withSample);

    /// Hands the open database over (to a MainWindow); database() is invalid afterwards.
    std::unique_ptr<clientele::Database> take();
    clientele::Database &database() { return *m_database; }
    QSqlDatabase db() const { return m_database->connection(); }
    QString path() const { return m_path; }
    clientele::FixedClock &clock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    clientele::FixedClock m_clock;
    std::unique_ptr<clientele::Database> m_database;
};

/// Inserts `count` people named "Person 001".. with an email each, in one transaction.
void insertPeople(QSqlDatabase db, int count);

/// Inserts a contact with a name, an email, a phone, a tag and a custom field; returns its id.
qint64 insertContact(QSqlDatabase db, const clientele::Clock &clock, const QString &first, const QString &last);

/// Runs `action` on the next modal dialog that opens (within the event loop of exec()).
void onNextModal(std::function<void(QWidget *)> action);

/// Spins the event loop until `condition` holds or `ms` pass; returns the condition.
bool waitFor(const std::function<bool()> &condition, int ms = 5000);
