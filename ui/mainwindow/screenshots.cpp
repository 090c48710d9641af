#include "screenshots.h"

#include "common/clock.h"
#include "contacts/contactinsights.h"
#include "contacts/contactrepository.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "dashboard/dashboardview.h"
#include "db/database.h"
#include "mainwindow.h"
#include "orders/ordereditdialog.h"
#include "orders/orderrepository.h"
#include "orders/ordersview.h"
#include "orders/ordertablemodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

namespace clientele {

namespace {

void settle()
{
    // Let layouts, lazy fetches and chart geometry finish before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

bool Screenshots::save(QWidget &widget, const QString &path)
{
    settle();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return widget.grab().save(path, "PNG");
}

bool Screenshots::saveAll(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    const QDir dir(folder);
    DashboardView *dashboard = window.dashboardView();
    if (dashboard->isLoading()) {
        QEventLoop loop;
        QObject::connect(dashboard, &DashboardView::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const struct
    {
        View view;
        const char *file;
    } pages[] = {{View::Dashboard, "dashboard.png"},
                 {View::Contacts, "contacts.png"},
                 {View::Orders, "orders.png"},
                 {View::FollowUps, "followups.png"},
                 {View::Pipeline, "pipeline.png"}};
    // A selected row shows the detail pane filled, as a user would see it: pick the contact among
    // the first rows that has the most to show.
    ContactsView *contacts = window.contactsView();
    ContactRepository repository(window.database().connection(), window.database().clock());
    ContactInsights insights(window.database().connection(), window.database().clock());
    int best = -1;
    int bestScore = -1;
    for (int row = 0; row < qMin(40, contacts->model()->rowCount()); ++row) {
        const auto contact = repository.get(contacts->model()->contactAt(row).id);
        if (!contact)
            continue;
        const int score = int(contact->custom.size()) * 3 + (contact->birthday.isNull() ? 0 : 2)
            + (contact->notes.isEmpty() ? 0 : 2) + int(contact->tags.size()) + (contact->address.isEmpty() ? 0 : 1);
        // A few orders fill the key figures and the timeline.
        const auto figures = insights.figures(contact->id);
        const int orders = figures ? qMin(figures->orderCount, 5) * 2 : 0;
        if (score + orders > bestScore) {
            best = row;
            bestScore = score + orders;
        }
    }
    if (best >= 0)
        contacts->table()->selectRow(best);
    OrdersView *orders = window.ordersView();
    if (orders->model()->rowCount() > 0)
        orders->table()->selectRow(0);
    bool ok = true;
    // The most common laptop screen, then a large one: names without a suffix are the large ones.
    const QSize large = window.size();
    for (const auto &[size, suffix] :
         {std::pair {QSize(1366, 768), QStringLiteral("-1366x768")}, std::pair {large, QString()}}) {
        window.resize(size);
        for (const auto &page : pages) {
            window.showView(page.view);
            const QString file
                = QString::fromLatin1(page.file).replace(QStringLiteral(".png"), suffix + QStringLiteral(".png"));
            ok = save(window, dir.filePath(file)) && ok;
        }
    }
    window.showView(View::Dashboard);
    return saveOrderEditor(window, dir.filePath(QStringLiteral("order-editor.png"))) && ok;
}

bool Screenshots::saveOrderEditor(MainWindow &window, const QString &path)
{
    // The order with the most lines among the newest, as the editor opens it.
    const QSqlDatabase db = window.database().connection();
    OrderRepository orders(db, systemClock());
    OrderListQuery newest;
    newest.limit = 40;
    Order richest;
    for (const OrderSummary &summary : orders.list(newest)) {
        const auto order = orders.get(summary.id);
        if (order && order->lines.size() > richest.lines.size())
            richest = *order;
    }
    if (richest.id == 0)
        return true;
    OrderEditDialog dialog(db, systemClock(), richest, &window);
    dialog.show();
    const bool ok = save(dialog, path);
    dialog.close();
    return ok;
}

} // namespace clientele
