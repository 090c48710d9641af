#include "orderprintactions.h"

#include "documentprinter.h"
#include "invoices/printabledocument.h"
#include "issueinvoicecommand.h"
#include "settings/businessprofile.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QUndoStack>

namespace clientele {

OrderPrintActions::OrderPrintActions(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_parent(parent)
    , m_print(new QAction(tr("Print…"), this))
    , m_savePdf(new QAction(tr("Save as PDF…"), this))
    , m_issue(new QAction(tr("Issue invoice"), this))
{
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &OrderPrintActions::print);
    connect(m_savePdf, &QAction::triggered, this, &OrderPrintActions::askAndSavePdf);
    connect(m_issue, &QAction::triggered, this, &OrderPrintActions::issueInvoice);
    setOrder(0);
}

void OrderPrintActions::setOrder(qint64 orderId)
{
    m_orderId = orderId;
    for (QAction *action : {m_print, m_savePdf, m_issue})
        action->setEnabled(orderId > 0);
}

void OrderPrintActions::print()
{
    const auto document = printableDocument(m_db, m_clock, m_orderId);
    if (!document)
        return showError(tr("Print…"), document.errorMessage());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(documents::pageSize(readBusinessProfile(m_db).paperSize));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(document->number.isEmpty() ? document->title()
                                                  : QStringLiteral("%1 %2").arg(document->title(), document->number));
    QPrintPreviewDialog preview(&printer, m_parent);
    const OrderDocument printed = *document;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&printed](QPrinter *target) { documents::print(printed, *target, QLocale()); });
    preview.exec();
}

bool OrderPrintActions::savePdf(const QString &path)
{
    const auto document = printableDocument(m_db, m_clock, m_orderId);
    if (!document) {
        showError(tr("Could not save the PDF"), document.errorMessage());
        return false;
    }
    const PaperSize paper = readBusinessProfile(m_db).paperSize;
    if (auto s = documents::writePdf(*document, path, documents::pageSize(paper), QLocale()); !s) {
        showError(tr("Could not save the PDF"), s.errorMessage());
        return false;
    }
    return true;
}

void OrderPrintActions::askAndSavePdf()
{
    const auto document = printableDocument(m_db, m_clock, m_orderId);
    const QString name = document ? (document->title() + QLatin1Char(' ') + document->number).trimmed() : QString();
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save as PDF…"), name + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void OrderPrintActions::issueInvoice()
{
    if (m_orderId <= 0)
        return;
    IssueInvoiceCommand::Hooks hooks;
    // The command outlives this page on the window's undo stack until the stack is cleared.
    const QPointer<OrderPrintActions> self(this);
    hooks.changed = [self](qint64 orderId) {
        if (self)
            emit self->orderChanged(orderId);
    };
    hooks.failed = [self](const QString &message) {
        if (self)
            self->showError(tr("Could not issue the invoice"), message);
    };
    auto *command = new IssueInvoiceCommand(m_db, m_clock, m_orderId, std::move(hooks));
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void OrderPrintActions::showError(const QString &title, const QString &message)
{
    // Tests run without a screen to click on: the offscreen platform gets no modal box.
    if (m_parent && m_parent->isVisible())
        QMessageBox::warning(m_parent, title, message);
}

} // namespace clientele
