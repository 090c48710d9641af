#pragma once

#include "invoices/orderdocument.h"

#include "common/result.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace clientele::documents {

/// The page size of a paper setting.
QPageSize pageSize(PaperSize paper);

/// Lays the document out into `text` (HTML, the logo as a resource, the default font), ready to
/// print on any paged device: a QPdfWriter, or a QPrinter from a print or preview dialog.
void layOut(QTextDocument &text, const OrderDocument &document, const QLocale &locale);

/// Prints the document on `device` (its page size and margins as set), paginating long orders.
void print(const OrderDocument &document, QPagedPaintDevice &device, const QLocale &locale);

/// Writes the document as a PDF file, atomically (QSaveFile): an existing file is replaced only
/// when the whole PDF was written. Needs a QGuiApplication (fonts).
Status writePdf(const OrderDocument &document, const QString &path, const QPageSize &size, const QLocale &locale);

} // namespace clientele::documents
