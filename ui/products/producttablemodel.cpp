#include "producttablemodel.h"

#include "common/displayformat.h"
#include "common/money.h"

namespace clientele {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductTableModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int ProductTableModel::rowOf(qint64 productId) const
{
    for (qsizetype row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == productId)
            return int(row);
    }
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Product &product = m_products.at(index.row());
    const QLocale locale;
    const int digits = currencyDigits(product.price.currency);
    if (role == Qt::CheckStateRole && index.column() == Active)
        return product.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Price || index.column() == TaxRate ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Name:
        return product.name;
    case Sku:
        return product.sku;
    case Category:
        return product.category;
    case Unit:
        return product.unit;
    case Price:
        return edit ? typedDecimal(product.price.minor, digits, locale, digits) : display::money(product.price);
    case TaxRate:
        return edit ? typedDecimal(product.taxRateBp, PercentDecimals, locale)
                    : typedPercent(product.taxRateBp, locale);
    case Active:
        return edit ? QVariant() : QVariant(product.active ? tr("Offered") : tr("Archived"));
    default:
        return {};
    }
}

bool ProductTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    const Product &before = m_products.at(index.row());
    Product after = before;
    const QLocale locale;
    if (role == Qt::CheckStateRole && index.column() == Active) {
        after.active = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        const QString text = value.toString();
        switch (index.column()) {
        case Name:
            after.name = text.simplified();
            break;
        case Sku:
            after.sku = text.trimmed();
            break;
        case Category:
            after.category = text.simplified();
            break;
        case Unit:
            after.unit = text.trimmed();
            break;
        case Price: {
            const auto price = parseTypedAmount(text, before.price.currency, locale);
            if (!price) {
                emit editRejected(tr("Price: %1").arg(price.errorMessage()));
                return false;
            }
            after.price.minor = *price;
            break;
        }
        case TaxRate: {
            const QString number = withoutPercentSign(text, locale);
            const auto rate
                = parseTypedDecimal(number.isEmpty() ? QStringLiteral("0") : number, PercentDecimals, locale);
            if (!rate || *rate > 10000) {
                emit editRejected(
                    tr("Tax rate: %1").arg(rate ? tr("a rate cannot be more than 100 %") : rate.errorMessage()));
                return false;
            }
            after.taxRateBp = int(*rate);
            break;
        }
        default:
            return false;
        }
    }
    if (after.name == before.name && after.sku == before.sku && after.category == before.category
        && after.unit == before.unit && after.price == before.price && after.taxRateBp == before.taxRateBp
        && after.active == before.active)
        return true;
    emit editRequested(before, after);
    return true;
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    flags |= index.column() == Active ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return flags;
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Sku:
        return tr("SKU");
    case Category:
        return tr("Category");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Unit price");
    case TaxRate:
        return tr("Tax");
    case Active:
        return tr("In the picker");
    default:
        return {};
    }
}

} // namespace clientele
