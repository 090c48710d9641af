#include "contacttablemodel.h"

#include "common/clock.h"
#include "common/displayformat.h"
#include "common/theme.h"
#include "db/database.h"

#include <QThread>

namespace clientele {

ContactTableModel::ContactTableModel(QSqlDatabase db, const Clock &clock, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_browser(db, clock)
{
    reload();
}

ContactTableModel::~ContactTableModel()
{
    // A count still running reads through `this`' filter copy only, but reports to `this`.
    for (const QPointer<QThread> &thread : std::as_const(m_counters)) {
        if (thread)
            thread->wait();
    }
}

void ContactTableModel::setFilter(const ContactFilter &filter)
{
    const bool hadSearch = m_filter.hasSearch();
    m_filter = filter;
    if (!hadSearch && m_filter.hasSearch()) {
        m_sort = ContactSort::Relevance;
        m_order = Qt::AscendingOrder;
    } else if (!m_filter.hasSearch() && m_sort == ContactSort::Relevance) {
        m_sort = m_nameByLastName ? ContactSort::LastName : ContactSort::Name;
        m_order = Qt::AscendingOrder;
    }
    reload();
}

void ContactTableModel::setSort(ContactSort sort, Qt::SortOrder order)
{
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    // The same rows in another order: counting a large book again would be wasted.
    reloadRows();
}

void ContactTableModel::setNameByLastName(bool byLastName)
{
    if (byLastName == m_nameByLastName)
        return;
    m_nameByLastName = byLastName;
    if (m_sort == ContactSort::Name || m_sort == ContactSort::LastName)
        setSort(byLastName ? ContactSort::LastName : ContactSort::Name, m_order);
}

int ContactTableModel::columnOf(ContactSort sort) const
{
    switch (sort) {
    case ContactSort::Name:
    case ContactSort::LastName:
        return Name;
    case ContactSort::Company:
        return Company;
    case ContactSort::Email:
        return Email;
    case ContactSort::Phone:
        return Phone;
    case ContactSort::Tags:
        return Tags;
    case ContactSort::LastOrder:
        return LastOrder;
    case ContactSort::LifetimeValue:
        return LifetimeValue;
    case ContactSort::NextFollowUp:
        return NextFollowUp;
    case ContactSort::Relevance:
        break;
    }
    return -1;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    static const ContactSort byColumn[]
        = {ContactSort::Name, ContactSort::Company,   ContactSort::Email,         ContactSort::Phone,
           ContactSort::Tags, ContactSort::LastOrder, ContactSort::LifetimeValue, ContactSort::NextFollowUp};
    if (column < 0 || column >= ColumnCount)
        return;
    ContactSort sort = byColumn[column];
    if (sort == ContactSort::Name && m_nameByLastName)
        sort = ContactSort::LastName;
    setSort(sort, order);
}

void ContactTableModel::clearRows()
{
    m_rows.clear();
    m_page.clear();
    m_cursor = {};
}

int ContactTableModel::readTotalCount()
{
    ++m_countGeneration;
    if (m_filter.hasSearch()) {
        // Counting full-text matches reads every match (the first letters of a search match
        // most of a large book), while the page itself stops after its rows: always counted on
        // the worker.
        m_countExact = false;
        countExactly();
        return 0;
    }
    const auto counted = m_browser.count(m_filter, CountCap);
    if (!counted) {
        qWarning("Clientele: %s", qPrintable(counted.errorMessage()));
        m_countExact = true;
        return 0;
    }
    m_countExact = *counted < CountCap;
    if (!m_countExact)
        countExactly();
    return *counted;
}

void ContactTableModel::countExactly()
{
    const int generation = m_countGeneration;
    const QString source = m_db.connectionName();
    const ContactFilter filter = m_filter;
    const Clock &clock = m_clock;
    QThread *thread = QThread::create([this, generation, source, filter, &clock] {
        // SQLite connections stay on the thread that opened them: the count gets its own.
        const QString name = QStringLiteral("clientele-count-%1").arg(quintptr(QThread::currentThread()));
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (db.open() && applyConnectionPragmas(db, true).ok()) {
                const auto counted = ContactBrowser(db, clock).count(filter);
                if (counted)
                    count = *counted;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (count < 0)
            return;
        // Queued to the model's thread; the destructor waits for this thread, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, generation, count] {
                if (generation != m_countGeneration)
                    return;
                m_countExact = true;
                setTotalCount(count);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_counters.removeAll(QPointer<QThread>());
    m_counters.append(thread);
    thread->start(QThread::LowPriority);
}

int ContactTableModel::readNextPage(bool &atEnd)
{
    const auto page = m_browser.page(m_filter, m_sort, m_order, m_cursor, pageSize());
    if (!page) {
        qWarning("Clientele: %s", qPrintable(page.errorMessage()));
        atEnd = true;
        return 0;
    }
    m_page = page->rows;
    if (!m_page.isEmpty())
        m_cursor = page->next;
    atEnd = page->atEnd;
    return int(m_page.size());
}

void ContactTableModel::appendReadPage()
{
    m_rows.append(m_page);
    m_page.clear();
}

QModelIndex ContactTableModel::indexOf(qint64 contactId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == contactId)
            return index(row, Name);
    }
    return {};
}

QModelIndex ContactTableModel::ensureLoaded(qint64 contactId, int maxRows)
{
    QModelIndex found = indexOf(contactId);
    while (!found.isValid() && canFetchMore({}) && m_rows.size() < maxRows) {
        const int before = int(m_rows.size());
        fetchMore({});
        for (int row = before; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == contactId)
                return index(row, Name);
        }
    }
    return found;
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::displayData(const ContactListRow &row, int column) const
{
    switch (column) {
    case Name:
        return row.displayName;
    case Company:
        return row.companyName;
    case Email:
        return row.email;
    case Phone:
        return row.phone;
    case Tags:
        return row.tags.join(QStringLiteral(", "));
    case LastOrder:
        return row.lastOrderAt.isValid() ? display::date(row.lastOrderAt.toLocalTime().date()) : QString();
    case LifetimeValue:
        return row.lifetimeValue.minor != 0 ? display::money(row.lifetimeValue) : QString();
    case NextFollowUp:
        return row.nextFollowUpAt.isValid() ? display::date(row.nextFollowUpAt.toLocalTime().date()) : QString();
    default:
        return {};
    }
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == LifetimeValue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == NextFollowUp && row.nextFollowUpAt.isValid() && row.nextFollowUpAt < m_clock.nowUtc())
            return theme::warning();
        if (row.deletedAt.isValid() || index.column() == Tags || index.column() == Company)
            return theme::mutedText();
        return {};
    case ContactIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == LifetimeValue ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Tags:
        return tr("Tags");
    case LastOrder:
        return tr("Last order");
    case LifetimeValue:
        return tr("Lifetime value");
    case NextFollowUp:
        return tr("Next follow-up");
    default:
        return {};
    }
}

} // namespace clientele
