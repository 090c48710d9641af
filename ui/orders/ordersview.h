#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QComboBox;
class QTableView;
class QToolBar;
class QUndoStack;

namespace clientele {

class Clock;
class OrderActions;
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
    /// The window's undo stack: every order action goes on it.
    void setUndoStack(QUndoStack *stack);
    /// Opens the editor for a new order (for the contact, when given).
    bool newOrder(qint64 contactId = 0, const QString &contactName = {});
    OrderActions *actions() const { return m_actions; }
    /// The selected order's id, 0 when none.
    qint64 currentOrderId() const;
    void reload();
    void showOrder(qint64 orderId);

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderDetailView *detail() const { return m_detail; }
    QComboBox *filterBox() const { return m_filter; }
    QToolBar *toolBar() const { return m_toolBar; }
    /// Print, save as PDF and issue the invoice of the selected order.
    OrderPrintActions *printActions() const { return m_printActions; }

private:
    void applyFilter();
    void updateSubtitle();
    void showCurrent();
    void showContextMenu(const QPoint &position);

    std::unique_ptr<OrderRepository> m_repository;
    OrderTableModel *m_model;
    PageHeader *m_header;
    QComboBox *m_filter;
    QTableView *m_table;
    OrderDetailView *m_detail;
    QToolBar *m_toolBar;
    OrderActions *m_actions;
    OrderPrintActions *m_printActions;
};

} // namespace clientele
