#pragma once

#include "orders/orderrepository.h"

#include <QAbstractTableModel>

namespace clientele {

/// Orders and invoices as a table, newest first, loaded a page at a time through
/// OrderRepository::list() as the view scrolls. The filter is an OrderListQuery; sorting by
/// date, due date, total and number happens in SQL.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Customer, Status, Due, Total, Payment, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1 };

    OrderTableModel(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    /// Replaces the filter (its paging is ignored) and reloads from the first page.
    void setFilter(const OrderListQuery &filter);
    const OrderListQuery &filter() const { return m_query; }
    void reload();
    /// Every order the filter selects, loaded or not.
    int totalCount() const { return m_totalCount; }

    const OrderSummary &orderAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOf(qint64 orderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(const OrderSummary &order, int column) const;

    OrderRepository m_repository;
    const Clock &m_clock;
    OrderListQuery m_query;
    QList<OrderSummary> m_rows;
    int m_pageSize = 100;
    int m_totalCount = 0;
    bool m_exhausted = true;
};

} // namespace clientele
