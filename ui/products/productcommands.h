#pragma once

#include "products/product.h"

#include "common/reportingcommand.h"

namespace clientele {

/// "New product “Sourdough”": stores it; undo puts it in the trash, redo takes it out again.
class CreateProductCommand final : public ReportingCommand
{
public:
    CreateProductCommand(QSqlDatabase db, const Clock &clock, Product product, CommandHooks hooks);
    void redo() override;
    void undo() override;
    qint64 productId() const { return m_id; }

private:
    Product m_product;
    qint64 m_id = 0;
};

/// "Edit product “Sourdough”", "Archive product “Sourdough”": replaces the stored product with
/// the edited one, and back.
class EditProductCommand final : public ReportingCommand
{
public:
    EditProductCommand(QSqlDatabase db, const Clock &clock, Product before, Product after, CommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    Product m_before;
    Product m_after;
};

} // namespace clientele
