-- Schema version 4: orders a shop can run its day on.
--
-- orders      statuses follow the counter: draft, confirmed, ready, then collected (picked up)
--             or delivered, or cancelled. Version 3's 'open' orders are confirmed and its
--             'completed' ones collected. New columns:
--               due_at              the pickup or delivery time (UTC) when the customer gave one;
--                                   due_date stays the business-local day it falls on, so "due
--                                   today" needs no time zone arithmetic in SQL
--               fulfilment          'pickup' or 'delivery'; delivery_address for the latter
--               prices_include_tax  how the lines' prices were entered (the business setting at
--                                   the time): 1 tax-inclusive, 0 tax added on top
--               discount_bp         an order-level discount in basis points (1250 is 12.5 %);
--                                   0 with discount_minor > 0 is a discount by amount
--               imported_tax_minor  tax a shop export reported for the whole order, added as
--                                   given (its lines carry no rates); version 3's tax amounts
--               deposit_minor       the deposit asked for when the order was taken
--             The table is rebuilt because SQLite cannot change a CHECK constraint; the migrator
--             runs this with foreign keys off (so order lines, payments and follow-ups keep
--             pointing at the rebuilt rows) and checks them before it commits.
-- order_lines a line discount (percent in basis points, or an amount), its tax rate in basis
--             points (1900 is 19 %) and the tax the line carries after every discount.
-- products    a category, a tax rate; `active` 0 is archived.
-- order_payments  payments, deposits and refunds (negative) with their date and method, so a
--             part-paid order has a history. orders.paid_minor is their sum, kept by the core.
-- order_number_sequences  the prefix and next number of each kind's numbers; the core takes a
--             number and moves the sequence on in the transaction that creates the order.

CREATE TABLE orders_v4 (
    id                  INTEGER PRIMARY KEY,
    contact_id          INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    kind                TEXT NOT NULL DEFAULT 'order' CHECK (kind IN ('order', 'invoice')),
    number              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'confirmed'
                        CHECK (status IN ('draft', 'confirmed', 'ready', 'collected', 'delivered', 'cancelled')),
    ordered_at          TEXT NOT NULL,
    due_date            TEXT,
    due_at              TEXT,
    fulfilment          TEXT NOT NULL DEFAULT 'pickup' CHECK (fulfilment IN ('pickup', 'delivery')),
    delivery_address    TEXT NOT NULL DEFAULT '',
    currency            TEXT NOT NULL,
    prices_include_tax  INTEGER NOT NULL DEFAULT 0 CHECK (prices_include_tax IN (0, 1)),
    subtotal_minor      INTEGER NOT NULL DEFAULT 0,
    discount_bp         INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    discount_minor      INTEGER NOT NULL DEFAULT 0,
    tax_minor           INTEGER NOT NULL DEFAULT 0,
    imported_tax_minor  INTEGER NOT NULL DEFAULT 0,
    total_minor         INTEGER NOT NULL DEFAULT 0,
    deposit_minor       INTEGER NOT NULL DEFAULT 0,
    paid_minor          INTEGER NOT NULL DEFAULT 0,
    payment_status      TEXT NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'partial', 'paid', 'refunded')),
    paid_at             TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    external_ref        TEXT NOT NULL DEFAULT '',
    import_batch_id     INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);

INSERT INTO orders_v4 (id, contact_id, kind, number, status, ordered_at, due_date, currency, subtotal_minor,
                       discount_minor, tax_minor, imported_tax_minor, total_minor, paid_minor, payment_status,
                       paid_at, notes, external_ref, import_batch_id, created_at, updated_at, deleted_at)
SELECT id, contact_id, kind, number,
       CASE status WHEN 'open' THEN 'confirmed' WHEN 'completed' THEN 'collected' ELSE status END,
       ordered_at, due_date, currency, subtotal_minor, discount_minor, tax_minor, tax_minor, total_minor,
       paid_minor, payment_status, paid_at, notes, external_ref, import_batch_id, created_at, updated_at, deleted_at
  FROM orders;

DROP TABLE orders;
ALTER TABLE orders_v4 RENAME TO orders;

-- Version 1's indexes and version 2's list triggers, as they were (dropping the table took them).
CREATE INDEX orders_contact ON orders (contact_id, ordered_at);
CREATE INDEX orders_ordered ON orders (ordered_at);
CREATE INDEX orders_due ON orders (due_date);
CREATE INDEX orders_batch ON orders (import_batch_id);

CREATE TRIGGER orders_list_insert AFTER INSERT ON orders WHEN NEW.contact_id IS NOT NULL BEGIN
    UPDATE contacts
       SET last_order_at = COALESCE((SELECT max(o.ordered_at) FROM orders o WHERE o.contact_id = contacts.id
                                     AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), ''),
           lifetime_minor = COALESCE((SELECT sum(o.total_minor) FROM orders o WHERE o.contact_id = contacts.id
                                      AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), 0)
     WHERE id = NEW.contact_id;
END;

CREATE TRIGGER orders_list_update AFTER UPDATE OF contact_id, status, ordered_at, total_minor, deleted_at ON orders BEGIN
    UPDATE contacts
       SET last_order_at = COALESCE((SELECT max(o.ordered_at) FROM orders o WHERE o.contact_id = contacts.id
                                     AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), ''),
           lifetime_minor = COALESCE((SELECT sum(o.total_minor) FROM orders o WHERE o.contact_id = contacts.id
                                      AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), 0)
     WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER orders_list_delete AFTER DELETE ON orders WHEN OLD.contact_id IS NOT NULL BEGIN
    UPDATE contacts
       SET last_order_at = COALESCE((SELECT max(o.ordered_at) FROM orders o WHERE o.contact_id = contacts.id
                                     AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), ''),
           lifetime_minor = COALESCE((SELECT sum(o.total_minor) FROM orders o WHERE o.contact_id = contacts.id
                                      AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), 0)
     WHERE id = OLD.contact_id;
END;

-- Looking an order up by its number (the search box, `orders show NUMBER`).
CREATE INDEX orders_number ON orders (number);
-- The morning's pickups in time order.
CREATE INDEX orders_due_at ON orders (due_at) WHERE due_at IS NOT NULL;

ALTER TABLE order_lines ADD COLUMN discount_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN tax_minor INTEGER NOT NULL DEFAULT 0;

ALTER TABLE products ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0;

CREATE TABLE order_payments (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    paid_at       TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor <> 0),   -- negative: a refund
    method        TEXT NOT NULL DEFAULT 'other' CHECK (method IN ('cash', 'card', 'transfer', 'other')),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    deleted_at    TEXT                                          -- removed by the user (undoable)
);
CREATE INDEX order_payments_order ON order_payments (order_id, paid_at);
CREATE INDEX order_payments_paid ON order_payments (paid_at);

-- What version 3 knew of a payment: how much, and when the order became paid.
INSERT INTO order_payments (order_id, paid_at, amount_minor, method, created_at)
SELECT id, COALESCE(paid_at, ordered_at), paid_minor, 'other', updated_at FROM orders WHERE paid_minor > 0;

CREATE TABLE order_number_sequences (
    kind         TEXT PRIMARY KEY CHECK (kind IN ('order', 'invoice')),
    prefix       TEXT NOT NULL DEFAULT '',
    next_number  INTEGER NOT NULL CHECK (next_number > 0),
    width        INTEGER NOT NULL DEFAULT 0 CHECK (width BETWEEN 0 AND 12)   -- zero-padded digits
);
INSERT INTO order_number_sequences (kind, prefix, next_number, width) VALUES ('order', '', 1001, 0);
INSERT INTO order_number_sequences (kind, prefix, next_number, width) VALUES ('invoice', 'INV-', 1, 4);
