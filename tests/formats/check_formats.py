#!/usr/bin/env python3
"""Each machine format checked by its consumer's own rules, on the shipped examples and on
hostile file names:

- sarif: the SARIF 2.1.0 JSON schema (sarif-2.1.0.json beside this file), with the jsonschema
  validator its "$schema" names, and the fields GitHub code scanning requires, one by one;
- junit: xmllint --schema with junit-output.xsd (a subset of Jenkins' junit-10.xsd);
- github: the output read back the way the Actions runner parses workflow commands, so that no
  file name or message can end a command or start one of its own.

Each validator is first shown a broken document and must reject it: a check that cannot fail
proves nothing (sarif-multitool's `validate`, for one, exits 0 on a broken log).

Usage: check_formats.py PATH/TO/automl-lint   (run from the source root)
"""
import copy
import glob
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent
EXAMPLES = sorted(glob.glob("examples/valid/*.json")) + sorted(glob.glob("examples/invalid/*.json"))
# A warning and an info finding too, and a file that does not exist.
EXTRA = ["tests/fixtures/realistic/sdk-automl-validation-channel-sample-weights.json",
         "no/such/request.json"]
HOSTILE_NAMES = [
    'a,b:c%25 "q" <x> & y.json',
    "line\n::error file=x.json::injected.json",
    "cr\r::warning::too.json",
    "caf\u00e9 \u4e2d.json",
]
BAD_REQUEST = '{"AutoMLJobName": "bad_name", "ProblemType": "Regresion"}\n'

failures = []


def fail(what):
    failures.append(what)
    print(f"FAIL {what}")


def run(binary, *arguments, stdin=None, cwd=None):
    completed = subprocess.run([binary, *arguments], input=stdin, capture_output=True, timeout=60,
                               cwd=cwd)
    if completed.returncode not in (0, 1, 2):
        fail(f"{' '.join(arguments)}: exit status {completed.returncode}")
    return completed.stdout


def hostile_folder():
    folder = tempfile.mkdtemp(prefix="automl-lint-formats-")
    for name in HOSTILE_NAMES:
        pathlib.Path(folder, name).write_text(BAD_REQUEST, encoding="utf-8")
    return folder


# ----- SARIF -----

def github_problems(log):
    """The properties GitHub code scanning reads, checked one by one (its SARIF support page:
    docs.github.com, code-security, "SARIF support for code scanning")."""
    problems = []
    if log.get("version") != "2.1.0" or "$schema" not in log:
        problems.append("version 2.1.0 and $schema are required")
    for run_ in log.get("runs", []):
        driver = run_.get("tool", {}).get("driver", {})
        if not driver.get("name"):
            problems.append("tool.driver.name is required")
        rules = driver.get("rules", [])
        if not rules:
            problems.append("tool.driver.rules lists every rule that ran")
        for rule in rules:
            for key in ("id", "name", "helpUri"):
                if not rule.get(key):
                    problems.append(f"rule {rule.get('id')}: {key} missing")
            for key in ("shortDescription", "fullDescription"):
                if not rule.get(key, {}).get("text"):
                    problems.append(f"rule {rule.get('id')}: {key}.text missing")
            if not rule.get("help", {}).get("text") or not rule.get("help", {}).get("markdown"):
                problems.append(f"rule {rule.get('id')}: help.text and help.markdown")
            if rule.get("defaultConfiguration", {}).get("level") not in ("note", "warning",
                                                                          "error"):
                problems.append(f"rule {rule.get('id')}: defaultConfiguration.level")
            if not re.match(r"^https://", rule.get("helpUri", "")):
                problems.append(f"rule {rule.get('id')}: helpUri must be an absolute https URL")
        if run_.get("columnKind") != "unicodeCodePoints":
            problems.append("columnKind must say how columns are counted")
        invocations = run_.get("invocations", [])
        if not invocations or not isinstance(invocations[0].get("executionSuccessful"), bool):
            problems.append("invocations[0].executionSuccessful")
        for result in run_.get("results", []):
            where = f"result {result.get('ruleId')}"
            if not result.get("ruleId") or not result.get("message", {}).get("text"):
                problems.append(f"{where}: ruleId and message.text are required")
            index = result.get("ruleIndex")
            if index is None or rules[index]["id"] != result["ruleId"]:
                problems.append(f"{where}: ruleIndex must point at its rule")
            if result.get("level") not in ("note", "warning", "error"):
                problems.append(f"{where}: level")
            locations = result.get("locations", [])
            if len(locations) != 1:
                problems.append(f"{where}: one location")
                continue
            physical = locations[0].get("physicalLocation", {})
            artifact = physical.get("artifactLocation", {})
            uri = artifact.get("uri", "")
            if not re.fullmatch(r"[A-Za-z0-9\-._~/%]+|file:///[A-Za-z0-9\-._~/%]+", uri):
                problems.append(f"{where}: uri {uri!r} is not a plain encoded path")
            if not uri.startswith("file:") and (artifact.get("uriBaseId") != "%SRCROOT%"
                                                or uri.startswith("/")):
                problems.append(f"{where}: a relative uri needs uriBaseId %SRCROOT%")
            region = physical.get("region", {})
            if not isinstance(region.get("startLine"), int) or region["startLine"] < 1:
                problems.append(f"{where}: region.startLine is required")
            prints = result.get("partialFingerprints", {})
            if "primaryLocationLineHash" in prints or not re.fullmatch(
                    "[0-9a-f]{16}", prints.get("automlLint/v1", "")):
                problems.append(f"{where}: our own fingerprint, not primaryLocationLineHash")
    return problems


def check_sarif(binary, folder):
    schema = json.loads((HERE / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    logs = {
        "examples": json.loads(run(binary, "--format", "sarif", *EXAMPLES, *EXTRA)),
        "stdin": json.loads(run(binary, "--format", "sarif", "--stdin-filename",
                                "requests/piped.json", "-", stdin=BAD_REQUEST.encode())),
        "hostile names": json.loads(run(binary, "--format", "sarif", folder)),
        "clean": json.loads(run(binary, "--format", "sarif", EXAMPLES[0])),
    }
    # The validator and the GitHub checks must reject broken logs.
    broken = copy.deepcopy(logs["examples"])
    del broken["runs"][0]["results"][0]["message"]
    broken["runs"][0]["results"][1]["level"] = "info"
    if len(list(validator.iter_errors(broken))) < 2:
        fail("sarif: the schema validator accepts a result without message and level info")
    if not github_problems(broken):
        fail("sarif: the GitHub checks accept a result without message")

    for name, log in logs.items():
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for error in errors[:5]:
            fail(f"sarif {name}: {'/'.join(map(str, error.path))}: {error.message[:200]}")
        for problem in github_problems(log)[:5]:
            fail(f"sarif {name}: {problem}")
    if not logs["examples"]["runs"][0]["results"]:
        fail("sarif: the invalid examples gave no result")
    levels = {r["level"] for r in logs["examples"]["runs"][0]["results"]}
    if levels != {"error", "warning"}:
        fail(f"sarif: expected errors and warnings among the examples, got {levels}")
    if logs["clean"]["runs"][0]["results"]:
        fail("sarif: a valid example gave results")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in logs["stdin"]["runs"][0]["results"]}
    if uris != {"requests/piped.json"}:
        fail(f"sarif: --stdin-filename names standard input, got {uris}")


# ----- JUnit -----

def xmllint(path):
    completed = subprocess.run(
        ["xmllint", "--noout", "--schema", str(HERE / "junit-output.xsd"), path],
        capture_output=True, text=True, timeout=60)
    return completed.returncode, completed.stderr


def check_junit(binary, folder):
    with tempfile.TemporaryDirectory() as scratch:
        reports = {
            "examples": run(binary, "--format", "junit", *EXAMPLES, *EXTRA),
            "fail-on info": run(binary, "--format", "junit", "--fail-on", "info", *EXAMPLES,
                                *EXTRA),
            "hostile names": run(binary, "--format", "junit", folder),
            "none": run(binary, "--format", "junit", "package.json-does-not-exist/"),
        }
        # A broken report must be refused: a test case without a name.
        reports["broken"] = reports["examples"].replace(b"<testcase name=", b"<testcase nom=", 1)
        for name, report in reports.items():
            path = os.path.join(scratch, name.replace(" ", "-") + ".xml")
            pathlib.Path(path).write_bytes(report)
            status, errors = xmllint(path)
            if name == "broken":
                if status == 0:
                    fail("junit: xmllint accepts a test case without a name")
            elif status != 0:
                fail(f"junit {name}: xmllint --schema: {errors[:500]}")
        examples = reports["examples"].decode()
        if examples.count("<testsuite ") != len(EXAMPLES) + len(EXTRA):
            fail("junit: one test suite per file")
        if examples.count('<testcase name="no findings"') < 5:
            fail("junit: each valid example passes as one test case")
        hostile = reports["hostile names"].decode()
        for name in HOSTILE_NAMES:
            if "\n" in name or "\r" in name:
                continue
            escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            escaped = escaped.replace('"', "&quot;")
            if f'name="{os.path.join(folder, escaped)}"' not in hostile:
                fail(f"junit: the suite of {name!r} is not named after it")


# ----- GitHub workflow commands -----

def unescape_property(value):
    for escaped, raw in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(escaped, raw)
    return value


def unescape_data(value):
    for escaped, raw in (("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(escaped, raw)
    return value


def parse_commands(output):
    """Workflow commands as the runner reads them: one per line, `::name key=value,...::data`.
    Returns (command, properties, data) per line; a line that is not a command is an error
    here, since the github format writes nothing else."""
    commands = []
    for line in output.split("\n")[:-1]:
        match = re.fullmatch(r"::([a-z-]+)(?: ([^:]*))?::(.*)", line)
        if not match:
            fail(f"github: not one workflow command: {line!r}")
            continue
        properties = {}
        for item in (match.group(2) or "").split(","):
            key, _, value = item.partition("=")
            properties[key] = unescape_property(value)
        commands.append((match.group(1), properties, unescape_data(match.group(3))))
    return commands


def compare_github(binary, arguments, what):
    """The commands of the github format against the json format's diagnostics, one by one."""
    commands = parse_commands(run(binary, "--format", "github", *arguments).decode())
    diagnostics = json.loads(run(binary, "--format", "json", *arguments))
    if len(commands) != len(diagnostics):
        fail(f"github {what}: {len(commands)} commands for {len(diagnostics)} diagnostics")
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    for (command, properties, data), diagnostic in zip(commands, diagnostics):
        if command != kinds[diagnostic["severity"]]:
            fail(f"github {what}: {diagnostic['rule']} is a {command}")
        if properties.get("file") != os.path.normpath(diagnostic["file"]):
            fail(f"github {what}: file {properties.get('file')!r} for {diagnostic['file']!r}")
        if diagnostic["line"] and properties.get("line") != str(diagnostic["line"]):
            fail(f"github {what}: line of {diagnostic['rule']}")
        if not diagnostic["line"] and ("line" in properties or "col" in properties):
            fail(f"github {what}: a finding without a position has no line or col")
        if not properties.get("title", "").startswith(diagnostic["rule"]):
            fail(f"github {what}: the title names the rule, got {properties.get('title')!r}")
        if not data.startswith(diagnostic["message"]):
            fail(f"github {what}: the message comes back whole: {data!r}")
    return commands


def check_github(binary, folder):
    compare_github(binary, [*EXAMPLES, *EXTRA], "examples")
    commands = compare_github(binary, [folder], "hostile names")
    names = {properties["file"] for _, properties, _ in commands}
    if names != {os.path.join(folder, name) for name in HOSTILE_NAMES}:
        fail(f"github: the hostile names do not come back as they are: {sorted(names)}")


def main():
    binary = os.path.abspath(sys.argv[1])
    folder = hostile_folder()
    try:
        check_sarif(binary, folder)
        check_junit(binary, folder)
        check_github(binary, folder)
    finally:
        for name in HOSTILE_NAMES:
            os.unlink(os.path.join(folder, name))
        os.rmdir(folder)
    print(f"{0 if failures else 3} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
