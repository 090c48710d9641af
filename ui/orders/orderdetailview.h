#pragma once

#include <QSqlDatabase>
#include <QTextBrowser>

namespace clientele {

class Clock;
struct Order;

/// The read-only receipt of one order: customer, dates, lines with quantities and prices,
/// discount, tax, total, what is paid and what is still open.
class OrderDetailView final : public QTextBrowser
{
    Q_OBJECT

public:
    OrderDetailView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    void showOrder(qint64 orderId);
    void showPlaceholder();
    qint64 orderId() const { return m_orderId; }

    /// "INV-0001, credit note INV-0002 for INV-0001, INV-0003"; empty without any.
    QString invoiceSummary(qint64 orderId) const;
    QString html(const Order &order) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_orderId = 0;
};

} // namespace clientele
