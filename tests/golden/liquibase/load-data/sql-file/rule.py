#!/usr/bin/env python3
"""Recomputes sqlFile MD5SUMs from the rule of README.md ("sql-file") and compares them with what
Liquibase recorded: out/update.tracker.tsv (changelog.xml, sub/child.xml) and the tracker INSERTs
printed by update-sql for checksums.xml (out/checksums.update-sql.stdout).
Prints one line per change-set (OK/BAD, id, computed, recorded); exit 1 when one differs.
Usage: rule.py [TOPIC_DIR]   (default: the folder of this script)"""
import hashlib, os, re, sys

def md5(b):
    return hashlib.md5(b).hexdigest()

def sqlfile_checksum(path, encoding='utf-8'):
    """The file's text (decoded with the change's encoding, a UTF-8 BOM dropped), unexpanded
    (${...} stays as written), with every whitespace character removed, as UTF-8."""
    text = open(path, 'rb').read().decode(encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    return '9:' + md5(re.sub(r'\s+', '', text).encode('utf-8'))

def changeset_checksum(*change_checksums):
    return '9:' + md5(''.join(c + ':' for c in change_checksums).encode())

def sql_checksum(sql):
    # the <sql> change of comments-strip / comments-keep, by the same whitespace rule
    return '9:' + md5(re.sub(r'\s+', '', sql).encode('utf-8'))

def main():
    os.chdir(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    recorded = {}
    for line in open('out/update.tracker.tsv', encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        recorded[f[0]] = f[5]
    for m in re.finditer(r"VALUES \('([^']*)', 'oracle', 'checksums\.xml', NOW\(\), \d+, '([^']*)'",
                         open('out/checksums.update-sql.stdout', encoding='utf-8').read()):
        recorded['checksums.xml::' + m.group(1)] = m.group(2)
    f = sqlfile_checksum
    cases = {
        'plain': [f('sql/plain.sql')],
        'function-no-split': [f('sql/function-no-split.sql')],
        'no-split': [f('sql/no-split.sql')],
        'slash': [f('sql/slash.sql')],
        'go': [f('sql/go.sql')],
        'comments-default': [f('sql/comments.sql')],
        'comments-strip': [sql_checksum('DROP TABLE comments'), f('sql/comments.sql')],
        'comments-keep': [sql_checksum('DROP TABLE comments'), f('sql/comments.sql')],
        'latin1': [f('sql/latin1.sql', 'iso-8859-1')],
        'utf8': [f('sql/utf8.sql')],
        'bom': [f('sql/bom.sql')],
        'property': [f('sql/property.sql')],
        'dbms-postgresql': [f('sql/dbms.sql')],
        'dbms-oracle': [],  # a change whose dbms excludes PostgreSQL is not counted
        'only-comments': [f('sql/only-comments.sql')],
        'relative': [f('sub/child.sql')],
    }
    for cs in ['plain', 'plain-strip-true', 'plain-split-false', 'plain-end-delimiter', 'plain-encoding',
               'plain-relative', 'plain-dbms']:
        cases['checksums.xml::' + cs] = [f('sql/plain.sql')]
    cases['checksums.xml::plain-reformatted'] = [f('sql/plain-reformatted.sql')]
    cases['checksums.xml::plain-two'] = [f('sql/plain.sql'), f('sql/plain.sql')]
    cases['checksums.xml::comments'] = [f('sql/comments.sql')]
    cases['checksums.xml::comments-strip-true'] = [f('sql/comments.sql')]
    cases['checksums.xml::property'] = [f('sql/property.sql')]
    cases['checksums.xml::empty'] = [f('sql/empty.sql')]
    bad = 0
    for cs, changes in cases.items():
        got = changeset_checksum(*changes)
        ok = got == recorded.get(cs)
        bad += not ok
        print('OK ' if ok else 'BAD', cs, got, recorded.get(cs), sep='\t')
    sys.exit(1 if bad else 0)

main()
