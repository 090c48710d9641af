#include "paymentdialog.h"

#include "common/displayformat.h"
#include "common/money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clientele {

PaymentDialog::PaymentDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_currency(order.currency)
    , m_amountEdit(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Record Payment — Order %1").arg(order.number));
    const int digits = currencyDigits(m_currency);
    const qint64 balance = std::max<qint64>(0, order.totalMinor - order.paidMinor);
    m_amountEdit->setText(typedDecimal(balance, digits, QLocale(), digits));
    m_amountEdit->selectAll();
    for (const PaymentMethod method :
         {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer, PaymentMethod::Other})
        m_method->addItem(displayName(method), int(method));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *summary = new QLabel(
        tr("Total %1 · paid %2 · open %3")
            .arg(display::money(order.total()), display::money(order.paid()), display::money({balance, m_currency})),
        this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amountEdit);
    form->addRow(tr("&Method:"), m_method);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PaymentMethod PaymentDialog::method() const
{
    return PaymentMethod(m_method->currentData().toInt());
}

void PaymentDialog::accept()
{
    const auto amount = parseTypedAmount(m_amountEdit->text(), m_currency, QLocale(), NumberSign::Any);
    if (!amount || *amount == 0) {
        m_message->setText(amount ? tr("Amount: a payment cannot be zero.")
                                  : tr("Amount: %1").arg(amount.errorMessage()));
        m_message->show();
        m_amountEdit->setFocus();
        return;
    }
    m_amount = {*amount, m_currency};
    QDialog::accept();
}

} // namespace clientele
