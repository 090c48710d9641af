#pragma once

#include "common/pagedtablemodel.h"
#include "contacts/contactbrowser.h"

#include <QPointer>
#include <QSqlDatabase>

class QThread;

namespace clientele {

class Clock;

/// The contact list as a table over ContactBrowser: a page of rows at a time as the view
/// scrolls (keyset paging, so the thousandth page costs what the first does), sorted in SQL on
/// any column, filtered by a ContactFilter (search included).
///
/// Every page query is an index range read of one page (see migration 0002), a few
/// milliseconds at a million contacts (bench_contacts measures it), so pages are read on the
/// GUI thread; the exception is a search sorted by a column other than relevance, which reads
/// the search's matches as a set first (tens of milliseconds, a few hundred for a one-letter
/// search at a million contacts; docs/PERFORMANCE.md). Counting a large book is not: the model counts at most CountCap
/// rows at once and, when there are more or a search is typed, counts on a worker thread with its own connection and
/// reports through totalCountChanged().
class ContactTableModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Company, Email, Phone, Tags, LastOrder, LifetimeValue, NextFollowUp, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1 };
    static constexpr int CountCap = 10000;

    ContactTableModel(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);
    ~ContactTableModel() override;

    /// Replaces the filter and reloads. A new search sorts by relevance; clearing it returns
    /// relevance to the name order.
    void setFilter(const ContactFilter &filter);
    const ContactFilter &filter() const { return m_filter; }
    /// Sorts and reloads.
    void setSort(ContactSort sort, Qt::SortOrder order);
    ContactSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Whether the Name column sorts by last name instead of the displayed name.
    void setNameByLastName(bool byLastName);
    bool nameByLastName() const { return m_nameByLastName; }
    /// The column a sort belongs to, or -1 (relevance).
    int columnOf(ContactSort sort) const;
    /// False while a count is still running on the worker (totalCount() is then CountCap for a
    /// large book, 0 for a search).
    bool isTotalCountExact() const { return m_countExact; }

    const ContactListRow &contactAt(int row) const { return m_rows.at(row); }
    /// The row of a loaded contact, or an invalid index.
    QModelIndex indexOf(qint64 contactId) const;
    /// Loads pages until the contact is loaded or `maxRows` are; returns its index.
    QModelIndex ensureLoaded(qint64 contactId, int maxRows = 5000);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override;
    int readNextPage(bool &atEnd) override;
    void appendReadPage() override;
    int readTotalCount() override;

private:
    QVariant displayData(const ContactListRow &row, int column) const;
    void countExactly();

    QSqlDatabase m_db;
    const Clock &m_clock;
    ContactBrowser m_browser;
    ContactFilter m_filter;
    ContactSort m_sort = ContactSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_nameByLastName = false;
    QList<ContactListRow> m_rows;
    QList<ContactListRow> m_page;
    ContactCursor m_cursor;
    bool m_countExact = true;
    int m_countGeneration = 0;
    QList<QPointer<QThread>> m_counters;
};

} // namespace clientele
