#include "activities/activityrepository.h"
#include "common/displayformat.h"
#include "contacts/contactdetailparts.h"
#include "contacts/contactdetailview.h"
#include "contacts/contactrepository.h"
#include "contacts/contacttimelineview.h"
#include "contacts/quicklogbox.h"
#include "customfields/customfieldrepository.h"
#include "orders/orderrepository.h"
#include "settings/businesssettings.h"
#include "tempdatabase.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

using Figure = ContactDetailView::Figure;

QString fieldText(const ContactDetailView &view, const QString &objectName)
{
    QStringList texts;
    for (const QLabel *label : view.findChildren<QLabel *>(objectName))
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

qint64 addOrder(TempDatabase &t, qint64 contactId, const QDateTime &at, qint64 price,
                OrderStatus status = OrderStatus::Collected)
{
    Order order;
    order.contactId = contactId;
    order.orderedAt = at;
    order.currency = QStringLiteral("USD");
    OrderLine line;
    line.description = QStringLiteral("Cake");
    line.unitPriceMinor = price;
    order.lines = {line};
    OrderRepository orders(t.db(), t.clock());
    const auto id = orders.create(order);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    REQUIRE(orders.setStatus(*id, status).ok());
    return *id;
}

qint64 addActivity(TempDatabase &t, qint64 contactId, ActivityKind kind, const QDateTime &at, const QString &subject)
{
    Activity activity;
    activity.contactId = contactId;
    activity.kind = kind;
    activity.occurredAt = at;
    activity.subject = subject;
    const auto id = ActivityRepository(t.db(), t.clock()).create(activity);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

/// A wall time in 2026 in the zone the test runs in, the fixtures' business zone.
QDateTime localAt(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::systemTimeZone()).toUTC();
}

int activityCount(TempDatabase &t)
{
    return t.scalar(QStringLiteral("SELECT COUNT(*) FROM activities")).toInt();
}

} // namespace

TEST_CASE("The contact pane shows the fields of a known contact with links age and custom fields")
{
    TempDatabase t; // 2026-03-15 10:00 UTC
    CustomFieldRepository fields(t.db(), t.clock());
    CustomField cake;
    cake.name = QStringLiteral("Favourite cake");
    cake.type = CustomField::Type::Choice;
    cake.choices = {QStringLiteral("Carrot cake"), QStringLiteral("Cheesecake")};
    REQUIRE(fields.create(cake).ok());
    CustomField glutenFree;
    glutenFree.name = QStringLiteral("Gluten free");
    glutenFree.type = CustomField::Type::Bool;
    REQUIRE(fields.create(glutenFree).ok());

    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    ContactRepository contacts(t.db(), t.clock());
    Contact anna = *contacts.get(id);
    ContactMethod work;
    work.kind = ContactMethod::Kind::Email;
    work.value = QStringLiteral("anna.weber@bakery.example");
    work.label = QStringLiteral("work");
    anna.emails << work;
    ContactMethod site;
    site.kind = ContactMethod::Kind::Web;
    site.value = QStringLiteral("anna.example");
    anna.websites << site;
    anna.address.street = QStringLiteral("12 Main Street");
    anna.address.city = QStringLiteral("Portland");
    anna.address.postalCode = QStringLiteral("97201");
    anna.custom.insert(QStringLiteral("Favourite cake"), QStringLiteral("Carrot cake"));
    anna.custom.insert(QStringLiteral("Gluten free"), QStringLiteral("yes"));
    REQUIRE(contacts.update(anna).ok());

    ContactDetailView view(t.db(), t.clock());
    view.resize(520, 900);
    view.show();
    view.showContact(id);
    REQUIRE(view.contactId() == id);
    CHECK(view.placeholderText().isEmpty());

    CHECK(fieldText(view, QStringLiteral("detailName")) == QStringLiteral("Anna Weber"));
    const QString emails = fieldText(view, QStringLiteral("emails"));
    CHECK(emails.contains(QStringLiteral("href=\"mailto:anna@example.com\"")));
    CHECK(emails.contains(QStringLiteral("href=\"mailto:anna.weber@bakery.example\"")));
    CHECK(emails.contains(QStringLiteral("work")));
    const QString phones = fieldText(view, QStringLiteral("phones"));
    CHECK(phones.contains(QStringLiteral("href=\"tel:+15035550199\"")));
    CHECK(phones.contains(QStringLiteral("mobile")));
    CHECK(fieldText(view, QStringLiteral("websites")).contains(QStringLiteral("href=\"https://anna.example\"")));
    for (QLabel *link : view.findChildren<QLabel *>(QStringLiteral("emails")))
        CHECK(link->openExternalLinks());

    // Born 1984-03-20; the clock says 2026-03-15: 41 years old, birthday in 5 days.
    const QString birthday = fieldText(view, QStringLiteral("birthday"));
    CHECK(birthday.contains(QStringLiteral("March 20, 1984 (41)")));
    CHECK(birthday.contains(QStringLiteral("in 5 days")));

    const QString custom = fieldText(view, QStringLiteral("custom"));
    CHECK(custom.contains(QStringLiteral("Hazelnuts")));
    CHECK(custom.contains(QStringLiteral("Carrot cake")));
    CHECK(custom.contains(QStringLiteral("Yes")));
    CHECK(fieldText(view, QStringLiteral("consent")).contains(QStringLiteral("Yes")));
    CHECK(fieldText(view, QStringLiteral("consent")).contains(QStringLiteral("Apr 1, 2025")));
    CHECK(fieldText(view, QStringLiteral("consent")).contains(QStringLiteral("shop counter")));
    CHECK(fieldText(view, QStringLiteral("address")).contains(QStringLiteral("97201 Portland")));

    QStringList chips;
    for (const TagChip *chip : view.findChildren<TagChip *>())
        chips << chip->text();
    CHECK(chips == QStringList {QStringLiteral("VIP")});

    // Notes are text, never markup, and the plain-text card carries every field.
    const QString card = view.toPlainText();
    CHECK(card.contains(QStringLiteral("Prefers <b>rye</b> bread")));
    CHECK(card.contains(QStringLiteral("Allergies")));
    CHECK_FALSE(view.isShowingTrashBanner());
    CHECK(view.quickLog()->isVisible());
}

TEST_CASE("The key figure tiles show the customer's orders")
{
    TempDatabase t;
    REQUIRE(BusinessSettings(t.db()).setValue(BusinessSettings::Currency, QStringLiteral("USD")).ok());
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Ben"), QStringLiteral("Kraus"));
    addOrder(t, id, localAt(2, 1), 1000);
    addOrder(t, id, localAt(2, 15), 2500);
    addOrder(t, id, localAt(3, 1), 1250);
    addOrder(t, id, localAt(3, 10), 99900, OrderStatus::Cancelled);

    ContactDetailView view(t.db(), t.clock());
    view.showContact(id);
    CHECK(view.figureTile(Figure::Orders)->value() == QStringLiteral("3"));
    CHECK(view.figureTile(Figure::Orders)->context() == QStringLiteral("since Feb 1, 2026"));
    CHECK(view.figureTile(Figure::LifetimeValue)->value() == QStringLiteral("$47.50"));
    CHECK(view.figureTile(Figure::AverageOrder)->value() == QStringLiteral("$15.83"));
    CHECK(view.figureTile(Figure::LastOrder)->value() == QStringLiteral("Mar 1"));
    // Plural forms come from the English translation.
    CHECK(view.figureTile(Figure::LastOrder)->context() == QStringLiteral("14 days ago"));
    CHECK(view.figureTile(Figure::UsualInterval)->value() == QStringLiteral("14 days"));

    // A new customer has nothing to show yet, and says so.
    const qint64 newcomer = insertContact(t.db(), t.clock(), QStringLiteral("Cleo"), QStringLiteral("Novak"));
    view.showContact(newcomer);
    CHECK(view.figureTile(Figure::Orders)->value() == QStringLiteral("0"));
    CHECK(view.figureTile(Figure::LifetimeValue)->value() == QStringLiteral("$0.00"));
    CHECK(view.figureTile(Figure::AverageOrder)->value() == QStringLiteral("–"));
    CHECK(view.figureTile(Figure::UsualInterval)->value() == QStringLiteral("–"));
}

TEST_CASE("The pane's timeline lists the newest entries first")
{
    TempDatabase t;
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    addActivity(t, id, ActivityKind::Note, localAt(3, 1), QStringLiteral("Oldest note"));
    const qint64 order = addOrder(t, id, localAt(3, 5), 4200);
    addActivity(t, id, ActivityKind::Call, localAt(3, 14, 16), QStringLiteral("Asked about a wedding cake"));

    ContactDetailView view(t.db(), t.clock());
    view.resize(520, 900);
    view.show();
    view.showContact(id);
    const QList<TimelineItem> &items = view.timeline()->items();
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).title == QStringLiteral("Asked about a wedding cake"));
    CHECK(items.at(1).entityId == order);
    CHECK(items.at(2).title == QStringLiteral("Oldest note"));
    CHECK(view.timeline()->rowText(0).contains(QStringLiteral("Yesterday")));
    CHECK(view.timeline()->rowText(1).contains(QStringLiteral("$42.00")));
    CHECK(view.timeline()->rowText(1).contains(QStringLiteral("Collected")));
}

TEST_CASE("Ctrl+Enter in the quick log box stores one activity that appears first")
{
    TempDatabase t;
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    addActivity(t, id, ActivityKind::Note, localAt(3, 1), QStringLiteral("Older note"));
    ContactDetailView view(t.db(), t.clock());
    view.resize(520, 900);
    view.show();
    view.showContact(id);
    REQUIRE(activityCount(t) == 1);

    QuickLogBox *box = view.quickLog();
    box->setKind(ActivityKind::Call);
    QPlainTextEdit *editor = box->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Wants a three-tier cake"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    CHECK(activityCount(t) == 2);
    QSqlQuery query(t.db());
    REQUIRE(query.exec(QStringLiteral("SELECT kind, body, contact_id FROM activities ORDER BY id DESC LIMIT 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("call"));
    CHECK(query.value(1).toString() == QStringLiteral("Wants a three-tier cake"));
    CHECK(query.value(2).toLongLong() == id);
    CHECK(editor->toPlainText().isEmpty());
    REQUIRE_FALSE(view.timeline()->items().isEmpty());
    CHECK(view.timeline()->items().first().kind == TimelineItem::Kind::Call);
    CHECK(view.timeline()->items().first().detail == QStringLiteral("Wants a three-tier cake"));

    // The keypad's Enter works too, and so does the button.
    box->setKind(ActivityKind::Visit);
    QTest::keyClicks(editor, QStringLiteral("Picked up the cake"));
    QTest::keyClick(editor, Qt::Key_Enter, Qt::ControlModifier);
    CHECK(activityCount(t) == 3);
    CHECK(view.timeline()->items().first().kind == TimelineItem::Kind::Visit);
    box->setKind(ActivityKind::Note);
    QTest::keyClicks(editor, QStringLiteral("Likes poppy seeds"));
    box->logButton()->click();
    CHECK(activityCount(t) == 4);
    CHECK(view.timeline()->items().first().kind == TimelineItem::Kind::Note);

    // A plain Enter is a new line, not a log.
    QTest::keyClicks(editor, QStringLiteral("first line"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(activityCount(t) == 4);
    CHECK(editor->toPlainText() == QStringLiteral("first line\n"));
}

TEST_CASE("An empty quick log text stores nothing and says why")
{
    TempDatabase t;
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    ContactDetailView view(t.db(), t.clock());
    view.show();
    view.showContact(id);
    QPlainTextEdit *editor = view.quickLog()->editor();
    QTest::keyClicks(editor, QStringLiteral("   "));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    CHECK(activityCount(t) == 0);
    CHECK_FALSE(view.quickLog()->message().isEmpty());
    CHECK(view.timeline()->items().isEmpty());
    // Typing clears the hint.
    QTest::keyClicks(editor, QStringLiteral("x"));
    CHECK(view.quickLog()->message().isEmpty());
}

TEST_CASE("A trashed contact shows a banner and no quick log and a missing one the placeholder")
{
    TempDatabase t;
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    REQUIRE(ContactRepository(t.db(), t.clock()).moveToTrash(id).ok());
    ContactDetailView view(t.db(), t.clock());
    view.resize(520, 900);
    view.show();
    view.showContact(id);
    CHECK(view.contactId() == id);
    CHECK(view.isShowingTrashBanner());
    CHECK(view.toPlainText().contains(QStringLiteral("In the trash")));
    CHECK_FALSE(view.quickLog()->isVisible());

    view.showContact(987654);
    CHECK(view.contactId() == 0);
    CHECK_FALSE(view.placeholderText().isEmpty());
    CHECK(view.timeline()->items().isEmpty());
    view.showPlaceholder();
    CHECK(view.contactId() == 0);
}

TEST_CASE("Older timeline entries load when the pane is scrolled to the end")
{
    TempDatabase t;
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    const int total = 95;
    for (int i = 0; i < total; ++i)
        addActivity(t, id, ActivityKind::Note, localAt(1, 1).addSecs(3600LL * i), QStringLiteral("Note %1").arg(i));

    ContactDetailView view(t.db(), t.clock());
    view.resize(520, 700);
    view.show();
    view.showContact(id);
    QApplication::processEvents();
    ContactTimelineView *timeline = view.timeline();
    const int firstPage = int(timeline->items().size());
    CHECK(firstPage == timeline->pageSize());
    CHECK(timeline->canLoadMore());

    QScrollArea *scroll = view.findChild<QScrollArea *>();
    REQUIRE(scroll);
    REQUIRE(waitFor([&] {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        return !timeline->canLoadMore();
    }));
    REQUIRE(timeline->items().size() == total);
    for (int i = 0; i < total; ++i)
        CHECK(timeline->items().at(i).title == QStringLiteral("Note %1").arg(total - 1 - i));
}
