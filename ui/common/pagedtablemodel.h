#pragma once

#include <QAbstractTableModel>

namespace clientele {

/// The lazy-loading half of a table model over a long SQL list: rows arrive a page at a time
/// through canFetchMore()/fetchMore() as the view scrolls, and reload() starts again from the
/// first page. A subclass keeps the rows and says how to read a page and how to count; this
/// class does the bookkeeping and the model signals, so that every list pages the same way.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PagedTableModel(QObject *parent = nullptr);

    /// Rows fetched per page; the first page is loaded by reload().
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    /// Drops the loaded rows and loads the first page again (after a change of data, filter or
    /// order).
    void reload();
    /// Every row the list would show, loaded or not (see setTotalCount()).
    int totalCount() const { return m_totalCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// The total count changed without a reset (a count finished later).
    void totalCountChanged(int count);

protected:
    /// Like reload(), but keeps the total count (a new order of the same rows).
    void reloadRows();
    /// Rows held now.
    virtual int loadedRowCount() const = 0;
    /// Forgets the held rows (inside a model reset).
    virtual void clearRows() = 0;
    /// Reads the next page (the first one after clearRows()) into a waiting list without showing
    /// it yet; returns how many rows it read and sets `atEnd` when no page follows.
    virtual int readNextPage(bool &atEnd) = 0;
    /// Appends the waiting rows to the held ones (called between beginInsertRows and
    /// endInsertRows, or inside the reset for the first page).
    virtual void appendReadPage() = 0;
    /// The total count for totalCount(), read at each reload.
    virtual int readTotalCount() = 0;
    /// Changes the total count later (a count that finished on a worker thread).
    void setTotalCount(int count);

private:
    int m_pageSize = 100;
    int m_totalCount = 0;
    bool m_atEnd = true;
};

} // namespace clientele
