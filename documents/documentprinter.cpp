#include "documentprinter.h"

#include "documenthtml.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace clientele::documents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLayout)
};

} // namespace

QPageSize pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

void layOut(QTextDocument &text, const OrderDocument &document, const QLocale &locale)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    text.setDefaultFont(font);
    if (!document.business.logo.isEmpty()) {
        const QImage logo = QImage::fromData(document.business.logo);
        if (!logo.isNull())
            text.addResource(QTextDocument::ImageResource, QUrl(logoResource()), logo);
    }
    text.setHtml(documentHtml(document, locale));
}

void print(const OrderDocument &document, QPagedPaintDevice &device, const QLocale &locale)
{
    QTextDocument text;
    layOut(text, document, locale);
    text.print(&device);
}

Status writePdf(const OrderDocument &document, const QString &path, const QPageSize &size, const QLocale &locale)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Text::tr("Could not write %1: %2").arg(path, file.errorString()), QStringLiteral("output")};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(size);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(document.number.isEmpty() ? document.title()
                                                  : QStringLiteral("%1 %2").arg(document.title(), document.number));
        writer.setCreator(QStringLiteral("Clientele"));
        print(document, writer, locale);
    }
    if (!file.commit())
        return Error {Text::tr("Could not write %1: %2").arg(path, file.errorString()), QStringLiteral("output")};
    return {};
}

} // namespace clientele::documents
