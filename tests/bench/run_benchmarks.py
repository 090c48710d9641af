#!/usr/bin/env python3
"""Clientele's benchmarks, run by `./dev bench` on a Release build.

    run_benchmarks.py BUILD_DIR [--quick]

Figures are ratios measured side by side in one run (these machines are shared and noisy),
never absolute pass/fail times.

Import: the full pipeline of `clientele-cli import` (parse, decode, map, validate, normalize,
dedup, insert, index) against the sqlite3 shell's `.import` of the same file into a bare table,
for 100,000 generated customers; then 1,000,000 customers with peak memory (not with --quick).
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


def import_benchmark(cli, work, n):
    source = customers(work, n)
    with open(source, newline="", encoding="utf-8") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1
    shell_db = fresh(work / "shell.sqlite")
    t_shell = timed("sqlite3", shell_db, "-cmd", ".mode csv", f".import '{source}' customers")
    db = fresh(work / "clientele.sqlite")
    run(cli, "--db", db, "init")
    t_clientele = timed(cli, "--db", db, "import", source)
    created = count(db, "SELECT COUNT(*) FROM contacts WHERE kind = 'person'")
    r_shell, r_clientele = rows / t_shell, rows / t_clientele
    print(f"import {rows:>9,} rows: sqlite3 .import {r_shell:>9,.0f} rows/s | "
          f"clientele-cli import {r_clientele:>9,.0f} rows/s | "
          f"ratio {100 * r_clientele / r_shell:5.1f} % (target >= 40 %) | {created:,} people stored")


def memory_benchmark(cli, work, n):
    source = customers(work, n)
    db = fresh(work / "memory.sqlite")
    run(cli, "--db", db, "init")
    mb = peak_mb(cli, "--db", db, "import", source, work=work)
    print(f"import {n:>9,} rows: peak memory {mb:6.1f} MB (target < 250 MB)")


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


if __name__ == "__main__":
    main()
