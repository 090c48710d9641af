#include "contacttablemodel.h"

#include "common/theme.h"

namespace clientele {

ContactTableModel::ContactTableModel(QSqlDatabase db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db), clock)
{
    reload();
}

void ContactTableModel::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

void ContactTableModel::reload()
{
    beginResetModel();
    m_query.offset = 0;
    m_query.limit = m_pageSize;
    m_rows = m_repository.list(m_query);
    m_totalCount = m_repository.count(m_query);
    m_exhausted = m_rows.size() < m_pageSize || m_rows.size() >= m_totalCount;
    endResetModel();
}

QModelIndex ContactTableModel::indexOf(qint64 contactId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == contactId)
            return index(row, Name);
    }
    return {};
}

QModelIndex ContactTableModel::ensureLoaded(qint64 contactId, int maxRows)
{
    QModelIndex found = indexOf(contactId);
    while (!found.isValid() && canFetchMore({}) && m_rows.size() < maxRows) {
        const int before = int(m_rows.size());
        fetchMore({});
        for (int row = before; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == contactId)
                return index(row, Name);
        }
    }
    return found;
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary &contact = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return contact.displayName;
        case Company:
            return contact.companyName;
        case Email:
            return contact.email;
        case Phone:
            return contact.phone;
        case Tags:
            return contact.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Tags || index.column() == Company)
            return theme::mutedText();
        return {};
    case ContactIdRole:
        return contact.id;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    ContactListQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = m_pageSize;
    const QList<ContactSummary> more = m_repository.list(page);
    if (more.size() < m_pageSize)
        m_exhausted = true;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    if (m_rows.size() >= m_totalCount)
        m_exhausted = true;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    ContactListQuery::Sort sort;
    switch (column) {
    case Name:
        sort = ContactListQuery::Sort::Name;
        break;
    case Company:
        sort = ContactListQuery::Sort::Company;
        break;
    case Email:
        sort = ContactListQuery::Sort::Email;
        break;
    default:
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

} // namespace clientele
