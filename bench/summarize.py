#!/usr/bin/env python3
"""Medians of bench/run.sh samples as a markdown table with Liquibase/basalt and basalt/floor ratios."""
import collections
import statistics
import sys

samples = collections.defaultdict(list)
with open(sys.argv[1]) as f:
    for line in f:
        size, engine, op, wall, cpu, rss = line.rstrip("\n").split("\t")
        samples[(int(size), engine, op)].append((float(wall), float(cpu), int(rss) / 1024))


def median(key, i):
    values = samples.get(key)
    return statistics.median(v[i] for v in values) if values else None


def fmt(x, digits=2):
    return "n/a" if x is None else f"{x:.{digits}f}"


def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.1f}x"


print(f"medians of {sys.argv[2]} alternating runs; wall and CPU in seconds, peak RSS in MB\n")
print("| change-sets | operation | basalt wall | basalt CPU | basalt RSS | Liquibase wall | Liquibase CPU "
      "| Liquibase RSS | wall: Liquibase/basalt | CPU: Liquibase/basalt | basalt/floor |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for size in sorted({k[0] for k in samples}):
    for op in ["update", "status", "no-op update", "update-sql"]:
        b = [median((size, "basalt", op), i) for i in range(3)]
        l = [median((size, "liquibase", op), i) for i in range(3)]
        floor = median((size, "floor", "update"), 0) if op == "update" else None
        floor_ratio = ratio(b[0], floor).replace("x", "") if floor else ""
        floor_cell = f"{floor_ratio} (floor {fmt(floor)} s)" if floor else ""
        print(f"| {size} | {op} | {fmt(b[0])} | {fmt(b[1])} | {fmt(b[2], 1)} | {fmt(l[0])} | {fmt(l[1])} "
              f"| {fmt(l[2], 0)} | {ratio(l[0], b[0])} | {ratio(l[1], b[1])} | {floor_cell} |")
