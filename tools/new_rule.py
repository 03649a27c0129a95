#!/usr/bin/env python3
"""Create a new rule: its file, its two list lines and its fixture folder.

Why: a rule is registered in three places (the file, its area's rules.def and meson.build) and
needs ok-/bad- fixtures; writing them by hand is how one gets forgotten
(tools/check_rule_lists.py checks the lists). The rule created reports nothing yet, and its
fixture folder holds one valid request (ok-minimal.json) and no bad- fixture, so the test suite
fails until the rule's check and a failing fixture are written.

Usage:
  python3 tools/new_rule.py AREA ID NAME --severity error --title "One sentence." \\
      [--scope "scope::tabular"] [--api v1|v2] [--root DIR]

  AREA  a folder of rules/ (channels, time_series, ...; a new one is created and wired in)
  ID    AML and three digits, not taken
  NAME  kebab-case, not taken
"""

import argparse
import json
import pathlib
import re
import sys

TEMPLATE = '''// {title}
#include "rule.hpp"

namespace automl_lint::rules {{
namespace {{

void check(const Request& request, Reporter& reporter) {{
  // Read the fields of `request` (lib/src/request_view.hpp) and report with
  // reporter.report(field.pointer, message("... {{}} ...", field), "hint").
  (void)request;
  (void)reporter;
}}

}}  // namespace

extern const Rule {constant}{{
    .info = {{.id = "{id}",
             .name = "{name}",
             .severity = Severity::{severity},
             .title = "{title}",
             .rationale = R"md(
**What it checks**: ...

**Why it matters**: ...

**Example**: ...

**Fix**: ...
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/",
             .applies_to = {scope}}},
    .check = check,
}};

}}  // namespace automl_lint::rules
'''

MINIMAL_REQUESTS = {
    "v1": {
        "AutoMLJobName": "churn-1",
        "InputDataConfig": [{
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                            "S3Uri": "s3://acme-ml-data/churn/train/"}},
            "TargetAttributeName": "churned"}],
        "OutputDataConfig": {"S3OutputPath": "s3://acme-ml-artifacts/autopilot/churn/"},
        "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
    },
    "v2": {
        "AutoMLJobName": "churn-v2",
        "AutoMLJobInputDataConfig": [{
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                                            "S3Uri": "s3://acme-ml-data/churn/train/"}}}],
        "OutputDataConfig": {"S3OutputPath": "s3://acme-ml-artifacts/autopilot/churn/"},
        "AutoMLProblemTypeConfig": {"TabularJobConfig": {"TargetAttributeName": "churned"}},
        "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
    },
}


class ScaffoldError(Exception):
    """A request the scaffold refuses."""


def constant_of(name):
    """check-name -> kCheckName."""
    return "k" + "".join(part.capitalize() for part in name.split("-"))


def taken(root, rule_id, name):
    """Refuse an id or name another rule (or a builtin) already has."""
    for source in list((root / "rules").rglob("*.cpp")) + [root / "lib/src/builtin_rules.cpp"]:
        text = source.read_text(encoding="utf-8") if source.exists() else ""
        if f'"{rule_id}"' in text:
            raise ScaffoldError(f"{rule_id} is taken ({source})")
        if f'"{name}"' in text:
            raise ScaffoldError(f"{name} is taken ({source})")


def add_area(root, area):
    """Create an area folder and wire it into rules/meson.build and rules/all_rules.cpp."""
    folder = root / "rules" / area
    folder.mkdir()
    (folder / "rules.def").write_text(
        "// Rules of this area, one line each: RULE(kConstantName)\n", encoding="utf-8")
    (folder / "meson.build").write_text("rule_sources += files(\n)\n", encoding="utf-8")
    meson = root / "rules" / "meson.build"
    text = meson.read_text(encoding="utf-8")
    match = re.search(r"foreach area : \[(.*?)\]", text, re.DOTALL)
    names = sorted(set(re.findall(r"'(\w+)'", match.group(1))) | {area})
    listed = ", ".join(f"'{n}'" for n in names)
    meson.write_text(text[:match.start(1)] + listed + text[match.end(1):], encoding="utf-8")
    all_rules = root / "rules" / "all_rules.cpp"
    text = all_rules.read_text(encoding="utf-8")
    def with_area(block):
        includes = sorted(set(re.findall(r'#include "\w+/rules\.def"\n', block.group(0))) |
                          {f'#include "{area}/rules.def"\n'})
        return "".join(includes)
    text = re.sub(r'(#include "\w+/rules\.def"\n)+', with_area, text)
    all_rules.write_text(text, encoding="utf-8")


def scaffold(root, area, rule_id, name, severity, title, scope, api):
    if not re.fullmatch(r"AML\d{3}", rule_id):
        raise ScaffoldError(f"{rule_id}: an id is AML and three digits")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
        raise ScaffoldError(f"{name}: a name is kebab-case")
    if not re.fullmatch(r"\w+", area):
        raise ScaffoldError(f"{area}: an area is a folder name")
    if not title.endswith("."):
        raise ScaffoldError("a title is one sentence ending in '.'")
    taken(root, rule_id, name)
    if not (root / "rules" / area / "rules.def").exists():
        add_area(root, area)
    folder = root / "rules" / area
    source = folder / (name.replace("-", "_") + ".cpp")
    if source.exists():
        raise ScaffoldError(f"{source} exists")
    constant = constant_of(name)
    source.write_text(TEMPLATE.format(title=title.replace('"', '\\"'), constant=constant,
                                      id=rule_id, name=name, severity=severity, scope=scope),
                      encoding="utf-8")
    with open(folder / "rules.def", "a", encoding="utf-8") as rules_def:
        rules_def.write(f"RULE({constant})\n")
    meson = folder / "meson.build"
    lines = meson.read_text(encoding="utf-8").splitlines()
    items = sorted([l for l in lines if l.startswith("  '")] + [f"  '{source.name}',"])
    meson.write_text("\n".join(["rule_sources += files("] + items + [")"]) + "\n",
                     encoding="utf-8")
    fixtures = root / "tests" / "fixtures" / "rules" / rule_id
    fixtures.mkdir(parents=True)
    (fixtures / "ok-minimal.json").write_text(
        json.dumps(MINIMAL_REQUESTS[api], indent=2) + "\n", encoding="utf-8")
    return [source, folder / "rules.def", meson, fixtures / "ok-minimal.json"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("area")
    parser.add_argument("id")
    parser.add_argument("name")
    parser.add_argument("--severity", choices=["error", "warning", "info"], required=True)
    parser.add_argument("--title", required=True)
    parser.add_argument("--scope", default="scope::all",
                        help="RuleInfo::applies_to, e.g. 'scope::tabular' (default scope::all)")
    parser.add_argument("--api", choices=["v1", "v2"], default="v1",
                        help="the API of the minimal fixture request (default v1)")
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent)
    args = parser.parse_args(argv)
    try:
        written = scaffold(args.root, args.area, args.id, args.name, args.severity, args.title,
                           args.scope, args.api)
    except ScaffoldError as error:
        print(f"new_rule: {error}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path.relative_to(args.root)}")
    print(f"next: write the check and its rationale, add bad-*.json fixtures to "
          f"tests/fixtures/rules/{args.id}/, then AUTOML_LINT_UPDATE_SNAPSHOTS=1 "
          f"build/tests/unit-tests and review the snapshots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
