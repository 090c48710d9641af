#include "pagedtablemodel.h"

namespace clientele {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PagedTableModel::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_totalCount = readTotalCount();
    m_atEnd = false;
    if (readNextPage(m_atEnd) > 0)
        appendReadPage();
    endResetModel();
}

void PagedTableModel::reloadRows()
{
    beginResetModel();
    clearRows();
    m_atEnd = false;
    if (readNextPage(m_atEnd) > 0)
        appendReadPage();
    endResetModel();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const int read = readNextPage(m_atEnd);
    if (read <= 0) {
        m_atEnd = true;
        return;
    }
    const int first = loadedRowCount();
    beginInsertRows({}, first, first + read - 1);
    appendReadPage();
    endInsertRows();
}

void PagedTableModel::setTotalCount(int count)
{
    if (count == m_totalCount)
        return;
    m_totalCount = count;
    emit totalCountChanged(count);
}

} // namespace clientele
