#!/usr/bin/env python3
"""Writes a YAML changelog of N change-sets with a realistic mix of change types.

Per 1000 change-sets: about 250 createTable (5-15 columns, primary key, foreign keys), 140 addColumn,
140 createIndex, 120 insert, 60 addForeignKeyConstraint, 60 renameColumn, 60 addNotNullConstraint,
60 createView, 110 sql (the mix Liquibase's published figures were measured on), plus 40 update,
30 addDefaultValue and 20 createSequence, and a tagDatabase every 100. Every change-set is valid on
PostgreSQL when applied in order; the same N always gives the same changelog.
Usage: gen_changelog.py N [OUTPUT.yaml]   (standard output without OUTPUT)
"""
import random
import sys

TYPES = ["varchar(100)", "int", "bigint", "boolean", "timestamp", "decimal(10,2)", "text", "date"]
MIX = ([("createTable", 250), ("addColumn", 140), ("createIndex", 140), ("insert", 120),
        ("addForeignKeyConstraint", 60), ("renameColumn", 60), ("addNotNullConstraint", 60),
        ("createView", 60), ("sql", 110), ("update", 40), ("addDefaultValue", 30), ("createSequence", 20)])


def main():
    if len(sys.argv) not in (2, 3) or not sys.argv[1].isdigit():
        sys.exit("usage: gen_changelog.py N [OUTPUT.yaml]")
    n, out = int(sys.argv[1]), (sys.argv[2] if len(sys.argv) == 3 else None)
    rng = random.Random(42)
    kinds = [k for k, w in MIX for _ in range(w)]
    tables = []  # [name, [columns], {column: type}]
    references = set()  # columns holding foreign keys: left NULL by inserts
    counter = {"t": 0, "c": 0, "i": 0, "v": 0, "f": 0, "s": 0}
    lines = ["databaseChangeLog:"]

    def fresh(prefix):
        counter[prefix] += 1
        return f"{prefix}{counter[prefix]}"

    def change_set(i, body, comment=None):
        lines.append("  - changeSet:")
        lines.append(f"      id: cs-{i}")
        lines.append("      author: bench")
        if comment:
            lines.append(f"      comment: {comment}")
        lines.append("      changes:")
        lines.extend("        " + b for b in body)

    def create_table():
        name = "t_" + fresh("t")
        cols, types = ["id"], {"id": "bigint"}
        body = ["- createTable:", f"    tableName: {name}", "    columns:",
                "      - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true}}"]
        for _ in range(rng.randint(4, 14)):
            c = "c_" + fresh("c")
            t = rng.choice(TYPES)
            nullable = "false" if rng.random() < 0.3 else "true"
            body.append(f"      - column: {{name: {c}, type: '{t}', constraints: {{nullable: {nullable}}}}}")
            cols.append(c)
            types[c] = t
        if tables and rng.random() < 0.5:
            parent = rng.choice(tables)[0]
            body.append(f"      - column: {{name: {parent}_id, type: bigint, constraints: "
                        f"{{foreignKeyName: fk_{name}_{parent}, references: {parent}(id)}}}}")
            cols.append(f"{parent}_id")
            types[f"{parent}_id"] = "bigint"
            references.add((name, f"{parent}_id"))
        tables.append([name, cols, types])
        return body

    for i in range(1, n + 1):
        if i % 100 == 0:
            change_set(i, ["- tagDatabase:", f"    tag: v{i // 100}"])
            continue
        kind = "createTable" if len(tables) < 3 else rng.choice(kinds)
        if kind == "createTable":
            change_set(i, create_table(), "a table")
            continue
        name, cols, types = rng.choice(tables)
        if kind == "addColumn":
            c = "c_" + fresh("c")
            cols.append(c)
            types[c] = "varchar(50)"
            body = ["- addColumn:", f"    tableName: {name}", "    columns:",
                    f"      - column: {{name: {c}, type: varchar(50), defaultValue: none}}"]
        elif kind == "createIndex":
            c = rng.choice(cols[1:] or cols)
            body = ["- createIndex:", f"    tableName: {name}", f"    indexName: ix_{fresh('i')}", "    columns:",
                    f"      - column: {{name: {c}}}"]
        elif kind == "insert":
            body = ["- insert:", f"    tableName: {name}", "    columns:"]
            for c in cols[1:]:
                t = types[c]
                if t.startswith("varchar") or t == "text":
                    body.append(f"      - column: {{name: {c}, value: 'v{i}'}}")
                elif (name, c) in references:
                    continue
                elif t in ("int", "bigint"):
                    body.append(f"      - column: {{name: {c}, valueNumeric: {i}}}")
                elif t == "boolean":
                    body.append(f"      - column: {{name: {c}, valueBoolean: true}}")
                elif t == "timestamp":
                    body.append(f"      - column: {{name: {c}, valueDate: '2024-01-02T03:04:05'}}")
                elif t == "date":
                    body.append(f"      - column: {{name: {c}, valueDate: '2024-01-02'}}")
                elif t.startswith("decimal"):
                    body.append(f"      - column: {{name: {c}, valueNumeric: 1.5}}")
            if len(body) == 3:
                body = ["- sql:", f"    sql: insert into {name} default values"]
        elif kind == "addForeignKeyConstraint" and len(tables) > 1:
            parent = rng.choice([t for t in tables if t[0] != name])[0]
            c = f"ref_{fresh('f')}"
            cols.append(c)
            types[c] = "bigint"
            references.add((name, c))
            body = ["- addColumn:", f"    tableName: {name}", "    columns:", f"      - column: {{name: {c}, type: bigint}}",
                    "- addForeignKeyConstraint:", f"    baseTableName: {name}", f"    baseColumnNames: {c}",
                    f"    constraintName: fk_{name}_{c}", f"    referencedTableName: {parent}",
                    "    referencedColumnNames: id"]
        elif kind == "renameColumn" and len(cols) > 1:
            old = rng.choice(cols[1:])
            new = "r_" + fresh("c")
            cols[cols.index(old)] = new
            types[new] = types.pop(old)
            if (name, old) in references:
                references.discard((name, old))
                references.add((name, new))
            body = ["- renameColumn:", f"    tableName: {name}", f"    oldColumnName: {old}", f"    newColumnName: {new}"]
        elif kind == "addNotNullConstraint":
            c = "n_" + fresh("c")
            cols.append(c)
            types[c] = "int"
            body = ["- addColumn:", f"    tableName: {name}", "    columns:", f"      - column: {{name: {c}, type: int}}",
                    "- addNotNullConstraint:", f"    tableName: {name}", f"    columnName: {c}",
                    "    defaultNullValue: 0", "    columnDataType: int"]
        elif kind == "createView":
            body = ["- createView:", f"    viewName: v_{fresh('v')}", "    replaceIfExists: true",
                    f"    selectQuery: select id from {name} where id > 10"]
        elif kind in ("update", "addDefaultValue") and settable(name, cols, types, references):
            c = rng.choice(settable(name, cols, types, references))
            if kind == "update":
                body = ["- update:", f"    tableName: {name}", "    columns:",
                        f"      - column: {{name: {c}, {scalar(types[c])}}}", "    where: id % 2 = 0"]
            else:
                body = ["- addDefaultValue:", f"    tableName: {name}", f"    columnName: {c}",
                        f"    columnDataType: {types[c]}", "    " + scalar(types[c]).replace("value", "defaultValue", 1)]
        elif kind == "createSequence":
            body = ["- createSequence:", f"    sequenceName: seq_{fresh('s')}", f"    startValue: {rng.randint(1, 1000)}",
                    "    incrementBy: 1"]
        else:  # sql
            body = ["- sql:", f"    sql: update {name} set id = id where id < 0; analyze {name}"]
        change_set(i, body)

    text = "\n".join(lines) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        with open(out, "w") as f:
            f.write(text)


def scalar(sql_type):
    """The value attribute that sets a column of this type (update, default), or None."""
    if sql_type.startswith("varchar") or sql_type == "text":
        return "value: 'u'"
    if sql_type in ("int", "bigint"):
        return "valueNumeric: 7"
    if sql_type == "boolean":
        return "valueBoolean: false"
    return None


def settable(name, cols, types, references):
    """Columns an update or a default may set: not the key, not a foreign key (inserts leave those NULL)."""
    return [c for c in cols[1:] if scalar(types[c]) and (name, c) not in references]


if __name__ == "__main__":
    main()
