#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QUndoStack;
class QWidget;

namespace clientele {

class Clock;

/// The Orders page's document actions on the selected order: "Print…" (with a preview),
/// "Save as PDF…" and "Issue invoice" (undoable: undo issues a credit note). Printing shows the
/// order's invoice when it has one, else its order slip or quote (printableDocument()).
class OrderPrintActions final : public QObject
{
    Q_OBJECT

public:
    OrderPrintActions(QSqlDatabase db, const Clock &clock, QWidget *parent);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /// The order the actions work on; 0 disables them.
    void setOrder(qint64 orderId);
    qint64 order() const { return m_orderId; }

    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }
    QAction *issueInvoiceAction() const { return m_issue; }

    /// Writes the selected order's document to `path` (the dialog-free part of Save as PDF).
    bool savePdf(const QString &path);
    /// Pushes the undoable issue of the selected order's invoice onto the undo stack.
    void issueInvoice();

signals:
    /// An invoice or credit note was issued for `orderId`: views showing it should reload.
    void orderChanged(qint64 orderId);

private:
    void print();
    void askAndSavePdf();
    void showError(const QString &title, const QString &message);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QWidget *m_parent;
    QUndoStack *m_undoStack = nullptr;
    qint64 m_orderId = 0;
    QAction *m_print;
    QAction *m_savePdf;
    QAction *m_issue;
};

} // namespace clientele
