#pragma once

#include "orders/order.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clientele {

/// Asks for a payment on an order: the amount (the balance to start with; a minus sign for a
/// refund) and how it was paid. The amount is read strictly in the user's locale.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(const Order &order, QWidget *parent = nullptr);

    /// The amount typed, in the order's currency; only valid after the dialog was accepted.
    Money amount() const { return m_amount; }
    PaymentMethod method() const;
    void accept() override;

    QLineEdit *amountEdit() const { return m_amountEdit; }
    QComboBox *methodBox() const { return m_method; }
    QLabel *messageLabel() const { return m_message; }

private:
    QString m_currency;
    Money m_amount;
    QLineEdit *m_amountEdit;
    QComboBox *m_method;
    QLabel *m_message;
};

} // namespace clientele
