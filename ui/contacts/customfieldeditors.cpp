#include "customfieldeditors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace clientele {

namespace {

// The earliest date of the date edits stands for "no date": it shows as "None".
const QDate NoDate(1900, 1, 1);

} // namespace

CustomFieldEditors::CustomFieldEditors(const QList<CustomField> &fields, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const CustomField &field : fields) {
        QWidget *editor = nullptr;
        switch (field.type) {
        case CustomField::Type::Text:
            editor = new QLineEdit(this);
            break;
        case CustomField::Type::Number: {
            auto *edit = new QLineEdit(this);
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]*([.,][0-9]*)?")), edit));
            editor = edit;
            break;
        }
        case CustomField::Type::Date: {
            auto *edit = new QDateEdit(this);
            edit->setCalendarPopup(true);
            edit->setMinimumDate(NoDate);
            edit->setSpecialValueText(tr("None"));
            edit->setDate(NoDate);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            editor = edit;
            break;
        }
        case CustomField::Type::Bool: {
            auto *box = new QComboBox(this);
            box->addItem(tr("—"), QString());
            box->addItem(tr("Yes"), QStringLiteral("yes"));
            box->addItem(tr("No"), QStringLiteral("no"));
            editor = box;
            break;
        }
        case CustomField::Type::Choice: {
            auto *box = new QComboBox(this);
            box->addItem(tr("—"), QString());
            for (const QString &choice : field.choices)
                box->addItem(choice, choice);
            editor = box;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("custom:") + field.name);
        editor->setAccessibleName(field.name);
        auto *message = new QLabel(this);
        message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        message->setWordWrap(true);
        message->hide();
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        editor->setParent(cell);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        form->addRow(field.name + QLatin1Char(':'), cell);
        m_entries.append(Entry {field, editor, message});
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const int index = int(m_entries.size()) - 1;
            connect(edit, &QLineEdit::editingFinished, this, [this, index] { check(m_entries.at(index)); });
        }
    }
}

void CustomFieldEditors::setValues(const QMap<QString, QString> &values)
{
    m_kept = values;
    for (const Entry &entry : std::as_const(m_entries)) {
        QString value;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().compare(entry.field.name, Qt::CaseInsensitive) == 0) {
                value = it.value();
                m_kept.remove(it.key());
            }
        }
        setValueOf(entry, value);
    }
}

QMap<QString, QString> CustomFieldEditors::values() const
{
    QMap<QString, QString> result = m_kept;
    for (const Entry &entry : m_entries)
        result.insert(entry.field.name, valueOf(entry));
    return result;
}

QString CustomFieldEditors::valueOf(const Entry &entry) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(entry.editor))
        return edit->text().trimmed();
    if (auto *date = qobject_cast<QDateEdit *>(entry.editor))
        return date->date() == NoDate ? QString() : date->date().toString(Qt::ISODate);
    if (auto *box = qobject_cast<QComboBox *>(entry.editor))
        return box->currentData().toString();
    return {};
}

void CustomFieldEditors::setValueOf(const Entry &entry, const QString &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(entry.editor)) {
        edit->setText(value);
    } else if (auto *date = qobject_cast<QDateEdit *>(entry.editor)) {
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        date->setDate(parsed.isValid() ? parsed : NoDate);
    } else if (auto *box = qobject_cast<QComboBox *>(entry.editor)) {
        QString stored = value;
        if (entry.field.type == CustomField::Type::Bool && !value.isEmpty()) {
            const QString lower = value.toLower();
            stored = lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("1")
                ? QStringLiteral("yes")
                : QStringLiteral("no");
        }
        int index = box->findData(stored);
        if (index < 0) {
            // A stored value that is no longer one of the choices stays choosable, so that
            // opening and saving the contact does not lose it.
            box->addItem(value, value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    }
}

QWidget *CustomFieldEditors::editor(const QString &fieldName) const
{
    for (const Entry &entry : m_entries) {
        if (entry.field.name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return entry.editor;
    }
    return nullptr;
}

QLabel *CustomFieldEditors::messageLabel(const QString &fieldName) const
{
    for (const Entry &entry : m_entries) {
        if (entry.field.name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return entry.message;
    }
    return nullptr;
}

void CustomFieldEditors::check(const Entry &entry)
{
    CustomField field = entry.field;
    // A value kept from before the choices changed is accepted as it is.
    if (field.type == CustomField::Type::Choice)
        field.type = CustomField::Type::Text;
    const Status status = CustomFieldRepository::validateValue(field, valueOf(entry));
    entry.message->setText(status.errorMessage());
    entry.message->setVisible(!status.ok());
}

QStringList CustomFieldEditors::validate()
{
    QStringList messages;
    for (const Entry &entry : std::as_const(m_entries)) {
        check(entry);
        if (!entry.message->text().isEmpty())
            messages.append(entry.message->text());
    }
    return messages;
}

QWidget *CustomFieldEditors::firstInvalid() const
{
    for (const Entry &entry : m_entries) {
        if (!entry.message->text().isEmpty())
            return entry.editor;
    }
    return nullptr;
}

} // namespace clientele
