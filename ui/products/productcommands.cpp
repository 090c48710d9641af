#include "productcommands.h"

#include "products/productrepository.h"

#include <QCoreApplication>

namespace clientele {

namespace {

/// lupdate files these strings under "ProductCommands", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ProductCommands)
};

} // namespace

CreateProductCommand::CreateProductCommand(QSqlDatabase db, const Clock &clock, Product product, CommandHooks hooks)
    : ReportingCommand(std::move(db), clock, std::move(hooks))
    , m_product(std::move(product))
{
    setText(Text::tr("New product “%1”").arg(m_product.name));
}

void CreateProductCommand::redo()
{
    ProductRepository products(m_db, m_clock);
    if (m_id != 0) {
        finish(products.restore(m_id), m_id);
        return;
    }
    const auto created = products.create(m_product);
    if (created)
        m_id = *created;
    finish(created ? Status() : Status(created.error()), m_id);
}

void CreateProductCommand::undo()
{
    if (m_id != 0)
        finish(ProductRepository(m_db, m_clock).moveToTrash(m_id), 0);
}

EditProductCommand::EditProductCommand(QSqlDatabase db, const Clock &clock, Product before, Product after,
                                       CommandHooks hooks)
    : ReportingCommand(std::move(db), clock, std::move(hooks))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before.active && !m_after.active)
        setText(Text::tr("Archive product “%1”").arg(m_before.name));
    else if (!m_before.active && m_after.active)
        setText(Text::tr("Bring back product “%1”").arg(m_before.name));
    else
        setText(Text::tr("Edit product “%1”").arg(m_before.name));
}

void EditProductCommand::redo()
{
    finish(ProductRepository(m_db, m_clock).update(m_after), m_after.id);
}

void EditProductCommand::undo()
{
    finish(ProductRepository(m_db, m_clock).update(m_before), m_before.id);
}

} // namespace clientele
