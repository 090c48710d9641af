#include "orderlinesmodel.h"

#include "common/displayformat.h"
#include "common/money.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace clientele {

namespace {

constexpr int QuantityDecimals = 3; // OrderLine::quantityMilli
} // namespace

OrderLinesModel::OrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OrderLinesModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OrderLinesModel::setLines(const QList<OrderLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_resolvedRates.clear();
    for (const OrderLine &line : lines)
        m_resolvedRates.append(line.taxRateBp.value_or(0));
    endResetModel();
}

int OrderLinesModel::addLine(const OrderLine &line)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    emit linesEdited();
    return row;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    if (row < m_resolvedRates.size())
        m_resolvedRates.removeAt(row);
    endRemoveRows();
    emit linesEdited();
}

void OrderLinesModel::setComputed(const QList<OrderLine> &computed)
{
    if (computed.size() != m_lines.size())
        return;
    m_resolvedRates.resize(m_lines.size());
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        OrderLine &line = m_lines[i];
        line.lineTotalMinor = computed.at(i).lineTotalMinor;
        if (line.discountBp > 0)
            line.discountMinor = computed.at(i).discountMinor;
        line.taxMinor = computed.at(i).taxMinor;
        m_resolvedRates[i] = computed.at(i).taxRateBp.value_or(0);
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Discount), index(rowCount() - 1, Total));
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OrderLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::EditRole:
        return editText(line, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Description ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // A rate taken from the product (or none) is shown, but dimmed: it was not typed.
        if (index.column() == TaxRate && !line.taxRateBp)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TaxRate && !line.taxRateBp)
            return tr("The product's tax rate, or none for a free-text line. Type a rate to override it.");
        return {};
    default:
        return {};
    }
}

QString OrderLinesModel::displayText(int row, int column) const
{
    const OrderLine &line = m_lines.at(row);
    switch (column) {
    case Description:
        return line.description.isEmpty() ? line.productName : line.description;
    case Quantity: {
        const QString quantity = typedDecimal(line.quantityMilli, QuantityDecimals, m_locale);
        return line.unit.isEmpty() || line.unit == QLatin1String("pcs") ? quantity
                                                                        : quantity + QLatin1Char(' ') + line.unit;
    }
    case UnitPrice:
        return display::money({line.unitPriceMinor, m_currency});
    case Discount:
        if (line.discountBp > 0)
            return typedPercent(line.discountBp, m_locale);
        return line.discountMinor > 0 ? display::money({line.discountMinor, m_currency}) : QString();
    case TaxRate:
        return typedPercent(line.taxRateBp ? *line.taxRateBp : m_resolvedRates.value(row, 0), m_locale);
    case Total:
        return display::money({line.lineTotalMinor, m_currency});
    default:
        return {};
    }
}

QString OrderLinesModel::editText(const OrderLine &line, int column) const
{
    const int digits = currencyDigits(m_currency);
    switch (column) {
    case Description:
        return line.description.isEmpty() ? line.productName : line.description;
    case Quantity:
        return typedDecimal(line.quantityMilli, QuantityDecimals, m_locale);
    case UnitPrice:
        return typedDecimal(line.unitPriceMinor, digits, m_locale, digits);
    case Discount:
        if (line.discountBp > 0)
            return typedPercent(line.discountBp, m_locale);
        return line.discountMinor > 0 ? typedDecimal(line.discountMinor, digits, m_locale, digits) : QString();
    case TaxRate:
        return line.taxRateBp ? typedDecimal(*line.taxRateBp, PercentDecimals, m_locale) : QString();
    default:
        return {};
    }
}

bool OrderLinesModel::applyText(OrderLine &line, int column, const QString &text, QString &message) const
{
    switch (column) {
    case Description:
        line.description = text.simplified();
        return true;
    case Quantity: {
        const auto quantity = parseTypedDecimal(text, QuantityDecimals, m_locale, NumberSign::Positive);
        if (!quantity) {
            message = tr("Quantity: %1").arg(quantity.errorMessage());
            return false;
        }
        line.quantityMilli = *quantity;
        return true;
    }
    case UnitPrice: {
        const auto price = parseTypedAmount(text, m_currency, m_locale);
        if (!price) {
            message = tr("Unit price: %1").arg(price.errorMessage());
            return false;
        }
        line.unitPriceMinor = *price;
        return true;
    }
    case Discount: {
        if (text.trimmed().isEmpty()) {
            line.discountBp = 0;
            line.discountMinor = 0;
            return true;
        }
        bool percent = false;
        const QString number = withoutPercentSign(text, m_locale, &percent);
        if (percent) {
            const auto rate = parseTypedDecimal(number, PercentDecimals, m_locale);
            if (!rate || *rate > 10000) {
                message
                    = tr("Discount: %1").arg(rate ? tr("a discount cannot be more than 100 %") : rate.errorMessage());
                return false;
            }
            line.discountBp = int(*rate);
            line.discountMinor = 0;
            return true;
        }
        const auto amount = parseTypedAmount(number, m_currency, m_locale);
        if (!amount) {
            message = tr("Discount: %1").arg(amount.errorMessage());
            return false;
        }
        line.discountBp = 0;
        line.discountMinor = *amount;
        return true;
    }
    case TaxRate: {
        const QString number = withoutPercentSign(text, m_locale);
        if (number.isEmpty()) {
            line.taxRateBp.reset();
            return true;
        }
        const auto rate = parseTypedDecimal(number, PercentDecimals, m_locale);
        if (!rate || *rate > 10000) {
            message = tr("Tax rate: %1").arg(rate ? tr("a rate cannot be more than 100 %") : rate.errorMessage());
            return false;
        }
        line.taxRateBp = int(*rate);
        return true;
    }
    default:
        return false;
    }
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    OrderLine edited = m_lines.at(index.row());
    QString message;
    if (!applyText(edited, index.column(), value.toString(), message)) {
        emit lineRejected(index.row(), index.column(), message);
        return false;
    }
    if (edited == m_lines.at(index.row()))
        return true;
    m_lines[index.row()] = edited;
    emit dataChanged(index, index);
    emit linesEdited();
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Total)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Item");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case TaxRate:
        return tr("Tax");
    case Total:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace clientele
