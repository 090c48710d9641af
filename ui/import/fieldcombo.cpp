#include "fieldcombo.h"

#include "import/importtypes.h"

#include <QInputDialog>
#include <QStandardItemModel>
#include <QWheelEvent>

namespace clientele {

namespace {

constexpr int FieldRole = Qt::UserRole + 1;
/// The data of "Custom field…": no field id (a fixed word or "custom:Name") looks like it.
const QString AskCustom = QStringLiteral("ask for a custom field");

struct Group
{
    const char *title;
    QStringList fields;
};

QList<Group> groups(ImportEntity entity)
{
    if (entity == ImportEntity::Orders) {
        return {
            {QT_TRANSLATE_NOOP("FieldCombo", "Order"),
             {QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("status"),
              QStringLiteral("payment_status"), QStringLiteral("paid_at"), QStringLiteral("due_date"),
              QStringLiteral("currency"), QStringLiteral("notes")}},
            {QT_TRANSLATE_NOOP("FieldCombo", "Customer"),
             {QStringLiteral("customer_email"), QStringLiteral("customer_name"), QStringLiteral("customer_phone")}},
            {QT_TRANSLATE_NOOP("FieldCombo", "Line item"),
             {QStringLiteral("product"), QStringLiteral("sku"), QStringLiteral("quantity"),
              QStringLiteral("unit_price"), QStringLiteral("line_total")}},
            {QT_TRANSLATE_NOOP("FieldCombo", "Amounts"),
             {QStringLiteral("subtotal"), QStringLiteral("discount"), QStringLiteral("tax"), QStringLiteral("shipping"),
              QStringLiteral("total")}},
        };
    }
    return {
        {QT_TRANSLATE_NOOP("FieldCombo", "Name"),
         {QStringLiteral("full_name"), QStringLiteral("first_name"), QStringLiteral("last_name"),
          QStringLiteral("company"), QStringLiteral("job_title")}},
        {QT_TRANSLATE_NOOP("FieldCombo", "Contact"),
         {QStringLiteral("email"), QStringLiteral("email2"), QStringLiteral("phone"), QStringLiteral("mobile"),
          QStringLiteral("work_phone"), QStringLiteral("home_phone"), QStringLiteral("website")}},
        {QT_TRANSLATE_NOOP("FieldCombo", "Address"),
         {QStringLiteral("street"), QStringLiteral("street2"), QStringLiteral("city"), QStringLiteral("region"),
          QStringLiteral("postal_code"), QStringLiteral("country")}},
        {QT_TRANSLATE_NOOP("FieldCombo", "More"),
         {QStringLiteral("birthday"), QStringLiteral("birth_day"), QStringLiteral("birth_month"),
          QStringLiteral("birth_year"), QStringLiteral("tags"), QStringLiteral("notes"),
          QStringLiteral("email_consent"), QStringLiteral("consent_date"), QStringLiteral("external_id"),
          QStringLiteral("created_at")}},
    };
}

/// The groups with every field the engine knows: one it lists that no group names goes to the
/// last group, and names the engine does not know are dropped.
QList<Group> completeGroups(ImportEntity entity)
{
    const QStringList known
        = entity == ImportEntity::Orders ? ImportFields::orderFields() : ImportFields::contactFields();
    QList<Group> result = groups(entity);
    QStringList listed;
    for (Group &group : result) {
        group.fields.removeIf([&known](const QString &field) { return !known.contains(field); });
        listed << group.fields;
    }
    for (const QString &field : known) {
        if (field != ImportFields::Ignore && !listed.contains(field) && !field.startsWith(ImportFields::CustomPrefix))
            result.last().fields << field;
    }
    return result;
}

} // namespace

FieldCombo::FieldCombo(ImportEntity entity, const QStringList &customNames, QWidget *parent)
    : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMaxVisibleItems(24);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *items = new QStandardItemModel(this);
    setModel(items);
    addField(ImportFields::Ignore);
    for (const Group &group : completeGroups(entity)) {
        addGroup(tr(group.title));
        for (const QString &field : group.fields)
            addField(field);
    }
    if (entity == ImportEntity::Contacts) {
        addGroup(tr("Custom fields"));
        for (const QString &name : customNames)
            addField(ImportFields::CustomPrefix + name);
        auto *ask = new QStandardItem(tr("Custom field…"));
        ask->setData(AskCustom, FieldRole);
        ask->setToolTip(tr("Keep this column in a custom field of its own"));
        items->appendRow(ask);
    }
    setField(ImportFields::Ignore);
    connect(this, &QComboBox::activated, this, &FieldCombo::onActivated);
}

QString FieldCombo::field() const
{
    return m_current;
}

void FieldCombo::setField(const QString &fieldId)
{
    if (fieldId.startsWith(ImportFields::CustomPrefix))
        addCustomName(fieldId.mid(ImportFields::CustomPrefix.size()));
    int row = findData(fieldId, FieldRole);
    if (row < 0)
        row = findData(ImportFields::Ignore, FieldRole);
    m_current = itemData(row, FieldRole).toString();
    setCurrentIndex(row);
    setToolTip(m_current == ImportFields::Ignore ? tr("This column is not imported") : QString());
}

void FieldCombo::addCustomName(const QString &name)
{
    const QString id = ImportFields::CustomPrefix + name;
    if (name.isEmpty() || findData(id, FieldRole) >= 0)
        return;
    auto *item = new QStandardItem(ImportFields::label(id));
    item->setData(id, FieldRole);
    static_cast<QStandardItemModel *>(model())->insertRow(customInsertRow(), item);
}

QString FieldCombo::groupOf(ImportEntity entity, const QString &fieldId)
{
    if (fieldId.startsWith(ImportFields::CustomPrefix))
        return tr("Custom fields");
    for (const Group &group : completeGroups(entity)) {
        if (group.fields.contains(fieldId))
            return tr(group.title);
    }
    return {};
}

void FieldCombo::wheelEvent(QWheelEvent *event)
{
    if (hasFocus())
        QComboBox::wheelEvent(event);
    else
        event->ignore();
}

void FieldCombo::addGroup(const QString &title)
{
    auto *items = static_cast<QStandardItemModel *>(model());
    auto *header = new QStandardItem(title);
    header->setFlags(Qt::NoItemFlags);
    QFont font = header->font();
    font.setBold(true);
    header->setFont(font);
    items->appendRow(header);
}

void FieldCombo::addField(const QString &fieldId)
{
    auto *item = new QStandardItem(ImportFields::label(fieldId));
    item->setData(fieldId, FieldRole);
    static_cast<QStandardItemModel *>(model())->appendRow(item);
}

int FieldCombo::customInsertRow() const
{
    const int ask = findData(AskCustom, FieldRole);
    return ask >= 0 ? ask : count();
}

void FieldCombo::onActivated(int index)
{
    const QString chosen = itemData(index, FieldRole).toString();
    if (chosen == AskCustom) {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Custom Field"), tr("Name of the custom field this column goes to:"),
                                    QLineEdit::Normal, QString(), &ok)
                  .simplified();
        if (!ok || name.isEmpty()) {
            setField(m_current);
            return;
        }
        // A custom field name cannot hold the ":" that separates it in field ids.
        const QString id = ImportFields::CustomPrefix + QString(name).remove(QLatin1Char(':'));
        setField(id);
        Q_EMIT customNameAdded(id.mid(ImportFields::CustomPrefix.size()));
        Q_EMIT fieldChosen(id);
        return;
    }
    if (chosen.isEmpty() || chosen == m_current)
        return;
    setField(chosen);
    Q_EMIT fieldChosen(chosen);
}

} // namespace clientele
