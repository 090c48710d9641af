#include "tempdatabase.h"

#include "contacts/contactrepository.h"
#include "customfields/customfieldrepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

CustomField field(const QString &name, CustomField::Type type, const QStringList &choices = {})
{
    CustomField f;
    f.name = name;
    f.type = type;
    f.choices = choices;
    return f;
}

} // namespace

TEST_CASE("custom field definitions are created in order and listed")
{
    TempDatabase temp;
    CustomFieldRepository repo(temp.db(), temp.clock());
    const auto allergies = repo.create(field(QStringLiteral(" Allergies "), CustomField::Type::Text));
    const auto cake = repo.create(field(QStringLiteral("Favourite cake"), CustomField::Type::Choice,
                                        {QStringLiteral("Sachertorte"), QStringLiteral("Cheesecake")}));
    REQUIRE(allergies.ok());
    REQUIRE(cake.ok());
    const auto fields = repo.list();
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].name == QStringLiteral("Allergies"));
    CHECK(fields[1].type == CustomField::Type::Choice);
    CHECK(fields[1].choices == QStringList {QStringLiteral("Sachertorte"), QStringLiteral("Cheesecake")});
    CHECK(fields[1].position > fields[0].position);
    CHECK(repo.findByName(QStringLiteral("allergies"))->id == *allergies);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'custom_field'")).toInt() == 2);
}

TEST_CASE("custom field definitions are validated")
{
    TempDatabase temp;
    CustomFieldRepository repo(temp.db(), temp.clock());
    CHECK(repo.create(field(QStringLiteral("  "), CustomField::Type::Text)).error().field == QStringLiteral("name"));
    CHECK(repo.create(field(QStringLiteral("Size"), CustomField::Type::Choice)).error().field
          == QStringLiteral("choices"));
    REQUIRE(repo.create(field(QStringLiteral("Size"), CustomField::Type::Text)).ok());
    CHECK(repo.create(field(QStringLiteral("SIZE"), CustomField::Type::Text)).error().kind == Error::Kind::Conflict);
}

TEST_CASE("values are checked against their field type")
{
    const CustomField number = field(QStringLiteral("Cakes"), CustomField::Type::Number);
    CHECK(CustomFieldRepository::validateValue(number, QStringLiteral("12,5")).ok());
    CHECK_FALSE(CustomFieldRepository::validateValue(number, QStringLiteral("many")).ok());
    const CustomField date = field(QStringLiteral("Wedding"), CustomField::Type::Date);
    CHECK(CustomFieldRepository::validateValue(date, QStringLiteral("2026-06-20")).ok());
    CHECK_FALSE(CustomFieldRepository::validateValue(date, QStringLiteral("20.06.2026")).ok());
    const CustomField flag = field(QStringLiteral("Wholesale"), CustomField::Type::Bool);
    CHECK(CustomFieldRepository::validateValue(flag, QStringLiteral("Yes")).ok());
    CHECK_FALSE(CustomFieldRepository::validateValue(flag, QStringLiteral("perhaps")).ok());
    const CustomField choice = field(QStringLiteral("Cake"), CustomField::Type::Choice, {QStringLiteral("Lemon")});
    CHECK(CustomFieldRepository::validateValue(choice, QStringLiteral("Lemon")).ok());
    const Status wrong = CustomFieldRepository::validateValue(choice, QStringLiteral("Carrot"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("Cake"));
    CHECK(wrong.errorMessage().contains(QStringLiteral("Lemon")));
    CHECK(CustomFieldRepository::validateValue(choice, QString()).ok());
}

TEST_CASE("renaming keeps values and removing a field removes its values")
{
    TempDatabase temp;
    CustomFieldRepository fields(temp.db(), temp.clock());
    ContactRepository contacts(temp.db(), temp.clock());
    Contact c;
    c.firstName = QStringLiteral("Mia");
    c.custom = {{QStringLiteral("Allergies"), QStringLiteral("gluten")}};
    const auto id = contacts.create(c);
    REQUIRE(id.ok());

    CustomField allergies = *fields.findByName(QStringLiteral("Allergies"));
    allergies.name = QStringLiteral("Allergies & intolerances");
    REQUIRE(fields.update(allergies).ok());
    CHECK(contacts.get(*id)->custom.value(QStringLiteral("Allergies & intolerances")) == QStringLiteral("gluten"));

    REQUIRE(fields.remove(allergies.id).ok());
    CHECK(contacts.get(*id)->custom.isEmpty());
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM custom_field_values")).toInt() == 0);
    CHECK(fields.remove(allergies.id).error().kind == Error::Kind::NotFound);
}
