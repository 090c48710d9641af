#!/usr/bin/env python3
"""Clientele's benchmarks, run by `./dev bench` on a Release build.

    run_benchmarks.py BUILD_DIR [--quick]

Figures are ratios measured side by side in one run (these machines are shared and noisy),
never absolute pass/fail times.

Import: the full pipeline of `clientele-cli import` (parse, decode, map, validate, normalize,
dedup, insert, index) against the sqlite3 shell's `.import` of the same file into a bare table,
for 100,000 generated customers, beside the "schema floor" (the same rows moved set-based into
Clientele's tables and search index, with no import logic); then 1,000,000 customers with peak
memory, the same file again (every row a reported duplicate) and the undo of the big batch (not
with --quick).

Contacts: bench_contacts (tests/bench/benchcontacts.cpp) on a generated database of 1,000,000
contacts (100,000 with --quick), kept in BUILD_DIR/bench-data and reused: open to first page,
search keystroke latency, sort by last name. The issue sets these as absolute targets.
"""
import csv
import os
import pathlib
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
GENERATOR = ROOT.parent / "shared" / "data" / "gen_customers.py"


def run(*args):
    subprocess.run([str(a) for a in args], check=True, stdout=subprocess.DEVNULL)


def timed(*args):
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


def peak_mb(*args, work):
    out = work / "time.out"
    run("/usr/bin/time", "-f", "%M", "-o", out, *args)
    return int(out.read_text().split()[-1]) / 1024


def customers(work, n):
    path = work / f"customers_{n}.csv"
    if not path.exists():
        print(f"Generating {n:,} customers...", file=sys.stderr)
        run(sys.executable, GENERATOR, "-n", n, "--seed", 1, "--out", work)
    return path


def fresh(path):
    for suffix in ("", "-wal", "-shm", ".lock"):
        pathlib.Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def count(db, sql):
    out = subprocess.run(["sqlite3", str(db), sql], check=True, capture_output=True, text=True)
    return int(out.stdout.strip())


# The least any importer writing Clientele's schema must do for the same rows: set-based
# INSERT ... SELECT from the bare table into contacts, emails and phones (no parsing, no
# validation, no phone normalization, no duplicate matching), the list's sort keys, and one
# full-text index build.
# It shows how much of the gap to `.import` is the schema itself (indexes and FTS5), which no
# amount of work on the importer can close.
SCHEMA_FLOOR_SQL = """
ATTACH '{shell}' AS s;
PRAGMA cache_size = -65536;
BEGIN;
DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contact_methods_fts_insert;
DROP TRIGGER contacts_list_insert;
DROP TRIGGER contact_methods_list_insert;
INSERT INTO contacts (id, kind, first_name, last_name, display_name, sort_key, street, city, region,
                      postal_code, country, notes, created_at, updated_at)
  SELECT rowid, 'person', first_name, last_name, first_name || ' ' || last_name,
         lower(last_name || ' ' || first_name), street, city, region, postal_code, country, notes,
         created_at, created_at FROM s.customers;
INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position)
  SELECT rowid, 'email', '', email, lower(email), 1, 0 FROM s.customers WHERE email <> '';
INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position)
  SELECT rowid, 'phone', '', phone, replace(phone, ' ', ''), 1, 0 FROM s.customers WHERE phone <> '';
UPDATE contacts
   SET last_name_key = lower(last_name) || ' ' || sort_key,
       primary_email = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id
                                 AND m.kind = 'email' LIMIT 1), ''),
       primary_phone = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id
                                 AND m.kind = 'phone' LIMIT 1), '');
INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities)
  SELECT c.id, c.display_name, '',
         COALESCE((SELECT group_concat(m.value, ' ') FROM contact_methods m
                   WHERE m.contact_id = c.id AND m.kind = 'email'), ''),
         COALESCE((SELECT group_concat(m.value || ' ' || m.normalized, ' ') FROM contact_methods m
                   WHERE m.contact_id = c.id AND m.kind = 'phone'), ''),
         '', c.notes, ''
  FROM contacts c;
COMMIT;
"""


def import_benchmark(cli, work, n):
    source = customers(work, n)
    with open(source, newline="", encoding="utf-8") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1
    shell_db = fresh(work / "shell.sqlite")
    t_shell = timed("sqlite3", shell_db, "-cmd", ".mode csv", f".import '{source}' customers")
    floor_db = fresh(work / "floor.sqlite")
    run(cli, "--db", floor_db, "init")
    script = work / "floor.sql"
    script.write_text(SCHEMA_FLOOR_SQL.format(shell=shell_db))
    t_floor = timed("sqlite3", floor_db, f".read '{script}'")
    db = fresh(work / "clientele.sqlite")
    run(cli, "--db", db, "init")
    t_clientele = timed(cli, "--db", db, "import", source)
    created = count(db, "SELECT COUNT(*) FROM contacts WHERE kind = 'person'")
    r_shell, r_floor, r_clientele = rows / t_shell, rows / t_floor, rows / t_clientele
    print(f"import {rows:>9,} rows: sqlite3 .import {r_shell:>9,.0f} rows/s | "
          f"clientele-cli import {r_clientele:>9,.0f} rows/s | "
          f"ratio {100 * r_clientele / r_shell:5.1f} % (target >= 40 %) | {created:,} people stored")
    print(f"import {rows:>9,} rows: schema floor (set-based SQL into Clientele's tables and index, "
          f"no import logic) {r_floor:>9,.0f} rows/s = {100 * r_floor / r_shell:5.1f} % of .import; "
          f"clientele-cli import = {100 * r_clientele / r_floor:5.1f} % of the floor")


def memory_benchmark(cli, work, n):
    source = customers(work, n)
    db = fresh(work / "memory.sqlite")
    run(cli, "--db", db, "init")
    start = time.perf_counter()
    mb = peak_mb(cli, "--db", db, "import", source, work=work)
    t_import = time.perf_counter() - start
    print(f"import {n:>9,} rows: peak memory {mb:6.1f} MB (target < 250 MB), {n / t_import:,.0f} rows/s")
    # The same file again: every row is a duplicate and becomes a "skipped" issue in the report.
    start = time.perf_counter()
    mb_again = peak_mb(cli, "--db", db, "import", source, "--report", work / "again.csv", work=work)
    t_again = time.perf_counter() - start
    print(f"import {n:>9,} rows again (all duplicates, every one reported): peak memory {mb_again:6.1f} MB "
          f"(target < 250 MB), {n / t_again:,.0f} rows/s")
    start = time.perf_counter()
    mb_undo = peak_mb(cli, "--db", db, "undo-import", "1", work=work)
    t_undo = time.perf_counter() - start
    left = count(db, "SELECT COUNT(*) FROM contacts")
    print(f"undo-import of the {n:,}-row batch: {t_undo:.1f} s ({t_undo / t_import:.2f} x its import time), "
          f"peak memory {mb_undo:6.1f} MB, {left:,} contacts left")


def contacts_benchmark(build, work, quick):
    bench = build / "tests" / "bench" / "bench_contacts"
    if not bench.exists():
        sys.exit(f"run_benchmarks: {bench} is missing; build first")
    n = 100_000 if quick else 1_000_000
    subprocess.run([str(bench), "--contacts", str(n), "--db", str(work / f"contacts_{n}.sqlite")], check=True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1]).resolve()
    quick = "--quick" in sys.argv[2:]
    cli = build / "app" / "cli" / "clientele-cli"
    for tool in ("sqlite3", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.exit(f"run_benchmarks: {tool} is missing (./dev bench installs it)")
    if not cli.exists():
        sys.exit(f"run_benchmarks: {cli} is missing; build first")
    work = build / "bench-data"
    work.mkdir(exist_ok=True)
    print(f"Clientele benchmarks, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores")
    import_benchmark(cli, work, 100_000)
    if not quick:
        memory_benchmark(cli, work, 1_000_000)
    sys.stdout.flush()
    contacts_benchmark(build, work, quick)


if __name__ == "__main__":
    main()
