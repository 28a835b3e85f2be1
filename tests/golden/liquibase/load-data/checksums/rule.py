#!/usr/bin/env python3
"""Recomputes the MD5SUMs of checksums/changelog.xml (and comments-disabled.yaml) from the rule of
README.md ("checksums") and compares them with what Liquibase recorded (out/update.tracker.tsv).
Prints one line per change-set (OK/BAD, id, computed, recorded); exit 1 when one differs.
Usage: rule.py [TOPIC_DIR]   (default: the folder of this script)"""
import gzip, hashlib, os, sys

def md5(b):
    return hashlib.md5(b).hexdigest()

def counted_bytes(data, comment):
    """The bytes of the file that count: CR bytes removed, then the lines (split at LF) that are
    empty or begin with the first character of commentLineStartsWith dropped, the rest joined
    with LF (no final LF)."""
    data = data.replace(b'\r', b'')
    keep = [l for l in data.split(b'\n')
            if l and not (comment and l.startswith(comment[0].encode()))]
    return b'\n'.join(keep)

def load_checksum(table, path, comment='#'):
    data = open(path, 'rb').read()
    if path.endswith('.gz'):
        data = gzip.decompress(data)
    inner = '9:' + md5(counted_bytes(data, comment))
    return '9:' + md5((table + ':' + inner).encode())

def changeset_checksum(*change_checksums):
    return '9:' + md5(''.join(c + ':' for c in change_checksums).encode())

def main():
    os.chdir(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    recorded = {}
    for line in open('out/update.tracker.tsv', encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        recorded[f[0]] = f[5]
    cases = {}
    for f in sorted(os.listdir('variants')):
        if f[0].isdigit():
            cases['v' + f.split('.')[0]] = [('t', 'variants/' + f, '#')]
    base = 'variants/00-base.csv'
    cases.update({
        'base-other-attributes': [('t', base, '#')],
        'base-relative': [('t', base, '#')],
        'base-table-upper': [('T', base, '#')],
        'base-table-t2': [('t2', base, '#')],
        'hash-row-default': [('t', 'variants/hash-row.csv', '#')],
        'dash-base': [('t', 'variants/dash-base.csv', '--')],
        'dash-minus-row': [('t', 'variants/dash-minus-row.csv', '--')],
        'dash-minus-row-different': [('t', 'variants/dash-minus-row-different.csv', '--')],
        'two-loads': [('t', base, '#'), ('t2', 'variants/03-crlf.csv', '#')],
        'hash-row-comments-disabled': [('t', 'variants/hash-row.csv', '')],
        'comment-middle-comments-disabled': [('t', 'variants/08-comment-middle.csv', '')],
        'base-comments-disabled': [('t', base, '')],
    })
    bad = 0
    for cs, loads in cases.items():
        got = changeset_checksum(*[load_checksum(*l) for l in loads])
        ok = got == recorded.get(cs)
        bad += not ok
        print('OK ' if ok else 'BAD', cs, got, recorded.get(cs), sep='\t')
    sys.exit(1 if bad else 0)

main()
