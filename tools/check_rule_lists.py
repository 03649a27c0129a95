#!/usr/bin/env python3
"""Check that every rule is listed in all the places the build reads.

Why: a rule lives in its file, one line of its area's rules.def (which registers it) and one
line of its area's meson.build (which compiles it). A file listed in meson but not in rules.def
compiles and never runs; one in rules.def but not in meson fails to link only once its area is
touched. This check finds both, and an area the build does not know.

Usage: python3 tools/check_rule_lists.py [--root DIR]   (exit 1 with one line per problem)
"""

import argparse
import pathlib
import re
import sys

RULE_DEFINITION = re.compile(r"^extern const Rule (k\w+)\s*\{", re.MULTILINE)
RULE_LINE = re.compile(r"^RULE\((k\w+)\)\s*$")
MESON_FILE = re.compile(r"'([^']+\.cpp)'")
AREA_LIST = re.compile(r"foreach area : \[(.*?)\]", re.DOTALL)
DEF_INCLUDE = re.compile(r'#include "(\w+)/rules\.def"')


def listed_rules(rules_def):
    """RULE(kName) lines of a rules.def, in order."""
    names = []
    for line in rules_def.read_text(encoding="utf-8").splitlines():
        if line.startswith("//") or not line.strip():
            continue
        match = RULE_LINE.match(line)
        if not match:
            raise ValueError(f"{rules_def}: not a RULE(kName) line: {line!r}")
        names.append(match.group(1))
    return names


def check_area(area):
    """Problems of one area folder."""
    problems = []
    listed = listed_rules(area / "rules.def")
    compiled = MESON_FILE.findall((area / "meson.build").read_text(encoding="utf-8"))
    defined = {}
    for source in sorted(area.glob("*.cpp")):
        names = RULE_DEFINITION.findall(source.read_text(encoding="utf-8"))
        # A file with no rule is shared code of the area (e.g. a notation parser).
        if len(names) > 1:
            problems.append(f"{source}: defines {len(names)} rules; a rule file defines one")
        for name in names:
            defined[name] = source
        if source.name not in compiled:
            problems.append(f"{source}: not listed in {area / 'meson.build'}")
    for name in compiled:
        if not (area / name).is_file():
            problems.append(f"{area / 'meson.build'}: lists {name}, which does not exist")
    for name in listed:
        if name not in defined:
            problems.append(f"{area / 'rules.def'}: RULE({name}) has no rule file defining it")
    for name, source in defined.items():
        if name not in listed:
            problems.append(f"{source}: {name} is not listed in {area / 'rules.def'}, so it never runs")
    if len(set(listed)) != len(listed):
        problems.append(f"{area / 'rules.def'}: a rule is listed twice")
    return problems


def check(root):
    """Every problem under `root` (the repository)."""
    rules = root / "rules"
    areas = sorted(p.parent for p in rules.glob("*/rules.def"))
    problems = []
    for area in areas:
        problems += check_area(area)
    names = {area.name for area in areas}
    match = AREA_LIST.search((rules / "meson.build").read_text(encoding="utf-8"))
    in_meson = set(re.findall(r"'(\w+)'", match.group(1))) if match else set()
    includes = DEF_INCLUDE.findall((rules / "all_rules.cpp").read_text(encoding="utf-8"))
    for name in sorted(names - in_meson):
        problems.append(f"{rules / 'meson.build'}: area {name} is missing from the area list")
    for name in sorted(in_meson - names):
        problems.append(f"{rules / 'meson.build'}: area {name} has no rules.def")
    for name in sorted(names):
        if includes.count(name) != 2:
            problems.append(f"{rules / 'all_rules.cpp'}: includes {name}/rules.def "
                            f"{includes.count(name)} times; it needs it twice (declare, list)")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent)
    args = parser.parse_args(argv)
    try:
        problems = check(args.root)
    except ValueError as error:
        problems = [str(error)]
    for problem in problems:
        print(f"check_rule_lists: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
