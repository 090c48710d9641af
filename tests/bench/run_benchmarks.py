#!/usr/bin/env python3
"""Clientele's benchmarks, run by `./dev bench` on a Release build.

    run_benchmarks.py BUILD_DIR [--quick]

Figures are ratios measured side by side in one run (these machines are shared and noisy),
never absolute pass/fail times.

Import (the targets of issue 9): the full pipeline of `clientele-cli import` (parse, decode, map,
validate, normalize phones, match duplicates, insert, list keys, search index) on generated
customers, beside the sqlite3 shell's `.import` of the same file into a bare table and beside the
"schema floor" (schemafloor.py: the least work Clientele's schema needs for the same rows):
100,000 customers into an empty book; 1,000,000 into an empty book (wall time and peak memory);
100,000 other customers into that book of a million, beside the schema floor for the same rows
into a copy of that book and into an empty one (how much of its rate the schema itself keeps in a
large book); the undo of the million-row batch. The last three are left out with --quick.

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

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import schemafloor  # noqa: E402

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


def schema_objects(db, kind, where):
    out = subprocess.run(["sqlite3", "-separator", "\x1f", "-newline", "\x1e", str(db),
                          f"SELECT name, sql FROM sqlite_master WHERE type = '{kind}' AND sql IS NOT NULL "
                          f"AND ({where}) ORDER BY name"], check=True, capture_output=True, text=True)
    return [tuple(record.split("\x1f", 1)) for record in out.stdout.split("\x1e") if record.strip()]


def schema_floor(cli, work, shell_db, rows, name):
    """Seconds the schema floor (schemafloor.py) takes for the rows of the bare table."""
    db = fresh(work / f"floor_{name}.sqlite")
    run(cli, "--db", db, "init")
    indexes = schema_objects(db, "index", schemafloor.SCATTERED_INDEXES)
    triggers = schema_objects(db, "trigger", schemafloor.TRIGGERS)
    script = work / f"floor_{name}.sql"
    script.write_text(schemafloor.floor_sql(shell_db, rows, indexes, triggers))
    seconds = timed("sqlite3", db, f".read '{script}'")
    fresh(db)
    return seconds


def bare_import(work, source, name):
    """Seconds of the sqlite3 shell's .import of the file into a bare table, and the table's file."""
    shell_db = fresh(work / f"shell_{name}.sqlite")
    seconds = timed("sqlite3", shell_db, "-cmd", ".mode csv", f".import '{source}' customers")
    return seconds, shell_db


def row_count(source):
    with open(source, newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def other_customers(work, n):
    """n customers that are not in customers_<N>.csv: another seed, and e-mail addresses that the
    first seed cannot have (a "+b" tag), so that an import into that book creates them."""
    path = work / f"other_customers_{n}.csv"
    if path.exists():
        return path
    seed2 = work / "seed2"
    seed2.mkdir(exist_ok=True)
    run(sys.executable, GENERATOR, "-n", n, "--seed", 2, "--out", seed2)
    with open(seed2 / f"customers_{n}.csv", newline="", encoding="utf-8") as f, \
            open(path, "w", newline="", encoding="utf-8") as out:
        reader, writer = csv.DictReader(f), None
        for record in reader:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=reader.fieldnames, lineterminator="\n")
                writer.writeheader()
            local, at, domain = record["email"].partition("@")
            if at:
                record["email"] = f"{local}+b@{domain}"
            writer.writerow(record)
    return path


def import_benchmark(cli, work, n):
    """100,000 customers into an empty book: .import, the schema floor and clientele-cli import."""
    source = customers(work, n)
    rows = row_count(source)
    t_shell, shell_db = bare_import(work, source, n)
    t_floor = schema_floor(cli, work, shell_db, rows, n)
    db = fresh(work / "clientele.sqlite")
    run(cli, "--db", db, "init")
    t_clientele = timed(cli, "--db", db, "import", source)
    created = count(db, "SELECT COUNT(*) FROM contacts WHERE kind = 'person'")
    r_shell, r_floor, r_clientele = rows / t_shell, rows / t_floor, rows / t_clientele
    print(f"import {rows:>9,} rows into an empty book: sqlite3 .import {r_shell:>9,.0f} rows/s ({t_shell:.2f} s) | "
          f"clientele-cli import {r_clientele:>9,.0f} rows/s ({t_clientele:.1f} s) = "
          f"{100 * r_clientele / r_shell:5.1f} % of .import (target >= 5 %) | {created:,} people stored")
    print(f"import {rows:>9,} rows: schema floor {r_floor:>9,.0f} rows/s ({t_floor:.1f} s) = "
          f"{100 * r_floor / r_shell:5.1f} % of .import; clientele-cli import = "
          f"{100 * r_clientele / r_floor:5.1f} % of the floor")
    return r_clientele


def million_benchmark(cli, work, n, small, empty_rate):
    """A million customers into an empty book (wall time, peak memory, beside the floor), then
    `small` other customers into that book, then the undo of the million-row batch."""
    source = customers(work, n)
    rows = row_count(source)
    t_shell, shell_db = bare_import(work, source, n)
    t_floor = schema_floor(cli, work, shell_db, rows, n)
    fresh(shell_db)
    db = fresh(work / "million.sqlite")
    run(cli, "--db", db, "init")
    start = time.perf_counter()
    mb = peak_mb(cli, "--db", db, "import", source, work=work)
    t_import = time.perf_counter() - start
    print(f"import {rows:>9,} rows into an empty book: {t_import:.1f} s wall (target <= 60 s), peak memory "
          f"{mb:6.1f} MB (target < 250 MB), {rows / t_import:,.0f} rows/s | schema floor {t_floor:.1f} s; "
          f"clientele-cli import = {100 * t_floor / t_import:5.1f} % of the floor's rate | "
          f".import {t_shell:.1f} s")

    # The same book, copied, takes `small` customers that it does not hold yet.
    grown = fresh(work / "grown.sqlite")
    shutil.copyfile(db, grown)
    other = other_customers(work, small)
    other_rows = row_count(other)
    t_more = timed(cli, "--db", grown, "import", other)
    created = count(grown, "SELECT created_count FROM import_batches ORDER BY id DESC LIMIT 1")
    r_more = other_rows / t_more
    print(f"import {other_rows:>9,} rows into the book of {rows:,}: {r_more:,.0f} rows/s ({t_more:.1f} s) = "
          f"{100 * r_more / empty_rate:5.1f} % of the rate into an empty book (target >= 50 %) | "
          f"{created:,} created")
    # The same rows the cheapest valid way into another copy of the book, and into an empty one:
    # how much of its rate the schema itself keeps when the book is large.
    t_other_shell, other_shell = bare_import(work, other, f"other_{small}")
    t_floor_empty = schema_floor(cli, work, other_shell, other_rows, f"other_{small}")
    shutil.copyfile(db, fresh(grown))
    triggers = schema_objects(grown, "trigger", schemafloor.TRIGGERS)
    script = work / "floor_grown.sql"
    script.write_text(schemafloor.grown_floor_sql(other_shell, count(grown, "SELECT max(id) FROM contacts"), triggers))
    t_floor_grown = timed("sqlite3", grown, f".read '{script}'")
    print(f"import {other_rows:>9,} rows: schema floor into the book of {rows:,} {t_floor_grown:.1f} s, into an "
          f"empty book {t_floor_empty:.1f} s = {100 * t_floor_empty / t_floor_grown:5.1f} % of its empty-book rate; "
          f"clientele-cli import = {100 * t_floor_grown / t_more:5.1f} % of the floor into the book")
    fresh(grown)
    fresh(other_shell)

    start = time.perf_counter()
    mb_undo = peak_mb(cli, "--db", db, "undo-import", "1", work=work)
    t_undo = time.perf_counter() - start
    left = count(db, "SELECT COUNT(*) FROM contacts")
    print(f"undo-import of the {rows:,}-row batch: {t_undo:.1f} s = {t_undo / t_import:.2f} x its import time "
          f"(target <= 1.00), peak memory {mb_undo:6.1f} MB, {left:,} contacts left")
    fresh(db)


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
    empty_rate = import_benchmark(cli, work, 100_000)
    if not quick:
        million_benchmark(cli, work, 1_000_000, 100_000, empty_rate)
    sys.stdout.flush()
    contacts_benchmark(build, work, quick)


if __name__ == "__main__":
    main()
