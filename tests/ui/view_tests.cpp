#include "common/clipboard.h"
#include "contacts/contactdetailview.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpitile.h"
#include "followups/followuprepository.h"
#include "followups/followupsview.h"
#include "pipeline/pipelinerepository.h"
#include "pipeline/pipelineview.h"
#include "settings/businesssettings.h"
#include "tempdatabase.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 addFollowUp(TempDatabase &t, qint64 contactId, const QString &title, const QDateTime &due)
{
    FollowUp followUp;
    followUp.contactId = contactId;
    followUp.title = title;
    followUp.dueAt = due;
    const auto created = FollowUpRepository(t.db(), t.clock()).create(followUp);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created.value();
}

} // namespace

TEST_CASE("The contact detail pane shows links, birthday, tags, custom fields and consent")
{
    TempDatabase t;
    const qint64 id = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    ContactsView view(t.db(), t.clock());
    view.resize(1100, 700);
    view.show();
    view.showContact(id);
    CHECK(view.table()->currentIndex().row() == 0);
    CHECK(view.detail()->contactId() == id);
    const QString html = view.detail()->toHtml();
    CHECK(html.contains(QStringLiteral("mailto:anna@example.com")));
    CHECK(html.contains(QStringLiteral("tel:+15035550199")));
    CHECK(html.contains(QStringLiteral("Hazelnuts")));
    CHECK(html.contains(QStringLiteral("Allergies")));
    CHECK(html.contains(QStringLiteral("VIP")));
    CHECK(html.contains(QStringLiteral("shop counter")));
    // Born 1984-03-20, and the clock says 2026-03-15: 41 years old, birthday in 5 days.
    const QString text = view.detail()->toPlainText();
    CHECK(text.contains(QStringLiteral("41")));
    CHECK(text.contains(QStringLiteral("5")));
    // Notes are text, never markup.
    CHECK(text.contains(QStringLiteral("Prefers <b>rye</b> bread")));

    view.table()->clearSelection();
    view.table()->setCurrentIndex({});
    CHECK(view.detail()->contactId() == 0);
}

TEST_CASE("Copy puts the selected contact rows on the clipboard as tab-separated text")
{
    TempDatabase t;
    insertPeople(t.db(), 3);
    ContactsView view(t.db(), t.clock());
    view.show();
    view.table()->selectRow(1);
    QApplication::clipboard()->clear();
    REQUIRE(copySelection(view.table()));
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.startsWith(QStringLiteral("Test Person 002\t")));
    CHECK(copied.contains(QStringLiteral("person2@example.com")));
    view.table()->clearSelection();
    CHECK_FALSE(copySelection(view.table()));
}

TEST_CASE("The follow-ups page groups overdue, today, upcoming and done")
{
    TempDatabase t; // 2026-03-15 10:00 in the test's zone, the business's
    const qint64 anna = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    addFollowUp(t, anna, QStringLiteral("Call about the wedding cake"),
                QDateTime(QDate(2026, 3, 12), QTime(9, 0), t.clock().timeZone()));
    addFollowUp(t, anna, QStringLiteral("Confirm pickup"),
                QDateTime(QDate(2026, 3, 15), QTime(15, 0), t.clock().timeZone()));
    addFollowUp(t, 0, QStringLiteral("Order flour"), QDateTime(QDate(2026, 3, 20), QTime(8, 0), t.clock().timeZone()));
    const qint64 done = addFollowUp(t, anna, QStringLiteral("Send invoice"),
                                    QDateTime(QDate(2026, 3, 10), QTime(8, 0), t.clock().timeZone()));
    REQUIRE(FollowUpRepository(t.db(), t.clock()).complete(done).ok());

    FollowUpsView view(t.db(), t.clock());
    CHECK(view.count(FollowUpsView::Group::Overdue) == 1);
    CHECK(view.count(FollowUpsView::Group::Today) == 1);
    CHECK(view.count(FollowUpsView::Group::Upcoming) == 1);
    CHECK(view.count(FollowUpsView::Group::Done) == 1);
    QTreeWidgetItem *overdue = view.groupItem(FollowUpsView::Group::Overdue)->child(0);
    CHECK(overdue->text(FollowUpsView::Title) == QStringLiteral("Call about the wedding cake"));
    CHECK(overdue->text(FollowUpsView::Contact) == QStringLiteral("Anna Weber"));
    CHECK(overdue->foreground(FollowUpsView::Due).color() == QColor(0xc2, 0x41, 0x0c));
    CHECK(view.groupItem(FollowUpsView::Group::Today)
              ->child(0)
              ->text(FollowUpsView::Due)
              .contains(QStringLiteral("3:00")));
    CHECK(view.groupItem(FollowUpsView::Group::Upcoming)
              ->child(0)
              ->text(FollowUpsView::Due)
              .contains(QStringLiteral("3/20/2026")));

    QSignalSpy activated(&view, &FollowUpsView::contactActivated);
    Q_EMIT view.tree()->itemActivated(overdue, 0);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == anna);
}

TEST_CASE("The pipeline page has a column per stage with deal cards and totals")
{
    TempDatabase t;
    REQUIRE(BusinessSettings(t.db()).setValue(BusinessSettings::Currency, QStringLiteral("USD")).ok());
    const qint64 anna = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    PipelineRepository pipeline(t.db(), t.clock());
    const QList<Stage> stages = pipeline.stages();
    REQUIRE(stages.size() >= 2);
    for (const auto &[title, value, stage] : {std::tuple {QStringLiteral("Wedding cake"), 45000, 0},
                                              std::tuple {QStringLiteral("Office catering"), 120000, 1},
                                              std::tuple {QStringLiteral("Birthday tower"), 15000, 1}}) {
        Deal deal;
        deal.contactId = anna;
        deal.title = title;
        deal.value = Money {value, QStringLiteral("USD")};
        deal.stageId = stages.at(stage).id;
        deal.probability = 50;
        REQUIRE(pipeline.create(deal).ok());
    }

    PipelineView view(t.db(), t.clock());
    REQUIRE(view.stageCount() == stages.size());
    CHECK(view.stageList(0)->count() == 1);
    CHECK(view.stageList(1)->count() == 2);
    CHECK(view.stageList(0)->item(0)->text() == QStringLiteral("Wedding cake"));
    CHECK(view.stageTotals(1).contains(QStringLiteral("1,350")));
    CHECK(view.stageTotals(1).contains(QStringLiteral("675")));

    QSignalSpy activated(&view, &PipelineView::contactActivated);
    Q_EMIT view.stageList(0)->itemActivated(view.stageList(0)->item(0));
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == anna);
}

TEST_CASE("The dashboard draws the figures computed on its worker thread")
{
    UiDatabase ui(false);
    REQUIRE(BusinessSettings(ui.db()).setValue(BusinessSettings::Currency, QStringLiteral("USD")).ok());
    insertContact(ui.db(), ui.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    QSqlQuery query(ui.db());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO orders (contact_id, status, ordered_at, currency, total_minor, created_at, updated_at) VALUES "
        "(1, 'collected', '2026-03-10T10:00:00.000Z', 'USD', 12345, '2026-03-10T10:00:00.000Z', "
        "'2026-03-10T10:00:00.000Z'), "
        "(1, 'collected', '2026-02-03T10:00:00.000Z', 'USD', 10000, '2026-02-03T10:00:00.000Z', "
        "'2026-02-03T10:00:00.000Z')")));

    DashboardView view(ui.database(), ui.clock());
    QSignalSpy loaded(&view, &DashboardView::loaded);
    REQUIRE((loaded.count() > 0 || loaded.wait(5000)));
    CHECK_FALSE(view.isLoading());
    CHECK(view.data().kpis.revenueThisMonthMinor == 12345);
    CHECK(view.revenueTile()->value() == QStringLiteral("$123"));
    CHECK(view.revenueTile()->caption().contains(QStringLiteral("23")));
    CHECK(view.birthdayTile()->value() == QStringLiteral("1"));
    CHECK(view.birthdayTile()->caption().contains(QStringLiteral("Anna Weber")));

    auto *series = qobject_cast<QBarSeries *>(view.revenueChart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->count() == 1);
    QBarSet *set = series->barSets().first();
    REQUIRE(set->count() == 12);
    CHECK(set->at(11) == Approx(123.45));
    CHECK(set->at(10) == Approx(100.0));
    auto *customers = qobject_cast<QAbstractBarSeries *>(view.topCustomersChart()->series().value(0));
    REQUIRE(customers);
    CHECK(customers->barSets().first()->count() == 1);
}
