-- Clientele schema version 1: the whole domain. Later versions add behaviour, not tables, and
-- this file is never edited once landed: changes are new numbered migrations.
--
-- Conventions, chosen so the same schema runs on PostgreSQL:
--   * times are UTC ISO-8601 text ('2026-11-24T09:30:00.000Z'), dates are 'YYYY-MM-DD' text;
--   * money is an integer in minor units plus an ISO 4217 code, never a float;
--   * fractional quantities (0.5 kg) are integers in thousandths (quantity_milli);
--   * case-insensitive uniqueness uses a stored lower-case key instead of COLLATE NOCASE;
--   * booleans are 0/1 integers with CHECK constraints.

CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

-- Business-wide settings: business name, default currency, default phone region, ...
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE import_batches (
    id              INTEGER PRIMARY KEY,
    entity          TEXT NOT NULL DEFAULT 'contacts' CHECK (entity IN ('contacts', 'orders')),
    source_file     TEXT NOT NULL,
    file_format     TEXT NOT NULL DEFAULT '',
    encoding        TEXT NOT NULL DEFAULT '',
    delimiter       TEXT NOT NULL DEFAULT '',
    options         TEXT NOT NULL DEFAULT '{}',   -- JSON: mapping, duplicate policy, ...
    status          TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'undone')),
    rows_read       INTEGER NOT NULL DEFAULT 0,
    created_count   INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    skipped_count   INTEGER NOT NULL DEFAULT 0,
    rejected_count  INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    undone_at       TEXT
);

-- Every record an import created or changed, with the values it had before, so that
-- "Undo import" can delete what was created and restore what was overwritten.
CREATE TABLE import_changes (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    before     TEXT            -- JSON of the overwritten values; NULL for 'created'
);
CREATE INDEX import_changes_batch ON import_changes (batch_id, entity);

-- Saved column mappings of the import wizard.
CREATE TABLE import_presets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    entity      TEXT NOT NULL DEFAULT 'contacts',
    mapping     TEXT NOT NULL,   -- JSON: column header to field
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- People and companies. A person may belong to a company (another row of kind 'company').
CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    company_id       INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    first_name       TEXT NOT NULL DEFAULT '',
    last_name        TEXT NOT NULL DEFAULT '',
    display_name     TEXT NOT NULL,
    sort_key         TEXT NOT NULL DEFAULT '',    -- lower-case "last first" for ordering
    job_title        TEXT NOT NULL DEFAULT '',
    -- A birthday may be known without its year ("--05-14"): month and day are stored apart.
    birthday_year    INTEGER,
    birthday_month   INTEGER CHECK (birthday_month BETWEEN 1 AND 12),
    birthday_day     INTEGER CHECK (birthday_day BETWEEN 1 AND 31),
    street           TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    region           TEXT NOT NULL DEFAULT '',
    postal_code      TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    email_consent    INTEGER CHECK (email_consent IN (0, 1)),   -- NULL: never asked
    consent_date     TEXT,
    consent_source   TEXT NOT NULL DEFAULT '',
    import_batch_id  INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT                                          -- set: in the trash
);
CREATE INDEX contacts_company ON contacts (company_id);
CREATE INDEX contacts_sort ON contacts (deleted_at, sort_key, id);
CREATE INDEX contacts_birthday ON contacts (birthday_month, birthday_day);
CREATE INDEX contacts_batch ON contacts (import_batch_id);

-- Emails, phones and web addresses; several per contact, each with a label.
CREATE TABLE contact_methods (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'web')),
    label            TEXT NOT NULL DEFAULT '',
    value            TEXT NOT NULL,               -- as the user typed it
    normalized       TEXT NOT NULL,               -- lower-cased email, E.164 phone: for matching
    is_primary       INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    position         INTEGER NOT NULL DEFAULT 0,
    import_batch_id  INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
);
CREATE INDEX contact_methods_contact ON contact_methods (contact_id, kind, position);
CREATE INDEX contact_methods_match ON contact_methods (kind, normalized);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,             -- lower-case name: "VIP" and "vip" are one tag
    color       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE contact_tags (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
);
CREATE INDEX contact_tags_tag ON contact_tags (tag_id);

-- User-defined fields such as "Allergies" or "Favourite cake".
CREATE TABLE custom_fields (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL DEFAULT 'contact' CHECK (entity IN ('contact', 'order', 'deal')),
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    field_type  TEXT NOT NULL DEFAULT 'text' CHECK (field_type IN ('text', 'number', 'date', 'bool', 'choice')),
    choices     TEXT NOT NULL DEFAULT '[]',       -- JSON array, for 'choice'
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    UNIQUE (entity, name_key)
);

CREATE TABLE custom_field_values (
    field_id   INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL,                  -- contacts.id (or orders.id, deals.id)
    value      TEXT NOT NULL,
    PRIMARY KEY (field_id, entity_id)
);
CREATE INDEX custom_field_values_entity ON custom_field_values (entity_id);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    sku          TEXT NOT NULL DEFAULT '',
    unit         TEXT NOT NULL DEFAULT 'pcs',      -- 'pcs', 'kg', 'h', ...
    price_minor  INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX products_name ON products (name);

-- Orders and invoices. Totals are kept in the row (maintained by the repository from the lines)
-- so that lists and charts never sum lines on the fly.
CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL DEFAULT 'order' CHECK (kind IN ('order', 'invoice')),
    number           TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open'
                     CHECK (status IN ('draft', 'open', 'ready', 'completed', 'cancelled')),
    ordered_at       TEXT NOT NULL,
    due_date         TEXT,                        -- pickup or payment due date
    currency         TEXT NOT NULL,
    subtotal_minor   INTEGER NOT NULL DEFAULT 0,
    discount_minor   INTEGER NOT NULL DEFAULT 0,
    tax_minor        INTEGER NOT NULL DEFAULT 0,
    total_minor      INTEGER NOT NULL DEFAULT 0,
    paid_minor       INTEGER NOT NULL DEFAULT 0,
    payment_status   TEXT NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'partial', 'paid', 'refunded')),
    paid_at          TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    external_ref     TEXT NOT NULL DEFAULT '',     -- id in the shop system it came from
    import_batch_id  INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX orders_contact ON orders (contact_id, ordered_at);
CREATE INDEX orders_ordered ON orders (ordered_at);
CREATE INDEX orders_due ON orders (due_date);
CREATE INDEX orders_batch ON orders (import_batch_id);

CREATE TABLE order_lines (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id        INTEGER REFERENCES products(id) ON DELETE SET NULL,
    position          INTEGER NOT NULL DEFAULT 0,
    description       TEXT NOT NULL DEFAULT '',
    quantity_milli    INTEGER NOT NULL DEFAULT 1000,  -- 0.5 kg is 500
    unit              TEXT NOT NULL DEFAULT 'pcs',
    unit_price_minor  INTEGER NOT NULL DEFAULT 0,
    line_total_minor  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_lines_order ON order_lines (order_id, position);
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE pipeline_stages (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    position             INTEGER NOT NULL DEFAULT 0,
    default_probability  INTEGER NOT NULL DEFAULT 0 CHECK (default_probability BETWEEN 0 AND 100),
    created_at           TEXT NOT NULL
);

CREATE TABLE deals (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    stage_id         INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    value_minor      INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL,
    probability      INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    expected_close   TEXT,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    lost_reason      TEXT NOT NULL DEFAULT '',
    closed_at        TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    position         INTEGER NOT NULL DEFAULT 0,   -- order within its stage column
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX deals_stage ON deals (status, stage_id, position);
CREATE INDEX deals_contact ON deals (contact_id);

-- Notes, calls, emails, meetings and visits in a contact's timeline.
CREATE TABLE activities (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    deal_id          INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    order_id         INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('note', 'call', 'email', 'meeting', 'visit')),
    occurred_at      TEXT NOT NULL,
    subject          TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    import_batch_id  INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX activities_contact ON activities (contact_id, occurred_at);
CREATE INDEX activities_deal ON activities (deal_id);

CREATE TABLE followups (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    order_id         INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    deal_id          INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    notes            TEXT NOT NULL DEFAULT '',
    due_at           TEXT NOT NULL,
    done_at          TEXT,
    snoozed_until    TEXT,
    -- iCalendar RRULE subset ('FREQ=WEEKLY;INTERVAL=2'); empty: does not repeat.
    recurrence       TEXT NOT NULL DEFAULT '',
    import_batch_id  INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX followups_due ON followups (done_at, due_at);
CREATE INDEX followups_contact ON followups (contact_id);
CREATE INDEX followups_order ON followups (order_id);
CREATE INDEX followups_deal ON followups (deal_id);

-- Who changed what, when. `changes` is JSON: {"field": [old, new], ...} or a snapshot.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    action     TEXT NOT NULL,
    changes    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

-- Full-text index, one document per contact. It is a standalone FTS5 table (rowid = contact id)
-- rebuilt per contact by the triggers below, because a contact's searchable text spans several
-- tables. remove_diacritics 2 makes "muller" match "Müller"; prefix='2 3' speeds "smi*".
CREATE VIRTUAL TABLE contact_fts USING fts5(
    name, company, emails, phones, tags, notes, activities,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The name column holds the display name, plus first and last name when the display name does
-- not already contain them (a nickname), so that snippets do not repeat the name.
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities)
    SELECT c.id,
           c.display_name || CASE WHEN instr(c.display_name, c.first_name) > 0 AND instr(c.display_name, c.last_name) > 0
                                   THEN '' ELSE ' ' || c.first_name || ' ' || c.last_name END,
           COALESCE((SELECT co.display_name FROM contacts co WHERE co.id = c.company_id), ''),
           '', '', '', c.notes, ''
    FROM contacts c WHERE c.id = NEW.id;
END;

CREATE TRIGGER contacts_fts_update AFTER UPDATE OF display_name, first_name, last_name, company_id, notes ON contacts BEGIN
    UPDATE contact_fts
       SET name = NEW.display_name || CASE WHEN instr(NEW.display_name, NEW.first_name) > 0
                                             AND instr(NEW.display_name, NEW.last_name) > 0
                                        THEN '' ELSE ' ' || NEW.first_name || ' ' || NEW.last_name END,
           company = COALESCE((SELECT co.display_name FROM contacts co WHERE co.id = NEW.company_id), ''),
           notes = NEW.notes
     WHERE rowid = NEW.id;
    -- A renamed company renames itself in its members' documents.
    UPDATE contact_fts
       SET company = NEW.display_name
     WHERE OLD.display_name <> NEW.display_name
       AND rowid IN (SELECT m.id FROM contacts m WHERE m.company_id = NEW.id);
END;

CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.id;
END;

-- Phones are indexed as typed, as E.164, and as digits only (international and as typed), so
-- "5035550123" and "+1503555" both find "(503) 555-0123".
CREATE TRIGGER contact_methods_fts_insert AFTER INSERT ON contact_methods BEGIN
    UPDATE contact_fts
       SET emails = COALESCE((SELECT group_concat(m.value, ' ') FROM contact_methods m
                              WHERE m.contact_id = NEW.contact_id AND m.kind = 'email'), ''),
           phones = COALESCE((SELECT group_concat(m.value || ' ' || m.normalized || ' ' || replace(m.normalized, '+', '') || ' ' ||
                                     replace(replace(replace(replace(replace(replace(m.value, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), ' ')
                              FROM contact_methods m
                              WHERE m.contact_id = NEW.contact_id AND m.kind = 'phone'), '')
     WHERE rowid = NEW.contact_id;
END;

CREATE TRIGGER contact_methods_fts_update AFTER UPDATE ON contact_methods BEGIN
    UPDATE contact_fts
       SET emails = COALESCE((SELECT group_concat(m.value, ' ') FROM contact_methods m
                              WHERE m.contact_id = contact_fts.rowid AND m.kind = 'email'), ''),
           phones = COALESCE((SELECT group_concat(m.value || ' ' || m.normalized || ' ' || replace(m.normalized, '+', '') || ' ' ||
                                     replace(replace(replace(replace(replace(replace(m.value, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), ' ')
                              FROM contact_methods m
                              WHERE m.contact_id = contact_fts.rowid AND m.kind = 'phone'), '')
     WHERE rowid IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER contact_methods_fts_delete AFTER DELETE ON contact_methods BEGIN
    UPDATE contact_fts
       SET emails = COALESCE((SELECT group_concat(m.value, ' ') FROM contact_methods m
                              WHERE m.contact_id = OLD.contact_id AND m.kind = 'email'), ''),
           phones = COALESCE((SELECT group_concat(m.value || ' ' || m.normalized || ' ' || replace(m.normalized, '+', '') || ' ' ||
                                     replace(replace(replace(replace(replace(replace(m.value, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), ' ')
                              FROM contact_methods m
                              WHERE m.contact_id = OLD.contact_id AND m.kind = 'phone'), '')
     WHERE rowid = OLD.contact_id;
END;

CREATE TRIGGER contact_tags_fts_insert AFTER INSERT ON contact_tags BEGIN
    UPDATE contact_fts
       SET tags = COALESCE((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                            WHERE ct.contact_id = NEW.contact_id), '')
     WHERE rowid = NEW.contact_id;
END;

CREATE TRIGGER contact_tags_fts_delete AFTER DELETE ON contact_tags BEGIN
    UPDATE contact_fts
       SET tags = COALESCE((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                            WHERE ct.contact_id = OLD.contact_id), '')
     WHERE rowid = OLD.contact_id;
END;

CREATE TRIGGER tags_fts_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE contact_fts
       SET tags = COALESCE((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                            WHERE ct.contact_id = contact_fts.rowid), '')
     WHERE rowid IN (SELECT contact_id FROM contact_tags WHERE tag_id = NEW.id);
END;

CREATE TRIGGER activities_fts_insert AFTER INSERT ON activities WHEN NEW.contact_id IS NOT NULL BEGIN
    UPDATE contact_fts
       SET activities = COALESCE((SELECT group_concat(a.subject || ' ' || a.body, ' ') FROM activities a
                                  WHERE a.contact_id = NEW.contact_id AND a.deleted_at IS NULL), '')
     WHERE rowid = NEW.contact_id;
END;

CREATE TRIGGER activities_fts_update AFTER UPDATE ON activities BEGIN
    UPDATE contact_fts
       SET activities = COALESCE((SELECT group_concat(a.subject || ' ' || a.body, ' ') FROM activities a
                                  WHERE a.contact_id = contact_fts.rowid AND a.deleted_at IS NULL), '')
     WHERE rowid IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER activities_fts_delete AFTER DELETE ON activities WHEN OLD.contact_id IS NOT NULL BEGIN
    UPDATE contact_fts
       SET activities = COALESCE((SELECT group_concat(a.subject || ' ' || a.body, ' ') FROM activities a
                                  WHERE a.contact_id = OLD.contact_id AND a.deleted_at IS NULL), '')
     WHERE rowid = OLD.contact_id;
END;
