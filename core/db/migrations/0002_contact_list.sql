-- Schema version 2: what the contact list sorts and filters on, kept in the contact row.
--
-- The list sorts a million contacts by company, email, tags, last order, lifetime value or next
-- follow-up. Computing those per row on every page would scan the whole book, so each contact
-- carries them in columns that triggers keep up to date, with an index per sort; every page is
-- then an index range read of a hundred entries. The columns are never written by the
-- application, only by the triggers below.
--
-- None of them is NULL, so that keyset paging can compare row values ((key, sort_key, id) >
-- (...)) without NULL special cases: '' means "none" for text and 0 for money.
--
--   last_name_key     "last name, then the whole name" for the "last name" order: the tail of
--                     sort_key when the display name ends with the last name (so it keeps
--                     sort_key's folding of diacritics), otherwise lower(last_name); companies
--                     and people without a last name use their sort_key
--   company_key       the company's sort_key
--   primary_email     the first email (primary first, then position), as shown in the list
--   primary_phone     the first phone, likewise
--   tag_list          the tag names joined with ', '
--   last_order_at     the newest order that counts as revenue (not draft, not cancelled, not
--                     in the trash), '' when none
--   lifetime_minor    the sum of those orders' totals, in minor units
--   next_followup_at  the earliest open follow-up (snoozed ones at their snooze time), '' when none

ALTER TABLE contacts ADD COLUMN last_name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN company_key TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN primary_email TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN primary_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN tag_list TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN last_order_at TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN lifetime_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN next_followup_at TEXT NOT NULL DEFAULT '';

-- Backfill: every statement below is the one its trigger runs, applied to all contacts.
UPDATE contacts
   SET last_name_key = CASE
           WHEN kind = 'company' OR last_name = '' THEN sort_key
           WHEN length(sort_key) = length(display_name) AND substr(display_name, -length(last_name)) = last_name
               THEN substr(sort_key, -length(last_name)) || ' ' || sort_key
           ELSE lower(last_name) || ' ' || sort_key
       END,
       company_key = COALESCE((SELECT co.sort_key FROM contacts co WHERE co.id = contacts.company_id), ''),
       primary_email = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'email'
                                 ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''),
       primary_phone = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'phone'
                                 ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''),
       tag_list = COALESCE((SELECT group_concat(t.name, ', ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                            WHERE ct.contact_id = contacts.id), ''),
       last_order_at = COALESCE((SELECT max(o.ordered_at) FROM orders o WHERE o.contact_id = contacts.id
                                 AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), ''),
       lifetime_minor = COALESCE((SELECT sum(o.total_minor) FROM orders o WHERE o.contact_id = contacts.id
                                  AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), 0),
       next_followup_at = COALESCE((SELECT min(COALESCE(f.snoozed_until, f.due_at)) FROM followups f
                                    WHERE f.contact_id = contacts.id AND f.done_at IS NULL AND f.deleted_at IS NULL), '');

-- One index per list order, led by deleted_at because the list always shows either the live
-- contacts or the trash. Orders with many equal keys (no company, no orders) break ties by name.
CREATE INDEX contacts_list_last_name ON contacts (deleted_at, last_name_key, id);
CREATE INDEX contacts_list_company ON contacts (deleted_at, company_key, sort_key, id);
CREATE INDEX contacts_list_email ON contacts (deleted_at, primary_email, id);
CREATE INDEX contacts_list_phone ON contacts (deleted_at, primary_phone, id);
CREATE INDEX contacts_list_tags ON contacts (deleted_at, tag_list, sort_key, id);
CREATE INDEX contacts_list_last_order ON contacts (deleted_at, last_order_at, sort_key, id);
CREATE INDEX contacts_list_lifetime ON contacts (deleted_at, lifetime_minor, sort_key, id);
CREATE INDEX contacts_list_followup ON contacts (deleted_at, next_followup_at, sort_key, id);

-- The contact's own keys.
CREATE TRIGGER contacts_list_insert AFTER INSERT ON contacts BEGIN
    UPDATE contacts
       SET last_name_key = CASE
               WHEN kind = 'company' OR last_name = '' THEN sort_key
               WHEN length(sort_key) = length(display_name) AND substr(display_name, -length(last_name)) = last_name
                   THEN substr(sort_key, -length(last_name)) || ' ' || sort_key
               ELSE lower(last_name) || ' ' || sort_key
           END,
           company_key = COALESCE((SELECT co.sort_key FROM contacts co WHERE co.id = NEW.company_id), '')
     WHERE id = NEW.id;
END;

CREATE TRIGGER contacts_list_names AFTER UPDATE OF kind, display_name, last_name, sort_key ON contacts BEGIN
    UPDATE contacts
       SET last_name_key = CASE
               WHEN kind = 'company' OR last_name = '' THEN sort_key
               WHEN length(sort_key) = length(display_name) AND substr(display_name, -length(last_name)) = last_name
                   THEN substr(sort_key, -length(last_name)) || ' ' || sort_key
               ELSE lower(last_name) || ' ' || sort_key
           END
     WHERE id = NEW.id;
    -- A renamed company moves its members in the company order.
    UPDATE contacts SET company_key = NEW.sort_key
     WHERE OLD.sort_key <> NEW.sort_key AND company_id = NEW.id;
END;

CREATE TRIGGER contacts_list_company AFTER UPDATE OF company_id ON contacts BEGIN
    UPDATE contacts
       SET company_key = COALESCE((SELECT co.sort_key FROM contacts co WHERE co.id = NEW.company_id), '')
     WHERE id = NEW.id;
END;

-- Emails and phones.
CREATE TRIGGER contact_methods_list_insert AFTER INSERT ON contact_methods BEGIN
    UPDATE contacts
       SET primary_email = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'email'
                                     ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''),
           primary_phone = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'phone'
                                     ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), '')
     WHERE id = NEW.contact_id;
END;

CREATE TRIGGER contact_methods_list_update AFTER UPDATE ON contact_methods BEGIN
    UPDATE contacts
       SET primary_email = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'email'
                                     ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''),
           primary_phone = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'phone'
                                     ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), '')
     WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER contact_methods_list_delete AFTER DELETE ON contact_methods BEGIN
    UPDATE contacts
       SET primary_email = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'email'
                                     ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''),
           primary_phone = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id AND m.kind = 'phone'
                                     ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), '')
     WHERE id = OLD.contact_id;
END;

-- Tags.
CREATE TRIGGER contact_tags_list_insert AFTER INSERT ON contact_tags BEGIN
    UPDATE contacts
       SET tag_list = COALESCE((SELECT group_concat(t.name, ', ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                                WHERE ct.contact_id = contacts.id), '')
     WHERE id = NEW.contact_id;
END;

CREATE TRIGGER contact_tags_list_delete AFTER DELETE ON contact_tags BEGIN
    UPDATE contacts
       SET tag_list = COALESCE((SELECT group_concat(t.name, ', ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                                WHERE ct.contact_id = contacts.id), '')
     WHERE id = OLD.contact_id;
END;

CREATE TRIGGER tags_list_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE contacts
       SET tag_list = COALESCE((SELECT group_concat(t.name, ', ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                                WHERE ct.contact_id = contacts.id), '')
     WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = NEW.id);
END;

-- Orders: the last order date and lifetime value of the contacts an order belongs (or belonged) to.
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

-- Follow-ups: the earliest open one.
CREATE TRIGGER followups_list_insert AFTER INSERT ON followups WHEN NEW.contact_id IS NOT NULL BEGIN
    UPDATE contacts
       SET next_followup_at = COALESCE((SELECT min(COALESCE(f.snoozed_until, f.due_at)) FROM followups f
                                        WHERE f.contact_id = contacts.id AND f.done_at IS NULL AND f.deleted_at IS NULL), '')
     WHERE id = NEW.contact_id;
END;

CREATE TRIGGER followups_list_update AFTER UPDATE OF contact_id, due_at, done_at, snoozed_until, deleted_at ON followups BEGIN
    UPDATE contacts
       SET next_followup_at = COALESCE((SELECT min(COALESCE(f.snoozed_until, f.due_at)) FROM followups f
                                        WHERE f.contact_id = contacts.id AND f.done_at IS NULL AND f.deleted_at IS NULL), '')
     WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER followups_list_delete AFTER DELETE ON followups WHEN OLD.contact_id IS NOT NULL BEGIN
    UPDATE contacts
       SET next_followup_at = COALESCE((SELECT min(COALESCE(f.snoozed_until, f.due_at)) FROM followups f
                                        WHERE f.contact_id = contacts.id AND f.done_at IS NULL AND f.deleted_at IS NULL), '')
     WHERE id = OLD.contact_id;
END;
