#pragma once

#include "invoices/orderdocument.h"

#include <QLocale>
#include <QString>

namespace clientele::documents {

/// The document as the HTML subset QTextDocument lays out: the business on top, the title and
/// number, the dates, the customer, the lines, subtotal, discount, tax per rate, total, deposit,
/// paid and amount due, and the bank details at the foot. Amounts are formatted with
/// formatMoney() in `locale`, dates in its short format (no seconds); nothing is computed. The
/// logo, when there is one, is the image resource named by logoResource().
QString documentHtml(const OrderDocument &document, const QLocale &locale);

QString logoResource();

} // namespace clientele::documents
