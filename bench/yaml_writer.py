"""A small YAML writer for the bench's YAML corpora, and the check that reads its files back.

    to_yaml(request, ascii_only) -> text      block style, indent 2, sequences indented
    check_round_trip(yaml_text, json_text)    raises ValueError unless both hold the same data

Block mappings and sequences; empty ones as `{}` / `[]`. A string is written plain only when
every YAML reader takes it as that string under both YAML 1.1 (PyYAML) and YAML 1.2 (ruamel.yaml,
which automl-lint follows): it starts with a letter, holds only letters, digits, single spaces
and `_ . / @ + = - :` (a `:` never before a space or at the end), and is not a word some
resolver reads as a boolean or null (`yes`, `no`, `on`, `off`, `y`, `n`, `true`, `false`,
`null`, in any case). Every other string is double-quoted: numbers, dates, `12345`, the empty
string, U+3000 or U+00A0 spaces, `#`, `'`, marks. `None` stays plain: YAML has no such null
(`CompressionType: None` is a string, as in the service's enum). With ascii_only (the files
whose JSON twin writes `\\u` escapes) every non-ASCII string is double-quoted with escapes too.

A key written twice (the corpus's DUP_SENTINEL member, DUP_KEY here, whose value is [key,
first value]) is written as a second `key: value` line, as in the JSON twin.
"""

from __future__ import annotations

import json
import re

# Words that YAML 1.1's or 1.2's boolean and null resolvers read as non-strings.
RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
PUNCTUATION = set("_./@+=-:")
DUP_KEY = "__automl_lint_bench_duplicate__"  # make_corpus.DUP_SENTINEL: [key, first value]


def _plain_ok(text: str, ascii_only: bool) -> bool:
    if not text or not text[0].isalpha() or text.lower() in RESERVED:
        return False
    if ascii_only and not text.isascii():
        return False
    if text.endswith((" ", ":")) or "  " in text or ": " in text:
        return False
    return all(c.isalnum() or c == " " or c in PUNCTUATION for c in text)


def _escape(c: str, ascii_only: bool) -> str:
    code = ord(c)
    if c in '"\\':
        return "\\" + c
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    printable = (0x20 <= code <= 0x7E or code in (0x85,) or 0xA0 <= code <= 0xD7FF or
                 0xE000 <= code <= 0xFFFD and code != 0xFEFF or code >= 0x10000)
    if code == 0x85 or code in (0x2028, 0x2029):  # line breaks to YAML 1.1 readers
        printable = False
    if printable and (code < 0x80 or not ascii_only):
        return c
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def quoted(text: str, ascii_only: bool = False) -> str:
    return '"' + "".join(_escape(c, ascii_only) for c in text) + '"'


def scalar(value, ascii_only: bool) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if text in ("inf", "-inf", "nan"):
            raise ValueError(f"no YAML twin for {text}")
        if "e" in text and "." not in text:  # YAML 1.1 floats need a dot: 1e-05 -> 1.0e-05
            text = text.replace("e", ".0e")
        return text
    if isinstance(value, str):
        return value if _plain_ok(value, ascii_only) else quoted(value, ascii_only)
    if value == {}:
        return "{}"
    if value == []:
        return "[]"
    raise TypeError(f"not a scalar: {value!r}")


def _is_block(value) -> bool:
    return isinstance(value, (dict, list)) and len(value) > 0


def _mapping(d: dict, pad: str, ascii_only: bool) -> list[str]:
    lines = []
    for key, value in d.items():
        if key == DUP_KEY:
            key, value = value
        lines += _entry(pad + scalar(key, ascii_only) + ":", value, pad, ascii_only)
    return lines


def _entry(head: str, value, pad: str, ascii_only: bool) -> list[str]:
    """`head` followed by the value: on the same line, or as a block below it."""
    if not _is_block(value):
        return [f"{head} {scalar(value, ascii_only)}"]
    return [head] + _block(value, pad + "  ", ascii_only)


def _sequence(items: list, pad: str, ascii_only: bool) -> list[str]:
    lines = []
    for item in items:
        if isinstance(item, dict) and item:
            body = _mapping(item, pad + "  ", ascii_only)
            lines.append(pad + "- " + body[0][len(pad) + 2:])
            lines += body[1:]
        elif isinstance(item, list) and item:  # a list in a list: JSON-style flow
            lines.append(pad + "- " + json.dumps(item, ensure_ascii=True))
        else:
            lines.append(f"{pad}- {scalar(item, ascii_only)}")
    return lines


def _block(value, pad: str, ascii_only: bool) -> list[str]:
    if isinstance(value, dict):
        return _mapping(value, pad, ascii_only)
    return _sequence(value, pad, ascii_only)


def to_yaml(request: dict, ascii_only: bool = False) -> str:
    return "\n".join(_mapping(request, "", ascii_only)) + "\n"


# ---------------------------------------------------------------------------------------------
# Reading back


def _loader():
    """PyYAML's C safe loader when present (fast; YAML 1.1), else ruamel.yaml's (YAML 1.2)."""
    try:
        import yaml
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return "PyYAML " + yaml.__version__, lambda text: yaml.load(text, Loader=loader), "last"
    except ImportError:
        pass
    import ruamel.yaml
    reader = ruamel.yaml.YAML(typ="safe", pure=True)
    reader.allow_duplicate_keys = True  # keeps the first value of a key written twice
    return "ruamel.yaml " + ruamel.yaml.__version__, reader.load, "first"


_LOADER = None


def loader_name() -> str:
    global _LOADER
    _LOADER = _LOADER or _loader()
    return _LOADER[0]


def _first_wins(pairs):
    out = {}
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def check_round_trip(yaml_text: str, json_text: str) -> None:
    global _LOADER
    _LOADER = _LOADER or _loader()
    _, load, dup = _LOADER
    got = load(yaml_text)
    want = json.loads(json_text, object_pairs_hook=_first_wins if dup == "first" else None)
    if not _same(got, want):
        raise ValueError(f"YAML twin reads back differently:\n{yaml_text}")


def _same(a, b) -> bool:
    """Equal, and of the same types (1 == 1.0 == True in Python, not in a request)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b
