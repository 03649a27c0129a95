#!/usr/bin/env python3
"""`automl-lint schema --config` is a valid draft-07 JSON Schema (checked against the draft-07
metaschema by jsonschema) that agrees with the linter's own reading of .automl-lint.yaml: the
configuration files of tests/cli/config are accepted by both or rejected by both, and so is each
variant below, which breaks one thing the schema can see.

Usage: check_config_schema.py PATH/TO/automl-lint   (run from the source root)
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

try:  # Debian's python3-ruamel.yaml: YAML 1.2, as the linter reads it (PyYAML reads off as false).
    from ruamel.yaml import YAML
except ImportError:
    print("SKIP: ruamel.yaml is not installed (setup.sh installs python3-ruamel.yaml)")
    sys.exit(77)


def load_yaml(text):
    return YAML(typ="safe", pure=True).load(text)

GOOD_EXTRA = [
    "select: AML3\n",
    "ignore:\n  - AML104\n  - {rule: AML305, pointer: /InputDataConfig/1}\n",
    "severity: {AML3: warning, AML402: off}\napi: v2\nfail-on: info\n",
    "per-file-ignores:\n  'legacy/**': AML5\n  '*.yaml': [{rule: AML1, pointer: /Tags}]\n",
    "exclude: drafts/**\n",
]
# Each breaks one rule of the schema (and so of the linter).
BAD_EXTRA = [
    "ignores: [AML104]\n",
    "select: 3\n",
    "ignore: [{rule: AML305}]\n",
    "ignore: [{rule: AML305, pointer: InputDataConfig}]\n",
    "ignore: [{rule: AML305, pointer: /A, where: x}]\n",
    "severity: {AML302: warn}\n",
    "per-file-ignores: [AML5]\n",
    "api: v3\n",
    "fail-on: off\n",
    "extend: 3\n",
    "- a list\n",
]

failures = []


def fail(what):
    failures.append(what)
    print(f"FAIL {what}")


def linter_accepts(binary, path):
    """True when the linter reads the file without an AML008 diagnostic."""
    completed = subprocess.run(
        [binary, "--config", path, "--show-config", "request.json"],
        capture_output=True, text=True, timeout=60)
    return completed.returncode == 0 and "AML008" not in completed.stderr


def main():
    binary = sys.argv[1]
    schema = json.loads(subprocess.run([binary, "schema", "--config"], capture_output=True,
                                       text=True, check=True, timeout=60).stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    # (name, path, text, expected verdict; None: whatever it is, both must agree)
    cases = []
    for path in sorted(set(glob.glob("tests/cli/config/**/*.yaml", recursive=True) +
                           glob.glob("tests/cli/config/**/.automl-lint.yaml", recursive=True))):
        if "/requests/" in path:
            continue  # Requests, not configuration files.
        with open(path, encoding="utf-8") as file:
            text = file.read()
        # broken/ breaks the schema too; cycle/ only what a schema cannot see (an extend loop).
        expected = False if "/broken/" in path else None
        cases.append((path, path, text, expected))
    with tempfile.TemporaryDirectory() as folder:
        for i, (text, expected) in enumerate([(t, True) for t in GOOD_EXTRA] +
                                             [(t, False) for t in BAD_EXTRA]):
            path = os.path.join(folder, f"variant-{i}.yaml")
            with open(path, "w", encoding="utf-8") as file:
                file.write(text)
            cases.append((f"variant {text!r}", path, text, expected))
        for name, path, text, expected in cases:
            by_schema = validator.is_valid(load_yaml(text) or {})
            by_linter = linter_accepts(binary, path)
            if "/cycle/" in path:
                by_linter = by_schema  # An extend loop: the linter alone can see it.
            if by_schema != by_linter:
                fail(f"{name}: the schema says {by_schema}, the linter {by_linter}")
            if expected is not None and by_schema != expected:
                fail(f"{name}: the schema says {by_schema}, expected {expected}")

    print(f"{len(cases)} configuration files checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
