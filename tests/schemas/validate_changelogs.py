#!/usr/bin/env python3
"""Checks basalt's editor schemas (schemas/): that they are what schemas/generate.py writes, that every
changelog of examples/ and tests/corpus/ validates against them (XML with xmllint --schema
schemas/dbchangelog.xsd, whatever XSD the file names; YAML and JSON with the JSON Schema), but for the
files listed in EXCEPTED below, which must fail, and that the changelogs of tests/schemas/invalid/
fail, each for the name it gets wrong (the schemas are not permissive-everything); the
changelogs of tests/schemas/valid/, forms the corpus seldom writes, must validate.

Needs xmllint (Debian libxml2-utils) and Python's jsonschema and yaml (Debian python3-jsonschema,
python3-yaml)."""
import glob
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

try:
    import jsonschema
    import yaml
except ImportError:
    # Debian's python3-jsonschema and python3-yaml are for Debian's python3; another python3 may come
    # first on the PATH.
    if os.path.exists('/usr/bin/python3') and os.path.realpath(sys.executable) != os.path.realpath('/usr/bin/python3'):
        os.execv('/usr/bin/python3', ['/usr/bin/python3'] + sys.argv)
    sys.exit('validate_changelogs: needs Python\'s jsonschema and yaml (Debian: python3-jsonschema python3-yaml)')

here = os.path.dirname(os.path.abspath(__file__))
XSD = os.path.join(root, 'schemas', 'dbchangelog.xsd')
JSON_SCHEMA = os.path.join(root, 'schemas', 'dbchangelog.schema.json')

# Changelogs of the corpus that must fail validation: each holds what basalt refuses (an error) or
# ignores with a warning, so an editor flagging it is right. Per file: a word its validation errors
# must name, and why. The test fails when one validates, or fails without naming that word, so the
# list cannot go stale.
IT = 'tests/corpus/liquibase-it-pgsql/runnable/changelogs/'
GRAVITEE = 'tests/corpus/gravitee-apim/liquibase/changelogs/'
EXCEPTED = {
    IT + 'common/invalid.xsd.changelog.xml': ('thisTagIsNotDefined', 'Liquibase\'s own test of an element no schema allows (refused)'),
    IT + 'common/runWith.executor.changelog.xml': ('runWith', 'runWith h2alt: basalt runs only jdbc (refused)'),
    IT + 'pgsql/complete/testBlob.changelog.xml': ('valueBlobFile', 'a column\'s valueBlobFile, not supported by basalt yet (refused)'),
    GRAVITEE + 'v1_14_0/schema.yml': ('default', 'constraints: default is no constraint attribute (ignored with a warning)'),
    GRAVITEE + 'v4_0_0/schema.yml': ('default', 'constraints: default is no constraint attribute (ignored with a warning)'),
    GRAVITEE + 'v4_5_0/06_add_scoring_table.yml': ('default', 'constraints: default is no constraint attribute (ignored with a warning)'),
    GRAVITEE + 'v4_9_0/06_add_portal_page_contexts_table.yml':
        ('default', 'constraints: default is no constraint attribute (ignored with a warning)'),
    GRAVITEE + 'v3_18_0/schema.yml': ('dropNotNullConstraint', 'a dropNotNullConstraint among addColumn\'s columns (ignored with a warning)'),
    GRAVITEE + 'v3_9_0/schema.yml': ('cascadeConstraints', 'dropColumn has no cascadeConstraints (ignored with a warning)'),
}


# tests/schemas/invalid/: each must fail, its errors naming the word given here.
INVALID = {
    'bad-flag.xml': 'runAlways',                 # 'yes' is no boolean (basalt refuses it in XML)
    'bad-on-fail.yaml': 'SKIP',                  # no such onFail
    'misordered.xml': 'property',                # a property after a change-set
    'missing-required.xml': 'author',
    'missing-required.yaml': 'tableName',
    'misspelt-change.xml': 'createTabel',
    'misspelt-change.yaml': 'createTabel',
    'not-yet-attribute.yaml': 'forIndexName',    # refused: not supported by basalt yet
    'unknown-attribute.xml': 'tablespaceName',
    'unknown-attribute.yaml': 'tablespaceName',
    'unknown-changeset-attribute.json': 'runOnChanges',
    'unknown-column-attribute.xml': 'nulable',
    'unknown-column-attribute.yaml': 'nulable',
    'unknown-entry.json': 'changeset',
    'unknown-precondition.xml': 'tableExist',
    'unknown-precondition.yaml': 'tableExist',
}


class TextLoader(yaml.SafeLoader):
    """YAML as an editor's schema sees it: a date stays text (Liquibase reads most of them as text)."""


TextLoader.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag != 'tag:yaml.org,2002:timestamp']
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()}


def is_xml_changelog(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return 'databaseChangeLog' in f.read()


def xml_errors(path):
    r = subprocess.run(['xmllint', '--noout', '--nonet', '--schema', XSD, path], capture_output=True, text=True)
    if r.returncode == 0:
        return []
    return [line for line in r.stderr.splitlines() if line and not line.endswith('fails to validate')]


def structured(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if path.endswith('.json'):
        return json.loads(text)
    return yaml.load(text, Loader=TextLoader)


validator = None


def structured_errors(path):
    global validator
    if validator is None:
        with open(JSON_SCHEMA, encoding='utf-8') as f:
            validator = jsonschema.Draft7Validator(json.load(f))
    try:
        doc = structured(path)
    except Exception as e:  # not YAML or JSON at all
        return ['%s: cannot be read: %s' % (path, e)]
    out = []
    for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        # The deepest reason of an anyOf, where there is one.
        deepest = e
        while deepest.context:
            deepest = max(deepest.context, key=lambda c: len(c.absolute_path))
        where = '/'.join(str(p) for p in deepest.absolute_path)
        message = deepest.message
        if ' does not match any of the regexes' in message:  # the any-case names of an attributes map
            message = message.split(' does not match any of the regexes')[0] + ' is not an attribute basalt knows here'
        out.append('%s: %s: %s' % (os.path.relpath(path, root), where, message[:300]))
    return out


def errors_of(path):
    return xml_errors(path) if path.endswith('.xml') else structured_errors(path)


def changelogs():
    out = []
    for top in ('examples', 'tests/corpus'):
        for ext in ('xml', 'yaml', 'yml', 'json'):
            for path in glob.glob(os.path.join(root, top, '**', '*.' + ext), recursive=True):
                rel = os.path.relpath(path, root)
                if ext == 'xml' and not is_xml_changelog(path):
                    continue
                if ext != 'xml':
                    doc = structured(path)
                    if not isinstance(doc, dict) or 'databaseChangeLog' not in doc:
                        continue
                out.append(rel)
    return sorted(out)


def main():
    failures = []
    r = subprocess.run([sys.executable, os.path.join(root, 'schemas', 'generate.py'), '--check'],
                       capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(r.stderr.strip() or r.stdout.strip())

    files = changelogs()
    counts = {'xml': 0, 'structured': 0}
    for rel in files:
        errors = errors_of(os.path.join(root, rel))
        counts['xml' if rel.endswith('.xml') else 'structured'] += 1
        if rel in EXCEPTED:
            word, why = EXCEPTED[rel]
            if not errors:
                failures.append('%s is listed as failing (%s) but validates: remove it from EXCEPTED' % (rel, why))
            elif not any(word in e for e in errors):
                failures.append('%s is listed as failing for %s (%s), but its errors do not name it:\n    %s'
                                % (rel, word, why, '\n    '.join(errors[:10])))
            continue
        if errors:
            failures.append('%s does not validate:\n    %s' % (rel, '\n    '.join(errors[:10])))
    for rel in EXCEPTED:
        if rel not in files:
            failures.append('%s is listed in EXCEPTED but is no changelog of the corpus' % rel)

    valid = sorted(glob.glob(os.path.join(here, 'valid', '*')))
    for path in valid:
        errors = errors_of(path)
        if errors:
            failures.append('%s does not validate:\n    %s' % (os.path.relpath(path, root), '\n    '.join(errors[:10])))

    invalid = sorted(glob.glob(os.path.join(here, 'invalid', '*')))
    for path in invalid:
        name = os.path.basename(path)
        errors = errors_of(path)
        if name not in INVALID:
            failures.append('%s: say in INVALID which word its errors must name' % name)
        elif not errors:
            failures.append('%s validates, but it must not (%s)' % (os.path.relpath(path, root), INVALID[name]))
        elif not any(INVALID[name] in e for e in errors):
            failures.append('%s fails, but not for %s:\n    %s' % (os.path.relpath(path, root), INVALID[name], '\n    '.join(errors[:10])))

    print('schemas: %d XML and %d YAML/JSON changelogs of examples/ and tests/corpus/ checked, %d of them listed as '
          'failing for what basalt refuses or warns about; %d forms accepted, %d invalid changelogs refused'
          % (counts['xml'], counts['structured'], len(EXCEPTED), len(valid), len(invalid)))
    if failures:
        print('\n'.join(failures))
        sys.exit(1)


if __name__ == '__main__':
    main()
