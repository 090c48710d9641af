#pragma once

#include <QList>
#include <QObject>
#include <QSqlDatabase>

class QAction;
class QWidget;

namespace clientele {

class Clock;
class ContactsView;

/// The contacts page's duplicate handling: "Find duplicates…" (the duplicates finder) and
/// "Merge…" for two selected contacts. A merge is pushed onto the page's undo stack.
class DuplicateActions final : public QObject
{
    Q_OBJECT

public:
    DuplicateActions(QSqlDatabase db, const Clock &clock, ContactsView *view);

    /// Shown in the page's toolbar, in this order.
    QList<QAction *> toolbarActions() const;
    /// Shown in the table's context menu, in this order (nullptr: a separator).
    QList<QAction *> contextMenuActions() const;
    /// Enables what fits the current selection (Merge needs exactly two contacts).
    void updateEnabled();

    QAction *findDuplicatesAction() const { return m_find; }
    QAction *mergeAction() const { return m_merge; }

    /// Opens the duplicates finder (the main window's menu calls this too).
    void findDuplicates();
    /// Shows the merge dialog for the two contacts and, when confirmed, merges them through
    /// the undo stack. Returns the id of the record merged away, or 0.
    qint64 mergeContacts(qint64 firstId, qint64 secondId, QWidget *parent);

private:
    void showError(QWidget *parent, const QString &message) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    ContactsView *m_view;
    QAction *m_find;
    QAction *m_merge;
};

} // namespace clientele
