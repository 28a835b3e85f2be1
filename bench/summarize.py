#!/usr/bin/env python3
"""Medians of bench/run.sh samples as a markdown table with Liquibase/basalt and basalt/floor ratios,
then the issue's targets: every operation at least 10x faster than Liquibase (wall), update within
1.5x of the floor, peak memory under 50 MB at 5000 change-sets."""
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

print()
for size in sorted({k[0] for k in samples}):
    server, l_wall = median((size, "server", "update"), 0), median((size, "liquibase", "update"), 0)
    if server:
        ceiling = f"; Liquibase's update takes {ratio(l_wall, server)} that, the most any engine could gain" if l_wall else ""
        print(f"- {size} change-sets: the same script sent as one query (one round trip, one transaction) takes "
              f"{fmt(server)} s{ceiling}")

misses = []
for size in sorted({k[0] for k in samples}):
    for op in ["update", "status", "no-op update", "update-sql"]:
        b_wall, l_wall = median((size, "basalt", op), 0), median((size, "liquibase", op), 0)
        if b_wall and l_wall and l_wall / b_wall < 10:
            server = median((size, "server", op), 0)
            bound = f"; the server's own work takes {server:.2f} s, so no engine can be more than {l_wall / server:.1f}x faster" if server else ""
            misses.append(f"{size} {op}: {l_wall / b_wall:.1f}x faster than Liquibase (target 10x){bound}")
        rss = median((size, "basalt", op), 2)
        if size >= 5000 and rss is not None and rss >= 50:
            misses.append(f"{size} {op}: peak RSS {rss:.1f} MB (target under 50 MB)")
    b_wall, floor = median((size, "basalt", "update"), 0), median((size, "floor", "update"), 0)
    if b_wall and floor and b_wall / floor > 1.5:
        misses.append(f"{size} update: {b_wall / floor:.2f}x the floor (target 1.5x)")
print()
print("Targets missed: " + ("none" if not misses else ""))
for m in misses:
    print(f"- {m}")
