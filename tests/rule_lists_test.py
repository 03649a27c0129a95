#!/usr/bin/env python3
"""The rule lists agree (tools/check_rule_lists.py on the tree), the check catches each kind of
disagreement, and tools/new_rule.py creates a rule the check accepts.

Usage: python3 tests/rule_lists_test.py   (exit 1 on a failure)
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
CHECK = REPO / "tools" / "check_rule_lists.py"
NEW_RULE = REPO / "tools" / "new_rule.py"
failures = []


def run(tool, *args):
    return subprocess.run([sys.executable, str(tool), *args], capture_output=True, text=True)


def expect(condition, what, detail=""):
    if not condition:
        failures.append(f"{what}\n{detail}")


def copy_tree(into):
    """The parts of the repository the tools read."""
    shutil.copytree(REPO / "rules", into / "rules")
    (into / "lib" / "src").mkdir(parents=True)
    shutil.copy(REPO / "lib" / "src" / "builtin_rules.cpp", into / "lib" / "src")
    (into / "tests" / "fixtures" / "rules").mkdir(parents=True)
    return into


def broken(mutate, message_part):
    """A copy of the tree with one disagreement must fail the check, naming it."""
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_tree(pathlib.Path(tmp))
        mutate(root)
        result = run(CHECK, "--root", str(root))
        expect(result.returncode == 1 and message_part in result.stderr,
               f"check_rule_lists missed: {message_part}", result.stderr)


def main():
    result = run(CHECK)
    expect(result.returncode == 0, "the repository's rule lists disagree", result.stderr)

    def orphan_file(root):
        shutil.copy(root / "rules/training/algos_duplicates.cpp", root / "rules/training/copy.cpp")
    broken(orphan_file, "copy.cpp: not listed in")

    def unlisted_rule(root):
        path = root / "rules/training/rules.def"
        path.write_text(path.read_text().replace("RULE(kAlgosDuplicates)\n", ""))
    broken(unlisted_rule, "kAlgosDuplicates is not listed")

    def missing_file(root):
        (root / "rules/training/algos_duplicates.cpp").unlink()
    broken(missing_file, "lists algos_duplicates.cpp, which does not exist")

    def unwired_area(root):
        shutil.copytree(root / "rules/security", root / "rules/extra")
    broken(unwired_area, "area extra is missing from the area list")

    with tempfile.TemporaryDirectory() as tmp:
        root = copy_tree(pathlib.Path(tmp))
        made = run(NEW_RULE, "training", "AML599", "example-check", "--severity", "warning",
                   "--title", "An example.", "--root", str(root))
        expect(made.returncode == 0, "new_rule.py failed in an existing area", made.stderr)
        made = run(NEW_RULE, "brand_new", "AML998", "other-check", "--severity", "info",
                   "--title", "Another example.", "--api", "v2", "--root", str(root))
        expect(made.returncode == 0, "new_rule.py failed for a new area", made.stderr)
        checked = run(CHECK, "--root", str(root))
        expect(checked.returncode == 0, "the scaffold's lists do not pass the check",
               checked.stderr)
        expect((root / "tests/fixtures/rules/AML599/ok-minimal.json").is_file(),
               "no fixture folder was made")
        again = run(NEW_RULE, "training", "AML599", "third-check", "--severity", "error",
                    "--title", "Taken.", "--root", str(root))
        expect(again.returncode == 2 and "taken" in again.stderr, "a taken id was accepted",
               again.stderr)

    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    print(f"rule lists: {'ok' if not failures else f'{len(failures)} failure(s)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
