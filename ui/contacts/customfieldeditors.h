#pragma once

#include "customfields/customfieldrepository.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace clientele {

/// One editor per custom field definition, chosen by its type: a line edit for text, a checked
/// line edit for numbers, a date edit with "None" for dates, Yes/No/— for yes-no fields and the
/// field's choices for choice lists. Values are the strings the contact stores.
class CustomFieldEditors final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldEditors(const QList<CustomField> &fields, QWidget *parent = nullptr);

    /// Shows the stored values; values of fields without a definition are kept as they are.
    void setValues(const QMap<QString, QString> &values);
    /// Every value: the edited ones (empty when cleared) and the kept ones.
    QMap<QString, QString> values() const;
    QWidget *editor(const QString &fieldName) const;
    QLabel *messageLabel(const QString &fieldName) const;
    /// Checks every value with the field's rules and shows the messages; returns them.
    QStringList validate();
    QWidget *firstInvalid() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        CustomField field;
        QWidget *editor;
        QLabel *message;
    };

    QString valueOf(const Entry &entry) const;
    void setValueOf(const Entry &entry, const QString &value);
    void check(const Entry &entry);

    QList<Entry> m_entries;
    QMap<QString, QString> m_kept;
};

} // namespace clientele
