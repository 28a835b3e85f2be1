#!/usr/bin/env python3
"""Writes the benchmark's YAML changelog (bench/gen_changelog.py) in another form, the same
change-sets (ids, authors, order) either way:
  to_formats.py xml CHANGELOG.yaml OUT.xml          the same changes as XML elements
  to_formats.py sql CHANGELOG.yaml OUT.sql SCRIPT   formatted SQL: each change-set's statements as basalt's
                                                    update-sql SCRIPT of the YAML changelog printed them
  to_formats.py project CHANGELOG.yaml OUTDIR [N]   a master changelog.yaml including N files (default 200)
                                                    under OUTDIR/changes/, the change-sets split evenly
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

import yaml


def text_of(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# The attribute an element's text holds (<sql>...</sql>, <createView>query</createView>).
TEXT_ATTRIBUTE = {"sql": "sql", "createView": "selectQuery"}


def element(name, value, indent):
    pad = " " * indent
    if not isinstance(value, dict):
        return [f"{pad}<{name}>{escape(text_of(value))}</{name}>"]
    attributes, children, trailing, text = [], [], [], None
    for key, v in value.items():
        if key == "columns":  # repeated <column> elements
            for item in v:
                children += element("column", item["column"], indent + 2)
        elif isinstance(v, dict):
            children += element(key, v, indent + 2)
        elif TEXT_ATTRIBUTE.get(name) == key:
            text = escape(text_of(v))
        elif name == "update" and key == "where":  # an element, after the columns
            trailing.append(f"{pad}  <where>{escape(text_of(v))}</where>")
        else:
            attributes.append(f" {key}={quoteattr(text_of(v))}")
    head = f"{pad}<{name}{''.join(attributes)}"
    if text is not None:
        return [f"{head}>{text}</{name}>"]
    if not children and not trailing:
        return [f"{head}/>"]
    return [f"{head}>"] + children + trailing + [f"{pad}</{name}>"]


def to_xml(change_sets):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
           '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
           '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog '
           'http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.28.xsd">']
    for entry in change_sets:
        cs = entry["changeSet"]
        out.append(f'  <changeSet id={quoteattr(cs["id"])} author={quoteattr(cs["author"])}>')
        if "comment" in cs:
            out.append(f"    <comment>{escape(cs['comment'])}</comment>")
        for change in cs["changes"]:
            (name, value), = change.items()
            out += element(name, value, 4)
        out.append("  </changeSet>")
    out.append("</databaseChangeLog>")
    return "\n".join(out) + "\n"


def to_sql(change_sets, script):
    """Each change-set's statements from basalt's update-sql script, tracker statements left out."""
    statements, current = {}, None
    for block in script.split("\n\n"):
        for line in block.splitlines():
            if line.startswith("-- Changeset "):
                current = line.rsplit("::", 2)[-2]
                statements[current] = []
        body = "\n".join(l for l in block.splitlines() if not l.startswith("--")).strip()
        if current and body and "databasechangelog" not in body.lower():
            statements[current].append(body)
    out = ["--liquibase formatted sql", ""]
    for entry in change_sets:
        cs = entry["changeSet"]
        out.append(f"--changeset {cs['author']}:{cs['id']}")
        if "comment" in cs:
            out.append(f"--comment: {cs['comment']}")
        out += statements.get(cs["id"]) or ["SELECT 1;"]  # a tagDatabase: nothing of its own to run
        out.append("")
    return "\n".join(out)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    form, source, target = sys.argv[1:4]
    with open(source) as f:
        change_sets = yaml.safe_load(f)["databaseChangeLog"]
    if form == "xml":
        text = to_xml(change_sets)
    elif form == "sql":
        with open(sys.argv[4]) as f:
            text = to_sql(change_sets, f.read())
    elif form == "project":
        files = int(sys.argv[4]) if len(sys.argv) > 4 else 200
        os.makedirs(os.path.join(target, "changes"), exist_ok=True)
        per = -(-len(change_sets) // files)
        master = ["databaseChangeLog:"]
        for i in range(files):
            part = change_sets[i * per:(i + 1) * per]
            if not part:
                break
            name = f"changes/{i + 1:03d}.yaml"
            with open(os.path.join(target, name), "w") as f:
                yaml.safe_dump({"databaseChangeLog": part}, f, sort_keys=False, default_flow_style=False)
            master.append(f"  - include:\n      file: {name}\n      relativeToChangelogFile: true")
        with open(os.path.join(target, "changelog.yaml"), "w") as f:
            f.write("\n".join(master) + "\n")
        return
    else:
        sys.exit(__doc__)
    with open(target, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
