#include "contactsview.h"

#include "common/pageheader.h"
#include "contactcolumns.h"
#include "contactdetailview.h"
#include "contacteditactions.h"
#include "contactfilterbar.h"
#include "contacts/contactcsvexport.h"
#include "contacttablemodel.h"
#include "duplicateactions.h"
#include "searchhighlight.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

ContactsView::ContactsView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactTableModel(db, clock, this))
    , m_header(new PageHeader(tr("Contacts"), this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_filters(new ContactFilterBar(db, clock, this))
    , m_toolBar(new QToolBar(this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_highlighter(new SearchHighlightDelegate(this))
    , m_columns(nullptr)
    , m_detail(new ContactDetailView(db, clock, this))
    , m_undoStack(new QUndoStack(this))
    , m_editActions(nullptr)
    , m_duplicateActions(nullptr)
    , m_exportAction(new QAction(tr("Export Selection as CSV…"), this))
    , m_db(db)
    , m_clock(clock)
{
    m_search->setPlaceholderText(tr("Search names, companies, emails, phones, tags and notes"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsView::applyFilter);
    connect(m_filters, &ContactFilterBar::filterChanged, this, &ContactsView::applyFilter);

    m_table->setModel(m_model);
    m_table->setItemDelegate(m_highlighter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    const int em = fontMetrics().averageCharWidth();
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("Sep 30, 2026")) + 24;
    m_table->setColumnWidth(ContactTableModel::Name, em * 24);
    m_table->setColumnWidth(ContactTableModel::Company, em * 18);
    m_table->setColumnWidth(ContactTableModel::Email, em * 26);
    m_table->setColumnWidth(ContactTableModel::Phone,
                            fontMetrics().horizontalAdvance(QStringLiteral("+1 503 555 0100")) + 20);
    m_table->setColumnWidth(ContactTableModel::Tags, em * 14);
    m_table->setColumnWidth(ContactTableModel::LastOrder, dateWidth);
    m_table->setColumnWidth(ContactTableModel::LifetimeValue, em * 13);
    m_table->setColumnWidth(ContactTableModel::NextFollowUp, dateWidth);
    m_columns = new ContactColumns(header, m_model);
    if (!m_columns->restore())
        header->setSortIndicator(ContactTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);

    m_editActions = new ContactEditActions(db, clock, this);
    m_duplicateActions = new DuplicateActions(db, clock, this);
    m_exportAction->setToolTip(tr("Write the selected contacts to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &ContactsView::exportSelectionAs);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setAccessibleName(tr("Contact actions"));
    m_toolBar->addActions(m_editActions->toolbarActions());
    if (const QList<QAction *> duplicates = m_duplicateActions->toolbarActions(); !duplicates.isEmpty()) {
        m_toolBar->addSeparator();
        m_toolBar->addActions(duplicates);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);

    m_detail->setMinimumWidth(em * 40);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    // The detail pane holds the timeline: it gets two fifths of the room, the table the rest.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_search);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_filters);
    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_detail);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsView::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ContactsView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A search sorts by relevance, which no column shows.
        const int column = m_model->columnOf(ContactBrowser::effectiveSort(m_model->filter(), m_model->sortKey()));
        QHeaderView *h = m_table->horizontalHeader();
        if (column != h->sortIndicatorSection() || (column >= 0 && m_model->sortOrder() != h->sortIndicatorOrder())) {
            const QSignalBlocker blocker(h);
            h->setSortIndicator(column, m_model->sortOrder());
            h->viewport()->update();
        }
        updateSubtitle();
        updateEmptyState();
        updateActions();
    });
    connect(m_model, &PagedTableModel::totalCountChanged, this, &ContactsView::updateSubtitle);
    updateSubtitle();
    updateEmptyState();
    updateActions();
}

void ContactsView::applyFilter()
{
    m_searchTimer->stop();
    ContactFilter filter = m_filters->filter();
    filter.search = m_search->text();
    m_highlighter->setTerms(filter.hasSearch() ? highlightTerms(filter.search) : QStringList());
    if (filter == m_model->filter())
        return;
    const qint64 shown = m_detail->contactId();
    m_model->setFilter(filter);
    // The shown contact stays selected when it still matches and is on the first page.
    const QModelIndex index = m_model->indexOf(shown);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void ContactsView::showContact(qint64 contactId)
{
    const QModelIndex index = m_model->ensureLoaded(contactId);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_table->clearSelection();
    }
    if (m_detail->contactId() != contactId)
        m_detail->showContact(contactId);
}

void ContactsView::reload()
{
    const qint64 shown = m_detail->contactId();
    m_filters->reloadChoices();
    m_model->reload();
    if (shown > 0)
        showContact(shown);
}

QList<qint64> ContactsView::selectedContactIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids.append(m_model->contactAt(row).id);
    return ids;
}

qint64 ContactsView::currentContactId() const
{
    return m_detail->contactId();
}

bool ContactsView::isShowingTrash() const
{
    return m_model->filter().inTrash;
}

Result<int> ContactsView::exportSelection(const QString &path) const
{
    return ContactCsvExport(m_db, m_clock).write(selectedContactIds(), path);
}

void ContactsView::exportSelectionAs()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Selection as CSV"), QDir(folder).filePath(tr("contacts.csv")),
                                       tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto written = exportSelection(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Selection as CSV"), written.errorMessage());
        return;
    }
    m_header->setSubtitle(tr("%Ln contact(s) exported to %1", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

void ContactsView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->showPlaceholder();
        return;
    }
    m_detail->showContact(m_model->contactAt(current.row()).id);
}

void ContactsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    const auto addAll = [&menu](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
    };
    addAll(m_editActions->contextMenuActions());
    if (const QList<QAction *> duplicates = m_duplicateActions->contextMenuActions(); !duplicates.isEmpty()) {
        menu.addSeparator();
        addAll(duplicates);
    }
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ContactsView::updateActions()
{
    m_exportAction->setEnabled(m_table->selectionModel()->hasSelection());
    if (m_editActions)
        m_editActions->updateEnabled();
    if (m_duplicateActions)
        m_duplicateActions->updateEnabled();
}

void ContactsView::updateSubtitle()
{
    const int count = m_model->totalCount();
    const ContactFilter &filter = m_model->filter();
    const bool filtered = filter.hasSearch() || !filter.tag.isEmpty() || filter.companyId > 0 || filter.hasOpenFollowUp
        || filter.noOrderInDays > 0 || filter.birthdayWithinDays > 0;
    QString text;
    if (!m_model->isTotalCountExact() && filter.hasSearch())
        text = tr("Searching…");
    else if (!m_model->isTotalCountExact())
        text = tr("More than %L1 contacts (counting…)").arg(count);
    else if (filter.inTrash)
        text = tr("%Ln contact(s) in the trash", nullptr, count);
    else if (filtered)
        text = tr("%Ln matching contact(s)", nullptr, count);
    else
        text = tr("%Ln contact(s)", nullptr, count);
    m_header->setSubtitle(text);
}

QString ContactsView::emptyStateText() const
{
    const ContactFilter &filter = m_model->filter();
    if (filter.hasSearch())
        return tr("No contacts match “%1”.\nCheck the spelling, try the first letters of a name, or clear the "
                  "filters.")
            .arg(filter.search.trimmed());
    if (filter.inTrash)
        return tr("The trash is empty.\nContacts you delete wait here until you restore them or delete them for "
                  "good.");
    if (filter != ContactFilter {})
        return tr("No contacts match these filters.\nUntick a filter to see more.");
    return tr("No contacts yet.\nAdd your first customer with New Contact, or bring your list in with File > "
              "Import.");
}

bool ContactsView::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_emptyState;
}

void ContactsView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyState->setText(empty ? emptyStateText() : QString());
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_table);
}

} // namespace clientele
