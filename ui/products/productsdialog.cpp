#include "productsdialog.h"

#include "productcommands.h"
#include "producttablemodel.h"

#include "common/money.h"
#include "products/productrepository.h"
#include "settings/businesssettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

ProductsDialog::ProductsDialog(QSqlDatabase db, const Clock &clock, QUndoStack *stack, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_stack(stack)
    , m_model(new ProductTableModel(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_tax(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Product"), this))
    , m_showArchived(new QCheckBox(tr("Show &archived products"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Products"));
    m_name->setPlaceholderText(tr("Name"));
    m_price->setPlaceholderText(tr("Unit price"));
    m_tax->setPlaceholderText(tr("Tax %"));
    m_unit->setPlaceholderText(tr("Unit (pcs, kg, h…)"));
    const int em = fontMetrics().averageCharWidth();
    m_price->setMaximumWidth(em * 14);
    m_tax->setMaximumWidth(em * 8);
    m_unit->setMaximumWidth(em * 16);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    for (int column = ProductTableModel::Sku; column < ProductTableModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_price);
    addRow->addWidget(m_tax);
    addRow->addWidget(m_unit);
    addRow->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showArchived);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(em * 100, fontMetrics().height() * 30);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProductsDialog::addTyped);
    for (QLineEdit *edit : {m_name, m_price, m_tax, m_unit})
        connect(edit, &QLineEdit::returnPressed, this, &ProductsDialog::addTyped);
    connect(m_showArchived, &QCheckBox::toggled, this, &ProductsDialog::reload);
    connect(m_model, &ProductTableModel::editRejected, this, &ProductsDialog::showMessage);
    connect(m_model, &ProductTableModel::editRequested, this, [this](const Product &before, const Product &after) {
        m_stack->push(new EditProductCommand(m_db, m_clock, before, after,
                                             {[this](qint64) { reload(); },
                                              [this](const QString &message) {
                                                  showMessage(message);
                                                  reload();
                                              }}));
    });
    reload();
}

void ProductsDialog::reload()
{
    m_model->setProducts(ProductRepository(m_db, m_clock).list(m_showArchived->isChecked()));
}

bool ProductsDialog::addTyped()
{
    const QLocale locale;
    Product product;
    product.name = m_name->text().simplified();
    product.price.currency = BusinessSettings(m_db).currency();
    const auto price = parseTypedAmount(m_price->text().trimmed().isEmpty() ? QStringLiteral("0") : m_price->text(),
                                        product.price.currency, locale);
    if (!price) {
        showMessage(tr("Unit price: %1").arg(price.errorMessage()));
        m_price->setFocus();
        return false;
    }
    product.price.minor = *price;
    const QString rate = withoutPercentSign(m_tax->text(), locale);
    const auto tax = parseTypedDecimal(rate.isEmpty() ? QStringLiteral("0") : rate, PercentDecimals, locale);
    if (!tax || *tax > 10000) {
        showMessage(tr("Tax: %1").arg(tax ? tr("a rate cannot be more than 100 %") : tax.errorMessage()));
        m_tax->setFocus();
        return false;
    }
    product.taxRateBp = int(*tax);
    if (!m_unit->text().trimmed().isEmpty())
        product.unit = m_unit->text().trimmed();
    if (auto s = ProductRepository(m_db, m_clock).validate(product); !s) {
        showMessage(s.errorMessage());
        m_name->setFocus();
        return false;
    }
    // A command that fails is deleted by push(): its hooks say how it went.
    m_lastCreated = 0;
    m_stack->push(new CreateProductCommand(m_db, m_clock, product,
                                           {[this](qint64 id) {
                                                m_lastCreated = id;
                                                reload();
                                            },
                                            [this](const QString &message) {
                                                showMessage(message);
                                            }}));
    if (m_lastCreated == 0)
        return false;
    for (QLineEdit *edit : {m_name, m_price, m_tax, m_unit})
        edit->clear();
    m_message->hide();
    m_name->setFocus();
    if (const int row = m_model->rowOf(m_lastCreated); row >= 0)
        m_table->selectRow(row);
    return true;
}

void ProductsDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace clientele
