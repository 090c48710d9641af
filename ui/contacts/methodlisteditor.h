#pragma once

#include "contacts/contact.h"

#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QVBoxLayout;

namespace clientele {

/// Edits a contact's emails or phones: one row per address with an editable label (work, home,
/// mobile, other), the value, a "primary" choice and a remove button, plus "Add". A row whose
/// value the check refuses shows the check's message under it, as the user leaves or fixes it.
class MethodListEditor final : public QWidget
{
    Q_OBJECT

public:
    /// `check` returns the message for an unacceptable value, or an empty string.
    MethodListEditor(ContactMethod::Kind kind, std::function<QString(const QString &)> check,
                     QWidget *parent = nullptr);

    void setMethods(const QList<ContactMethod> &methods);
    /// The rows with a value, the primary one marked.
    QList<ContactMethod> methods() const;
    /// Adds an empty row and returns its value field.
    QLineEdit *addRow(const QString &label = {}, const QString &value = {}, bool primary = false);
    void removeRow(int row);
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *valueEdit(int row) const;
    QComboBox *labelEdit(int row) const;
    QRadioButton *primaryButton(int row) const;
    QLabel *messageLabel(int row) const;
    QPushButton *addButton() const { return m_addButton; }

    /// Checks every row and shows the messages; returns them, first row first.
    QStringList validate();
    /// The value field of the first row with a message, or nullptr.
    QLineEdit *firstInvalid() const;
    /// Every focusable widget in tab order: each row's label, value, primary and remove, then Add.
    QList<QWidget *> focusWidgets() const;

signals:
    /// A row was added or removed (the form re-chains its tab order).
    void rowsChanged();

private:
    struct Row
    {
        QWidget *container;
        QComboBox *label;
        QLineEdit *value;
        QRadioButton *primary;
        QToolButton *remove;
        QLabel *message;
    };

    void checkRow(const Row &row);
    void updateTabOrder();

    ContactMethod::Kind m_kind;
    std::function<QString(const QString &)> m_check;
    QVBoxLayout *m_rowsLayout;
    QButtonGroup *m_primaryGroup;
    QPushButton *m_addButton;
    QList<Row> m_rows;
};

} // namespace clientele
