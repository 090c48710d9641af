#pragma once

#include "orders/order.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace clientele {

class Clock;
class CustomerPicker;
class OrderLinesModel;

/// The form to take or change an order: customer, lines from the catalogue or free text,
/// discounts, tax, deposit, dates and pickup or delivery. Totals are asked of the core
/// (OrderRepository::complete) on every change and shown in the user's locale; nothing here
/// adds money up. It only builds the Order: saving is the undo command's job.
class OrderEditDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `order.id` 0: a new order (its customer, if any, pre-filled).
    OrderEditDialog(QSqlDatabase db, const Clock &clock, const Order &order, QWidget *parent = nullptr);
    ~OrderEditDialog() override;

    bool isNew() const { return m_original.id == 0; }
    /// The order as the form describes it, with the core's totals.
    Order order() const;
    /// Checks the form; the messages (empty: all is well) are shown in the dialog.
    QStringList validate();
    void accept() override;

    CustomerPicker *customerPicker() const { return m_customer; }
    OrderLinesModel *linesModel() const { return m_lines; }
    QTableView *linesTable() const { return m_linesTable; }
    QLineEdit *itemEdit() const { return m_itemEdit; }
    QPushButton *addLineButton() const { return m_addLine; }
    QLineEdit *discountEdit() const { return m_discount; }
    QLineEdit *depositEdit() const { return m_deposit; }
    QDateEdit *orderDateEdit() const { return m_orderDate; }
    QCheckBox *dueBox() const { return m_hasDue; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QTimeEdit *dueTimeEdit() const { return m_dueTime; }
    QComboBox *fulfilmentBox() const { return m_fulfilment; }
    QLineEdit *addressEdit() const { return m_address; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *draftButton() const { return m_saveDraft; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildForm();
    void fill(const Order &order);
    void addTypedItem();
    void removeCurrentLine();
    void updateTotals();
    void updateDue();
    void showMessage(const QString &message);
    /// The order-level discount and deposit as typed; false with a message when one cannot be read.
    bool readOrderAmounts(Order &order, QString &message) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    Order m_original;
    bool m_asDraft = false;
    QString m_currency;
    struct Catalogue;
    std::unique_ptr<Catalogue> m_catalogue;

    CustomerPicker *m_customer = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QTableView *m_linesTable = nullptr;
    QLineEdit *m_itemEdit = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLineEdit *m_discount = nullptr;
    QLineEdit *m_deposit = nullptr;
    QDateEdit *m_orderDate = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QTimeEdit *m_dueTime = nullptr;
    QComboBox *m_fulfilment = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace clientele
