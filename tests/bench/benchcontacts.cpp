// bench_contacts: the contact list at a million contacts (issue 4). Not a unit test: it builds
// (or reuses) a large generated database and prints timings; run_benchmarks.py runs it.
//
//     bench_contacts [--quick] [--contacts N] [--db FILE] [--verbose]

#include "benchdatabase.h"

#include "common/clock.h"
#include "contacts/contactbrowser.h"
#include "contacts/contacttablemodel.h"
#include "db/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace clientele;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(at, values.size() - 1));
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double fileMb(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        bytes += QFileInfo(path + suffix).size();
    return double(bytes) / (1024.0 * 1024.0);
}

bool prepare(const QString &path, int contacts)
{
    {
        auto db = Database::open(path, Database::Mode::ReadWrite, systemClock());
        if (db && bench::contactCount((*db)->connection()) == contacts)
            return true;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    std::fprintf(stderr, "Generating %d contacts in %s...\n", contacts, qPrintable(path));
    auto db = Database::open(path, Database::Mode::ReadWrite, systemClock());
    if (!db) {
        std::fprintf(stderr, "bench_contacts: %s\n", qPrintable(db.errorMessage()));
        return false;
    }
    return bench::populate((*db)->connection(), contacts);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int contacts = 1000000;
    bool verbose = false;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--verbose"))
            verbose = true;
        else if (args.at(i) == QLatin1String("--quick"))
            contacts = 100000;
        else if (args.at(i) == QLatin1String("--contacts") && i + 1 < args.size())
            contacts = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            path = args.at(++i);
    }
    if (path.isEmpty())
        path = QStringLiteral("bench_contacts_%1.sqlite").arg(contacts);
    if (contacts <= 0 || !prepare(path, contacts))
        return 1;

    const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    std::printf("contacts %9d: database %s, %.0f MB\n", contacts, qPrintable(QFileInfo(path).fileName()), fileMb(path));

    // 1. Opening the database to the model's first page, as the contacts page does it.
    QList<double> firstPage;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path, Database::Mode::ReadWrite, systemClock());
        if (!db)
            return 1;
        ContactTableModel model((*db)->connection(), clock);
        firstPage << msSince(timer);
        if (model.rowCount() == 0)
            return 1;
    }
    std::printf("contacts %9d: open to first page      first %7.1f ms | median %7.1f ms (target <= 200 ms)\n", contacts,
                firstPage.first(), median(firstPage));

    auto db = Database::open(path, Database::Mode::ReadWrite, systemClock());
    if (!db)
        return 1;
    const QSqlDatabase connection = (*db)->connection();

    // 2. Search keystrokes: each word typed letter by letter, the first 100 ranked results.
    ContactBrowser browser(connection, clock);
    QList<double> keystrokes;
    QList<double> fromSecond;
    const QStringList words = bench::searchWords();
    QStringList typed;
    for (int i = 0; i < words.size(); ++i) {
        typed << words.at(i);
        // Some searches are a first name and the start of a last name.
        if (i % 5 == 0)
            typed << words.at((i * 7) % words.size()) + QLatin1Char(' ') + words.at((i * 13) % words.size()).left(3);
    }
    for (const QString &word : std::as_const(typed)) {
        for (int length = 1; length <= word.size(); ++length) {
            ContactFilter filter;
            filter.search = word.left(length);
            if (!filter.hasSearch())
                continue;
            QElapsedTimer timer;
            timer.start();
            const auto page = browser.page(filter, ContactSort::Relevance, Qt::AscendingOrder, {}, 100);
            const double ms = msSince(timer);
            if (!page) {
                std::fprintf(stderr, "bench_contacts: %s\n", qPrintable(page.errorMessage()));
                return 1;
            }
            keystrokes << ms;
            if (verbose && ms > 10)
                std::printf("  slow keystroke: \"%s\" %.1f ms\n", qPrintable(filter.search), ms);
            if (length > 1)
                fromSecond << ms;
        }
    }
    std::printf(
        "contacts %9d: search keystroke (%lld)   p50 %7.1f ms | p95 %7.1f ms | max %7.1f ms (target p95 <= 15 ms)\n",
        contacts, qlonglong(keystrokes.size()), percentile(keystrokes, 0.5), percentile(keystrokes, 0.95),
        percentile(keystrokes, 1.0));
    std::printf("contacts %9d:   from the 2nd letter    p50 %7.1f ms | p95 %7.1f ms\n", contacts,
                percentile(fromSecond, 0.5), percentile(fromSecond, 0.95));

    // A search sorted by a column instead of relevance (not a target): the matches are read as
    // a set, so a short prefix costs more.
    QList<double> sortedSearch;
    for (int i = 0; i < typed.size(); i += 10) {
        for (int length = 1; length <= typed.at(i).size(); ++length) {
            ContactFilter filter;
            filter.search = typed.at(i).left(length);
            if (!filter.hasSearch())
                continue;
            QElapsedTimer timer;
            timer.start();
            if (!browser.page(filter, ContactSort::LastOrder, Qt::DescendingOrder, {}, 100))
                return 1;
            sortedSearch << msSince(timer);
        }
    }
    std::printf(
        "contacts %9d: search sorted by last order p50 %7.1f ms | p95 %7.1f ms | max %7.1f ms (%lld, no target)\n",
        contacts, percentile(sortedSearch, 0.5), percentile(sortedSearch, 0.95), percentile(sortedSearch, 1.0),
        qlonglong(sortedSearch.size()));

    // 3. Sorting the list by last name, both ways, and the other columns for comparison.
    ContactTableModel model(connection, clock);
    const auto timeSort = [&](ContactSort sort, Qt::SortOrder order) {
        model.setSort(ContactSort::Name, Qt::AscendingOrder);
        QElapsedTimer timer;
        timer.start();
        model.setSort(sort, order);
        return msSince(timer);
    };
    std::printf("contacts %9d: sort by last name        asc %7.1f ms | desc %7.1f ms (target <= 300 ms)\n", contacts,
                timeSort(ContactSort::LastName, Qt::AscendingOrder),
                timeSort(ContactSort::LastName, Qt::DescendingOrder));
    const std::pair<ContactSort, const char *> others[] = {{ContactSort::Company, "company"},
                                                           {ContactSort::Email, "email"},
                                                           {ContactSort::Phone, "phone"},
                                                           {ContactSort::Tags, "tags"},
                                                           {ContactSort::LastOrder, "last order"},
                                                           {ContactSort::LifetimeValue, "lifetime value"},
                                                           {ContactSort::NextFollowUp, "next follow-up"}};
    for (const auto &[sort, name] : others) {
        const double asc = timeSort(sort, Qt::AscendingOrder);
        const double desc = timeSort(sort, Qt::DescendingOrder);
        std::printf("contacts %9d: sort by %-15s  asc %7.1f ms | desc %7.1f ms\n", contacts, name, asc, desc);
    }

    // Scrolling: page 1,000 costs what page 1 costs.
    model.setSort(ContactSort::Name, Qt::AscendingOrder);
    QElapsedTimer scroll;
    scroll.start();
    for (int page = 0; page < 1000 && model.canFetchMore({}); ++page)
        model.fetchMore({});
    std::printf("contacts %9d: scrolling 1,000 pages    %7.2f ms per page of %d\n", contacts, msSince(scroll) / 1000.0,
                model.pageSize());
    return 0;
}
