#pragma once

#include "import/importoptions.h"

#include <QComboBox>

namespace clientele {

/// The "imports as" choice of one column in the mapping table: Clientele's fields in groups
/// (Name, Contact, Address, ...), the custom fields, "Custom field…" (asks for a name) and
/// "Ignore". The wheel only changes a focused combo, so scrolling the table never remaps a column.
class FieldCombo final : public QComboBox
{
    Q_OBJECT

public:
    FieldCombo(ImportEntity entity, const QStringList &customNames, QWidget *parent = nullptr);

    QString field() const;
    /// Selects the field without emitting fieldChosen; an unknown custom field is added.
    void setField(const QString &fieldId);
    /// Adds "Custom field: name" above "Custom field…" unless it is there.
    void addCustomName(const QString &name);

    /// The group a field id is listed under ("Name", "Address", ...), for tests and tooltips.
    static QString groupOf(ImportEntity entity, const QString &fieldId);

Q_SIGNALS:
    /// The user picked a field (for "Custom field…", after naming it).
    void fieldChosen(const QString &fieldId);
    /// The user named a new custom field.
    void customNameAdded(const QString &name);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void addGroup(const QString &title);
    void addField(const QString &fieldId);
    void onActivated(int index);
    int customInsertRow() const;

    QString m_current;
};

} // namespace clientele
