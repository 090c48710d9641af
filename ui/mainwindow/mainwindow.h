#pragma once

#include "sidebar.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace clientele {

class Clock;
class ContactsView;
class DashboardView;
class Database;
class FollowUpsView;
class GlobalSearch;
class OrdersView;
class PipelineView;

/// Clientele's main window. It assembles the pages (sidebar + stacked views), the menus, the
/// toolbar search and the status bar, owns the open database, and remembers its geometry and
/// last page. The pages themselves live in their feature folders.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> database, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces the open database and rebuilds every page over it.
    void setDatabase(std::unique_ptr<Database> database);
    Database &database() const { return *m_database; }

    void showView(View view);
    View currentView() const;
    /// Switches to Contacts and shows the contact.
    void showContact(qint64 contactId);
    /// Reloads every page from the database.
    void refresh();
    /// File › Import…: opens the import wizard, with `path` chosen when given (a dropped file).
    void importFile(const QString &path = {});
    /// File › Import History…
    void showImportHistory();

    DashboardView *dashboardView() const { return m_dashboard; }
    ContactsView *contactsView() const { return m_contacts; }
    OrdersView *ordersView() const { return m_orders; }
    FollowUpsView *followUpsView() const { return m_followUps; }
    PipelineView *pipelineView() const { return m_pipeline; }
    QWidget *viewWidget(View view) const;
    GlobalSearch *search() const { return m_search; }
    Sidebar *sidebar() const { return m_sidebar; }
    /// The counts in the status bar ("214 contacts · 1,500 orders").
    QString countsText() const;
    QAction *viewAction(View view) const;
    QAction *importAction() const { return m_importAction; }
    QAction *importHistoryAction() const { return m_importHistoryAction; }
    /// The one undo stack of the window: every undoable change on any page goes here.
    /// Opens the order editor from any page; on the Contacts page for the selected contact.
    void newOrder();
    QAction *newOrderAction() const { return m_newOrderAction; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *customFieldsAction() const { return m_customFieldsAction; }
    QAction *businessProfileAction() const { return m_businessProfileAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A customer file dropped on the window opens the import wizard with it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildViews();
    void updateTitleAndStatus();
    void newDatabase();
    void openDatabase();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    Sidebar *m_sidebar;
    QStackedWidget *m_stack;
    GlobalSearch *m_search;
    QLabel *m_pathLabel;
    QLabel *m_countsLabel;
    DashboardView *m_dashboard = nullptr;
    ContactsView *m_contacts = nullptr;
    OrdersView *m_orders = nullptr;
    FollowUpsView *m_followUps = nullptr;
    PipelineView *m_pipeline = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_newOrderAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_customFieldsAction = nullptr;
    QAction *m_businessProfileAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QList<QAction *> m_viewActions;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace clientele
