#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QUndoStack;

namespace clientele {

class Clock;
class ContactColumns;
class ContactDetailView;
class ContactEditActions;
class ContactFilterBar;
class ContactTableModel;
class DuplicateActions;
class PageHeader;
class SearchHighlightDelegate;

/// The Contacts page: a search field and quick filters over the lazily loaded contact table on
/// the left (several rows can be selected for bulk actions), the selected contact's details on
/// the right.
class ContactsView final : public QWidget
{
    Q_OBJECT

public:
    /// How long typing must pause before the list follows the search field.
    static constexpr int SearchDelayMs = 150;

    ContactsView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// Selects the contact in the table (loading pages as needed) and shows its details.
    void showContact(qint64 contactId);
    /// Reloads the list from the database, keeping the shown contact.
    void reload();

    /// Every change made on this page is pushed here, so Edit > Undo/Redo covers it. The main
    /// window sets its stack; a page on its own makes one.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The ids of the selected contacts, in table order.
    QList<qint64> selectedContactIds() const;
    /// The contact shown in the detail pane, or 0.
    qint64 currentContactId() const;
    /// True while the page lists the trash instead of the live contacts.
    bool isShowingTrash() const;

    /// Writes the selected contacts to a CSV file; returns how many.
    Result<int> exportSelection(const QString &path) const;

    ContactTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ContactDetailView *detail() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    ContactFilterBar *filterBar() const { return m_filters; }
    QToolBar *toolBar() const { return m_toolBar; }
    SearchHighlightDelegate *highlighter() const { return m_highlighter; }
    QAction *exportAction() const { return m_exportAction; }
    /// The text shown instead of the table when it is empty ("No contacts match ...").
    QString emptyStateText() const;
    bool isShowingEmptyState() const;

private:
    void applyFilter();
    void updateSubtitle();
    void updateEmptyState();
    void updateActions();
    void showCurrent();
    void showContextMenu(const QPoint &pos);
    void exportSelectionAs();

    ContactTableModel *m_model;
    PageHeader *m_header;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    ContactFilterBar *m_filters;
    QToolBar *m_toolBar;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QLabel *m_emptyState;
    SearchHighlightDelegate *m_highlighter;
    ContactColumns *m_columns;
    ContactDetailView *m_detail;
    QUndoStack *m_undoStack;
    ContactEditActions *m_editActions;
    DuplicateActions *m_duplicateActions;
    QAction *m_exportAction;
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
