#!/usr/bin/env python3
"""Writes the YAML twin of every JSON fixture (tests/fixtures/**/*.json) into a build folder.

A twin is the same request in YAML block style, keys in their JSON order, each string plain
where YAML 1.2 reads it back as that string and double-quoted where it would not (`"true"`,
`"017"`, `"2024-01-01"`, `""`, a leading space, a `: `). Numbers keep their JSON spelling.
Beside each twin, NAME.layout.json gives, for every JSON pointer, the line and column (in code
points) where the generator wrote its key and its value: a mapping's value starts at its first
key, a list's at its first `-`, an empty one at its `{` or `[`. tests/unit/yaml_twins_test.cpp
lints both files and requires the same findings at those places.

Each twin is loaded back with ruamel.yaml's safe loader, as the AWS CLI loads
--cli-input-yaml, and must equal the JSON value (types included); without ruamel.yaml the check
is skipped with a note. JSON-only fixtures are left out, each with its reason, in
excluded.json: files that are not valid JSON text (syntax, encoding, NaN), duplicate keys, lone
surrogate escapes, keys too long for a YAML key, nesting Python's json cannot read.

Usage: make_twins.py FIXTURES_DIR OUT_DIR [--stamp FILE]
"""
import argparse
import json
import pathlib
import re
import shutil
import sys

# ruamel.yaml's YAML 1.2 implicit resolvers (resolver.py): a plain scalar matching one of them
# is not read as a string.
IMPLICIT = [
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
        r"|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)"
        r"|\.(?:nan|NaN|NAN))$"
    ),
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$"),
    re.compile(r"^(?:<<)$"),
    re.compile(r"^(?:~|null|Null|NULL|)$"),
    re.compile(
        r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
        r"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?"
        r":[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"
    ),
    re.compile(r"^(?:=)$"),
    re.compile(r"^(?:!|&|\*)$"),
]

INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0",
           "\u2028": "\\L", "\u2029": "\\P"}


class Excluded(Exception):
    pass


class Number:
    """A JSON number as the file spells it."""

    def __init__(self, text):
        self.text = text


def printable(c):
    code = ord(c)
    return (code >= 0x20 and code != 0x7F and not 0x80 <= code <= 0x9F
            and code not in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
            and not 0xD800 <= code <= 0xDFFF)


def plain_is_safe(text):
    if not text or text != text.strip(" ") or text[0] in INDICATORS:
        return False
    if ": " in text or text.endswith(":") or " #" in text or "\t" in text:
        return False
    if text.startswith("---") or text.startswith("..."):
        return False
    if not all(printable(c) for c in text):
        return False
    return not any(pattern.match(text) for pattern in IMPLICIT)


def quoted(text):
    out = []
    for c in text:
        if 0xD800 <= ord(c) <= 0xDFFF:
            raise Excluded("a string holds a lone surrogate escape, which is not text")
        if c in ESCAPES:
            out.append(ESCAPES[c])
        elif printable(c):
            out.append(c)
        elif ord(c) <= 0xFF:
            out.append("\\x%02x" % ord(c))
        else:
            out.append("\\u%04x" % ord(c))
    return '"' + "".join(out) + '"'


def scalar(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, Number):
        return value.text
    if isinstance(value, str):
        return value if plain_is_safe(value) else quoted(value)
    raise TypeError(type(value))


def escape_token(token):
    return token.replace("~", "~0").replace("/", "~1")


class Emitter:
    def __init__(self):
        self.lines = []
        self.layout = {}

    def place(self, pointer, kind, line, column):
        self.layout.setdefault(pointer, {})[kind] = [line, column]

    def next_line(self):
        return len(self.lines) + 1

    @staticmethod
    def is_block(value):
        return isinstance(value, (list, dict)) and len(value) > 0

    def inline(self, value):
        if isinstance(value, dict):
            return "{}"
        if isinstance(value, list):
            return "[]"
        return scalar(value)

    def mapping(self, members, pointer, indent, first_prefix):
        """Writes a non-empty mapping, its first line starting with `first_prefix`."""
        for i, (key, value) in enumerate(members):
            if len(key) > 1000:
                raise Excluded("a key longer than a YAML key may be (1024 characters)")
            prefix = first_prefix if i == 0 else " " * indent
            child = pointer + "/" + escape_token(key)
            key_text = scalar(key)
            line = self.next_line()
            self.place(child, "key", line, len(prefix) + 1)
            if i == 0:
                self.place(pointer, "value", line, len(prefix) + 1)
            if self.is_block(value):
                self.lines.append(prefix + key_text + ":")
                self.block(value, child, indent + 2, " " * (indent + 2))
            else:
                self.place(child, "value", line, len(prefix) + len(key_text) + 3)
                self.lines.append(prefix + key_text + ": " + self.inline(value))

    def sequence(self, items, pointer, indent, first_prefix):
        for i, item in enumerate(items):
            prefix = (first_prefix if i == 0 else " " * indent) + "- "
            child = pointer + "/" + str(i)
            line = self.next_line()
            if i == 0:
                self.place(pointer, "value", line, len(prefix) - 1)
            if self.is_block(item):
                self.block(item, child, indent + 2, prefix)
            else:
                self.place(child, "value", line, len(prefix) + 1)
                self.lines.append(prefix + self.inline(item))

    def block(self, value, pointer, indent, first_prefix):
        if isinstance(value, dict):
            self.mapping(list(value.items()), pointer, indent, first_prefix)
        else:
            self.sequence(value, pointer, indent, first_prefix)

    def document(self, value):
        if self.is_block(value):
            self.block(value, "", 0, "")
        else:
            self.place("", "value", 1, 1)
            self.lines.append(self.inline(value))
        return "\n".join(self.lines) + "\n"


def load_json(data):
    """The fixture's value with numbers as written, and as plain Python values."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Excluded("not UTF-8 text (an encoding fixture)")
    if text.startswith("\ufeff"):
        text = text[1:]

    def pairs(items):
        keys = [key for key, _ in items]
        if len(set(keys)) != len(keys):
            raise Excluded("a key appears twice in one object (AML003 in JSON)")
        return dict(items)

    def constant(name):
        raise Excluded("%s is not JSON" % name)

    try:
        spelled = json.loads(text, object_pairs_hook=pairs, parse_float=Number,
                             parse_int=Number, parse_constant=constant)
        value = json.loads(text, parse_constant=constant)
    except RecursionError:
        raise Excluded("nests deeper than Python's json module reads")
    except json.JSONDecodeError as error:
        raise Excluded("not valid JSON (%s)" % error.msg)
    if "\0" in text:
        raise Excluded("holds a NUL byte")
    return spelled, value


def same(a, b):
    """Equal values of the same types (1 and 1.0 differ, True and 1 differ)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures", type=pathlib.Path)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--stamp", type=pathlib.Path)
    args = parser.parse_args()
    try:
        from ruamel.yaml import YAML  # The AWS CLI's reader.
    except ImportError:
        YAML = None
        print("make_twins.py: ruamel.yaml is not importable: twins are not checked against it "
              "(setup.sh installs python3-ruamel.yaml)", file=sys.stderr)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    excluded = {}
    written = 0
    for source in sorted(args.fixtures.rglob("*.json")):
        relative = source.relative_to(args.fixtures)
        try:
            spelled, value = load_json(source.read_bytes())
            emitter = Emitter()
            yaml_text = emitter.document(spelled)
        except Excluded as reason:
            excluded[relative.as_posix()] = str(reason)
            continue
        if YAML is not None:
            loaded = YAML(typ="safe", pure=True).load(yaml_text)
            if not same(loaded, value):
                print("make_twins.py: the twin of %s reads back differently" % relative,
                      file=sys.stderr)
                return 1
        target = args.out / relative.with_suffix(".yaml")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml_text, encoding="utf-8")
        target.with_suffix(".layout.json").write_text(
            json.dumps(emitter.layout, ensure_ascii=True), encoding="utf-8")
        written += 1
    (args.out / "excluded.json").write_text(json.dumps(excluded, indent=1, sort_keys=True) + "\n")
    if args.stamp:
        args.stamp.write_text("%d twins, %d excluded\n" % (written, len(excluded)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
