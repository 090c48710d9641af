#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace clientele {

class Clock;
struct FollowUp;
class PageHeader;

/// The Follow-ups page: what to do, grouped as Overdue (in the warning colour), Today, Upcoming
/// and recently Done, with the customer and the due time (notes in the tooltip). Double-clicking
/// one opens its contact.
class FollowUpsView final : public QWidget
{
    Q_OBJECT

public:
    enum class Group { Overdue, Today, Upcoming, Done, GroupCount };
    enum Column { Title, Contact, Due, ColumnCount };
    enum Role { FollowUpIdRole = Qt::UserRole + 1, ContactIdRole, GroupTitleRole };

    FollowUpsView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    void reload();

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *groupItem(Group group) const;
    /// How many follow-ups the group shows.
    int count(Group group) const;

Q_SIGNALS:
    void contactActivated(qint64 contactId);

private:
    void fill(Group group, const QList<FollowUp> &followUps);
    QString dueText(Group group, const FollowUp &followUp) const;
    int rowHeight() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    PageHeader *m_header;
    QTreeWidget *m_tree;
};

} // namespace clientele
