#!/usr/bin/env python3
"""Compiles a request schema (schemas/*.schema.json) into C++ shape checks.

    gen_shape_checks.py SCHEMA OUTPUT --namespace NAME

The output defines `bool NAME::check(const rapidjson::Value&, ShapeWalk&)`: one function per
schema node, with every keyword turned into plain comparisons, so that checking a member costs
no interpretation (docs/design/shape-checks.md). The checks record the errors valijson would
record for the same document (lib/src/shape_walk.hpp lists them); the diagnostic mapper turns
either engine's errors into the same findings, and the differential tests hold them equal.

Keywords: type, enum (strings), minLength, maxLength, pattern, minimum, maximum,
exclusiveMinimum, exclusiveMaximum, minItems, maxItems, minProperties, maxProperties, required,
properties, additionalProperties (false or a schema), items (one schema), propertyNames and
$ref into #/definitions. Any other validation keyword stops the generator: a schema keyword
the checks ignored would pass requests valijson refuses.
"""

import argparse
import json
import sys

ANNOTATIONS = {
    "$schema", "$id", "title", "description", "x-botocore-version", "x-generated-by",
    "x-shape", "x-doc-limit", "x-max-from", "x-union", "definitions",
}
VALIDATION = {
    "type", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minProperties",
    "maxProperties", "required", "properties", "additionalProperties", "items",
    "propertyNames", "$ref",
}
VALUE_PARAMETERS = "const rapidjson::Value& value, ShapeWalk& walk"
TYPE_TEST = {
    "object": "value.IsObject()",
    "array": "value.IsArray()",
    "string": "value.IsString()",
    "boolean": "value.IsBool()",
    "integer": "is_integer(value)",
    "number": "value.IsNumber()",
}
# The bound keywords, their comparison, in the order valijson checks them.
BOUNDS = [
    ("maximum", ">"), ("exclusiveMaximum", ">="), ("minimum", "<"), ("exclusiveMinimum", "<="),
]


def cpp_string(text):
    """A C++ string literal of `text`'s UTF-8 bytes (hex escapes for anything not printable)."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= byte < 0x7F:
            out.append(char)
        else:
            out.append('\\x%02x""' % byte)  # "" ends the escape before a following hex digit
    return '"' + "".join(out) + '"'


def cpp_view(text):
    return "std::string_view(%s, %d)" % (cpp_string(text), len(text.encode("utf-8")))


def cpp_number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SystemExit("gen_shape_checks: a bound is not a number: %r" % (value,))
    return repr(float(value))


class Generator:
    def __init__(self, schema):
        self.schema = schema
        self.definitions = schema.get("definitions", {})
        self.functions = []  # (name, body lines, result type, parameters)
        self.by_node = {}  # id(node) -> function name
        self.patterns = {}  # pattern -> matcher name
        self.in_progress = set()

    def resolve(self, node):
        ref = node.get("$ref")
        if ref is None:
            return node
        prefix = "#/definitions/"
        if not ref.startswith(prefix) or ref[len(prefix):] not in self.definitions:
            raise SystemExit("gen_shape_checks: unresolvable $ref %r" % ref)
        if len(node) > 1:
            raise SystemExit("gen_shape_checks: keywords next to $ref %r are ignored by draft 7" % ref)
        return self.definitions[ref[len(prefix):]]

    def function_for(self, node, hint):
        """The name of the function that checks `node`, generating it on first use."""
        node = self.resolve(node)
        key = id(node)
        if key in self.by_node:
            if key in self.in_progress:
                raise SystemExit("gen_shape_checks: the schema is recursive at %s" % hint)
            return self.by_node[key]
        name = "check_%s_%d" % ("".join(c if c.isalnum() else "_" for c in node.get("x-shape", hint)),
                                len(self.functions))
        self.by_node[key] = name
        self.in_progress.add(key)
        slot = len(self.functions)
        self.functions.append(None)
        self.functions[slot] = (name, self.body(node, hint), "void", VALUE_PARAMETERS)
        self.in_progress.discard(key)
        return name

    def matcher(self, pattern):
        if pattern not in self.patterns:
            self.patterns[pattern] = "pattern_%d" % len(self.patterns)
        return self.patterns[pattern]

    def body(self, node, hint):
        unknown = set(node) - ANNOTATIONS - VALIDATION
        if unknown:
            raise SystemExit("gen_shape_checks: unsupported keywords %s at %s" % (sorted(unknown), hint))
        kind = node.get("type")
        if kind is not None and kind not in TYPE_TEST:
            raise SystemExit("gen_shape_checks: unsupported type %r at %s" % (kind, hint))
        lines = []
        if kind is not None:
            lines.append("if (!%s) walk.fail(Keyword::type);" % TYPE_TEST[kind])
        if "enum" in node:
            lines += self.enum_check(node["enum"], hint)
        lines += self.string_checks(node, lambda keyword: "walk.fail(Keyword::%s);" % keyword)
        lines += self.number_checks(node)
        lines += self.array_checks(node, hint)
        lines += self.object_checks(node, hint)
        return lines

    def enum_check(self, values, hint):
        if not all(isinstance(v, str) for v in values):
            raise SystemExit("gen_shape_checks: an enum of non-strings at %s" % hint)
        listed = self.index_function(values)
        return ["if (!value.IsString() || %s(view_of(value)) < 0) walk.fail(Keyword::enum_);" % listed]

    def string_checks(self, node, fail, subject="value"):
        """Length and pattern checks of a string; `fail(keyword)` is the statement for a failure."""
        checks = []
        if node.get("minLength", 0) > 0 or "maxLength" in node:
            checks.append("std::size_t size = length(text);")
        if node.get("minLength", 0) > 0:  # A minimum of 0 holds for every string.
            checks.append("if (size < %dU) %s" % (node["minLength"], fail("min_length")))
        if "maxLength" in node:
            checks.append("if (size > %dU) %s" % (node["maxLength"], fail("max_length")))
        if "pattern" in node:
            checks.append("if (!%s(text)) %s" % (self.matcher(node["pattern"]), fail("pattern")))
        if not checks:
            return []
        return ["if (%s.IsString()) {" % subject,
                "  std::string_view text = view_of(%s);" % subject] + \
            ["  " + check for check in checks] + ["}"]

    def number_checks(self, node):
        checks = ["if (number %s %s) walk.fail(Keyword::%s);" % (op, cpp_number(node[key]),
                                                               keyword_enum(key))
                  for key, op in BOUNDS if key in node]
        if not checks:
            return []
        return ["if (value.IsNumber()) {", "  double number = as_valijson_double(value);"] + \
            ["  " + check for check in checks] + ["}"]

    def array_checks(self, node, hint):
        checks = []
        if node.get("minItems", 0) > 0:
            checks.append("if (value.Size() < %dU) walk.fail(Keyword::min_items);" % node["minItems"])
        if "maxItems" in node:
            checks.append("if (value.Size() > %dU) walk.fail(Keyword::max_items);" % node["maxItems"])
        if "items" in node:
            items = node["items"]
            if not isinstance(items, dict):
                raise SystemExit("gen_shape_checks: only one schema for items at %s" % hint)
            item = self.function_for(items, hint + "/items")
            checks += [
                "for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {",
                "  walk.enter(i);",
                "  %s(value[i], walk);" % item,
                "  walk.leave();",
                "}",
            ]
        if not checks:
            return []
        return ["if (value.IsArray()) {"] + ["  " + c for c in checks] + ["}"]

    def object_checks(self, node, hint):
        checks = []
        if node.get("minProperties", 0) > 0:
            checks.append("if (value.MemberCount() < %dU) walk.fail(Keyword::min_properties);"
                          % node["minProperties"])
        if "maxProperties" in node:
            checks.append("if (value.MemberCount() > %dU) walk.fail(Keyword::max_properties);"
                          % node["maxProperties"])
        checks += self.members_check(node, hint)
        if "propertyNames" in node:
            checks += self.key_checks(self.resolve(node["propertyNames"]), hint)
        if not checks:
            return []
        return ["if (value.IsObject()) {"] + ["  " + c for c in checks] + ["}"]

    def members_check(self, node, hint):
        """properties, additionalProperties and required, in one pass over the members."""
        properties = node.get("properties", {})
        required = node.get("required", [])
        additional = node.get("additionalProperties", True)
        if not properties and not required and additional is True:
            return []
        names = list(properties)
        if len(names) > 64:
            raise SystemExit("gen_shape_checks: more than 64 properties at %s" % hint)
        for name in required:
            if name not in names:
                raise SystemExit("gen_shape_checks: required %r is not a property at %s" % (name, hint))
        lines = ["std::uint64_t seen = 0;"]
        if additional is False:
            lines.append("bool unmatched = false;")
        lines += ["for (const auto& member : value.GetObject()) {",
                 "  std::string_view name = view_of(member.name);",
                 "  int index = %s(name);" % self.index_function(names)]
        if additional is False:
            lines += ["  if (index < 0) {", "    unmatched = true;", "    continue;", "  }"]
        elif additional is True:
            lines += ["  if (index < 0) continue;"]
        else:
            values = self.function_for(additional, hint + "/additionalProperties")
            lines += ["  if (index < 0) {", "    walk.enter(name);",
                      "    %s(member.value, walk);" % values, "    walk.leave();", "    continue;",
                      "  }"]
        # valijson checks the first member of a name; another of the same name is unmatched.
        lines += ["  std::uint64_t bit = std::uint64_t{1} << index;", "  if (seen & bit) {"]
        if additional is False:
            lines.append("    unmatched = true;")
        lines += ["    continue;", "  }", "  seen |= bit;"]
        cases = ["    case %d: %s(member.value, walk); break;"
                 % (index, self.function_for(properties[name], hint + "/" + name))
                 for index, name in enumerate(names)]
        if cases:
            lines += ["  walk.enter(name);", "  switch (index) {"] + cases + \
                ["    default: break;", "  }", "  walk.leave();"]
        lines.append("}")
        if additional is False:
            lines.append("if (unmatched) walk.fail(Keyword::additional_properties);")
        for name in required:
            lines.append("if (!(seen & (std::uint64_t{1} << %d))) walk.fail_required(%s);"
                         % (names.index(name), cpp_view(name)))
        return lines

    def index_function(self, names):
        """A function from a member name to its index in `names`, -1 for any other name."""
        name = "index_%d" % len(self.functions)
        by_length = {}
        for index, member in enumerate(names):
            by_length.setdefault(len(member.encode("utf-8")), []).append((index, member))
        body = ["switch (name.size()) {"]
        for size in sorted(by_length):
            body.append("  case %d:" % size)
            for index, member in by_length[size]:
                body.append("    if (name == %s) return %d;" % (cpp_view(member), index))
            body.append("    return -1;")
        body += ["  default:", "    return -1;", "}"]
        self.functions.append((name, body, "int", "std::string_view name"))
        return name

    def key_checks(self, keys, hint):
        """propertyNames: valijson refuses a bad key without recording an error."""
        unknown = set(keys) - ANNOTATIONS - {"type", "enum", "minLength", "maxLength", "pattern"}
        if unknown or keys.get("type", "string") != "string":
            raise SystemExit("gen_shape_checks: unsupported propertyNames at %s" % hint)
        checks = []
        if "enum" in keys:
            checks.append("if (%s(view_of(member.name)) < 0) bad_key = true;"
                          % self.index_function(keys["enum"]))
        checks += self.string_checks(keys, lambda keyword: "bad_key = true;", subject="member.name")
        if not checks:
            return []
        lines = ["bool bad_key = false;", "for (const auto& member : value.GetObject()) {"]
        lines += ["  " + c for c in checks]
        lines += ["}", "if (bad_key) walk.fail(Keyword::property_names);"]
        return lines

    def emit(self, namespace, source):
        root = self.function_for(self.schema, "root")
        out = [
            "// Generated by tools/gen_shape_checks.py from %s: do not edit." % source,
            "// NOLINTBEGIN",
            '#include "shape_walk.hpp"',
            "",
            "namespace automl_lint::detail::%s {" % namespace,
            "namespace {",
            "",
        ]
        for pattern, matcher in self.patterns.items():
            out += pattern_functions(pattern, matcher)
        for function in self.functions:
            out.append(declaration(function) + ";")
        out.append("")
        for function in self.functions:
            out.append(declaration(function) + " {")
            out += ["  " + line for line in function[1]]
            out += ["}", ""]
        out += [
            "}  // namespace",
            "",
            "bool check(const rapidjson::Value& value, ShapeWalk& walk) {",
            "  %s(value, walk);" % root,
            "  return walk.valid();",
            "}",
            "",
            "}  // namespace automl_lint::detail::%s" % namespace,
            "// NOLINTEND",
            "",
        ]
        return "\n".join(out)


def pattern_functions(pattern, name):
    """`bool name(std::string_view)`: a full match of `pattern`, by a loop over a byte set for
    the simple forms (`.*`, one character class repeated), else by RE2, compiled on first use."""
    regex = [
        "// Compiled on first use: a run that never meets the member compiles nothing.",
        "const PatternMatcher& %s_regex() {" % name,
        "  static const PatternMatcher matcher(std::string(%s));" % cpp_view(pattern),
        "  return matcher;",
        "}",
    ]
    simple = simple_form(pattern)
    if simple is None:
        return regex + ["bool %s(std::string_view text) { return %s_regex().full_match(text); }" % (name, name), ""]
    if simple == "any-line":  # RE2's . is any character but a line feed.
        return ["bool %s(std::string_view text) { return text.find('\\n') == std::string_view::npos; }" % name, ""]
    members, unicode, repeat = simple
    low = sum(1 << b for b in members if b < 64)
    high = sum(1 << (b - 64) for b in members if b >= 64)
    # A non-ASCII character is never in an ASCII class; with \p{..} classes RE2 decides.
    non_ascii = "return %s_regex().full_match(text);" % name if unicode else "return false;"
    return (regex if unicode else []) + [
        "bool %s(std::string_view text) {" % name,
        "  constexpr std::uint64_t kLow = 0x%016xULL, kHigh = 0x%016xULL;" % (low, high),
        "  for (char c : text) {",
        "    auto byte = static_cast<unsigned char>(c);",
        "    if (byte >= 0x80) {",
        "      %s" % non_ascii,
        "    }",
        "    if (!(((byte < 64 ? kLow : kHigh) >> (byte & 63)) & 1)) return false;",
        "  }",
        "  return %s;" % ("!text.empty()" if repeat == "+" else "true"),
        "}",
        "",
    ]


# The ASCII members of the Unicode classes, as ascii_equivalent() (pattern_matcher.cpp) has them.
UNICODE_CLASSES = {"L": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "Z": " ",
                   "N": "0123456789"}


def simple_form(pattern):
    """"any-line" for ^(?:.*)$; (ASCII members, has \p classes, "*" or "+") for
    ^(?:[class]*)$ or ^(?:([class]+))$; None for anything else (RE2 matches those)."""
    if not (pattern.startswith("^(?:") and pattern.endswith(")$")):
        return None
    body = pattern[4:-2]
    if body == ".*":
        return "any-line"
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    if len(body) < 3 or body[0] != "[" or body[-1] not in "*+" or body[-2] != "]":
        return None
    parsed = parse_class(body[1:-2])
    if parsed is None:
        return None
    members, unicode = parsed
    return members, unicode, body[-1]


def parse_class(text):
    """The ASCII bytes of a character class body (no negation), and whether it has \p{..}."""
    if text.startswith("^") or not text:
        return None
    members, unicode, i = set(), False, 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            if text[i + 1:i + 2] == "p" and text[i + 2:i + 3] == "{" and text[i + 4:i + 5] == "}":
                if text[i + 3] not in UNICODE_CLASSES:
                    return None
                members |= {ord(c) for c in UNICODE_CLASSES[text[i + 3]]}
                unicode, i = True, i + 5
                continue
            escaped = text[i + 1:i + 2]
            if escaped == "d":
                members |= set(range(ord("0"), ord("9") + 1))
            elif escaped and not escaped.isalnum():
                members.add(ord(escaped))
            else:
                return None  # \w, \s and the like: leave them to RE2.
            i += 2
            continue
        if char in "[]":
            return None
        if i + 2 < len(text) and text[i + 1] == "-" and text[i + 2] not in "\\]":
            low, high = ord(char), ord(text[i + 2])
            if low > high or high >= 0x80:
                return None
            members |= set(range(low, high + 1))
            i += 3
            continue
        if ord(char) >= 0x80:
            return None
        members.add(ord(char))
        i += 1
    return members, unicode


def keyword_enum(key):
    return {"maximum": "maximum", "exclusiveMaximum": "exclusive_maximum",
            "minimum": "minimum", "exclusiveMinimum": "exclusive_minimum"}[key]


def declaration(function):
    name, _, result, parameters = function
    return "%s %s(%s)" % (result, name, parameters)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schema")
    parser.add_argument("output")
    parser.add_argument("--namespace", required=True)
    args = parser.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    code = Generator(schema).emit(args.namespace, args.schema.split("/")[-1])
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
