#pragma once

#include "orders/orderrepository.h"

#include "common/pagedtablemodel.h"

namespace clientele {

/// Orders and invoices as a table, newest first, loaded a page at a time through
/// OrderRepository::list() as the view scrolls (PagedTableModel). The filter is an OrderListQuery; sorting by
/// date, due date, total and number happens in SQL.
class OrderTableModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Customer, Status, Due, Total, Payment, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1 };

    OrderTableModel(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    /// Replaces the filter (its paging is ignored) and reloads from the first page.
    void setFilter(const OrderListQuery &filter);
    const OrderListQuery &filter() const { return m_query; }

    const OrderSummary &orderAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOf(qint64 orderId) const;

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
    QVariant displayData(const OrderSummary &order, int column) const;

    OrderRepository m_repository;
    const Clock &m_clock;
    OrderListQuery m_query;
    QList<OrderSummary> m_rows;
    QList<OrderSummary> m_page;
};

} // namespace clientele
