// clientele-cli orders pdf: an order slip (a quote for a draft) or the order's invoice as PDF.
#include "commands.h"
#include "orderlookup.h"
#include "output.h"

#include "common/clock.h"
#include "common/money.h"
#include "documentprinter.h"
#include "invoices/invoicerepository.h"
#include "settings/businessprofile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

CommandSpec pdfSpec()
{
    return {QStringLiteral("orders pdf"),
            QStringLiteral("orders pdf ORDER --output FILE [--invoice] [--paper a4|letter] [--json]"),
            Text::tr("Save an order as a PDF: an order slip, or a quote while it is a draft. With --invoice,\n"
                     "issue the order's invoice when it has none (it gets the next invoice number, which is\n"
                     "never given again) and save it, or save the invoice it already has as it was issued.\n"
                     "ORDER may also be the number of an invoice or credit note, which is saved as issued.")
                + QLatin1Char('\n') + orderArgumentHelp(),
            {{QStringLiteral("ORDER")}},
            {{QStringLiteral("output"), QStringLiteral("FILE"), Text::tr("The PDF file to write")},
             {QStringLiteral("invoice"), {}, Text::tr("Issue or reprint the order's invoice")},
             {QStringLiteral("paper"), QStringLiteral("SIZE"),
              Text::tr("a4 or letter; without it the business setting, else the system locale's")},
             {QStringLiteral("json"), {}, Text::tr("Print JSON instead of text")},
             databaseOption()}};
}

int fieldError(const QString &field, const QString &message)
{
    printError(field + QStringLiteral(": ") + message);
    return ExitFailure;
}

struct Printed
{
    OrderDocument document;
    qint64 orderId = 0;
    bool issued = false; ///< issued by this run
};

/// The invoice of `order`: its live one, else a new one.
Result<Printed> invoiceOf(InvoiceRepository &invoices, const Order &order)
{
    const auto live = invoices.liveInvoice(order.id);
    if (!live)
        return live.error();
    if (live->has_value())
        return Printed {(*live)->document, order.id, false};
    const auto id = invoices.issue(order.id);
    if (!id)
        return id.error();
    const auto invoice = invoices.get(*id);
    if (!invoice)
        return invoice.error();
    return Printed {invoice->document, order.id, true};
}

} // namespace

int runOrderPdf(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = pdfSpec();
    int exitCode = ExitOk;
    const auto parsed = parseCommand(spec, words, exitCode);
    if (!parsed)
        return exitCode;
    const QString output = parsed->value(QStringLiteral("output"));
    if (!parsed->isSet(QStringLiteral("output")) || output.isEmpty())
        return usageError(Text::tr("a PDF needs --output FILE"), spec.name);
    std::optional<PaperSize> paper;
    if (parsed->isSet(QStringLiteral("paper"))) {
        paper = paperSizeFromString(parsed->value(QStringLiteral("paper")));
        if (!paper)
            return fieldError(
                QStringLiteral("--paper"),
                Text::tr("unknown paper size '%1' (a4 or letter)").arg(parsed->value(QStringLiteral("paper"))));
    }
    const bool wantInvoice = parsed->isSet(QStringLiteral("invoice"));

    const auto database = openDatabase(databasePath(global, *parsed),
                                       wantInvoice ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const QSqlDatabase db = database->connection();
    const OrderRepository orders(db, systemClock());
    InvoiceRepository invoices(db, systemClock());
    const QString argument = parsed->arguments().constFirst();

    Result<Printed> printed = Error {};
    if (const auto order = findOrder(orders, argument)) {
        if (wantInvoice) {
            printed = invoiceOf(invoices, *order);
        } else {
            const auto customer = readDocumentCustomer(db, order->contactId);
            if (!customer) {
                printError(customer.errorMessage());
                return ExitFailure;
            }
            printed = Printed {orderDocument(*order, readBusinessProfile(db), *customer), order->id, false};
        }
    } else if (order.error().kind != Error::Kind::NotFound) {
        printError(order.errorMessage());
        return ExitFailure;
    } else if (const auto invoice = invoices.findByNumber(argument)) {
        printed = Printed {invoice->document, invoice->orderId, false};
    } else {
        printError(order.errorMessage());
        return ExitFailure;
    }
    if (!printed) {
        const Error &error = printed.error();
        if (error.field == QLatin1String("status"))
            return fieldError(QStringLiteral("ORDER"), error.message);
        printError(error.message);
        return ExitFailure;
    }

    const OrderDocument &document = printed->document;
    const PaperSize size = paper.value_or(readBusinessProfile(db).paperSize);
    if (auto s = documents::writePdf(document, output, documents::pageSize(size), QLocale()); !s)
        return fieldError(QStringLiteral("--output"), s.errorMessage());

    if (parsed->isSet(QStringLiteral("json"))) {
        printJson(
            QJsonObject {{QStringLiteral("file"), output},
                         {QStringLiteral("kind"), toString(document.kind)},
                         {QStringLiteral("number"), document.number},
                         {QStringLiteral("order_id"), printed->orderId},
                         {QStringLiteral("order_number"), document.orderNumber},
                         {QStringLiteral("issued"), printed->issued},
                         {QStringLiteral("paper"), toString(size)},
                         {QStringLiteral("currency"), document.currency},
                         {QStringLiteral("total"), plainAmount(document.totalMinor, document.currency)},
                         {QStringLiteral("amount_due"), plainAmount(document.amountDueMinor, document.currency)}});
        return ExitOk;
    }
    if (printed->issued)
        printOut(Text::tr("Issued invoice %1 for order %2.\n").arg(document.number, document.orderNumber));
    printOut(Text::tr("Wrote %1 %2 to %3\n").arg(document.title(), document.number, output));
    return ExitOk;
}

} // namespace clientele::cli
