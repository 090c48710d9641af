#include "ordereditdialog.h"

#include "customerpicker.h"
#include "orderlinesmodel.h"

#include "common/clock.h"
#include "common/displayformat.h"
#include "common/money.h"
#include "orders/orderrepository.h"
#include "products/productrepository.h"
#include "settings/businesssettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clientele {

/// The active products, for the item field's completion.
struct OrderEditDialog::Catalogue
{
    QList<Product> products;

    const Product *byName(const QString &name) const
    {
        for (const Product &product : products) {
            if (product.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return &product;
        }
        return nullptr;
    }
};

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

OrderEditDialog::OrderEditDialog(QSqlDatabase db, const Clock &clock, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_original(order)
    , m_catalogue(std::make_unique<Catalogue>())
{
    m_currency = order.currency.isEmpty() ? BusinessSettings(m_db).currency() : order.currency;
    m_catalogue->products = ProductRepository(m_db, m_clock).list();
    setWindowTitle(isNew() ? tr("New Order") : tr("Order %1").arg(order.number));
    buildForm();
    fill(order);
    updateTotals();
}

OrderEditDialog::~OrderEditDialog() = default;

void OrderEditDialog::buildForm()
{
    m_customer = new CustomerPicker(m_db, this);
    m_lines = new OrderLinesModel(this);
    m_lines->setCurrency(m_currency);
    m_linesTable = new QTableView(this);
    m_linesTable->setModel(m_lines);
    m_linesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_linesTable->verticalHeader()->hide();
    m_linesTable->setWordWrap(false);
    m_linesTable->horizontalHeader()->setSectionResizeMode(OrderLinesModel::Description, QHeaderView::Stretch);
    for (int column = OrderLinesModel::Quantity; column < OrderLinesModel::ColumnCount; ++column)
        m_linesTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_linesTable->setAccessibleName(tr("Order lines"));

    m_itemEdit = new QLineEdit(this);
    m_itemEdit->setPlaceholderText(tr("Add an item: a product or any text, then Enter"));
    QStringList names;
    for (const Product &product : std::as_const(m_catalogue->products))
        names.append(product.name);
    auto *itemCompleter = new QCompleter(names, this);
    itemCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    itemCompleter->setFilterMode(Qt::MatchContains);
    m_itemEdit->setCompleter(itemCompleter);
    m_addLine = new QPushButton(tr("&Add Line"), this);
    m_removeLine = new QPushButton(tr("&Remove Line"), this);

    m_discount = new QLineEdit(this);
    m_discount->setPlaceholderText(tr("e.g. 10 % or an amount"));
    m_deposit = new QLineEdit(this);
    m_deposit->setPlaceholderText(display::money({0, m_currency}));
    m_orderDate = new QDateEdit(this);
    m_orderDate->setCalendarPopup(true);
    m_orderDate->setDisplayFormat(display::dateFormat());
    m_hasDue = new QCheckBox(tr("&Due"), this);
    m_dueDate = new QDateEdit(this);
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(display::dateFormat());
    m_dueTime = new QTimeEdit(this);
    m_dueTime->setDisplayFormat(display::timeFormat());
    m_fulfilment = new QComboBox(this);
    m_fulfilment->addItem(displayName(Fulfilment::Pickup), int(Fulfilment::Pickup));
    m_fulfilment->addItem(displayName(Fulfilment::Delivery), int(Fulfilment::Delivery));
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("Delivery address"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Design, allergies, message on the cake…"));
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveDraft = m_buttons->addButton(tr("Save as D&raft"), QDialogButtonBox::AcceptRole);
    // An order that is past its draft stays out of draft.
    m_saveDraft->setVisible(isNew() || m_original.status == OrderStatus::Draft);
    for (QPushButton *push : findChildren<QPushButton *>())
        push->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the order (Ctrl+Enter)"));

    auto *top = new QFormLayout;
    top->addRow(tr("&Customer:"), m_customer);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_orderDate);
    dates->addSpacing(fontMetrics().averageCharWidth() * 3);
    dates->addWidget(m_hasDue);
    dates->addWidget(m_dueDate);
    dates->addWidget(m_dueTime);
    dates->addWidget(m_fulfilment);
    dates->addStretch();
    auto *orderedLabel = new QLabel(tr("&Ordered:"), this);
    orderedLabel->setBuddy(m_orderDate);
    top->addRow(orderedLabel, dates);
    top->addRow(QString(), m_address);

    auto *itemRow = new QHBoxLayout;
    itemRow->addWidget(m_itemEdit, 1);
    itemRow->addWidget(m_addLine);
    itemRow->addWidget(m_removeLine);

    auto *amounts = new QFormLayout;
    amounts->addRow(tr("Order d&iscount:"), m_discount);
    amounts->addRow(tr("De&posit:"), m_deposit);
    amounts->addRow(tr("&Notes:"), m_notes);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(amounts, 3);
    bottom->addWidget(m_totals, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_linesTable, 1);
    layout->addLayout(itemRow);
    layout->addLayout(bottom);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const int em = fontMetrics().averageCharWidth();
    resize(em * 110, fontMetrics().height() * 34);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        m_asDraft = false;
        accept();
    });
    connect(m_saveDraft, &QPushButton::clicked, this, [this] {
        m_asDraft = true;
        accept();
    });
    connect(m_itemEdit, &QLineEdit::returnPressed, this, &OrderEditDialog::addTypedItem);
    connect(m_addLine, &QPushButton::clicked, this, &OrderEditDialog::addTypedItem);
    connect(m_removeLine, &QPushButton::clicked, this, &OrderEditDialog::removeCurrentLine);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, this);
        connect(save, &QShortcut::activated, m_buttons->button(QDialogButtonBox::Save), &QPushButton::click);
    }
    auto *deleteLine = new QShortcut(QKeySequence::Delete, m_linesTable);
    deleteLine->setContext(Qt::WidgetShortcut);
    connect(deleteLine, &QShortcut::activated, this, &OrderEditDialog::removeCurrentLine);
    connect(m_lines, &OrderLinesModel::linesEdited, this, &OrderEditDialog::updateTotals);
    connect(m_lines, &OrderLinesModel::lineRejected, this,
            [this](int row, int, const QString &message) { showMessage(tr("Line %1: %2").arg(row + 1).arg(message)); });
    connect(m_discount, &QLineEdit::textChanged, this, &OrderEditDialog::updateTotals);
    connect(m_deposit, &QLineEdit::textChanged, this, &OrderEditDialog::updateTotals);
    connect(m_hasDue, &QCheckBox::toggled, this, &OrderEditDialog::updateDue);
    connect(m_fulfilment, &QComboBox::currentIndexChanged, this, &OrderEditDialog::updateDue);
    connect(m_customer, &CustomerPicker::changed, this, [this] { m_message->hide(); });
}

void OrderEditDialog::fill(const Order &order)
{
    if (order.contactId != 0)
        m_customer->setCustomer(order.contactId, order.contactName);
    m_lines->setLines(order.lines);
    const QDate today = m_clock.today();
    m_orderDate->setDate(order.orderedAt.isValid() ? m_clock.localDate(order.orderedAt) : today);
    m_hasDue->setChecked(order.dueDate.isValid());
    m_dueDate->setDate(order.dueDate.isValid() ? order.dueDate : today.addDays(1));
    m_dueTime->setTime(order.dueAt.isValid() ? m_clock.toLocal(order.dueAt).time() : QTime(10, 0));
    m_fulfilment->setCurrentIndex(m_fulfilment->findData(int(order.fulfilment)));
    m_address->setText(order.deliveryAddress);
    const QLocale locale;
    if (order.discountBp > 0)
        m_discount->setText(typedPercent(order.discountBp, locale));
    else if (order.discountMinor > 0)
        m_discount->setText(
            typedDecimal(order.discountMinor, currencyDigits(m_currency), locale, currencyDigits(m_currency)));
    if (order.depositMinor > 0)
        m_deposit->setText(
            typedDecimal(order.depositMinor, currencyDigits(m_currency), locale, currencyDigits(m_currency)));
    // The deposit of a stored order changes through its payments, not here.
    m_deposit->setEnabled(isNew());
    m_notes->setPlainText(order.notes);
    updateDue();
}

void OrderEditDialog::updateDue()
{
    m_dueDate->setEnabled(m_hasDue->isChecked());
    m_dueTime->setEnabled(m_hasDue->isChecked());
    m_address->setVisible(m_fulfilment->currentData().toInt() == int(Fulfilment::Delivery));
}

void OrderEditDialog::addTypedItem()
{
    const QString typed = m_itemEdit->text().simplified();
    if (typed.isEmpty())
        return;
    OrderLine line;
    int editColumn = OrderLinesModel::UnitPrice;
    if (const Product *product = m_catalogue->byName(typed)) {
        line.productId = product->id;
        line.productName = product->name;
        line.description = product->name;
        line.unit = product->unit;
        line.unitPriceMinor = product->price.minor;
        editColumn = OrderLinesModel::Quantity;
    } else {
        line.description = typed;
    }
    const int row = m_lines->addLine(line);
    m_itemEdit->clear();
    // The next thing to type: the price of a free-text line, the quantity of a product.
    const QModelIndex next = m_lines->index(row, editColumn);
    m_linesTable->setCurrentIndex(next);
    m_linesTable->edit(next);
}

void OrderEditDialog::removeCurrentLine()
{
    const QModelIndex current = m_linesTable->currentIndex();
    if (current.isValid())
        m_lines->removeLine(current.row());
}

bool OrderEditDialog::readOrderAmounts(Order &order, QString &message) const
{
    const QLocale locale;
    const QString discount = m_discount->text().trimmed();
    order.discountBp = 0;
    order.discountMinor = 0;
    if (!discount.isEmpty()) {
        bool percent = false;
        const QString number = withoutPercentSign(discount, locale, &percent);
        if (percent) {
            const auto rate = parseTypedDecimal(number, PercentDecimals, locale);
            if (!rate || *rate > 10000) {
                message = tr("Order discount: %1")
                              .arg(rate ? tr("a discount cannot be more than 100 %") : rate.errorMessage());
                return false;
            }
            order.discountBp = int(*rate);
        } else {
            const auto amount = parseTypedAmount(discount, m_currency, locale);
            if (!amount) {
                message = tr("Order discount: %1").arg(amount.errorMessage());
                return false;
            }
            order.discountMinor = *amount;
        }
    }
    if (isNew()) {
        const QString deposit = m_deposit->text().trimmed();
        order.depositMinor = 0;
        if (!deposit.isEmpty()) {
            const auto amount = parseTypedAmount(deposit, m_currency, locale);
            if (!amount) {
                message = tr("Deposit: %1").arg(amount.errorMessage());
                return false;
            }
            order.depositMinor = *amount;
        }
    }
    return true;
}

Order OrderEditDialog::order() const
{
    Order order = m_original;
    order.contactId = m_customer->contactId();
    order.contactName = m_customer->customerName();
    order.currency = m_currency;
    order.lines = m_lines->lines();
    if (isNew())
        order.status = m_asDraft ? OrderStatus::Draft : OrderStatus::Confirmed;
    else if (order.status == OrderStatus::Draft && !m_asDraft)
        order.status = OrderStatus::Confirmed;
    const QDate ordered = m_orderDate->date();
    if (!m_original.orderedAt.isValid() || m_clock.localDate(m_original.orderedAt) != ordered)
        order.orderedAt = ordered == m_clock.today() ? QDateTime() : m_clock.atLocal(ordered, QTime(12, 0));
    if (m_hasDue->isChecked()) {
        order.dueDate = m_dueDate->date();
        // The pickup time is the business's own: 10:00 in the shop, wherever the laptop is set.
        order.dueAt = m_clock.atLocal(m_dueDate->date(), m_dueTime->time());
    } else {
        order.dueDate = {};
        order.dueAt = {};
    }
    order.fulfilment = Fulfilment(m_fulfilment->currentData().toInt());
    order.deliveryAddress = order.fulfilment == Fulfilment::Delivery ? m_address->text().simplified() : QString();
    order.notes = m_notes->toPlainText().trimmed();
    // What cannot be read or computed is shown by updateTotals() and refused by validate().
    QString ignored;
    readOrderAmounts(order, ignored);
    (void)OrderRepository(m_db, m_clock).complete(order);
    return order;
}

void OrderEditDialog::updateTotals()
{
    Order draft = m_original;
    draft.currency = m_currency;
    draft.lines = m_lines->lines();
    QString message;
    if (!readOrderAmounts(draft, message)) {
        m_totals->setText(QString());
        showMessage(message);
        return;
    }
    if (auto s = OrderRepository(m_db, m_clock).complete(draft); !s) {
        showMessage(s.errorMessage());
        return;
    }
    m_message->hide();
    m_lines->setComputed(draft.lines);
    const QLocale locale;
    QString rows;
    const auto row = [&rows](const QString &label, const QString &amount, bool strong = false) {
        const QString cell = strong ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"padding-left:16px\">%2</td></tr>")
                    .arg(cell.arg(escaped(label)), cell.arg(escaped(amount)));
    };
    row(tr("Subtotal"), display::money(draft.subtotal()));
    if (draft.discountMinor > 0)
        row(tr("Discount"), display::money({-draft.discountMinor, m_currency}));
    const bool inclusive = draft.pricesIncludeTax.value_or(false);
    for (const TaxAmount &tax : std::as_const(draft.taxes)) {
        const QString rate = typedPercent(tax.rateBp, locale);
        row(inclusive ? tr("Includes %1 tax").arg(rate) : tr("Tax %1").arg(rate),
            display::money({tax.taxMinor, m_currency}));
    }
    row(tr("Total"), display::money(draft.total()), true);
    if (draft.depositMinor > 0)
        row(tr("Deposit"), display::money(draft.deposit()));
    if (draft.paidMinor > 0)
        row(tr("Paid"), display::money(draft.paid()));
    if (draft.depositMinor > 0 || draft.paidMinor > 0)
        row(tr("Due at pickup"),
            display::money({draft.totalMinor - std::max(draft.paidMinor, draft.depositMinor), m_currency}), true);
    m_totals->setText(QStringLiteral("<table>%1</table>").arg(rows));
}

void OrderEditDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter adds the typed item or ends a cell's edit: it never saves a half-typed order, as
    // QDialog would by clicking Save. Ctrl+Enter saves; Escape still cancels.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void OrderEditDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QStringList OrderEditDialog::validate()
{
    QStringList problems;
    if (const QString customer = m_customer->problem(); !customer.isEmpty())
        problems.append(customer);
    if (m_lines->rowCount() == 0)
        problems.append(tr("Add at least one item."));
    Order draft = order();
    QString message;
    if (!readOrderAmounts(draft, message))
        problems.append(message);
    else if (auto s = OrderRepository(m_db, m_clock).validate(draft); !s)
        problems.append(s.errorMessage());
    showMessage(problems.join(QLatin1Char('\n')));
    return problems;
}

void OrderEditDialog::accept()
{
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        if (!m_customer->problem().isEmpty())
            m_customer->setFocus();
        else if (m_lines->rowCount() == 0)
            m_itemEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace clientele
