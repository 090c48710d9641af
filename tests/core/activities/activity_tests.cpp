#include "../products/domaintesthelpers.h"

#include "activities/activityrepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

Activity note(qint64 contactId, const QString &subject, const QDateTime &occurredAt = {})
{
    Activity activity;
    activity.contactId = contactId;
    activity.subject = subject;
    activity.occurredAt = occurredAt;
    return activity;
}

int ftsMatches(TempDatabase &temp, const QString &word)
{
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM contact_fts WHERE contact_fts MATCH :word"));
    query.bindValue(QStringLiteral(":word"), word);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("an activity is created, read back and audited")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    ActivityRepository activities(temp.db(), temp.clock());
    Activity call = note(anna, QStringLiteral("  Asked about gluten-free  "));
    call.kind = ActivityKind::Call;
    call.body = QStringLiteral("Wants a sample on Friday");
    const auto id = activities.create(call);
    REQUIRE_OK(id);

    const auto stored = activities.get(*id);
    REQUIRE_OK(stored);
    CHECK(stored->contactId == anna);
    CHECK(stored->kind == ActivityKind::Call);
    CHECK(stored->subject == QStringLiteral("Asked about gluten-free"));
    CHECK(stored->body == QStringLiteral("Wants a sample on Friday"));
    CHECK(stored->occurredAt == temp.clock().nowUtc());
    CHECK(auditCount(temp, QStringLiteral("activity"), *id, QStringLiteral("create")) == 1);
    CHECK(activities.get(999).error().kind == Error::Kind::NotFound);
}

TEST_CASE("activity validation names the field")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    ActivityRepository activities(temp.db(), temp.clock());
    CHECK(activities.create(note(0, QStringLiteral("Hello"))).error().field == QStringLiteral("contactId"));
    CHECK(activities.create(note(999, QStringLiteral("Hello"))).error().field == QStringLiteral("contactId"));
    CHECK(activities.create(note(anna, QStringLiteral("   "))).error().field == QStringLiteral("subject"));
    Activity badDeal = note(anna, QStringLiteral("Hello"));
    badDeal.dealId = 77;
    CHECK(activities.create(badDeal).error().field == QStringLiteral("dealId"));
    Activity badOrder = note(anna, QStringLiteral("Hello"));
    badOrder.orderId = 77;
    CHECK(activities.create(badOrder).error().field == QStringLiteral("orderId"));
    // A body alone is enough text.
    Activity bodyOnly = note(anna, QString());
    bodyOnly.body = QStringLiteral("Left a voicemail");
    CHECK(activities.create(bodyOnly).ok());
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM activities")).toInt() == 1);
}

TEST_CASE("updating an activity stores and audits the change")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    ActivityRepository activities(temp.db(), temp.clock());
    const auto id = activities.create(note(anna, QStringLiteral("Visit")));
    REQUIRE_OK(id);
    Activity changed = *activities.get(*id);
    changed.kind = ActivityKind::Visit;
    changed.body = QStringLiteral("Tasted three cakes");
    REQUIRE_OK(activities.update(changed));
    CHECK(activities.get(*id)->kind == ActivityKind::Visit);
    CHECK(activities.get(*id)->body == QStringLiteral("Tasted three cakes"));
    CHECK(auditCount(temp, QStringLiteral("activity"), *id, QStringLiteral("update")) == 1);
    const QString changes
        = temp.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'update'")).toString();
    CHECK(changes.contains(QStringLiteral("\"kind\":[\"note\",\"visit\"]")));

    changed.subject.clear();
    changed.body.clear();
    CHECK(activities.update(changed).error().field == QStringLiteral("subject"));
}

TEST_CASE("a contact's timeline lists live activities newest first, with a limit")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    const qint64 ben = insertTestContact(temp, QStringLiteral("Ben"));
    ActivityRepository activities(temp.db(), temp.clock());
    REQUIRE_OK(activities.create(note(anna, QStringLiteral("first"), utc(2026, 3, 1, 9))));
    REQUIRE_OK(activities.create(note(anna, QStringLiteral("third"), utc(2026, 3, 12, 9))));
    const auto second = activities.create(note(anna, QStringLiteral("second"), utc(2026, 3, 5, 9)));
    REQUIRE_OK(second);
    REQUIRE_OK(activities.create(note(ben, QStringLiteral("other"), utc(2026, 3, 10, 9))));

    auto subjects = [](const QList<Activity> &list) {
        QStringList result;
        for (const Activity &a : list)
            result << a.subject;
        return result;
    };
    CHECK(subjects(activities.listForContact(anna))
          == QStringList {QStringLiteral("third"), QStringLiteral("second"), QStringLiteral("first")});
    CHECK(subjects(activities.listForContact(anna, 2))
          == QStringList {QStringLiteral("third"), QStringLiteral("second")});

    REQUIRE_OK(activities.moveToTrash(*second));
    CHECK(subjects(activities.listForContact(anna)) == QStringList {QStringLiteral("third"), QStringLiteral("first")});
    CHECK(auditCount(temp, QStringLiteral("activity"), *second, QStringLiteral("trash")) == 1);
    REQUIRE_OK(activities.restore(*second));
    CHECK(activities.listForContact(anna).size() == 3);
    CHECK(auditCount(temp, QStringLiteral("activity"), *second, QStringLiteral("restore")) == 1);
}

TEST_CASE("activity text is searchable with its contact until it goes to the trash")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    ActivityRepository activities(temp.db(), temp.clock());
    Activity visit = note(anna, QStringLiteral("Croissants"));
    visit.body = QStringLiteral("Prefers almond");
    const auto id = activities.create(visit);
    REQUIRE_OK(id);
    CHECK(ftsMatches(temp, QStringLiteral("croissants")) == 1);
    CHECK(ftsMatches(temp, QStringLiteral("almond")) == 1);
    REQUIRE_OK(activities.moveToTrash(*id));
    CHECK(ftsMatches(temp, QStringLiteral("almond")) == 0);
}

TEST_CASE("activity kind names map to the schema's values")
{
    CHECK(toString(ActivityKind::Meeting) == QStringLiteral("meeting"));
    CHECK(activityKindFromString(QStringLiteral("Email")) == ActivityKind::Email);
    CHECK_FALSE(activityKindFromString(QStringLiteral("fax")).has_value());
    CHECK_FALSE(displayName(ActivityKind::Visit).isEmpty());
}
