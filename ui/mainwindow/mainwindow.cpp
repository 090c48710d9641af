#include "mainwindow.h"
#include "products/productsdialog.h"

#include "aboutbox.h"
#include "common/clipboard.h"
#include "common/databaseopener.h"
#include "contacts/contactrepository.h"
#include "contacts/contactsview.h"
#include "contacts/duplicateactions.h"
#include "dashboard/dashboardview.h"
#include "db/database.h"
#include "followups/followupsview.h"
#include "globalsearch.h"
#include "import/importfiles.h"
#include "import/importhistorydialog.h"
#include "import/importwizard.h"
#include "orders/orderrepository.h"
#include "orders/ordersview.h"
#include "pipeline/pipelineview.h"
#include "settings/businessprofiledialog.h"
#include "settings/businesssettings.h"
#include "settings/customfieldsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace clientele {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString LastViewKey = QStringLiteral("mainWindow/lastView");

QString shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    QString shown = QDir::toNativeSeparators(path);
    if (path.startsWith(home + QLatin1Char('/')))
        shown = QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
    return shown;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_sidebar(new Sidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new GlobalSearch(this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    auto *toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setVisible(false);
    auto *leftSpacer = new QWidget(toolBar);
    leftSpacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *rightSpacer = new QWidget(toolBar);
    rightSpacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(leftSpacer);
    toolBar->addWidget(m_search);
    toolBar->addWidget(rightSpacer);

    statusBar()->setSizeGripEnabled(true);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    createMenus();
    connect(m_sidebar, &Sidebar::viewChosen, this, &MainWindow::showView);
    connect(m_search, &GlobalSearch::contactChosen, this, &MainWindow::showContact);
    buildViews();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The pages and the search hold connections to the database: they let go first.
    delete m_stack;
    m_undoStack->clear();
    m_search->setDatabase({});
}

void MainWindow::createActions()
{
    // Ctrl+N belongs to New Contact, the far more frequent "new".
    m_newAction = new QAction(tr("&New Database…"), this);
    m_newAction->setStatusTip(tr("Create a new, empty customer database file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_newOrderAction = new QAction(tr("New &Order…"), this);
    m_newOrderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_newOrderAction->setStatusTip(tr("Take a new order; on the Contacts page, for the selected contact"));
    connect(m_newOrderAction, &QAction::triggered, this, &MainWindow::newOrder);
    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another customer database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Bring in customers or orders from a spreadsheet, a shop export or an address book"));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });

    m_importHistoryAction = new QAction(tr("Import &History…"), this);
    m_importHistoryAction->setStatusTip(tr("See earlier imports and undo one"));
    connect(m_importHistoryAction, &QAction::triggered, this, &MainWindow::showImportHistory);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find Contact…"), this);
    m_findAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(QKeySequence::Find)});
    m_findAction->setStatusTip(tr("Search the whole customer book"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, whatever the platform's own redo key is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setShortcuts(redoKeys);
    // Counts in the status bar follow undone and redone changes.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { m_countsLabel->setText(countsText()); });

    m_customFieldsAction = new QAction(tr("Custom &Fields…"), this);
    m_customFieldsAction->setStatusTip(tr("Add, rename or remove your own contact fields, such as Allergies"));
    connect(m_customFieldsAction, &QAction::triggered, this, [this] {
        CustomFieldsDialog dialog(m_database->connection(), m_clock, this);
        dialog.exec();
        if (dialog.changed())
            refresh();
    });

    m_businessProfileAction = new QAction(tr("&Business Profile…"), this);
    m_businessProfileAction->setStatusTip(tr("The name, address, tax ID, bank details and logo printed on invoices"));
    connect(m_businessProfileAction, &QAction::triggered, this, [this] {
        BusinessProfileDialog dialog(m_database->connection(), this);
        dialog.exec();
    });

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setStatusTip(tr("Copy the selected rows or text"));
    connect(m_copyAction, &QAction::triggered, this, [] { copySelection(QApplication::focusWidget()); });

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    for (int view = 0; view < ViewCount; ++view) {
        auto *action = new QAction(Sidebar::viewName(View(view)), m_viewGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)));
        connect(action, &QAction::triggered, this, [this, view] { showView(View(view)); });
        m_viewActions.append(action);
    }

    m_aboutAction = new QAction(tr("&About Clientele"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutBox::show(this); });
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newOrderAction);
    file->addSeparator();
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importHistoryAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    QAction *findDuplicates = edit->addAction(tr("Find &Duplicates…"));
    findDuplicates->setStatusTip(tr("List contacts that may be the same customer and merge them"));
    connect(findDuplicates, &QAction::triggered, this, [this] {
        showView(View::Contacts);
        if (auto *actions = m_contacts->findChild<DuplicateActions *>())
            actions->findDuplicates();
    });
    edit->addSeparator();
    QAction *products = edit->addAction(tr("&Products…"));
    products->setStatusTip(tr("The product catalogue: prices, units and tax rates the order editor offers"));
    connect(products, &QAction::triggered, this, [this] {
        ProductsDialog dialog(m_database->connection(), m_clock, m_undoStack, this);
        dialog.exec();
    });
    edit->addAction(m_customFieldsAction);
    edit->addAction(m_businessProfileAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::buildViews()
{
    const View shown = currentView();
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    const QSqlDatabase db = m_database->connection();
    m_dashboard = new DashboardView(*m_database, m_clock, m_stack);
    m_contacts = new ContactsView(db, m_clock, m_stack);
    m_contacts->setUndoStack(m_undoStack);
    m_orders = new OrdersView(db, m_clock, m_stack);
    m_orders->setUndoStack(m_undoStack);
    m_followUps = new FollowUpsView(db, m_clock, m_stack);
    m_pipeline = new PipelineView(db, m_clock, m_stack);
    for (QWidget *page :
         {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_contacts), static_cast<QWidget *>(m_orders),
          static_cast<QWidget *>(m_followUps), static_cast<QWidget *>(m_pipeline)})
        m_stack->addWidget(page);
    connect(m_followUps, &FollowUpsView::contactActivated, this, &MainWindow::showContact);
    connect(m_pipeline, &PipelineView::contactActivated, this, &MainWindow::showContact);
    m_search->setDatabase(db);
    m_sidebar->setBusinessName(BusinessSettings(db).value(BusinessSettings::BusinessName));
    showView(shown);
    updateTitleAndStatus();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    if (!database)
        return;
    // The commands and the pages hold the old connection: let go before the old database closes.
    m_undoStack->clear();
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_search->setDatabase({});
    m_database = std::move(database);
    buildViews();
}

QWidget *MainWindow::viewWidget(View view) const
{
    return m_stack->widget(int(view));
}

QAction *MainWindow::viewAction(View view) const
{
    return m_viewActions.at(int(view));
}

void MainWindow::showView(View view)
{
    if (m_stack->count() > int(view))
        m_stack->setCurrentIndex(int(view));
    m_sidebar->setCurrentView(view);
    m_viewActions.at(int(view))->setChecked(true);
}

View MainWindow::currentView() const
{
    return m_stack->count() > 0 ? View(m_stack->currentIndex()) : m_sidebar->currentView();
}

void MainWindow::showContact(qint64 contactId)
{
    showView(View::Contacts);
    m_contacts->showContact(contactId);
}

void MainWindow::newOrder()
{
    qint64 contactId = 0;
    QString contactName;
    if (currentView() == View::Contacts && m_contacts->currentContactId() != 0) {
        contactId = m_contacts->currentContactId();
        const auto contact = ContactRepository(m_database->connection(), m_clock).get(contactId);
        contactName = contact ? contact->displayName : QString();
    }
    if (m_orders->newOrder(contactId, contactName))
        showView(View::Orders);
}

void MainWindow::refresh()
{
    m_dashboard->reload();
    m_contacts->reload();
    m_orders->reload();
    m_followUps->reload();
    m_pipeline->reload();
    updateTitleAndStatus();
}

QString MainWindow::countsText() const
{
    const QSqlDatabase db = m_database->connection();
    const int contacts = ContactRepository(db, m_clock).count();
    const int orders = OrderRepository(db, m_clock).count();
    return tr("%Ln contact(s)", nullptr, contacts) + QStringLiteral(" · ") + tr("%Ln order(s)", nullptr, orders);
}

void MainWindow::updateTitleAndStatus()
{
    const QString business = BusinessSettings(m_database->connection()).value(BusinessSettings::BusinessName);
    const QString name = business.isEmpty() ? QFileInfo(m_database->path()).completeBaseName() : business;
    setWindowTitle(m_database->isReadOnly() ? tr("%1 (read-only) — Clientele").arg(name)
                                            : tr("%1 — Clientele").arg(name));
    QString path = shortPath(m_database->path());
    if (m_database->isReadOnly())
        path += QStringLiteral("  ·  ") + tr("read-only: another window has this file open");
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(QDir::toNativeSeparators(m_database->path()));
    m_countsLabel->setText(countsText());
    m_importAction->setEnabled(!m_database->isReadOnly());
}

void MainWindow::importFile(const QString &path)
{
    if (ImportWizard::run(this, *m_database, m_clock, path))
        refresh();
}

void MainWindow::showImportHistory()
{
    ImportHistoryDialog dialog(*m_database, m_clock, this);
    dialog.exec();
    if (dialog.databaseChanged())
        refresh();
}

void MainWindow::newDatabase()
{
    const QString folder = QFileInfo(m_database->path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), folder, tr("Clientele databases (*.sqlite)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New Database"),
                                 tr("The file %1 already exists. Choose another name, or use File › Open "
                                    "Database to open it.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    setDatabase(DatabaseOpener::open(path, this, DatabaseOpener::Context::Switch));
}

void MainWindow::openDatabase()
{
    const QString folder = QFileInfo(m_database->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), folder,
                                                      tr("Clientele databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_database->path()).absoluteFilePath())
        return;
    setDatabase(DatabaseOpener::open(path, this, DatabaseOpener::Context::Switch));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(StateKey).toByteArray());
    const int last = settings.value(LastViewKey, int(View::Dashboard)).toInt();
    showView(last >= 0 && last < ViewCount ? View(last) : View::Dashboard);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LastViewKey, int(currentView()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_database->isReadOnly() && !ImportFiles::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ImportFiles::droppedFile(event->mimeData());
    if (path.isEmpty() || m_database->isReadOnly())
        return;
    event->acceptProposedAction();
    // The wizard runs its own event loop: open it once the drop has been answered.
    QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace clientele
