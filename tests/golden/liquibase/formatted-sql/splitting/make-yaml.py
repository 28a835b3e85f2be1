#!/usr/bin/env python3
"""Writes NAME.yaml beside each one-change-set NAME.sql of this folder: the same change-set (id,
author) with the same SQL text in a YAML `sql` change. endDelimiter, splitStatements and stripComments of
the --changeset line become attributes of the sql change, failOnError stays on the change-set. Run by hand when a case is added (the outputs are
committed as inputs of capture.sh)."""
import glob, os, re

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.sql"))):
    lines = open(path, encoding="utf-8").read().split("\n")
    heads = [i for i, l in enumerate(lines) if l.startswith("--changeset ")]
    if len(heads) != 1:
        continue
    head = lines[heads[0]].split()
    author, cid = head[1].split(":", 1)
    attrs = dict(a.split(":", 1) for a in head[2:])
    body = "\n".join(lines[heads[0] + 1:]).strip("\n")
    out = ["databaseChangeLog:", "  - changeSet:", f"      id: {cid}", f"      author: {author}"]
    if "failOnError" in attrs:
        out.append(f"      failOnError: {attrs['failOnError']}")
    out += ["      changes:", "        - sql:"]
    for key in ("endDelimiter", "splitStatements", "stripComments"):
        if key in attrs:
            out.append(f"            {key}: '{attrs[key]}'" if key == "endDelimiter" else f"            {key}: {attrs[key]}")
    out.append("            sql: |")
    out += [("              " + l) if l else "" for l in body.split("\n")]
    open(path[:-4] + ".yaml", "w", encoding="utf-8").write("\n".join(out) + "\n")
