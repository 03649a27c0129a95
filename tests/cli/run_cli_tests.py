#!/usr/bin/env python3
"""Whole-tool snapshot tests: runs the automl-lint binary on realistic inputs, in every output
format, and compares stdout, stderr and the exit status with tests/cli/snapshots/<case>.txt.

AUTOML_LINT_UPDATE_SNAPSHOTS=1 rewrites the snapshots; review the diff before committing.
Usage: run_cli_tests.py PATH/TO/automl-lint   (run from the source root)
"""
import os
import pathlib
import subprocess
import sys

SNAPSHOTS = pathlib.Path("tests/cli/snapshots")
VALID = sorted(str(p) for p in pathlib.Path("examples/valid").glob("*.json"))
INVALID = sorted(
    str(p) for p in pathlib.Path("examples/invalid").glob("*.json") if "trailing" not in p.name
)

# name -> (arguments, standard input or None)
CASES = {
    "valid-examples-text": (VALID, None),
    "invalid-examples-text": (INVALID, None),
    "invalid-examples-json": (["--format", "json", *INVALID], None),
    "parse-error-among-good-files": (["examples/invalid/trailing-comma.json", *VALID], None),
    "missing-file": (["no/such/request.json", VALID[0]], None),
    "stdin": (["-"], '{"AutoMLJobName": "x_y"}'),
    "select-channel-rules": (["--select", "AML3", "examples/invalid/cross-field-mistakes.json"], None),
    "ignore-by-name-and-prefix": (
        ["--ignore", "AML5,channel-target-match", "examples/invalid/cross-field-mistakes.json"],
        None,
    ),
    "warning-passes-by-default": (
        ["tests/fixtures/realistic/sdk-automl-validation-channel-sample-weights.json"],
        None,
    ),
    "fail-on-warning": (
        ["--fail-on", "warning",
         "tests/fixtures/realistic/sdk-automl-validation-channel-sample-weights.json"],
        None,
    ),
    "same-job-name-in-two-files": (
        ["tests/fixtures/rules/AML202/ok-1-churn-a.json",
         "tests/fixtures/rules/AML202/bad-5-churn-a-again.json"],
        None,
    ),
    "rules-list": (["rules"], None),
    "explain": (["explain", "channel-pair-train-val"], None),
    "explain-unknown": (["explain", "AML999"], None),
    "no-arguments": ([], None),
    "bad-format": (["--format", "xml", VALID[0]], None),
}


def run_case(binary: str, arguments: list[str], stdin: str | None) -> str:
    completed = subprocess.run(
        [binary, *arguments], input=stdin, capture_output=True, text=True, timeout=60
    )
    stderr = "".join(f"[stderr] {line}\n" for line in completed.stderr.splitlines())
    return (
        f"$ automl-lint {' '.join(arguments)}\n{completed.stdout}{stderr}"
        f"[exit {completed.returncode}]\n"
    )


def main() -> int:
    binary = sys.argv[1]
    updating = os.environ.get("AUTOML_LINT_UPDATE_SNAPSHOTS") == "1"
    failed = 0
    for name, (arguments, stdin) in CASES.items():
        actual = run_case(binary, arguments, stdin)
        snapshot = SNAPSHOTS / f"{name}.txt"
        if updating:
            snapshot.write_text(actual, encoding="utf-8")
        elif not snapshot.exists() or snapshot.read_text(encoding="utf-8") != actual:
            failed += 1
            print(f"FAIL {name}: output differs from {snapshot}\n{actual}")
    print(f"{len(CASES) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
