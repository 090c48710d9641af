#pragma once

#include "contacts/contacttimeline.h"

#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace clientele {

class Clock;

/// A contact's timeline as a list of rows, newest first: a badge per kind, the title and its
/// status, the detail text, a relative time and the amount. It loads one page at a time and
/// fetches older pages when the scroll area it sits in is scrolled near its end (or when
/// "Show older entries" is pressed), so a customer with years of history opens at once.
class ContactTimelineView final : public QWidget
{
    Q_OBJECT

public:
    ContactTimelineView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// Shows the newest entries of `contactId`; 0 empties the list.
    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    /// Starts again from the newest entry (after something was logged).
    void reload();

    bool canLoadMore() const { return m_hasMore; }
    /// Appends the next page of older entries.
    void loadMore();
    /// Loads older entries whenever `area` is scrolled close to its end.
    void followScrollArea(QScrollArea *area);

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    /// The entries shown, newest first.
    const QList<TimelineItem> &items() const { return m_items; }
    /// The text of the row showing entry `index` (title, status, detail, time, amount).
    QString rowText(int index) const;

signals:
    /// A page was shown (the first one or an older one).
    void pageLoaded();

private:
    void clearRows();
    void appendPage(const TimelineCursor &before);
    QWidget *createRow(const TimelineItem &item, bool first);
    void updateFooter();
    void loadMoreIfNearEnd();

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_contactId = 0;
    int m_pageSize = 40;
    bool m_hasMore = false;
    QList<TimelineItem> m_items;
    QList<QWidget *> m_rows;
    QVBoxLayout *m_rowLayout;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_more;
    QPointer<QScrollArea> m_scrollArea;
};

} // namespace clientele
