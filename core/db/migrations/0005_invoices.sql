-- Schema version 5: invoices and credit notes, issued from orders.
--
-- invoices    one row per issued document. An invoice gets its number from the 'invoice'
--             sequence when it is issued, in the transaction that stores it, so numbers are
--             gapless: a rolled-back issue gives its number back, a committed one is never reused.
--             Credit notes take their numbers from the same sequence (one unbroken series of
--             invoice documents, as tax offices accept), and credits_invoice_id names the invoice
--             they undo. Rows are never updated or deleted: the core has no API for either.
--               kind         'invoice' or 'credit_note'
--               issued_at    UTC
--               snapshot     JSON of what was invoiced at issue time (business, customer, lines,
--                            taxes per rate, totals), so a reprint never changes
--               total_minor  the document's total in currency; negative for a credit note
-- order_id keeps no ON DELETE action: an order that has an invoice cannot be deleted for good.

CREATE TABLE invoices (
    id                  INTEGER PRIMARY KEY,
    order_id            INTEGER NOT NULL REFERENCES orders(id),
    number              TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    credits_invoice_id  INTEGER REFERENCES invoices(id),
    issued_at           TEXT NOT NULL,
    snapshot            TEXT NOT NULL,
    currency            TEXT NOT NULL,
    total_minor         INTEGER NOT NULL,
    CHECK ((kind = 'invoice') = (credits_invoice_id IS NULL))
);
CREATE INDEX invoices_order ON invoices (order_id, issued_at);
-- An invoice is credited at most once.
CREATE UNIQUE INDEX invoices_credits ON invoices (credits_invoice_id) WHERE credits_invoice_id IS NOT NULL;

-- The book itself refuses to change or delete an issued document, whatever tool writes to it.
CREATE TRIGGER invoices_never_updated BEFORE UPDATE ON invoices BEGIN
    SELECT RAISE(ABORT, 'an issued invoice or credit note is never changed');
END;
CREATE TRIGGER invoices_never_deleted BEFORE DELETE ON invoices BEGIN
    SELECT RAISE(ABORT, 'an issued invoice or credit note is never deleted');
END;
