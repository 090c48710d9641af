#include "contactsview.h"

#include "common/pageheader.h"
#include "contactdetailview.h"
#include "contacttablemodel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

ContactsView::ContactsView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactTableModel(db, clock, this))
    , m_header(new PageHeader(tr("Contacts"), this))
    , m_table(new QTableView(this))
    , m_detail(new ContactDetailView(db, clock, this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSortIndicator(ContactTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int em = fontMetrics().averageCharWidth();
    // The email column takes the room that is left, so the table fits without scrolling sideways.
    m_table->horizontalHeader()->setSectionResizeMode(ContactTableModel::Email, QHeaderView::Stretch);
    m_table->setColumnWidth(ContactTableModel::Name, em * 24);
    m_table->setColumnWidth(ContactTableModel::Company, em * 18);
    m_table->setColumnWidth(ContactTableModel::Phone,
                            fontMetrics().horizontalAdvance(QStringLiteral("+1 503 555 0100")) + 20);
    m_table->setColumnWidth(ContactTableModel::Tags, em * 14);

    m_detail->setMinimumWidth(em * 40);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::updateSubtitle);
    updateSubtitle();
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
    m_model->reload();
    if (shown > 0)
        showContact(shown);
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

void ContactsView::updateSubtitle()
{
    m_header->setSubtitle(tr("%Ln contact(s)", nullptr, m_model->totalCount()));
}

} // namespace clientele
