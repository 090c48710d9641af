#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QComboBox;
class QTableView;
class QUndoStack;

namespace clientele {

class Clock;
class OrderDetailView;
class OrderPrintActions;
class OrderRepository;
class OrderTableModel;
class PageHeader;

/// The Orders page: a filter (all, to do, ready for pickup, unpaid, ...), the lazily loaded
/// order table and the selected order's lines.
class OrdersView final : public QWidget
{
    Q_OBJECT

public:
    /// The filter choices, in the order of the combo box.
    enum class Filter { All, ToDo, Ready, Unpaid, Completed, Cancelled };

    OrdersView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);
    ~OrdersView() override;

    void setFilter(Filter filter);
    void reload();
    void showOrder(qint64 orderId);

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderDetailView *detail() const { return m_detail; }
    QComboBox *filterBox() const { return m_filter; }
    /// Print, save as PDF and issue the invoice of the selected order.
    OrderPrintActions *printActions() const { return m_printActions; }
    /// The window's undo stack, which "Issue invoice" goes on.
    void setUndoStack(QUndoStack *stack);

private:
    void applyFilter();
    void updateSubtitle();
    void showCurrent();

    std::unique_ptr<OrderRepository> m_repository;
    OrderTableModel *m_model;
    PageHeader *m_header;
    QComboBox *m_filter;
    QTableView *m_table;
    OrderDetailView *m_detail;
    OrderPrintActions *m_printActions;
};

} // namespace clientele
