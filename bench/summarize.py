#!/usr/bin/env python3
"""Medians of bench/run.sh samples as a markdown table with Liquibase/basalt and basalt/floor ratios,
per size and changelog form (yaml, xml, sql, project), then the targets: every operation at least 10x
faster than Liquibase (wall), update within 1.5x of the floor, peak memory under 50 MB at 5000
change-sets. The floor is measured on the YAML form's SQL, which every form shares."""
import collections
import statistics
import sys

samples = collections.defaultdict(list)
with open(sys.argv[1]) as f:
    for line in f:
        size, form, engine, op, wall, cpu, rss = line.rstrip("\n").split("\t")
        samples[((int(size), form), engine, op)].append((float(wall), float(cpu), int(rss) / 1024))

FORMS = ["yaml", "xml", "sql", "project"]


def order(key):
    size, form = key
    return size, FORMS.index(form) if form in FORMS else len(FORMS)


def label(key):
    return f"{key[0]} ({key[1]})"


def floor_of(key, op):
    return median(((key[0], "yaml"), op[0], op[1]), 0)


def median(key, i):
    values = samples.get(key)
    return statistics.median(v[i] for v in values) if values else None


def fmt(x, digits=2):
    return "n/a" if x is None else f"{x:.{digits}f}"


def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.1f}x"


print(f"medians of {sys.argv[2]} alternating runs; wall and CPU in seconds, peak RSS in MB\n")
print("| change-sets (changelog) | operation | basalt wall | basalt CPU | basalt RSS | Liquibase wall | Liquibase CPU "
      "| Liquibase RSS | wall: Liquibase/basalt | CPU: Liquibase/basalt | basalt/floor |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
keys = sorted({k[0] for k in samples if k[1] in ("basalt", "liquibase")}, key=order)
for size in keys:
    for op in ["update", "status", "no-op update", "update-sql"]:
        b = [median((size, "basalt", op), i) for i in range(3)]
        l = [median((size, "liquibase", op), i) for i in range(3)]
        floor = floor_of(size, ("floor", "update")) if op == "update" else None
        floor_ratio = ratio(b[0], floor).replace("x", "") if floor else ""
        floor_cell = f"{floor_ratio} (floor {fmt(floor)} s)" if floor else ""
        print(f"| {label(size)} | {op} | {fmt(b[0])} | {fmt(b[1])} | {fmt(b[2], 1)} | {fmt(l[0])} | {fmt(l[1])} "
              f"| {fmt(l[2], 0)} | {ratio(l[0], b[0])} | {ratio(l[1], b[1])} | {floor_cell} |")

print()
for size in keys:
    if size[1] != "yaml":
        continue
    server, l_wall = median((size, "server", "update"), 0), median((size, "liquibase", "update"), 0)
    if server:
        ceiling = f"; Liquibase's update takes {ratio(l_wall, server)} that, the most any engine could gain" if l_wall else ""
        print(f"- {size[0]} change-sets: the same script sent as one query (one round trip, one transaction) takes "
              f"{fmt(server)} s{ceiling}")

misses = []
for size in keys:
    for op in ["update", "status", "no-op update", "update-sql"]:
        b_wall, l_wall = median((size, "basalt", op), 0), median((size, "liquibase", op), 0)
        if b_wall and l_wall and l_wall / b_wall < 10:
            server = floor_of(size, ("server", op))
            bound = f"; the server's own work takes {server:.2f} s, so no engine can be more than {l_wall / server:.1f}x faster" if server else ""
            misses.append(f"{label(size)} {op}: {l_wall / b_wall:.1f}x faster than Liquibase (target 10x){bound}")
        rss = median((size, "basalt", op), 2)
        if size[0] >= 5000 and rss is not None and rss >= 50:
            misses.append(f"{label(size)} {op}: peak RSS {rss:.1f} MB (target under 50 MB)")
    b_wall, floor = median((size, "basalt", "update"), 0), floor_of(size, ("floor", "update"))
    if b_wall and floor and b_wall / floor > 1.5:
        misses.append(f"{label(size)} update: {b_wall / floor:.2f}x the floor (target 1.5x)")
print()
print("Targets missed: " + ("none" if not misses else ""))
for m in misses:
    print(f"- {m}")
