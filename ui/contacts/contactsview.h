#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QTableView;

namespace clientele {

class Clock;
class ContactDetailView;
class ContactTableModel;
class PageHeader;

/// The Contacts page: the lazily loaded contact table on the left, the selected contact's
/// details on the right.
class ContactsView final : public QWidget
{
    Q_OBJECT

public:
    ContactsView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// Selects the contact in the table (loading pages as needed) and shows its details.
    void showContact(qint64 contactId);
    /// Reloads the list from the database, keeping the shown contact.
    void reload();

    ContactTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ContactDetailView *detail() const { return m_detail; }

private:
    void updateSubtitle();
    void showCurrent();

    ContactTableModel *m_model;
    PageHeader *m_header;
    QTableView *m_table;
    ContactDetailView *m_detail;
};

} // namespace clientele
