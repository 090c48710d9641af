#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace clientele {

class Clock;
class ProductTableModel;

/// The product catalogue: every product with its SKU, category, unit, price and tax rate,
/// edited in place; new products from the row above the table; archiving takes a product out of
/// the order editor's picker while old orders keep it. Every change is a command on the window's
/// undo stack.
class ProductsDialog final : public QDialog
{
    Q_OBJECT

public:
    ProductsDialog(QSqlDatabase db, const Clock &clock, QUndoStack *stack, QWidget *parent = nullptr);

    void reload();
    /// Adds the product typed in the row above the table; false with a message when refused.
    bool addTyped();

    ProductTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *priceEdit() const { return m_price; }
    QLineEdit *taxEdit() const { return m_tax; }
    QLineEdit *unitEdit() const { return m_unit; }
    QCheckBox *archivedBox() const { return m_showArchived; }
    QLabel *messageLabel() const { return m_message; }

private:
    void showMessage(const QString &message);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QUndoStack *m_stack;
    qint64 m_lastCreated = 0; ///< set by the create command's hook
    ProductTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QLineEdit *m_price;
    QLineEdit *m_tax;
    QLineEdit *m_unit;
    QPushButton *m_add;
    QCheckBox *m_showArchived;
    QLabel *m_message;
};

} // namespace clientele
