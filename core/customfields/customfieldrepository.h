#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

class Clock;

/// The definition of a user-made field such as "Allergies" (text) or "Favourite cake" (choice).
struct CustomField
{
    enum class Type { Text, Number, Date, Bool, Choice };

    qint64 id = 0;
    QString entity = QStringLiteral("contact");
    QString name;
    Type type = Type::Text;
    QStringList choices;
    int position = 0;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
};

/// Manages custom field definitions. Values are written with the contact they belong to.
class CustomFieldRepository final
{
public:
    CustomFieldRepository(QSqlDatabase db, const Clock &clock);

    Result<qint64> create(CustomField field);
    Status update(const CustomField &field);
    /// Deletes the definition and every value stored for it.
    Status remove(qint64 id);
    QList<CustomField> list(const QString &entity = QStringLiteral("contact")) const;
    /// The field with this name (case-insensitive), or an error naming it.
    Result<CustomField> findByName(const QString &name, const QString &entity = QStringLiteral("contact")) const;
    /// Finds by name or creates a text field with that name; returns its id.
    Result<qint64> ensure(const QString &name, const QString &entity = QStringLiteral("contact"));

    /// Checks a value against its field's type ("12.5" for Number, an ISO date for Date, ...).
    static Status validateValue(const CustomField &field, const QString &value);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
