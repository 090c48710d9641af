#include "printabledocument.h"

#include "invoicerepository.h"

#include "orders/orderrepository.h"
#include "settings/businessprofile.h"

namespace clientele {

Result<OrderDocument> printableDocument(QSqlDatabase db, const Clock &clock, qint64 orderId)
{
    const auto live = InvoiceRepository(db, clock).liveInvoice(orderId);
    if (!live)
        return live.error();
    if (live->has_value())
        return (*live)->document;
    const auto order = OrderRepository(db, clock).get(orderId);
    if (!order)
        return order.error();
    const auto customer = readDocumentCustomer(db, order->contactId);
    if (!customer)
        return customer.error();
    return orderDocument(*order, readBusinessProfile(db), *customer);
}

} // namespace clientele
