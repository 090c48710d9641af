#pragma once

#include "products/product.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace clientele {

/// The catalogue as an editable table. An edit is not written here: the model reads what was
/// typed strictly in the user's locale and asks for the change (editRequested), which the page
/// turns into an undoable command; a value that cannot be read is refused with the reason.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sku, Category, Unit, Price, TaxRate, Active, ColumnCount };

    explicit ProductTableModel(QObject *parent = nullptr);

    void setProducts(const QList<Product> &products);
    const Product &productAt(int row) const { return m_products.at(row); }
    /// The row of the product, -1 when it is not listed.
    int rowOf(qint64 productId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editRequested(const Product &before, const Product &after);
    void editRejected(const QString &message);

private:
    QList<Product> m_products;
};

} // namespace clientele
