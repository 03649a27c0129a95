"""Translate the draft-07 schema's ECMA-262 patterns into Python `re` patterns, for jsonschema.

    python3 translate_schema.py IN.schema.json OUT.schema.json

JSON Schema patterns are ECMA-262 regular expressions; Python's `re` differs in three ways that
matter for schemas/create-auto-ml-job.schema.json, and this script removes each one without
changing what a pattern accepts (only the "pattern" keyword is rewritten):

* `\\p{L}`, `\\p{Z}`, `\\p{N}` (the tag patterns): `re` has no Unicode property escapes. Each is
  replaced, inside its character class, by the explicit code point ranges of the general
  categories L*, Z*, N* from Python's unicodedata (the Unicode version of the running Python).
* `\\d` (the role ARN): ECMA-262 `\\d` is [0-9]; Python's str `\\d` is any Unicode digit.
* a final `$`: ECMA-262 `$` is the end of the input; Python's `$` also matches before a final
  newline, so "my-job\\n" would pass. It becomes `\\Z`.

Run once by bench/run.sh, before anything is timed, so the jsonschema peer pays nothing for it.
"""
import json
import sys
import unicodedata


def category_ranges(prefixes: str) -> str:
    ranges = []
    start = prev = None
    for cp in range(0x110000):
        if unicodedata.category(chr(cp))[0] in prefixes:
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        ranges.append((start, prev))

    def esc(cp: int) -> str:
        return f"\\U{cp:08x}" if cp > 0xFFFF else f"\\u{cp:04x}"

    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)


CLASSES = {}


def translate(pattern: str) -> str:
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1]
            if nxt == "p":
                name = pattern[i + 3:pattern.index("}", i)]
                if not in_class:
                    raise SystemExit(f"\\p{{{name}}} outside a class is not handled: {pattern}")
                if name not in ("L", "Z", "N"):
                    raise SystemExit(f"unhandled property \\p{{{name}}} in {pattern}")
                if name not in CLASSES:
                    CLASSES[name] = category_ranges(name)
                out.append(CLASSES[name])
                i = pattern.index("}", i) + 1
                continue
            if nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
                i += 2
                continue
            if nxt in "PuUx":
                raise SystemExit(f"unhandled escape \\{nxt} in {pattern}")
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        elif c == "$" and not in_class and i == len(pattern) - 1:
            out.append("\\Z")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def walk(node, changed):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                new = translate(value)
                if new != value:
                    changed.append(value)
                node[key] = new
            else:
                walk(value, changed)
    elif isinstance(node, list):
        for item in node:
            walk(item, changed)


def main() -> int:
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, "rb") as fh:
        schema = json.loads(fh.read())
    changed: list = []
    walk(schema, changed)
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(schema, fh, indent=1)
    print(f"{dst}: {len(changed)} patterns translated for Python re "
          f"(unicodedata {unicodedata.unidata_version})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
