#include "ordersview.h"

#include "common/displayformat.h"
#include "common/pageheader.h"
#include "orderactions.h"
#include "orderdetailview.h"
#include "orderprintactions.h"
#include "orders/orderrepository.h"
#include "ordertablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele {

OrdersView::OrdersView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_repository(std::make_unique<OrderRepository>(db, clock))
    , m_model(new OrderTableModel(db, clock, this))
    , m_header(new PageHeader(tr("Orders"), this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new OrderDetailView(db, clock, this))
    , m_toolBar(new QToolBar(this))
    , m_actions(new OrderActions(db, clock, this, [this] { return currentOrderId(); }))
    , m_printActions(new OrderPrintActions(db, clock, this))
{
    m_actions->setHooks({[this](qint64 orderId) {
                             reload();
                             if (orderId != 0)
                                 showOrder(orderId);
                             m_actions->update();
                         },
                         [this](const QString &message) {
                             QMessageBox::warning(this, tr("Orders"), message);
                         }});
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The steps of a day at the counter; delivered, cancel and trash are in the context menu
    // (and Delete), so that the bar fits a 1366-pixel screen.
    m_toolBar->addActions({m_actions->newAction(), m_actions->editAction(), m_actions->readyAction(),
                           m_actions->collectedAction(), m_actions->paymentAction()});
    addActions(m_actions->actions());
    m_filter->addItem(tr("All orders"), int(Filter::All));
    m_filter->addItem(tr("To do (open and ready)"), int(Filter::ToDo));
    m_filter->addItem(tr("Ready for pickup"), int(Filter::Ready));
    m_filter->addItem(tr("Not fully paid"), int(Filter::Unpaid));
    m_filter->addItem(tr("Completed"), int(Filter::Completed));
    m_filter->addItem(tr("Cancelled"), int(Filter::Cancelled));
    m_filter->setAccessibleName(tr("Show"));
    m_header->addTrailingWidget(m_filter);
    const QList<QAction *> documentActions {m_printActions->issueInvoiceAction(), m_printActions->savePdfAction(),
                                            m_printActions->printAction()};
    m_toolBar->addSeparator();
    m_toolBar->addActions(documentActions);
    addActions(documentActions);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::Date, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    const int em = fontMetrics().averageCharWidth();
    // The customer column takes the room that is left, so the table fits without scrolling sideways.
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("12/31/2026")) + 24;
    m_table->setColumnWidth(OrderTableModel::Number,
                            fontMetrics().horizontalAdvance(QStringLiteral("INV-2026-0000")) + 20);
    m_table->setColumnWidth(OrderTableModel::Date, dateWidth);
    m_table->setColumnWidth(OrderTableModel::Status, em * 12);
    m_table->setColumnWidth(OrderTableModel::Due, dateWidth);
    // Amounts are never cut short: the column is as wide as the widest total it shows.
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Total, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(OrderTableModel::Payment, em * 12);

    m_detail->setMinimumWidth(em * 40);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::updateSubtitle);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &OrderDetailView::showPlaceholder);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_actions->editOrder(currentOrderId()); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &OrdersView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_printActions->setOrder(0); });
    connect(m_printActions, &OrderPrintActions::orderChanged, this, [this](qint64 orderId) {
        reload();
        showOrder(orderId);
    });
    updateSubtitle();
}

void OrdersView::setUndoStack(QUndoStack *stack)
{
    m_actions->setUndoStack(stack);
    m_printActions->setUndoStack(stack);
}

bool OrdersView::newOrder(qint64 contactId, const QString &contactName)
{
    return m_actions->newOrder(contactId, contactName);
}

qint64 OrdersView::currentOrderId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->orderAt(current.row()).id : 0;
}

void OrdersView::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    m_actions->update();
    QMenu menu(this);
    menu.addActions(m_actions->actions());
    menu.addSeparator();
    menu.addActions(
        {m_printActions->issueInvoiceAction(), m_printActions->savePdfAction(), m_printActions->printAction()});
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

OrdersView::~OrdersView() = default;

void OrdersView::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void OrdersView::reload()
{
    m_model->reload();
}

void OrdersView::showOrder(qint64 orderId)
{
    const QModelIndex index = m_model->indexOf(orderId);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    m_detail->showOrder(orderId);
    m_printActions->setOrder(orderId);
}

void OrdersView::applyFilter()
{
    OrderListQuery query;
    switch (Filter(m_filter->currentData().toInt())) {
    case Filter::All:
        break;
    case Filter::ToDo:
        query.statuses = {OrderStatus::Confirmed, OrderStatus::Ready};
        break;
    case Filter::Ready:
        query.statuses = {OrderStatus::Ready};
        break;
    case Filter::Unpaid:
        query.statuses = {OrderStatus::Confirmed, OrderStatus::Ready, OrderStatus::Collected, OrderStatus::Delivered};
        query.paymentStatuses = {PaymentStatus::Unpaid, PaymentStatus::Partial};
        break;
    case Filter::Completed:
        query.statuses = {OrderStatus::Collected, OrderStatus::Delivered};
        break;
    case Filter::Cancelled:
        query.statuses = {OrderStatus::Cancelled};
        break;
    }
    m_model->setFilter(query);
}

void OrdersView::showCurrent()
{
    m_actions->update();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->showPlaceholder();
        m_printActions->setOrder(0);
        return;
    }
    m_detail->showOrder(m_model->orderAt(current.row()).id);
    m_printActions->setOrder(m_model->orderAt(current.row()).id);
}

void OrdersView::updateSubtitle()
{
    QStringList parts {tr("%Ln order(s)", nullptr, m_model->totalCount())};
    for (const OrderSums &sum : m_repository->sums(m_model->filter())) {
        if (sum.count > 0)
            parts << tr("%1 total").arg(display::money(sum.total()));
    }
    m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
}

} // namespace clientele
