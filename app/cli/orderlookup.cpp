#include "orderlookup.h"

#include "commandline.h"

#include <QCoreApplication>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

} // namespace

QString orderArgumentHelp()
{
    return Text::tr("ORDER is an order's id or its number: a whole number is taken as an id first, then as a\n"
                    "number; '#1001' is always the number 1001.");
}

Result<Order> findOrder(const OrderRepository &repository, const QString &text)
{
    const QString notFound = Text::tr("No order with id or number %1").arg(text);
    if (text.startsWith(QLatin1Char('#'))) {
        auto order = repository.findByNumber(text.mid(1));
        if (!order && order.error().kind == Error::Kind::NotFound)
            return Error {Text::tr("No order with number %1").arg(text.mid(1)), {}, Error::Kind::NotFound};
        return order;
    }
    if (const auto id = parsePositive(text)) {
        auto order = repository.get(*id);
        if (order || order.error().kind != Error::Kind::NotFound)
            return order;
    }
    auto order = repository.findByNumber(text);
    if (!order && order.error().kind == Error::Kind::NotFound)
        return Error {notFound, {}, Error::Kind::NotFound};
    return order;
}

} // namespace clientele::cli
