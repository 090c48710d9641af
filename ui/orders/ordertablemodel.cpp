#include "ordertablemodel.h"

#include "common/clock.h"
#include "common/displayformat.h"
#include "common/theme.h"

namespace clientele {

OrderTableModel::OrderTableModel(QSqlDatabase db, const Clock &clock, QObject *parent)
    : PagedTableModel(parent)
    , m_repository(std::move(db), clock)
    , m_clock(clock)
{
    reload();
}

void OrderTableModel::setFilter(const OrderListQuery &filter)
{
    const OrderListQuery::Sort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = filter;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void OrderTableModel::clearRows()
{
    m_rows.clear();
}

int OrderTableModel::readTotalCount()
{
    return m_repository.count(m_query);
}

int OrderTableModel::readNextPage(bool &atEnd)
{
    OrderListQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = pageSize();
    m_page = m_repository.list(page);
    atEnd = m_page.size() < pageSize() || m_rows.size() + m_page.size() >= totalCount();
    return int(m_page.size());
}

void OrderTableModel::appendReadPage()
{
    m_rows.append(m_page);
    m_page.clear();
}

QModelIndex OrderTableModel::indexOf(qint64 orderId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == orderId)
            return index(row, Number);
    }
    return {};
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::displayData(const OrderSummary &order, int column) const
{
    switch (column) {
    case Number:
        return order.number;
    case Date:
        return display::date(m_clock.localDate(order.orderedAt));
    case Customer:
        return order.contactName.isEmpty() ? tr("Walk-in customer") : order.contactName;
    case Status:
        return displayName(order.status);
    case Due:
        return display::date(order.dueDate);
    case Total:
        return display::money(order.total);
    case Payment:
        return displayName(order.paymentStatus);
    default:
        return {};
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary &order = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(order, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const bool closed = isFinal(order.status);
        // Money still owed matters even on a completed order (an invoice not yet paid).
        const bool owed = order.status != OrderStatus::Cancelled && order.status != OrderStatus::Draft
            && (order.paymentStatus == PaymentStatus::Unpaid || order.paymentStatus == PaymentStatus::Partial);
        if (index.column() == Payment && owed)
            return theme::warning();
        if (index.column() == Payment && order.paymentStatus == PaymentStatus::Paid)
            return theme::success();
        if (index.column() == Due && !closed && order.dueDate.isValid() && order.dueDate < m_clock.today())
            return theme::warning();
        if (order.status == OrderStatus::Cancelled || index.column() == Date)
            return theme::mutedText();
        return {};
    }
    case OrderIdRole:
        return order.id;
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Due:
        return tr("Pickup/due");
    case Total:
        return tr("Total");
    case Payment:
        return tr("Payment");
    default:
        return {};
    }
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    OrderListQuery::Sort sort;
    switch (column) {
    case Number:
        sort = OrderListQuery::Sort::Number;
        break;
    case Date:
        sort = OrderListQuery::Sort::OrderedAt;
        break;
    case Due:
        sort = OrderListQuery::Sort::DueDate;
        break;
    case Total:
        sort = OrderListQuery::Sort::Total;
        break;
    default:
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

} // namespace clientele
