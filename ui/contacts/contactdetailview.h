#pragma once

#include <QSqlDatabase>
#include <QTextBrowser>

namespace clientele {

class Clock;
struct Contact;

/// The read-only card of one contact: how to reach them (mailto:/tel: links), address, birthday
/// and age, tags, custom fields such as allergies, consent, notes, and what they bought lately.
class ContactDetailView final : public QTextBrowser
{
    Q_OBJECT

public:
    ContactDetailView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// Loads and shows the contact; shows a short message when it cannot be read.
    void showContact(qint64 contactId);
    /// Shows the hint that appears while nothing is selected.
    void showPlaceholder();
    qint64 contactId() const { return m_contactId; }

    /// The HTML for a contact, with its recent orders, activities and open follow-ups.
    QString html(const Contact &contact) const;

private:
    QString historyHtml(qint64 contactId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_contactId = 0;
};

} // namespace clientele
