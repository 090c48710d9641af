#include "contacts/contactdetailview.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpitile.h"
#include "followups/followupsview.h"
#include "mainwindow/globalsearch.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderdetailview.h"
#include "orders/ordersview.h"
#include "orders/ordertablemodel.h"
#include "pipeline/pipelineview.h"
#include "uitestsupport.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qreal barTotal(QChart *chart)
{
    qreal total = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                total += set->sum();
        }
    }
    return total;
}

void waitForDashboard(MainWindow &window)
{
    QSignalSpy loaded(window.dashboardView(), &DashboardView::loaded);
    if (window.dashboardView()->isLoading())
        REQUIRE(loaded.wait(10000));
}

} // namespace

TEST_CASE("Smoke: every page of the sample bakery shows real data")
{
    QSettings().clear();
    UiDatabase sample(true);
    MainWindow window(sample.take(), sample.clock());
    window.resize(1280, 800);
    window.show();
    waitForDashboard(window);

    for (int view = 0; view < ViewCount; ++view) {
        window.sidebar()->setCurrentView(View(view));
        CHECK(window.currentView() == View(view));
        CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.viewWidget(View(view)));
    }

    DashboardView *dashboard = window.dashboardView();
    CHECK(barTotal(dashboard->revenueChart()) > 0);
    CHECK(barTotal(dashboard->weekdayChart()) > 0);
    CHECK(barTotal(dashboard->topCustomersChart()) > 0);
    CHECK(dashboard->data().topCustomers.size() == 10);
    CHECK(dashboard->data().kpis.openFollowUps > 0);
    CHECK(dashboard->data().kpis.openDeals > 0);
    CHECK_FALSE(dashboard->revenueTile()->value().isEmpty());

    ContactsView *contacts = window.contactsView();
    // The sample is deterministic: 200 customers (people and companies) and 1,500 orders.
    CHECK(contacts->model()->rowCount() > 0);
    CHECK(contacts->model()->totalCount() == 200);
    contacts->table()->selectRow(0);
    CHECK(contacts->detail()->contactId() == contacts->model()->contactAt(0).id);

    OrdersView *orders = window.ordersView();
    CHECK(orders->model()->rowCount() > 0);
    CHECK(orders->model()->totalCount() == 1500);
    orders->table()->selectRow(0);
    CHECK(orders->detail()->toPlainText().contains(orders->model()->orderAt(0).number));
    orders->setFilter(OrdersView::Filter::Ready);
    for (int row = 0; row < orders->model()->rowCount(); ++row)
        CHECK(orders->model()->orderAt(row).status == OrderStatus::Ready);

    FollowUpsView *followUps = window.followUpsView();
    int followUpRows = 0;
    for (int group = 0; group < int(FollowUpsView::Group::GroupCount); ++group)
        followUpRows += followUps->count(FollowUpsView::Group(group));
    CHECK(followUpRows > 0);

    PipelineView *pipeline = window.pipelineView();
    REQUIRE(pipeline->stageCount() > 0);
    int cards = 0;
    for (int stage = 0; stage < pipeline->stageCount(); ++stage)
        cards += pipeline->stageList(stage)->count();
    CHECK(cards > 0);

    CHECK(window.statusBar()->findChildren<QLabel *>().size() >= 2);
    CHECK(window.countsText().contains(QStringLiteral("contacts")));
    CHECK(window.countsText().contains(QStringLiteral("orders")));
    CHECK(window.windowTitle().contains(QStringLiteral("Rosie")));
}

TEST_CASE("The global search answers a prefix and opens the chosen contact")
{
    QSettings().clear();
    UiDatabase ui(false);
    insertPeople(ui.db(), 5);
    const qint64 anna = insertContact(ui.db(), ui.clock(), QStringLiteral("Annabelle"), QStringLiteral("Müller"));
    MainWindow window(ui.take(), ui.clock());
    window.show();
    window.showView(View::Dashboard);

    // Ctrl+K focuses the field.
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    CHECK(window.search()->hasFocus());

    GlobalSearch *search = window.search();
    QSignalSpy results(search, &GlobalSearch::resultsChanged);
    QTest::keyClicks(search, QStringLiteral("mull"));
    // Debounced: one search after the typing stops, not one per key.
    REQUIRE(results.wait(2000));
    CHECK(results.count() == 1);
    REQUIRE(search->hits().size() == 1);
    CHECK(search->hits().first().contactId == anna);
    CHECK(search->resultsModel()->rowCount() == 1);
    CHECK(search->resultsModel()->item(0)->text().startsWith(QStringLiteral("Annabelle Müller")));

    QSignalSpy chosen(search, &GlobalSearch::contactChosen);
    search->choose(0);
    REQUIRE(chosen.count() == 1);
    CHECK(window.currentView() == View::Contacts);
    CHECK(window.contactsView()->detail()->contactId() == anna);
    const QModelIndex current = window.contactsView()->table()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(window.contactsView()->model()->contactAt(current.row()).id == anna);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzz"));
    REQUIRE(results.wait(2000));
    CHECK(search->hits().isEmpty());
}

TEST_CASE("View shortcuts switch pages and the window remembers the last page")
{
    QSettings().clear();
    UiDatabase ui(false);
    {
        MainWindow window(ui.take(), ui.clock());
        window.show();
        CHECK(window.viewAction(View::Orders)->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
        window.viewAction(View::Orders)->trigger();
        CHECK(window.currentView() == View::Orders);
        CHECK(window.sidebar()->currentView() == View::Orders);
        window.close();
    }
    auto reopened = Database::open(ui.path(), Database::Mode::ReadWrite, ui.clock());
    REQUIRE(reopened.ok());
    MainWindow again(std::move(reopened).value(), ui.clock());
    CHECK(again.currentView() == View::Orders);
    QSettings().clear();
}

TEST_CASE("The menus hold only working actions with standard shortcuts")
{
    UiDatabase ui(false);
    MainWindow window(ui.take(), ui.clock());
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    CHECK(titles
          == QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                          QStringLiteral("&Help")});
    QStringList all;
    bool quit = false;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            all << action->text();
            quit = quit || action->shortcut() == QKeySequence(QKeySequence::Quit);
        }
    }
    CHECK(quit);
    CHECK(all.contains(QStringLiteral("&Undo")));
    CHECK(all.contains(QStringLiteral("&About Clientele")));
}

TEST_CASE("Switching to another database rebuilds the pages over it")
{
    UiDatabase first(false);
    insertPeople(first.db(), 2);
    UiDatabase second(false);
    insertPeople(second.db(), 7);
    MainWindow window(first.take(), first.clock());
    CHECK(window.contactsView()->model()->totalCount() == 2);
    window.setDatabase(second.take());
    CHECK(window.contactsView()->model()->totalCount() == 7);
    CHECK(window.countsText().startsWith(QStringLiteral("7 contacts")));
    CHECK(window.database().path() == second.path());
}
