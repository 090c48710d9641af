#include "databasecheck.h"

#include "migrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

// A badly damaged file can have thousands of dangling rows; the first ones tell the story.
constexpr int MaxReportedKeyProblems = 50;

void checkIntegrity(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << QCoreApplication::translate("DatabaseCheck", "The integrity check could not run: %1")
                        .arg(query.lastError().text());
        return;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QCoreApplication::translate("DatabaseCheck", "integrity check: %1").arg(line);
    }
}

void checkForeignKeys(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << QCoreApplication::translate("DatabaseCheck", "The foreign key check could not run: %1")
                        .arg(query.lastError().text());
        return;
    }
    // Which column of the row holds the dangling reference; the table name comes from SQLite,
    // and the table-valued pragma function takes it as a bound value.
    QSqlQuery column(db);
    column.prepare(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(:table) WHERE id = :id"));
    int count = 0;
    while (query.next()) {
        ++count;
        if (count > MaxReportedKeyProblems)
            continue;
        const QString table = query.value(0).toString();
        const QString row = query.value(1).isNull() ? QCoreApplication::translate("DatabaseCheck", "(unknown)")
                                                    : query.value(1).toString();
        const QString parent = query.value(2).toString();
        column.bindValue(QStringLiteral(":table"), table);
        column.bindValue(QStringLiteral(":id"), query.value(3));
        QString problem = QCoreApplication::translate("DatabaseCheck", "table %1 row %2 refers to missing %3")
                              .arg(table, row, parent);
        if (column.exec() && column.next())
            problem += QCoreApplication::translate("DatabaseCheck", " (column %1)").arg(column.value(0).toString());
        column.finish();
        problems << problem;
    }
    if (count > MaxReportedKeyProblems)
        problems << QCoreApplication::translate("DatabaseCheck", "... and %1 more rows that refer to missing records")
                        .arg(count - MaxReportedKeyProblems);
}

void checkSearchIndex(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM contact_fts), (SELECT COUNT(*) FROM contacts), "
                                   "(SELECT COUNT(*) FROM contacts c WHERE NOT EXISTS "
                                   "  (SELECT 1 FROM contact_fts f WHERE f.rowid = c.id))"))
        || !query.next()) {
        problems << QCoreApplication::translate("DatabaseCheck", "The search index could not be read: %1")
                        .arg(query.lastError().text());
        return;
    }
    const qint64 indexed = query.value(0).toLongLong();
    const qint64 contacts = query.value(1).toLongLong();
    const qint64 missing = query.value(2).toLongLong();
    if (indexed != contacts)
        problems << QCoreApplication::translate("DatabaseCheck",
                                                "The search index has %1 entries but there are %2 contacts.")
                        .arg(indexed)
                        .arg(contacts);
    else if (missing > 0)
        problems << QCoreApplication::translate("DatabaseCheck", "%1 contacts are missing from the search index.")
                        .arg(missing);
}

} // namespace

CheckReport checkDatabase(QSqlDatabase db)
{
    CheckReport report;
    report.expectedVersion = Migrator::latestVersion();
    report.schemaVersion = Migrator::currentVersion(db);
    if (!db.isOpen()) {
        report.problems << QCoreApplication::translate("DatabaseCheck", "The database is not open.");
        return report;
    }

    checkIntegrity(db, report.problems);
    checkForeignKeys(db, report.problems);
    if (report.schemaVersion != report.expectedVersion) {
        report.problems << QCoreApplication::translate("DatabaseCheck",
                                                       "The schema version is %1 but this Clientele expects %2.")
                               .arg(report.schemaVersion)
                               .arg(report.expectedVersion);
    }
    if (report.schemaVersion >= 1)
        checkSearchIndex(db, report.problems);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace clientele
