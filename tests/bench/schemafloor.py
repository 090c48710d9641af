"""The benchmark's "schema floor": the least work Clientele's schema needs to hold the rows of a
customers file, done by the sqlite3 shell with no import logic at all.

The rows are first loaded into a bare table (the `.import` the importer is compared with); the
floor then moves them set-based into Clientele's tables the cheapest valid way:

- the triggers that keep the search index and the list's sort keys are dropped, and so are the
  indexes whose keys land at random places (the list orders, sort, birthday, e-mail/phone match);
- contacts, their companies, e-mail addresses, phone numbers, tags and the file's other columns
  (the customer number, kept as a custom field as the importer keeps it; the file is read as
  Shopify's layout, whose spending column the importer leaves out) are written with one INSERT ... SELECT each,
  the list's sort keys computed in the INSERT itself, never by a second UPDATE pass;
- the dropped indexes are built again by sorting, with the sorter's helper threads;
- the search index gets one document per contact from one INSERT ... SELECT over the bare table
  (no correlated subqueries), with FTS5's automatic merging paused while it is built.

`grown_floor_sql` is the same floor for a file that is small beside the book it goes into (a tenth
of a book of a million): rebuilding the book's indexes would cost more than the rows, so they stay
and take each new key where it belongs, as the importer's do for such a batch (BulkIndexing).

What the floor leaves out is what only an importer does: decoding and parsing the file, mapping,
validation, phone normalization, duplicate matching, the audit trail and the undo record.
"""

# Indexes that the floor drops and builds again (the same BulkIndexing drops for a big batch).
SCATTERED_INDEXES = ("name LIKE 'contacts\\_list\\_%' ESCAPE '\\' OR name IN "
                     "('contacts_sort', 'contacts_birthday', 'contact_methods_match')")
TRIGGERS = "sql LIKE '%contact_fts%' OR name LIKE '%\\_list\\_%' ESCAPE '\\'"

NOW = "2026-01-01T00:00:00Z"


def people_sql(last_id):
    """The people of the bare table into contacts, with ids after `last_id` and their list keys
    computed in the INSERT itself."""
    return f"""INSERT INTO contacts (id, kind, company_id, first_name, last_name, display_name, sort_key, street, city,
                      region, postal_code, country, notes, email_consent, last_name_key, company_key,
                      primary_email, primary_phone, tag_list, created_at, updated_at)
  SELECT {last_id} + c.rowid, 'person', co.id, c.first_name, c.last_name, c.first_name || ' ' || c.last_name,
         lower(c.last_name || ' ' || c.first_name), c.street, c.city, c.region, c.postal_code, c.country, c.notes,
         c.accepts_marketing = 'yes', lower(c.last_name) || ' ' || lower(c.last_name || ' ' || c.first_name),
         COALESCE(lower(co.name), ''), c.email, c.phone, replace(c.tags, ',', ', '), c.created_at, c.created_at
    FROM s.customers c LEFT JOIN company_ids co ON co.name_key = lower(c.company);"""


def floor_sql(shell_db, rows, indexes, triggers):
    """The script for the sqlite3 shell. `rows`: the customers in the bare table; `indexes`,
    `triggers`: (name, sql) of the scattered indexes and the index triggers of a new book."""
    drop_triggers = "\n".join(f'DROP TRIGGER "{name}";' for name, _ in triggers)
    drop_indexes = "\n".join(f'DROP INDEX "{name}";' for name, _ in indexes)
    create_indexes = "\n".join(f"{sql};" for _, sql in indexes)
    return f"""
ATTACH '{shell_db}' AS s;
PRAGMA cache_size = -65536;
PRAGMA threads = 2;
BEGIN;
{drop_triggers}
{drop_indexes}
CREATE TEMP TABLE company_ids AS
  SELECT lower(company) AS name_key, min(company) AS name, {rows} + row_number() OVER (ORDER BY min(rowid)) AS id
    FROM s.customers WHERE company <> '' GROUP BY lower(company);
CREATE UNIQUE INDEX temp.company_ids_key ON company_ids (name_key);
INSERT INTO contacts (id, kind, display_name, sort_key, last_name_key, created_at, updated_at)
  SELECT id, 'company', name, lower(name), lower(name), '{NOW}', '{NOW}' FROM company_ids;
{people_sql(0)}
INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position)
  SELECT rowid, 'email', '', email, lower(email), 1, 0 FROM s.customers WHERE email <> '';
INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position)
  SELECT rowid, 'phone', '', phone, replace(phone, ' ', ''), 1, 0 FROM s.customers WHERE phone <> '';
CREATE TEMP TABLE tagged AS
  WITH RECURSIVE split(id, tag, rest) AS (
    SELECT rowid, '', tags || ',' FROM s.customers WHERE tags <> ''
    UNION ALL
    SELECT id, trim(substr(rest, 1, instr(rest, ',') - 1)), substr(rest, instr(rest, ',') + 1)
      FROM split WHERE rest <> '')
  SELECT id, tag FROM split WHERE tag <> '';
INSERT INTO tags (name, name_key, created_at) SELECT min(tag), lower(tag), '{NOW}' FROM tagged GROUP BY lower(tag);
INSERT OR IGNORE INTO contact_tags (contact_id, tag_id)
  SELECT g.id, t.id FROM tagged g JOIN tags t ON t.name_key = lower(g.tag);
INSERT INTO custom_fields (id, name, name_key, field_type, created_at)
  VALUES (1, 'customer_id', 'customer_id', 'text', '{NOW}');
INSERT INTO custom_field_values (field_id, entity_id, value)
  SELECT 1, rowid, customer_id FROM s.customers WHERE customer_id <> '';
{create_indexes}
INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', 0);
INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities)
  SELECT id, name, '', '', '', '', '', '' FROM company_ids;
INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities)
  SELECT rowid, first_name || ' ' || last_name, company, email,
         phone || ' ' || replace(phone, ' ', '') || ' ' || replace(replace(phone, ' ', ''), '+', ''), tags, notes, ''
    FROM s.customers;
INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', 4);
COMMIT;
"""


def grown_floor_sql(shell_db, last_id, triggers):
    """The floor for the rows of the bare table going into a book whose highest contact id is
    `last_id`, its indexes kept; `triggers`: (name, sql) of the book's index triggers, dropped for
    the write and created again before the commit, as the importer does."""
    drop_triggers = "\n".join(f'DROP TRIGGER "{name}";' for name, _ in triggers)
    create_triggers = "\n".join(f"{sql};" for _, sql in triggers)
    return f"""
ATTACH '{shell_db}' AS s;
PRAGMA cache_size = -65536;
BEGIN;
{drop_triggers}
CREATE TEMP TABLE company_ids AS
  SELECT lower(company) AS name_key, min(company) AS name,
         {last_id} + (SELECT count(*) FROM s.customers) + row_number() OVER (ORDER BY min(rowid)) AS id
    FROM s.customers WHERE company <> '' GROUP BY lower(company);
CREATE UNIQUE INDEX temp.company_ids_key ON company_ids (name_key);
INSERT INTO contacts (id, kind, display_name, sort_key, last_name_key, created_at, updated_at)
  SELECT id, 'company', name, lower(name), lower(name), '{NOW}', '{NOW}' FROM company_ids;
{people_sql(last_id)}
INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position)
  SELECT {last_id} + rowid, 'email', '', email, lower(email), 1, 0 FROM s.customers WHERE email <> '';
INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position)
  SELECT {last_id} + rowid, 'phone', '', phone, replace(phone, ' ', ''), 1, 0 FROM s.customers WHERE phone <> '';
CREATE TEMP TABLE tagged AS
  WITH RECURSIVE split(id, tag, rest) AS (
    SELECT {last_id} + rowid, '', tags || ',' FROM s.customers WHERE tags <> ''
    UNION ALL
    SELECT id, trim(substr(rest, 1, instr(rest, ',') - 1)), substr(rest, instr(rest, ',') + 1)
      FROM split WHERE rest <> '')
  SELECT id, tag FROM split WHERE tag <> '';
INSERT OR IGNORE INTO tags (name, name_key, created_at)
  SELECT min(tag), lower(tag), '{NOW}' FROM tagged GROUP BY lower(tag);
INSERT OR IGNORE INTO contact_tags (contact_id, tag_id)
  SELECT g.id, t.id FROM tagged g JOIN tags t ON t.name_key = lower(g.tag);
INSERT OR IGNORE INTO custom_fields (entity, name, name_key, field_type, created_at)
  VALUES ('contact', 'customer_id', 'customer_id', 'text', '{NOW}');
INSERT INTO custom_field_values (field_id, entity_id, value)
  SELECT (SELECT id FROM custom_fields WHERE entity = 'contact' AND name_key = 'customer_id'), {last_id} + rowid,
         customer_id FROM s.customers WHERE customer_id <> '';
INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities)
  SELECT id, name, '', '', '', '', '', '' FROM company_ids;
INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities)
  SELECT {last_id} + rowid, first_name || ' ' || last_name, company, email,
         phone || ' ' || replace(phone, ' ', '') || ' ' || replace(replace(phone, ' ', ''), '+', ''), tags, notes, ''
    FROM s.customers;
{create_triggers}
COMMIT;
"""
