#pragma once

#include "contacts/contactrepository.h"

#include <QAbstractTableModel>

namespace clientele {

/// The contact list as a table. Rows are loaded a page at a time through
/// ContactRepository::list() as the view scrolls (canFetchMore/fetchMore), so a book of any size
/// opens at once. Sorting is done by the repository in SQL and reloads from the first page.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Company, Email, Phone, Tags, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1 };

    ContactTableModel(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    /// Rows fetched per page; the first page is loaded by reload().
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    /// Drops the loaded rows and loads the first page again (after a database change).
    void reload();
    /// Every contact the list would show, loaded or not.
    int totalCount() const { return m_totalCount; }

    const ContactSummary &contactAt(int row) const { return m_rows.at(row); }
    /// The row of a loaded contact, or an invalid index.
    QModelIndex indexOf(qint64 contactId) const;
    /// Loads pages until the contact is loaded or `maxRows` are; returns its index.
    QModelIndex ensureLoaded(qint64 contactId, int maxRows = 5000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Name, company and email sort in SQL; phone and tags keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    ContactRepository m_repository;
    ContactListQuery m_query;
    QList<ContactSummary> m_rows;
    int m_pageSize = 100;
    int m_totalCount = 0;
    bool m_exhausted = true;
};

} // namespace clientele
