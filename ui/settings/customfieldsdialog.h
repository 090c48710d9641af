#pragma once

#include "customfields/customfieldrepository.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace clientele {

class Clock;

/// Settings › Custom Fields: the user's own contact fields (name, type: text, number, date,
/// yes/no or a choice list). Add, rename, change the type or the choices, reorder, and delete
/// with a warning that names how many stored values go with it. Changes are saved at once.
class CustomFieldsDialog final : public QDialog
{
    Q_OBJECT

public:
    CustomFieldsDialog(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// True once anything was saved: the pages showing custom values reload.
    bool changed() const { return m_changed; }
    QList<CustomField> fields() const { return m_fields; }

    /// Adds a field; on failure shows the reason and returns false.
    bool addField(const QString &name, CustomField::Type type, const QStringList &choices = {});
    /// Selects the field at `row` and shows it in the editor.
    void selectRow(int row);
    /// Saves the editor (name, type, choices) into the selected field.
    bool applyEdits();
    /// Deletes the selected field after the confirmation.
    bool deleteSelected();
    /// Moves the selected field up (-1) or down (+1).
    bool moveSelected(int step);

    /// Asks before a loss: (title, question) -> go ahead. A message box unless replaced (tests).
    void setConfirmation(std::function<bool(const QString &, const QString &)> confirm);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QPlainTextEdit *choicesEdit() const { return m_choices; }
    QLabel *messageLabel() const { return m_message; }

private:
    void reload(qint64 selectId);
    void showSelected();
    void updateButtons();
    bool report(const Status &status);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QList<CustomField> m_fields;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_choices;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_apply;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    std::function<bool(const QString &, const QString &)> m_confirm;
    bool m_changed = false;
};

} // namespace clientele
