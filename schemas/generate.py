#!/usr/bin/env python3
"""Writes basalt's editor schemas from the field tables basalt reads changelogs with, so that the two
cannot drift apart:

  schemas/dbchangelog.schema.json   JSON Schema (draft-07) for YAML and JSON changelogs
  schemas/dbchangelog.xsd           XML Schema for XML changelogs, in Liquibase's changelog namespace
  schemas/catalog.xml               an XML catalog naming that XSD for the namespace (for editors)

What is read from the sources:
  engine/model/change.h                 every change type (the Change variant), each attribute under its
                                        Liquibase name, its kind (text, flag, columns, params, constraints)
                                        and its rules (required, ignored on PostgreSQL, not supported yet)
  changelog-formats/to_model.cc         a change-set's attributes, modifySql and its edits, rollback's
                                        reference to another change-set
  changelog-formats/changelog_loader.cc the changelog's entries (kTopLevelKeys), include, includeAll,
                                        property, removeChangeSetProperty
  changelog-formats/preconditions.cc    the preconditions, their attributes and required ones, onFail and
                                        onSqlOutput's choices
  changelog-formats/field_reader.cc     a customChange param's attributes
  changelog-formats/xml/xml_reader.cc   the XML elements whose text basalt reads

Attributes basalt refuses (kNotYet) are left out; attributes it accepts with a warning (kIgnoredHere:
other databases' options Liquibase ignores on PostgreSQL too) are in, described as such.

  schemas/generate.py           rewrite the three files
  schemas/generate.py --check   exit 1 when one is not what it would write"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMESPACE = 'http://www.liquibase.org/xml/ns/dbchangelog'
JSON_ID = 'https://basalt.invalid/schemas/dbchangelog.schema.json'


def read(path):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        return f.read()


# ---- the C++ tables ------------------------------------------------------------------------------

FIELD = re.compile(r'v\("(\w+)", s\.(\w+)(?:, ([\w |:]+))?\)')
MEMBER = re.compile(r'^\s*(?:model::)?(Text|Flag|Columns|LoadColumns|Params|Args|std::optional<Constraints>)\s+([^;]+);', re.M)
KINDS = {'Text': 'text', 'Flag': 'flag', 'Columns': 'columns', 'LoadColumns': 'loadcolumns', 'Params': 'params', 'Args': 'args',
         'std::optional<Constraints>': 'constraints'}


class Field:
    def __init__(self, name, kind, rules):
        self.name, self.kind, self.rules = name, kind, rules

    def has(self, rule):
        return rule in self.rules

    @property
    def required(self):
        return self.has('kRequired')


def members(body):
    out = {}
    for kind, names in MEMBER.findall(body):
        for n in names.split(','):
            out[n.strip()] = KINDS[kind]
    return out


def fields_in(body, types, owner):
    out = []
    for name, member, rules in FIELD.findall(body):
        if member not in types:
            raise SystemExit('generate.py: no type found for %s.%s' % (owner, member))
        out.append(Field(name, types[member], set(r.replace('model::', '').strip() for r in (rules or '').split('|') if r.strip())))
    return out


def structs(source):
    """struct name -> (kName or None, fields), for every struct with a fields() table in `source`."""
    out = {}
    for m in re.finditer(r'^ *struct (\w+) \{\n(.*?)\n *\};', source, re.S | re.M):
        body = m.group(2)
        if 'fields(' not in body:
            continue
        kname = re.search(r'kName = "(\w+)";', body)
        out[m.group(1)] = (kname.group(1) if kname else None, body)
    return out


def model_tables():
    model = read('engine/model/change.h')
    raw = structs(model)
    shared = re.search(r'void load_fields\(Self& s, V& v\) \{(.*?)\n\}', model, re.S).group(1)
    tables = {}
    for struct, (kname, body) in raw.items():
        types = members(body)
        fields = fields_in(body, types, struct)
        if 'load_fields(s, v)' in body:
            fields = fields_in(shared, types, struct) + fields
        tables[struct] = (kname, sorted(fields, key=lambda f: f.name))
    # An attribute's deprecated spelling (changes.cc's alternate_name()) reads as the attribute.
    body = read('changelog-formats/changes.cc')
    body = body[body.index('alternate_name() {'):]
    body = body[:body.index('\n}\n')]
    for struct, spelling, attribute in re.findall(r'is_same_v<T, model::(\w+)>\) return \{"(\w+)", "(\w+)"\};', body):
        kname, fields = tables[struct]
        target = next(f for f in fields if f.name == attribute)
        tables[struct] = (kname, sorted(fields + [Field(spelling, target.kind, target.rules)], key=lambda f: f.name))
    variant = re.search(r'using Change = std::variant<(.*?)>;', model, re.S).group(1)
    changes = [tables[t.strip()] for t in variant.split(',')]
    return changes, tables


def local_tables(path):
    source = read(path)
    out = {}
    for struct, (_, body) in structs(source).items():
        out[struct] = sorted(fields_in(body, members(body), struct), key=lambda f: f.name)
    return source, out


def preconditions():
    """[(name, attributes, required alternatives)], from precondition_types()."""
    source = read('changelog-formats/preconditions.cc')
    table = re.search(r'precondition_types\(\) \{.*?types = \{(.*?)\n  \};', source, re.S).group(1)
    out = []
    for m in re.finditer(r'\{"(\w+)",\s*\{([^{}]*)\},\s*\{((?:\{[^{}]*\},?\s*)*)\}\}', table):
        attrs = re.findall(r'"(\w+)"', m.group(2))
        required = [re.findall(r'"(\w+)"', alt) for alt in re.findall(r'\{([^{}]*)\}', m.group(3))]
        out.append((m.group(1), attrs, required))
    choices = {name: re.findall(r'"(\w+)"', values)
               for name, values in re.findall(r'static const std::vector<std::string> (k\w+) = \{([^}]*)\};', source)}
    return out, choices


def string_list(source, name):
    return re.findall(r'"(\w+)"', re.search(name + r'[^=]*= \{(.*?)\};', source, re.S).group(1))


# ---- what basalt reads, as one description ------------------------------------------------------

def note(field):
    notes = []
    if field.has('kIgnoredHere'):
        notes.append('Ignored on PostgreSQL, as Liquibase ignores it there (another database\'s option): basalt warns.')
    if field.has('kNotYetIfFalse'):
        notes.append('Only true (the default) is supported by basalt yet.')
    if field.has('kInteger'):
        notes.append('A whole number.')
    if field.has('kNumeric'):
        notes.append('A number.')
    if field.has('kDate'):
        notes.append('A date, time or timestamp.')
    return ' '.join(notes)


def usable(fields):
    return [f for f in fields if not f.has('kNotYet')]


class Model:
    def __init__(self):
        changes, tables = model_tables()
        self.changes = [(name, usable(fields)) for name, fields in changes]
        self.column = usable(tables['Column'][1])
        self.constraints = usable(tables['Constraints'][1])
        self.load_column = usable(tables['LoadColumn'][1])
        _, fr = local_tables('changelog-formats/field_reader.cc')
        self.param = fr['ParamAttributes']
        to_model, tm = local_tables('changelog-formats/to_model.cc')
        self.change_set = tm['ChangeSetAttributes']
        self.modify_sql = tm['ModifySqlAttributes']
        self.value_edit = tm['ValueEditAttributes']
        self.replace_edit = tm['ReplaceEditAttributes']
        self.rollback_reference = tm['RollbackReferenceAttributes']
        loader, cl = local_tables('changelog-formats/changelog_loader.cc')
        self.include = cl['IncludeAttributes']
        self.include_all = cl['IncludeAllAttributes']
        self.property = cl['PropertyAttributes']
        self.removal = cl['RemovalAttributes']
        self.top_level = string_list(loader, 'kTopLevelKeys')
        self.preconditions, choices = preconditions()
        self.on_fail = choices['kOnFail']
        self.on_sql_output = choices['kOnSqlOutput']
        xml = read('changelog-formats/xml/xml_reader.cc')
        self.text_elements = string_list(xml, 'kTextElements')
        # Choices basalt checks by hand (to_model.cc, changelog_loader.cc, preconditions.cc).
        self.quoting = ['LEGACY', 'QUOTE_ALL_OBJECTS', 'QUOTE_ONLY_RESERVED_WORDS']
        for word in self.quoting + ['MARK_RAN', 'HALT', 'jdbc', 'afterColumn', 'beforeColumn', 'position']:
            if word not in to_model + loader + read('changelog-formats/changes.cc'):
                raise SystemExit('generate.py: %s is no longer named in the readers' % word)
        self.on_validation_fail = ['HALT', 'MARK_RAN']
        self.run_with = ['jdbc']
        self.removable = ['afterColumn', 'beforeColumn', 'position']
        self.check()

    def check(self):
        """The hand-written parts below name these: fail loudly when the sources no longer do."""
        names = [n for n, _ in self.changes]
        for n in ('sql', 'createView', 'update', 'delete', 'customChange', 'empty', 'loadData'):
            if n not in names:
                raise SystemExit('generate.py: change type %s is gone from the model' % n)
        for key in ('changeSet', 'include', 'includeAll', 'property', 'preConditions', 'removeChangeSetProperty'):
            if key not in self.top_level:
                raise SystemExit('generate.py: %s is gone from kTopLevelKeys' % key)


def text_attributes():
    """Change name -> the attribute its bare scalar (YAML) or element text (XML) fills: changes.cc's
    text_attribute()."""
    names = {struct: kname for struct, (kname, _) in structs(read('engine/model/change.h')).items() if kname}
    body = read('changelog-formats/changes.cc')
    body = body[body.index('constexpr std::string_view text_attribute()'):]
    body = body[:body.index('\n}\n')]
    out = {}
    for condition, attribute in re.findall(r'if constexpr \((.*?)\) return "(\w+)";', body, re.S):
        for struct in re.findall(r'model::(\w+)', condition):
            out[names[struct]] = attribute
    if out.get('sql') != 'sql':
        raise SystemExit('generate.py: text_attribute() in changes.cc is not read as expected')
    return out


# Text a change reads from a bare scalar (YAML) or its element text (XML).
TEXT_ATTRIBUTE = text_attributes()
# Text attributes Liquibase writes as child elements in XML (basalt reads either form).
ELEMENT_ATTRIBUTES = {'update': ['where'], 'delete': ['where'], 'sql': ['comment']}
# changeSet's nested entries, read by hand in to_model.cc.
CHANGE_SET_ENTRIES = ['changes', 'rollback', 'preConditions', 'validCheckSum', 'modifySql']


# ---- JSON Schema ---------------------------------------------------------------------------------

SCALAR = ['string', 'number', 'boolean', 'null']
PROPERTY = {'type': 'string', 'pattern': r'\$\{[^}]+\}'}


def choice(values, description=None):
    s = {'anyOf': [{'enum': values}, PROPERTY]}
    if description:
        s['description'] = description
    return s


def json_scalar(field, owner):
    if field.kind == 'flag':
        s = {'type': ['boolean', 'string', 'null']}
    elif field.has('kInteger'):
        s = {'type': ['integer', 'string', 'null']}
    elif field.has('kNumeric'):
        s = {'type': ['number', 'string', 'null']}
    else:
        s = {'type': SCALAR}
    text = note(field)
    if owner == 'column' and field.name in ('afterColumn', 'beforeColumn', 'position'):
        text = ('Refused on PostgreSQL (a new column always goes last), unless a removeChangeSetProperty entry '
                'for addColumn removes it. ' + text).strip()
    if text:
        s['description'] = text
    return s


def json_object(properties, required=(), description=None):
    s = {'type': 'object', 'properties': properties, 'additionalProperties': False}
    if required:
        s['required'] = list(required)
    if description:
        s['description'] = description
    return s


def letter(c):
    return '[%s%s]' % (c.lower(), c.upper()) if c.isalpha() else re.escape(c)


def any_case(fields, match):
    """patternProperties naming the text and flag attributes as field_reader.cc matches them: in any
    case (Match::any_case), or with either case of the first letter (Match::first_letter)."""
    names = [f.name for f in fields if f.kind in ('text', 'flag')]
    if not names:
        return {}
    if match == 'first':
        alternatives = [letter(n[0]) + re.escape(n[1:]) for n in names]
    else:
        alternatives = [''.join(letter(c) for c in n) for n in names]
    return {'^(?:%s)$' % '|'.join(alternatives): {'type': SCALAR}}


def attributes(obj, fields, match='any'):
    """An attributes map as field_reader.cc's attributes_of() takes it: a map, or a list of maps
    (`include: [{file: a}]`), its text attributes matched as FieldReader matches them."""
    pattern = any_case(fields, match)
    if pattern:
        obj['patternProperties'] = pattern
    listed = {k: v for k, v in obj.items() if k not in ('required', 'description', 'anyOf', 'allOf')}
    out = {'anyOf': [obj, {'type': 'array', 'items': listed}]}
    if 'description' in obj:
        out['description'] = obj['description']
    return out


def json_fields(fields, owner, required=True):
    props = {}
    for f in fields:
        if f.kind in ('text', 'flag'):
            props[f.name] = json_scalar(f, owner)
        elif f.kind == 'columns':
            item = 'param' if f.name == 'whereParams' else 'column'
            target = 'whereParam' if f.name == 'whereParams' else 'column'
            props[f.name] = {'type': ['array', 'null'], 'items': json_object({item: {'$ref': '#/definitions/' + target}}, [item])}
        elif f.kind == 'loadcolumns':
            props[f.name] = {'type': ['array', 'null'], 'items': json_object({'column': {'$ref': '#/definitions/loadColumn'}}, ['column'])}
        elif f.kind == 'params':
            props[f.name] = {'$ref': '#/definitions/param'}
            props[f.name + 's'] = {'type': ['array', 'null'], 'items': json_object({f.name: {'$ref': '#/definitions/param'}}, [f.name])}
        elif f.kind == 'args':  # executeCommand's `args: [- arg: {value: ...}]`, or `arg` entries
            arg = json_object({'value': {'type': ['string', 'number', 'boolean']}}, ['value'])
            props[f.name] = arg
            props[f.name + 's'] = {'type': ['array', 'null'], 'items': json_object({f.name: arg}, [f.name])}
        elif f.kind == 'constraints':
            props[f.name] = {'$ref': '#/definitions/constraints'}
    req = [f.name for f in fields if f.required] if required else []
    return props, req


def json_schema(m):
    d = {}
    props, req = json_fields(m.column, 'column')
    d['column'] = attributes(json_object(props, req, 'A column of createTable, addColumn, createIndex, dropColumn, insert or update.'), m.column, 'first')
    props, _ = json_fields(m.column, 'column', required=False)
    d['whereParam'] = attributes(json_object(props, description='A value for a placeholder of update\'s or delete\'s where.'), m.column, 'first')
    props, req = json_fields(m.constraints, 'constraints')
    d['constraints'] = attributes(json_object(props, req, 'A column\'s constraints.'), m.constraints)
    props, req = json_fields(m.load_column, 'column')
    d['loadColumn'] = attributes(json_object(props, req, 'How loadData or loadUpdateData loads a CSV column.'), m.load_column, 'first')
    props, req = json_fields(m.param, 'param')
    d['param'] = attributes(json_object(props, req, 'A customChange parameter.'), m.param)

    change_props = {}
    for name, fields in m.changes:
        props, req = json_fields(fields, name)
        s = attributes(json_object(props, req), fields)
        if name in TEXT_ATTRIBUTE:
            s = {'anyOf': [{'type': ['string', 'number', 'boolean']}] + s['anyOf'],
                 'description': 'The %s as text, or attributes.' % TEXT_ATTRIBUTE[name]}
        elif not req:
            s = {'anyOf': [{'type': 'null'}] + s['anyOf']}
        d['change.' + name] = s
        change_props[name] = {'$ref': '#/definitions/change.' + name}
    d['change'] = {'type': 'object', 'properties': change_props, 'additionalProperties': False,
                   'minProperties': 1, 'description': 'One change: its type, then its attributes.'}
    d['changes'] = {'type': ['array', 'null'], 'items': {'$ref': '#/definitions/change'}}

    # preconditions
    pre = {}
    for name, attrs, required in m.preconditions:
        if name in ('and', 'or', 'not'):
            pre[name] = {'$ref': '#/definitions/preconditionList'}
            continue
        s = json_object({a: {'type': SCALAR} for a in attrs})
        alternatives = [alt for alt in required]
        single = [alt[0] for alt in alternatives if len(alt) == 1]
        if single:
            s['required'] = single
        multi = [alt for alt in alternatives if len(alt) > 1]
        if multi:
            s['allOf'] = [{'anyOf': [{'required': [a]} for a in alt]} for alt in multi]
        if name == 'sqlCheck':
            s['required'] = [r for r in s.get('required', []) if r != 'sql']
            s = {'anyOf': [{'type': ['string', 'number']}, s]}
        pre[name] = s
    d['precondition'] = {'type': 'object', 'properties': pre, 'additionalProperties': False, 'minProperties': 1}
    d['preconditionList'] = {'anyOf': [{'$ref': '#/definitions/precondition'},
                                       {'type': 'array', 'items': {'$ref': '#/definitions/precondition'}}]}
    behaviour = {'onFail': choice(m.on_fail), 'onError': choice(m.on_fail), 'onSqlOutput': choice(m.on_sql_output),
                 'onUpdateSQL': choice(m.on_sql_output), 'onFailMessage': {'type': SCALAR},
                 'onErrorMessage': {'type': SCALAR}}
    block = dict(behaviour)
    block.update(pre)
    d['preConditionsEntry'] = {'type': 'object', 'properties': block, 'additionalProperties': False}
    d['preConditions'] = {'anyOf': [{'$ref': '#/definitions/preConditionsEntry'},
                                    {'type': 'array', 'items': {'$ref': '#/definitions/preConditionsEntry'}}],
                          'description': 'onFail, onError, onSqlOutput and their messages, and the conditions.'}

    # rollback
    props, req = json_fields(m.rollback_reference, 'rollback')
    d['rollbackReference'] = json_object(props, req, 'Replays the changes of another change-set.')
    d['rollback'] = {'anyOf': [
        {'type': ['string', 'number', 'null']},
        {'$ref': '#/definitions/rollbackReference'},
        {'$ref': '#/definitions/change'},
        {'type': 'array', 'items': {'anyOf': [{'type': ['string', 'number']}, {'$ref': '#/definitions/rollbackReference'},
                                              {'$ref': '#/definitions/change'}]}}],
        'description': 'SQL text, changes, or another change-set (changeSetId, changeSetAuthor); empty: nothing to undo.'}

    # modifySql
    own, _ = json_fields(m.modify_sql, 'modifySql')
    value, vreq = json_fields(m.value_edit, 'append')
    replace, rreq = json_fields(m.replace_edit, 'replace')
    own.update({'append': json_object(value, vreq), 'prepend': json_object(value, vreq),
                'replace': json_object(replace, rreq), 'regExpReplace': json_object(replace, rreq)})
    d['modifySqlEntry'] = json_object(own)
    d['modifySql'] = {'anyOf': [{'$ref': '#/definitions/modifySqlEntry'},
                                {'type': 'array', 'items': {'$ref': '#/definitions/modifySqlEntry'}}]}

    # changeSet
    props, req = json_fields(m.change_set, 'changeSet')
    props['objectQuotingStrategy'] = choice(m.quoting)
    props['onValidationFail'] = choice(m.on_validation_fail)
    props['runWith'] = choice(m.run_with, 'Only jdbc (the default) is supported by basalt yet.')
    for pro in ('runOrder', 'runWithSpoolFile'):
        props[pro]['description'] = 'A Liquibase Pro setting: ignored, with a warning.'
    props['changes'] = {'$ref': '#/definitions/changes'}
    props['rollback'] = {'$ref': '#/definitions/rollback'}
    props['preConditions'] = {'$ref': '#/definitions/preConditions'}
    props['validCheckSum'] = {'anyOf': [{'type': SCALAR}, {'type': 'array', 'items': {'type': ['string', 'number']}}],
                              'description': 'A checksum this change-set may also have (or ANY).'}
    props['modifySql'] = {'$ref': '#/definitions/modifySql'}
    for name, _ in m.changes:  # a change written straight in the change-set, as XML does
        props.setdefault(name, {'$ref': '#/definitions/change.' + name})
    d['changeSet'] = attributes(json_object(props, req, 'A change-set: its identity, attributes and changes.'), m.change_set)

    # changelog entries
    entry = {}
    props, req = json_fields(m.include, 'include')
    entry['include'] = attributes(json_object(props, req, 'Reads another changelog file here.'), m.include)
    props, req = json_fields(m.include_all, 'includeAll')
    entry['includeAll'] = attributes(json_object(props, req, 'Reads every changelog file of a folder here, in name order.'), m.include_all)
    props, _ = json_fields(m.property, 'property')
    prop = json_object(props, description='Defines a ${property}: name and value, or a file of them.')
    prop['anyOf'] = [{'required': ['name', 'value']}, {'required': ['file']}]
    entry['property'] = attributes(prop, m.property)
    props, req = json_fields(m.removal, 'removeChangeSetProperty')
    props['change'] = {'enum': ['addColumn']}
    props['remove'] = {'enum': m.removable}
    entry['removeChangeSetProperty'] = attributes(json_object(props, req), m.removal)
    entry['changeSet'] = {'$ref': '#/definitions/changeSet'}
    entry['preConditions'] = {'$ref': '#/definitions/preConditions'}
    entry['objectQuotingStrategy'] = choice(m.quoting)
    for key in m.top_level:
        if key not in entry:
            entry[key] = {'type': SCALAR}
    entry['changeLogId']['description'] = 'A Liquibase Pro setting: ignored, with a warning.'
    ordered = {k: entry[k] for k in m.top_level}
    d['entry'] = {'type': 'object', 'properties': ordered, 'additionalProperties': False}

    return {
        '$schema': 'http://json-schema.org/draft-07/schema#',
        '$id': JSON_ID,
        'title': 'basalt changelog (YAML or JSON)',
        'description': 'What basalt reads in a Liquibase YAML or JSON changelog. Generated by schemas/generate.py '
                       'from basalt\'s field tables; do not edit.',
        'type': 'object',
        'properties': {'databaseChangeLog': {'anyOf': [{'type': 'array', 'items': {'$ref': '#/definitions/entry'}},
                                                       {'$ref': '#/definitions/entry'}, {'type': 'null'}]}},
        'required': ['databaseChangeLog'],
        'additionalProperties': False,
        'definitions': d,
    }


# ---- XML Schema ----------------------------------------------------------------------------------

class Xsd:
    def __init__(self):
        self.lines = []

    def add(self, depth, text):
        self.lines.append('  ' * depth + text)


def doc(x, depth, text):
    if text:
        x.add(depth, '<xs:annotation><xs:documentation>%s</xs:documentation></xs:annotation>' % escape(text))


def xsd_type(field, owner):
    if field.kind == 'flag':
        # Flags the schema reads as text (field_reader.cc): any value.
        if field.name == 'valueBoolean' or (field.name == 'defaultValueBoolean' and owner != 'column') or \
                (field.name == 'ignore' and owner in ('include', 'includeAll')):
            return 'xs:string'
        return 'booleanOrProperty'
    if owner == 'column' and field.name in ('startWith', 'incrementBy'):
        return 'xs:integer'  # a ${property} is refused there (field_reader.cc)
    if field.has('kInteger'):
        return 'integerOrProperty'
    if field.has('kNumeric') and field.name not in ('valueNumeric', 'defaultValueNumeric'):
        return 'numberOrProperty'
    return 'xs:string'


def xsd_attributes(x, depth, fields, owner, skip=(), required=True):
    for f in fields:
        if f.kind not in ('text', 'flag') or f.name in skip:
            continue
        use = ' use="required"' if required and f.required else ''
        text = note(f)
        if text:
            x.add(depth, '<xs:attribute name="%s" type="%s"%s>' % (f.name, xsd_type(f, owner), use))
            doc(x, depth + 1, text)
            x.add(depth, '</xs:attribute>')
        else:
            x.add(depth, '<xs:attribute name="%s" type="%s"%s/>' % (f.name, xsd_type(f, owner), use))


def xsd_schema(m):
    x = Xsd()
    x.add(0, '<?xml version="1.0" encoding="UTF-8"?>')
    x.add(0, '<!-- What basalt reads in a Liquibase XML changelog. Generated by schemas/generate.py from basalt\'s')
    x.add(0, '     field tables; do not edit. Validate with: xmllint &#45;-noout &#45;-schema schemas/dbchangelog.xsd FILE -->')
    x.add(0, '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="%s"' % NAMESPACE)
    x.add(0, '           targetNamespace="%s" elementFormDefault="qualified">' % NAMESPACE)
    x.add(0, '')
    x.add(1, '<xs:simpleType name="property">')
    x.add(2, '<xs:restriction base="xs:string"><xs:pattern value=".*[$][{][^}]+[}].*"/></xs:restriction>')
    x.add(1, '</xs:simpleType>')
    for name, base in (('booleanOrProperty', 'xs:boolean'), ('integerOrProperty', 'xs:integer'),
                       ('numberOrProperty', 'xs:decimal')):
        x.add(1, '<xs:simpleType name="%s"><xs:union memberTypes="%s property"/></xs:simpleType>' % (name, base))
    for name, values in (('quotingStrategy', m.quoting), ('onFailChoice', m.on_fail), ('onSqlOutputChoice', m.on_sql_output),
                         ('onValidationFailChoice', m.on_validation_fail), ('runWithChoice', m.run_with),
                         ('removableChoice', m.removable)):
        x.add(1, '<xs:simpleType name="%sWord">' % name)
        x.add(2, '<xs:restriction base="xs:string">')
        for v in values:
            x.add(3, '<xs:enumeration value="%s"/>' % v)
        x.add(2, '</xs:restriction>')
        x.add(1, '</xs:simpleType>')
        x.add(1, '<xs:simpleType name="%s"><xs:union memberTypes="%sWord property"/></xs:simpleType>' % (name, name))
    x.add(0, '')

    # columns, constraints, params
    x.add(1, '<xs:complexType name="constraintsType">')
    xsd_attributes(x, 2, m.constraints, 'constraints')
    x.add(1, '</xs:complexType>')
    for type_name, required in (('columnType', True), ('whereParamType', False)):
        x.add(1, '<xs:complexType name="%s" mixed="true">' % type_name)
        doc(x, 2, 'A column; its text is its value.' if required else 'A value for a placeholder of where.')
        x.add(2, '<xs:sequence><xs:element name="constraints" type="constraintsType" minOccurs="0"/></xs:sequence>')
        xsd_attributes(x, 2, m.column, 'column', required=required)
        x.add(1, '</xs:complexType>')
    x.add(1, '<xs:complexType name="loadColumnType">')
    xsd_attributes(x, 2, m.load_column, 'column')
    x.add(1, '</xs:complexType>')
    x.add(1, '<xs:complexType name="paramType" mixed="true">')
    doc(x, 2, 'A customChange parameter; its text is its value.')
    xsd_attributes(x, 2, m.param, 'param')
    x.add(1, '</xs:complexType>')
    x.add(1, '<xs:complexType name="argType">')
    doc(x, 2, 'An argument of the program executeCommand runs.')
    x.add(2, '<xs:attribute name="value" type="xs:string" use="required"/>')
    x.add(1, '</xs:complexType>')
    x.add(1, '<xs:complexType name="whereParamsType">')
    x.add(2, '<xs:sequence><xs:element name="param" type="whereParamType" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>')
    x.add(1, '</xs:complexType>')
    x.add(0, '')

    # changes
    x.add(1, '<xs:group name="change">')
    x.add(2, '<xs:choice>')
    for name, _ in m.changes:
        x.add(3, '<xs:element ref="%s"/>' % name)
    x.add(2, '</xs:choice>')
    x.add(1, '</xs:group>')
    for name, fields in m.changes:
        children = []  # (element, type, minOccurs)
        for f in fields:
            if f.kind == 'columns' and f.name == 'whereParams':
                children.append(('whereParams', 'whereParamsType', 0))
            elif f.kind == 'columns':
                children.append(('column', 'columnType', 1 if f.required else 0))
            elif f.kind == 'loadcolumns':
                children.append(('column', 'loadColumnType', 1 if f.required else 0))
            elif f.kind == 'params':
                children.append(('param', 'paramType', 0))
            elif f.kind == 'args':
                children.append(('arg', 'argType', 0))
        elements = ELEMENT_ATTRIBUTES.get(name, [])
        children += [(e, 'xs:string', 0) for e in elements]
        text = TEXT_ATTRIBUTE.get(name)
        x.add(1, '<xs:element name="%s">' % name)
        mixed = ' mixed="true"' if text else ''
        x.add(2, '<xs:complexType%s>' % mixed)
        if text:
            doc(x, 3, 'Its text is its %s.' % text)
        if len(children) == 1:
            e, t, least = children[0]
            x.add(3, '<xs:sequence><xs:element name="%s" type="%s" minOccurs="%d" maxOccurs="unbounded"/></xs:sequence>' % (e, t, least))
        elif children:
            x.add(3, '<xs:choice minOccurs="0" maxOccurs="unbounded">')
            for e, t, _ in children:
                x.add(4, '<xs:element name="%s" type="%s"/>' % (e, t))
            x.add(3, '</xs:choice>')
        # The text attribute may be given as the element's text; an element attribute as a child.
        not_required = set(elements) | ({text} if text else set())
        for f in fields:
            if f.name in not_required:
                f = Field(f.name, f.kind, f.rules - {'kRequired'})
            xsd_attributes(x, 3, [f], name)
        x.add(2, '</xs:complexType>')
        x.add(1, '</xs:element>')
    x.add(0, '')

    # preconditions
    x.add(1, '<xs:group name="precondition">')
    x.add(2, '<xs:choice>')
    for name, _, _ in m.preconditions:
        x.add(3, '<xs:element ref="%s"/>' % name)
    x.add(2, '</xs:choice>')
    x.add(1, '</xs:group>')
    x.add(1, '<xs:complexType name="nestedPreconditions">')
    x.add(2, '<xs:group ref="precondition" minOccurs="0" maxOccurs="unbounded"/>')
    x.add(1, '</xs:complexType>')
    for name, attrs, required in m.preconditions:
        if name in ('and', 'or', 'not'):
            x.add(1, '<xs:element name="%s" type="nestedPreconditions"/>' % name)
            continue
        single = {alt[0] for alt in required if len(alt) == 1}
        if name == 'sqlCheck':
            single.discard('sql')  # or the element's text
        x.add(1, '<xs:element name="%s">' % name)
        x.add(2, '<xs:complexType%s>' % (' mixed="true"' if name == 'sqlCheck' else ''))
        for a in attrs:
            x.add(3, '<xs:attribute name="%s" type="xs:string"%s/>' % (a, ' use="required"' if a in single else ''))
        x.add(2, '</xs:complexType>')
        x.add(1, '</xs:element>')
    x.add(1, '<xs:element name="preConditions">')
    x.add(2, '<xs:complexType>')
    x.add(3, '<xs:group ref="precondition" minOccurs="0" maxOccurs="unbounded"/>')
    for a, t in (('onFail', 'onFailChoice'), ('onError', 'onFailChoice'), ('onSqlOutput', 'onSqlOutputChoice'),
                 ('onUpdateSQL', 'onSqlOutputChoice'), ('onFailMessage', 'xs:string'), ('onErrorMessage', 'xs:string')):
        x.add(3, '<xs:attribute name="%s" type="%s"/>' % (a, t))
    x.add(2, '</xs:complexType>')
    x.add(1, '</xs:element>')
    x.add(0, '')

    # changeSet
    x.add(1, '<xs:complexType name="commentedText" mixed="true">')
    x.add(2, '<xs:sequence><xs:element name="comment" type="xs:string" minOccurs="0"/></xs:sequence>')
    x.add(1, '</xs:complexType>')
    x.add(1, '<xs:element name="rollback">')
    x.add(2, '<xs:complexType mixed="true">')
    doc(x, 3, 'SQL text, changes, or another change-set to replay (changeSetId, changeSetAuthor); empty: nothing to undo.')
    x.add(3, '<xs:group ref="change" minOccurs="0" maxOccurs="unbounded"/>')
    xsd_attributes(x, 3, m.rollback_reference, 'rollback', required=False)
    x.add(2, '</xs:complexType>')
    x.add(1, '</xs:element>')
    x.add(1, '<xs:complexType name="valueEdit">')
    xsd_attributes(x, 2, m.value_edit, 'append')
    x.add(1, '</xs:complexType>')
    x.add(1, '<xs:complexType name="replaceEdit">')
    xsd_attributes(x, 2, m.replace_edit, 'replace')
    x.add(1, '</xs:complexType>')
    x.add(1, '<xs:element name="modifySql">')
    x.add(2, '<xs:complexType>')
    x.add(3, '<xs:choice minOccurs="0" maxOccurs="unbounded">')
    for e, t in (('append', 'valueEdit'), ('prepend', 'valueEdit'), ('replace', 'replaceEdit'), ('regExpReplace', 'replaceEdit')):
        x.add(4, '<xs:element name="%s" type="%s"/>' % (e, t))
    x.add(3, '</xs:choice>')
    xsd_attributes(x, 3, m.modify_sql, 'modifySql')
    x.add(2, '</xs:complexType>')
    x.add(1, '</xs:element>')
    x.add(1, '<xs:element name="changeSet">')
    x.add(2, '<xs:complexType>')
    doc(x, 3, 'A change-set: validCheckSum, preConditions, then its changes, comment and rollback, then modifySql.')
    x.add(3, '<xs:sequence>')
    x.add(4, '<xs:element name="validCheckSum" type="commentedText" minOccurs="0" maxOccurs="unbounded"/>')
    x.add(4, '<xs:element ref="preConditions" minOccurs="0"/>')
    x.add(4, '<xs:choice minOccurs="0" maxOccurs="unbounded">')
    x.add(5, '<xs:group ref="change"/>')
    x.add(5, '<xs:element name="comment" type="xs:string"/>')
    x.add(5, '<xs:element ref="rollback"/>')
    x.add(4, '</xs:choice>')
    x.add(4, '<xs:element ref="modifySql" minOccurs="0" maxOccurs="unbounded"/>')
    x.add(3, '</xs:sequence>')
    special = {'objectQuotingStrategy': 'quotingStrategy', 'onValidationFail': 'onValidationFailChoice',
               'runWith': 'runWithChoice'}
    for f in m.change_set:
        if f.name in special:
            x.add(3, '<xs:attribute name="%s" type="%s"/>' % (f.name, special[f.name]))
        elif f.name in ('runOrder', 'runWithSpoolFile'):
            x.add(3, '<xs:attribute name="%s" type="xs:string">' % f.name)
            doc(x, 4, 'A Liquibase Pro setting: ignored, with a warning.')
            x.add(3, '</xs:attribute>')
        else:
            xsd_attributes(x, 3, [f], 'changeSet')
    x.add(2, '</xs:complexType>')
    x.add(1, '</xs:element>')
    x.add(0, '')

    # the changelog
    for name, fields in (('include', m.include), ('includeAll', m.include_all), ('property', m.property)):
        x.add(1, '<xs:element name="%s">' % name)
        x.add(2, '<xs:complexType>')
        xsd_attributes(x, 3, fields, name)
        x.add(2, '</xs:complexType>')
        x.add(1, '</xs:element>')
    x.add(1, '<xs:element name="removeChangeSetProperty">')
    x.add(2, '<xs:complexType>')
    for f in m.removal:
        t = {'change': 'addColumnWord', 'remove': 'removableChoice'}.get(f.name, 'xs:string')
        x.add(3, '<xs:attribute name="%s" type="%s"%s/>' % (f.name, t, ' use="required"' if f.required else ''))
    x.add(2, '</xs:complexType>')
    x.add(1, '</xs:element>')
    x.add(1, '<xs:simpleType name="addColumnWord"><xs:restriction base="xs:string"><xs:enumeration value="addColumn"/></xs:restriction></xs:simpleType>')
    x.add(1, '<xs:element name="databaseChangeLog">')
    x.add(2, '<xs:complexType>')
    doc(x, 3, 'A changelog: removeChangeSetProperty, property and preConditions entries, then its change-sets and includes.')
    x.add(3, '<xs:sequence>')
    x.add(4, '<xs:element ref="removeChangeSetProperty" minOccurs="0" maxOccurs="unbounded"/>')
    x.add(4, '<xs:element ref="property" minOccurs="0" maxOccurs="unbounded"/>')
    x.add(4, '<xs:element ref="preConditions" minOccurs="0" maxOccurs="unbounded"/>')
    x.add(4, '<xs:choice minOccurs="0" maxOccurs="unbounded">')
    for e in ('changeSet', 'include', 'includeAll'):
        x.add(5, '<xs:element ref="%s"/>' % e)
    x.add(4, '</xs:choice>')
    x.add(3, '</xs:sequence>')
    for key in m.top_level:
        if key in ('changeSet', 'include', 'includeAll', 'property', 'preConditions', 'removeChangeSetProperty'):
            continue
        t = 'quotingStrategy' if key == 'objectQuotingStrategy' else 'xs:string'
        if key == 'changeLogId':
            x.add(3, '<xs:attribute name="%s" type="%s">' % (key, t))
            doc(x, 4, 'A Liquibase Pro setting: ignored, with a warning.')
            x.add(3, '</xs:attribute>')
        else:
            x.add(3, '<xs:attribute name="%s" type="%s"/>' % (key, t))
    x.add(2, '</xs:complexType>')
    x.add(1, '</xs:element>')
    x.add(0, '</xs:schema>')
    return '\n'.join(x.lines) + '\n'


# For editors that resolve XML schemas through an OASIS catalog (VS Code's XML extension: xml.catalogs):
# Liquibase's changelog namespace is basalt's XSD, whatever schema version a file names.
CATALOG = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by schemas/generate.py. Maps Liquibase's changelog namespace to basalt's schema. -->
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <uri name="%s" uri="dbchangelog.xsd"/>
</catalog>
''' % NAMESPACE


def outputs():
    m = Model()
    return {
        'schemas/dbchangelog.schema.json': json.dumps(json_schema(m), indent=2) + '\n',
        'schemas/dbchangelog.xsd': xsd_schema(m),
        'schemas/catalog.xml': CATALOG,
    }


def main():
    stale = []
    for path, text in outputs().items():
        full = os.path.join(root, path)
        if '--check' in sys.argv:
            current = open(full, encoding='utf-8').read() if os.path.exists(full) else ''
            if current != text:
                stale.append(path)
        else:
            with open(full, 'w', encoding='utf-8') as f:
                f.write(text)
    if stale:
        sys.exit('not current: %s: run schemas/generate.py' % ', '.join(stale))


if __name__ == '__main__':
    main()
