#include "methodlisteditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

MethodListEditor::MethodListEditor(ContactMethod::Kind kind, std::function<QString(const QString &)> check,
                                   QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_check(std::move(check))
    , m_rowsLayout(new QVBoxLayout)
    , m_primaryGroup(new QButtonGroup(this))
    , m_addButton(new QPushButton(kind == ContactMethod::Kind::Email ? tr("Add Email") : tr("Add Phone"), this))
{
    m_primaryGroup->setExclusive(true);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        QLineEdit *edit = addRow();
        edit->setFocus(Qt::OtherFocusReason);
    });
}

QLineEdit *MethodListEditor::addRow(const QString &label, const QString &value, bool primary)
{
    auto *container = new QWidget(this);
    auto *rowLayout = new QVBoxLayout(container);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    auto *line = new QHBoxLayout;
    Row row {container,
             new QComboBox(container),
             new QLineEdit(container),
             new QRadioButton(tr("Primary"), container),
             new QToolButton(container),
             new QLabel(container)};
    row.label->setEditable(true);
    row.label->addItems(m_kind == ContactMethod::Kind::Email
                            ? QStringList {tr("work"), tr("home"), tr("other")}
                            : QStringList {tr("mobile"), tr("work"), tr("home"), tr("other")});
    row.label->setCurrentText(label.isEmpty() ? row.label->itemText(0) : label);
    row.label->setAccessibleName(m_kind == ContactMethod::Kind::Email ? tr("Email label") : tr("Phone label"));
    row.label->setMinimumContentsLength(8);
    row.value->setText(value);
    row.value->setAccessibleName(m_kind == ContactMethod::Kind::Email ? tr("Email address") : tr("Phone number"));
    row.value->setPlaceholderText(m_kind == ContactMethod::Kind::Email ? tr("name@example.com")
                                                                       : tr("+1 503 555 0100"));
    m_primaryGroup->addButton(row.primary);
    row.primary->setChecked(primary || m_rows.isEmpty());
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAccessibleName(m_kind == ContactMethod::Kind::Email ? tr("Remove email") : tr("Remove phone"));
    row.remove->setToolTip(row.remove->accessibleName());
    row.message->setObjectName(QStringLiteral("validationMessage"));
    row.message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    row.message->setWordWrap(true);
    row.message->hide();
    line->addWidget(row.label);
    line->addWidget(row.value, 1);
    line->addWidget(row.primary);
    line->addWidget(row.remove);
    rowLayout->addLayout(line);
    rowLayout->addWidget(row.message);
    m_rowsLayout->addWidget(container);
    m_rows.append(row);

    QLineEdit *edit = row.value;
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.value == edit)
                checkRow(r);
        }
    });
    // While a message shows, it follows the typing so that it goes away as soon as it is fixed.
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.value == edit && !r.message->isHidden())
                checkRow(r);
        }
    });
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).container == container) {
                removeRow(i);
                return;
            }
        }
    });
    updateTabOrder();
    return edit;
}

void MethodListEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row removed = m_rows.takeAt(row);
    const bool wasPrimary = removed.primary->isChecked();
    m_primaryGroup->removeButton(removed.primary);
    removed.container->hide();
    removed.container->deleteLater();
    if (wasPrimary && !m_rows.isEmpty())
        m_rows.first().primary->setChecked(true);
    updateTabOrder();
}

void MethodListEditor::setMethods(const QList<ContactMethod> &methods)
{
    while (!m_rows.isEmpty())
        removeRow(0);
    for (const ContactMethod &m : methods)
        addRow(m.label, m.value, m.primary);
}

QList<ContactMethod> MethodListEditor::methods() const
{
    QList<ContactMethod> list;
    for (const Row &row : m_rows) {
        ContactMethod m;
        m.kind = m_kind;
        m.label = row.label->currentText().trimmed();
        m.value = row.value->text().trimmed();
        m.primary = row.primary->isChecked();
        if (!m.value.isEmpty())
            list.append(m);
    }
    return list;
}

QLineEdit *MethodListEditor::valueEdit(int row) const
{
    return m_rows.value(row).value;
}

QComboBox *MethodListEditor::labelEdit(int row) const
{
    return m_rows.value(row).label;
}

QRadioButton *MethodListEditor::primaryButton(int row) const
{
    return m_rows.value(row).primary;
}

QLabel *MethodListEditor::messageLabel(int row) const
{
    return m_rows.value(row).message;
}

void MethodListEditor::checkRow(const Row &row)
{
    const QString value = row.value->text().trimmed();
    const QString message = value.isEmpty() ? QString() : m_check(value);
    row.message->setText(message);
    row.message->setVisible(!message.isEmpty());
    row.value->setAccessibleDescription(message);
}

QStringList MethodListEditor::validate()
{
    QStringList messages;
    for (const Row &row : std::as_const(m_rows)) {
        checkRow(row);
        if (!row.message->text().isEmpty())
            messages.append(row.message->text());
    }
    return messages;
}

QLineEdit *MethodListEditor::firstInvalid() const
{
    for (const Row &row : m_rows) {
        if (!row.message->text().isEmpty())
            return row.value;
    }
    return nullptr;
}

QList<QWidget *> MethodListEditor::focusWidgets() const
{
    QList<QWidget *> widgets;
    for (const Row &row : m_rows)
        widgets << row.label << row.value << row.primary << row.remove;
    widgets << m_addButton;
    return widgets;
}

void MethodListEditor::updateTabOrder()
{
    // Rows are created after the rest of the form, so they would come last in the tab order.
    const QList<QWidget *> widgets = focusWidgets();
    for (qsizetype i = 0; i + 1 < widgets.size(); ++i)
        setTabOrder(widgets.at(i), widgets.at(i + 1));
    emit rowsChanged();
}

} // namespace clientele
