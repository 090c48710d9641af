#include "customfieldsdialog.h"

#include "contacts/contactlookup.h"
#include "db/transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

QString typeLabel(CustomField::Type type)
{
    switch (type) {
    case CustomField::Type::Text:
        return CustomFieldsDialog::tr("Text");
    case CustomField::Type::Number:
        return CustomFieldsDialog::tr("Number");
    case CustomField::Type::Date:
        return CustomFieldsDialog::tr("Date");
    case CustomField::Type::Bool:
        return CustomFieldsDialog::tr("Yes/No");
    case CustomField::Type::Choice:
        return CustomFieldsDialog::tr("Choice list");
    }
    return {};
}

const QList<CustomField::Type> Types = {CustomField::Type::Text, CustomField::Type::Number, CustomField::Type::Date,
                                        CustomField::Type::Bool, CustomField::Type::Choice};

} // namespace

CustomFieldsDialog::CustomFieldsDialog(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_choices(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_apply(new QPushButton(tr("&Save Field"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom Fields"));
    for (const CustomField::Type type : Types)
        m_type->addItem(typeLabel(type), int(type));
    m_list->setAccessibleName(tr("Custom fields"));
    m_choices->setPlaceholderText(tr("One choice per line"));
    m_choices->setTabChangesFocus(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *editor = new QFormLayout;
    editor->addRow(tr("&Name:"), m_name);
    editor->addRow(tr("&Type:"), m_type);
    editor->addRow(tr("&Choices:"), m_choices);
    editor->addRow(QString(), m_apply);

    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_delete, m_up, m_down})
        listButtons->addWidget(button);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(editor, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your own fields for contacts, such as “Allergies” or “Favourite cake”."), this));
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &CustomFieldsDialog::showSelected);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldsDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &CustomFieldsDialog::applyEdits);
    connect(m_delete, &QPushButton::clicked, this, &CustomFieldsDialog::deleteSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Custom Field"), tr("Name of the new field:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addField(name, CustomField::Type::Text);
    });

    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::warning(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    reload(0);
    resize(620, 420);
}

void CustomFieldsDialog::setConfirmation(std::function<bool(const QString &, const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void CustomFieldsDialog::reload(qint64 selectId)
{
    m_fields = CustomFieldRepository(m_db, m_clock).list();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = m_fields.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_fields.size(); ++i) {
        const CustomField &field = m_fields.at(i);
        m_list->addItem(tr("%1 (%2)").arg(field.name, typeLabel(field.type)));
        if (field.id == selectId)
            selectRow = i;
    }
    m_list->setCurrentRow(selectRow);
    showSelected();
}

void CustomFieldsDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

void CustomFieldsDialog::showSelected()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_fields.size();
    const CustomField field = has ? m_fields.at(row) : CustomField {};
    m_name->setText(field.name);
    m_type->setCurrentIndex(int(Types.indexOf(field.type)));
    m_choices->setPlainText(field.choices.join(QLatin1Char('\n')));
    updateButtons();
}

void CustomFieldsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_fields.size();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_apply),
                       static_cast<QWidget *>(m_delete)})
        w->setEnabled(has);
    m_choices->setEnabled(has && Types.value(m_type->currentIndex()) == CustomField::Type::Choice);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_fields.size());
}

bool CustomFieldsDialog::report(const Status &status)
{
    m_message->setText(status.errorMessage());
    m_message->setVisible(!status.ok());
    if (status.ok())
        m_changed = true;
    return status.ok();
}

bool CustomFieldsDialog::addField(const QString &name, CustomField::Type type, const QStringList &choices)
{
    CustomField field;
    field.name = name;
    field.type = type;
    field.choices = choices;
    const auto created = CustomFieldRepository(m_db, m_clock).create(field);
    if (!report(created ? Status() : Status(created.error())))
        return false;
    reload(*created);
    return true;
}

bool CustomFieldsDialog::applyEdits()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_fields.size())
        return false;
    CustomField field = m_fields.at(row);
    const CustomField::Type type = Types.value(m_type->currentIndex());
    QStringList choices;
    for (const QString &line : m_choices->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !choices.contains(line.trimmed()))
            choices.append(line.trimmed());
    }
    if (type == CustomField::Type::Choice && choices.isEmpty())
        return report(Error {tr("A choice list needs at least one choice."), QStringLiteral("choices")});
    if (type != field.type) {
        const int stored = ContactLookup::storedValueCount(m_db, field.id);
        if (stored > 0
            && !m_confirm(tr("Change Type"),
                          tr("%1 contacts have a value for “%2”. Values that do not fit the new type stay as "
                             "they are but will be refused when those contacts are next saved. Change the type?")
                              .arg(stored)
                              .arg(field.name)))
            return false;
    }
    field.name = m_name->text();
    field.type = type;
    field.choices = type == CustomField::Type::Choice ? choices : QStringList();
    if (!report(CustomFieldRepository(m_db, m_clock).update(field)))
        return false;
    reload(field.id);
    return true;
}

bool CustomFieldsDialog::deleteSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_fields.size())
        return false;
    const CustomField field = m_fields.at(row);
    const int stored = ContactLookup::storedValueCount(m_db, field.id);
    const QString loss = stored == 0 ? tr("No contact has a value for it.")
        : stored == 1                ? tr("1 stored value will be lost.")
                                     : tr("%1 stored values will be lost.").arg(stored);
    if (!m_confirm(tr("Delete Custom Field"),
                   tr("Delete the field “%1”?").arg(field.name) + QLatin1Char(' ') + loss + QLatin1Char(' ')
                       + tr("This cannot be undone.")))
        return false;
    if (!report(CustomFieldRepository(m_db, m_clock).remove(field.id)))
        return false;
    reload(0);
    return true;
}

bool CustomFieldsDialog::moveSelected(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_fields.size())
        return false;
    QList<CustomField> ordered = m_fields;
    ordered.move(row, target);
    CustomFieldRepository repo(m_db, m_clock);
    // The new order is saved whole or not at all.
    Transaction tx(m_db);
    if (!tx.isActive())
        return report(tx.beginStatus());
    for (int i = 0; i < ordered.size(); ++i) {
        ordered[i].position = i;
        if (auto s = repo.update(ordered.at(i)); !s)
            return report(s);
    }
    if (!report(tx.commit()))
        return false;
    reload(ordered.at(target).id);
    return true;
}

} // namespace clientele
