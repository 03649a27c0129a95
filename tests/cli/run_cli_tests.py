#!/usr/bin/env python3
"""Whole-tool snapshot tests: runs the automl-lint binary on realistic inputs, in every output
format, and compares stdout, stderr and the exit status with tests/cli/snapshots/<case>.txt.

AUTOML_LINT_UPDATE_SNAPSHOTS=1 rewrites the snapshots; review the diff before committing.
Usage: run_cli_tests.py PATH/TO/automl-lint DATA_ROOT   (run from the source root)

DATA_ROOT is the folder tests/data/make_data.py generated; arguments name it "{data_root}", so
the snapshots do not depend on where the build directory is.
"""
import os
import pathlib
import subprocess
import sys
import urllib.parse

SNAPSHOTS = pathlib.Path("tests/cli/snapshots")
VALID = sorted(str(p) for p in pathlib.Path("examples/valid").glob("*.json"))
INVALID = sorted(
    str(p) for p in pathlib.Path("examples/invalid").glob("*.json") if "trailing" not in p.name
)

MIGRATE_INPUT = "tests/fixtures/realistic/sdk-automl-validation-channel-sample-weights.json"

# A folder as a repository holds it: requests in subfolders, a package.json, a tsconfig.json
# with comments, CI files (one hidden), a vendored copy under node_modules, a text file.
# requests/churn.yaml is a valid request written in YAML: until the linter reads YAML it gives
# AML001 (not valid JSON); once YAML requests are read, its expected outcome is no finding, and
# only this folder's snapshots change.
WALK = "tests/cli/walk"
CONFIG = "tests/cli/config"
BAD_STDIN = '{"AutoMLJobName": "piped_request", "ProblemType": "Regresion"}'

# name -> (arguments, standard input or None)
CASES = {
    "valid-examples-text": (VALID, None),
    "invalid-examples-text": (INVALID, None),
    "invalid-examples-json": (["--format", "json", *INVALID], None),
    # The reference engine (valijson) gives what the compiled checks give (invalid-examples-text).
    "invalid-examples-reference-engine": (["--shape-engine", "reference", *INVALID], None),
    "parse-error-among-good-files": (["examples/invalid/trailing-comma.json", *VALID], None),
    "missing-file": (["no/such/request.json", VALID[0]], None),
    "stdin": (["-"], '{"AutoMLJobName": "x_y"}'),
    "stdin-yaml-by-first-character": (["-"], "AutoMLJobName: x_y\nTags: [{Key: k, Value: 2024-06-30}]\n"),
    "stdin-format-json": (["--stdin-format", "json", "-"], "AutoMLJobName: x_y\n"),
    "yaml-requests": (
        ["tests/fixtures/yaml/ok-v1-cli-skeleton-filled.yaml",
         "tests/fixtures/yaml/bad-yes-no-on-off-for-booleans.yaml",
         "tests/fixtures/yaml/bad-second-document.yaml"],
        None,
    ),
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
    # Output formats (SARIF with one rule selected, so that its rules[] stays short).
    "format-sarif": (["--format", "sarif", "--select", "AML104",
                      "examples/invalid/enum-wrong-case.json", VALID[0], "no/such/request.json"],
                     None),
    "format-github": (["--format", "github", *INVALID], None),
    "format-junit": (["--format", "junit", "--select", "AML104,AML202",
                      "examples/invalid/enum-wrong-case.json", VALID[0],
                      "examples/invalid/trailing-comma.json",
                      "tests/fixtures/rules/AML202/ok-1-churn-a.json",
                      "tests/fixtures/rules/AML202/bad-5-churn-a-again.json"], None),
    "format-junit-fail-on-warning": (["--format", "junit", "--fail-on", "warning", "--select",
                                      "AML202", "tests/fixtures/rules/AML202/ok-1-churn-a.json",
                                      "tests/fixtures/rules/AML202/bad-5-churn-a-again.json"],
                                     None),
    "color-always": (["--color", "always", "examples/invalid/enum-wrong-case.json"], None),
    "color-never": (["--color", "never", "examples/invalid/enum-wrong-case.json"], None),
    "bad-color": (["--color", "sometimes", VALID[0]], None),
    # Folders.
    "folder": ([WALK], None),
    "folder-exclude": (["--exclude", "node_modules", "--exclude", "drafts/**", WALK], None),
    "folder-exclude-glob-with-slash": (["--exclude", "requests/*.json", WALK], None),
    "folder-twice-with-file": (["-j", "3", WALK + "/requests", VALID[0], WALK + "/requests/"],
                               None),
    "named-files-not-requests": ([WALK + "/package.json", WALK + "/tsconfig.json",
                                  WALK + "/ci.yml", VALID[0]], None),
    "bad-exclude": (["--exclude", "requests/[a", WALK], None),
    # Standard input.
    "stdin-filename": (["--stdin-filename", "requests/piped.json", "-"], BAD_STDIN),
    "stdin-filename-github": (["--format", "github", "--stdin-filename", "requests/piped.json",
                              "-"], BAD_STDIN),
    "stdin-not-a-request": (["-"], '{"name": "web", "version": "1.0.0"}'),
    "stdin-twice": (["-", "-"], BAD_STDIN),
    "stdin-and-files-from-stdin": (["--files-from", "-", "-"], BAD_STDIN),
    # --output.
    "bad-output-format": (["--output", "xml:report.xml", VALID[0]], None),
    "bad-output-no-file": (["--output", "sarif:", VALID[0]], None),
    # Editors.
    "schema-help": (["schema", "--help"], None),
    "schema-bad-api": (["schema", "--api", "v3"], None),
    "rules-list": (["rules"], None),
    "explain": (["explain", "channel-pair-train-val"], None),
    "explain-unknown": (["explain", "AML999"], None),
    "no-arguments": ([], None),
    "bad-format": (["--format", "xml", VALID[0]], None),
    "data-root-not-a-directory": (["--data-root", "no/such/dir", VALID[0]], None),
    "data-root-findings": (
        ["--data-root", "{data_root}", "tests/fixtures/rules/AML807/bad-499-rows.json",
         "tests/fixtures/rules/AML813/bad-validation-extra-column.json",
         "tests/fixtures/rules/AML815/bad-leaves-489-rows.json"],
        None,
    ),
    "data-root-json": (
        ["--format", "json", "--data-root", "{data_root}",
         "tests/fixtures/rules/AML801/bad-symlink-out.json"],
        None,
    ),
    "data-root-with-request-rules-only": (
        ["--data-root", "{data_root}", "--select", "AML3",
         "tests/fixtures/rules/AML807/bad-499-rows.json"],
        None,
    ),
    # Configuration files (tests/cli/config): found beside or above each file, the closest
    # winning; `extend`; flags winning over them; problems in them reported at their lines.
    "config-found-above": ([CONFIG + "/repo/requests"], None),
    "config-closest-wins": ([CONFIG + "/repo/requests/churn.json", CONFIG + "/repo/nested"],
                            None),
    "config-excluded-file-named": ([CONFIG + "/repo/requests/drafts/wip.json"], None),
    "config-flags-win": (["--ignore", "AML3", "--fail-on", "info",
                          CONFIG + "/repo/requests/churn.json"], None),
    "config-explicit": (["--config", CONFIG + "/alt/strict.yaml", CONFIG + "/repo/requests"],
                        None),
    "config-none": (["--no-config", CONFIG + "/repo/requests/legacy/churn-2019.json"], None),
    "config-and-no-config": (["--no-config", "--config", CONFIG + "/alt/strict.yaml", VALID[0]],
                             None),
    "config-missing": (["--config", CONFIG + "/no-such.yaml", VALID[0]], None),
    "config-invalid": ([CONFIG + "/broken/request.json"], None),
    "config-invalid-sarif": (["--format", "sarif", "--select", "AML104",
                              CONFIG + "/broken/request.json"], None),
    "config-extend-cycle": ([CONFIG + "/cycle/request.json"], None),
    "config-stdin-from-working-folder": (["--stdin-filename", "piped.json", "-"], BAD_STDIN),
    "config-severity-last-match-wins": ([CONFIG + "/order/churn.json"], None),
    "config-job-names-per-folder": ([CONFIG + "/names"], None),
    "show-config": (["--show-config", CONFIG + "/repo/requests/legacy/churn-2019.json"], None),
    "show-config-flags": (["--show-config", CONFIG + "/repo/nested/churn.json", "--api", "v1",
                           "--ignore", "AML5"], None),
    "show-config-none": (["--no-config", "--show-config", VALID[0]], None),
    "show-config-invalid": (["--show-config", CONFIG + "/broken/request.json"], None),
    "yaml-suppression-comments": ([CONFIG + "/repo/requests/suppressed.yaml"], None),
    "schema-config": (["schema", "--config"], None),
    "help": (["--help"], None),
    "migrate-help": (["migrate", "--help"], None),
    "migrate-stdout": (["migrate", MIGRATE_INPUT], None),
    "migrate-stdin": (
        ["migrate", "-"],
        '{"AutoMLJobName": "x", "ProblemType": "Regression", "InputDataConfig": '
        '[{"TargetAttributeName": "y"}], "AutoMLJobConfig": {"Mode": "AUTO"}}',
    ),
    "migrate-conflict": (["migrate", "tests/fixtures/rules/AML305/bad-other-column.json"], None),
    "migrate-already-v2": (["migrate", "tests/fixtures/realistic-v2/ok-tabular-sdk-integ-iris.json"],
                           None),
    "migrate-invalid-json": (["migrate", "examples/invalid/trailing-comma.json"], None),
}

# `migrate -o`: each case runs in a fresh folder "{tmp}"; its snapshot also shows what the
# folder holds afterwards (a temporary file left behind would show) and each file's content.
# name -> (arguments, files to create first: name -> content or ("symlink", target))
OUTPUT_CASES = {
    "migrate-output-new-file": (["migrate", MIGRATE_INPUT, "-o", "{tmp}/v2.json"], {}),
    "migrate-output-exists": (
        ["migrate", MIGRATE_INPUT, "-o", "{tmp}/v2.json"],
        {"v2.json": "keep me\n"},
    ),
    "migrate-output-is-input": (
        ["migrate", "{tmp}/request.json", "-o", "{tmp}/request.json"],
        {"request.json": None},
    ),
    "migrate-output-is-input-via-symlink": (
        ["migrate", "{tmp}/request.json", "-o", "{tmp}/link.json"],
        {"request.json": None, "link.json": ("symlink", "request.json")},
    ),
    # --output: text on standard output, machine formats in files, replaced atomically.
    "output-sarif-and-junit-files": (
        ["--select", "AML104", "--output", "sarif:{tmp}/results.sarif", "--output",
         "junit:{tmp}/report.xml", "examples/invalid/enum-wrong-case.json", VALID[0]],
        {},
    ),
    "output-replaces-previous-report": (
        ["--format", "json", "--output", "github:{tmp}/annotations.txt",
         "examples/invalid/enum-wrong-case.json"],
        {"annotations.txt": "the previous run's report\n"},
    ),
    "output-is-an-input": (
        ["--output", "json:{tmp}/request.json", "{tmp}/request.json"],
        {"request.json": None},
    ),
    "output-folder-missing": (
        ["--output", "json:{tmp}/no/such/folder/report.json", VALID[0]],
        {},
    ),
}


def without_cwd(text: str) -> str:
    """SARIF names the working folder (originalUriBaseIds): shown as {cwd}."""
    cwd = os.getcwd()
    return text.replace("file://" + urllib.parse.quote(cwd) + "/", "file://{cwd}/")


def run_case(binary: str, arguments: list[str], stdin: str | None, data_root: str) -> str:
    command = [binary, *(a.replace("{data_root}", data_root) for a in arguments)]
    completed = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=60)
    stderr = "".join(f"[stderr] {line}\n" for line in completed.stderr.splitlines())
    return without_cwd(
        f"$ automl-lint {' '.join(arguments)}\n{completed.stdout}{stderr}"
        f"[exit {completed.returncode}]\n"
    )


def run_output_case(binary: str, arguments: list[str], files: dict) -> str:
    """Runs a case that writes files (`migrate -o`, `--output`) in a fresh folder "{tmp}", after
    creating `files` there (None as content: a copy of MIGRATE_INPUT), and shows what the folder
    holds afterwards."""
    import tempfile

    original = pathlib.Path(MIGRATE_INPUT).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        for name, content in files.items():
            path = os.path.join(folder, name)
            if isinstance(content, tuple):
                os.symlink(content[1], path)
            else:
                pathlib.Path(path).write_text(original if content is None else content,
                                              encoding="utf-8")
        command = [binary, *(a.replace("{tmp}", folder) for a in arguments)]
        completed = subprocess.run(command, capture_output=True, text=True, timeout=60)
        stdout = completed.stdout.replace(folder, "{tmp}")
        stderr = "".join(f"[stderr] {line}\n" for line in completed.stderr.splitlines())
        listing = ""
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.islink(path):
                listing += f"[{{tmp}}/{name} -> {os.readlink(path)}]\n"
                continue
            content = pathlib.Path(path).read_text(encoding="utf-8")
            if content == original:
                content = f"(an unchanged copy of {MIGRATE_INPUT})\n"
            listing += f"[{{tmp}}/{name}]\n{content}"
        return without_cwd(
            f"$ automl-lint {' '.join(arguments)}\n{stdout}{stderr.replace(folder, '{tmp}')}"
            f"[exit {completed.returncode}]\n{listing}"
        ).replace(folder, "{tmp}")


def check_unreadable_file(binary: str) -> bool:
    """A file without read permission gives AML005 and exit status 2. Root reads any file, so
    as root the linter runs as the user nobody."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        path = os.path.join(folder, "secret.json")
        with open(path, "w", encoding="utf-8") as file:
            file.write("{}")
        os.chmod(path, 0)
        # A copy in the world-readable folder: the build tree may sit where nobody cannot reach.
        linter = os.path.join(folder, "automl-lint")
        shutil.copy(binary, linter)
        command = [linter, path]
        if os.geteuid() == 0:
            if not shutil.which("runuser"):
                print("FAIL unreadable-file: runuser is missing")
                return False
            command = ["runuser", "-u", "nobody", "--", *command]
        completed = subprocess.run(command, capture_output=True, text=True, timeout=60)
        ok = completed.returncode == 2 and "Permission denied [AML005]" in completed.stdout
        if not ok:
            print(f"FAIL unreadable-file: exit {completed.returncode}\n{completed.stdout}")
        return ok


def check_color_on_terminal(binary: str) -> bool:
    """--color auto: colour when standard output is a terminal, none with NO_COLOR set (not
    empty) or TERM=dumb; never when piped (the snapshots above)."""
    import pty
    import select

    def on_terminal(extra_env: dict) -> str:
        controller, terminal = pty.openpty()
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
        env.update(extra_env)
        process = subprocess.Popen([binary, "examples/invalid/enum-wrong-case.json"],
                                   stdout=terminal, stderr=subprocess.DEVNULL, env=env)
        os.close(terminal)
        output = b""
        while True:
            ready, _, _ = select.select([controller], [], [], 10)
            if not ready:
                break
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the terminal's other end is closed.
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=10)
        os.close(controller)
        return output.decode("utf-8", "replace")

    expectations = [({}, True), ({"NO_COLOR": "1"}, False), ({"NO_COLOR": ""}, True),
                    ({"TERM": "dumb"}, False), ({"TERM": "xterm-256color"}, True)]
    ok = True
    for env, coloured in expectations:
        output = on_terminal(env)
        if ("\x1b[1;31merror\x1b[0m" in output) != coloured or "[AML104]" not in output:
            print(f"FAIL colour on a terminal with {env}: expected colour {coloured}\n{output!r}")
            ok = False
    return ok


def main() -> int:
    binary, data_root = sys.argv[1], sys.argv[2]
    updating = os.environ.get("AUTOML_LINT_UPDATE_SNAPSHOTS") == "1"
    failed = 0
    results = [(name, run_case(binary, arguments, stdin, data_root))
               for name, (arguments, stdin) in CASES.items()]
    results += [(name, run_output_case(binary, arguments, files))
                for name, (arguments, files) in OUTPUT_CASES.items()]
    for name, actual in results:
        snapshot = SNAPSHOTS / f"{name}.txt"
        if updating:
            snapshot.write_text(actual, encoding="utf-8")
        elif not snapshot.exists() or snapshot.read_text(encoding="utf-8") != actual:
            failed += 1
            print(f"FAIL {name}: output differs from {snapshot}\n{actual}")
    if not check_unreadable_file(binary):
        failed += 1
    if not check_color_on_terminal(binary):
        failed += 1
    print(f"{len(results) + 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
