#pragma once

#include "orders/order.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace clientele {

/// The lines of the order being edited, as an editable table: what the user types in a cell is
/// read strictly in the user's locale (never through a double) and a cell that cannot be read
/// keeps its value and reports why (lineRejected). Amounts shown per line come from the core's
/// computation of the whole order (setComputed), never from arithmetic here.
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Quantity, UnitPrice, Discount, TaxRate, Total, ColumnCount };

    explicit OrderLinesModel(QObject *parent = nullptr);

    /// The currency prices are typed and shown in, and the locale they are typed in.
    void setCurrency(const QString &currency);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    void setLines(const QList<OrderLine> &lines);
    const QList<OrderLine> &lines() const { return m_lines; }
    const OrderLine &line(int row) const { return m_lines.at(row); }
    /// Appends a line and returns its row.
    int addLine(const OrderLine &line);
    void removeLine(int row);
    /// Takes the computed amounts (line totals, discounts, rates resolved) of an order whose lines
    /// are this model's lines in the same order; what the user typed is kept.
    void setComputed(const QList<OrderLine> &computed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A typed value was refused; the line is unchanged.
    void lineRejected(int row, int column, const QString &message);
    /// Something the totals depend on changed.
    void linesEdited();

private:
    QString displayText(int row, int column) const;
    QString editText(const OrderLine &line, int column) const;
    bool applyText(OrderLine &line, int column, const QString &text, QString &message) const;

    QList<OrderLine> m_lines;
    /// Each line's rate as the core resolved it (the product's when none was typed).
    QList<int> m_resolvedRates;
    QString m_currency = QStringLiteral("EUR");
    QLocale m_locale;
};

} // namespace clientele
