#!/usr/bin/env python3
"""`automl-lint schema` prints what editors can use: a valid draft-07 JSON Schema (checked
against the draft-07 metaschema by jsonschema), without the linter's internal keywords, with
patterns that JavaScript's Unicode-mode RegExp (VS Code, yaml-language-server) compiles, that
accepts the realistic requests and rejects the broken examples.

Usage: check_schema.py PATH/TO/automl-lint   (run from the source root)
"""
import glob
import json
import re
import subprocess
import sys

import jsonschema
import regex

failures = []

# Requests the linter finds no shape problem in: the schema must accept them.
V1_GOOD = sorted(glob.glob("tests/fixtures/realistic/ok-*.json")) + [
    "examples/valid/churn-binary-classification.json", "examples/valid/fraud-hpo-vpc.json",
    "examples/valid/house-prices-regression-ensembling.json"]
V2_GOOD = sorted(glob.glob("tests/fixtures/realistic-v2/ok-*.json")) + [
    "examples/valid/v2-food-demand-forecast.json", "examples/valid/v2-llama2-fine-tuning.json"]
# Requests with shape mistakes: the schema must reject them.
V1_BAD = ["examples/invalid/enum-wrong-case.json", "examples/invalid/number-as-string.json",
          "examples/invalid/misspelled-key-feature-spec.json",
          "examples/invalid/job-name-underscore.json"]
V2_BAD = ["examples/invalid/v2-forecast-mistakes.json"]

# What may follow a backslash in a Unicode-mode JavaScript pattern: character class escapes,
# control escapes, \p{..}, \u, \x, \c, back references, and the syntax characters.
JS_ESCAPE = re.compile(r"\\([dDwWsSbBfnrtv0-9pPuxck]|[\^$\\.*+?()\[\]{}|/-])")


def fail(what):
    failures.append(what)
    print(f"FAIL {what}")


def pattern_with_unicode_classes(validator, pattern, instance, schema):
    """draft-07 `pattern` (ECMA 262) with \\p{L}-style classes, which Python's re lacks."""
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


# The draft-07 metaschema, with its "regex" format read as ECMA 262 with Unicode classes (the
# format checker's default, Python's re, has no \p{L}).
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("regex", raises=regex.error)
def is_regex(value):
    regex.compile(value)
    return True


METASCHEMA = jsonschema.Draft7Validator(jsonschema.Draft7Validator.META_SCHEMA,
                                        format_checker=FORMATS)

Validator = jsonschema.validators.extend(jsonschema.Draft7Validator,
                                         {"pattern": pattern_with_unicode_classes})


def walk(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}/{i}")


def check(binary, api, good, bad):
    printed = subprocess.run([binary, "schema", "--api", api], capture_output=True, text=True,
                             timeout=60, check=True).stdout
    schema = json.loads(printed)
    if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
        fail(f"{api}: $schema is not draft-07")
    for error in list(METASCHEMA.iter_errors(schema))[:3]:
        fail(f"{api}: not a valid draft-07 schema: {error.message}")
    for path, key, value in walk(schema):
        in_map = path.rsplit("/", 1)[-1] in ("properties", "definitions")
        if key.startswith("x-") and not in_map:
            fail(f"{api}: internal keyword {path}/{key}")
        if key == "pattern" and not in_map:
            stripped = JS_ESCAPE.sub("", value)
            if "\\" in stripped:
                fail(f"{api}: {path}: {value!r} has an escape JavaScript's u flag refuses")
    validator = Validator(schema)
    for file in good:
        request = json.load(open(file, encoding="utf-8"))
        for error in list(validator.iter_errors(request))[:3]:
            fail(f"{api}: {file} rejected: {'/'.join(map(str, error.path))}: {error.message}")
    for file in bad:
        if validator.is_valid(json.load(open(file, encoding="utf-8"))):
            fail(f"{api}: {file} accepted")
    return printed


def main():
    binary = sys.argv[1]
    check(binary, "v1", V1_GOOD, V1_BAD)
    v2 = check(binary, "v2", V2_GOOD, V2_BAD)
    default = subprocess.run([binary, "schema"], capture_output=True, text=True, timeout=60,
                             check=True).stdout
    if default != v2:
        fail("`schema` without --api is not the V2 schema")
    print(f"{4 - min(len(failures), 4)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
