#!/usr/bin/env python3
"""The pre-commit hook (.pre-commit-hooks.yaml) with the real `pre-commit`, in a temporary git
repository, with the automl-lint under test first on PATH:

- a commit that adds a bad request is blocked, and the diagnostic is shown;
- a commit of a good request and a package.json goes through;
- requests with the same AutoMLJobName are all seen by one process (require_serial);
- the README's `repo: local` configuration, copied as it stands, blocks the bad request too.

The hook repository is a fresh copy of the hooks file in its own git repository, so the test
reads the working tree's .pre-commit-hooks.yaml, committed or not, and needs no network.

Usage: run_precommit_test.py PATH/TO/automl-lint   (run from the source root)
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

GOOD = pathlib.Path("examples/valid/churn-binary-classification.json").read_text(encoding="utf-8")
BAD = pathlib.Path("examples/invalid/enum-wrong-case.json").read_text(encoding="utf-8")
PACKAGE_JSON = '{"name": "web", "version": "1.0.0", "scripts": {"test": "jest"}}\n'

failures = []


def fail(what, output=""):
    failures.append(what)
    print(f"FAIL {what}\n{output}")


def git(folder, *arguments, env):
    return subprocess.run(["git", "-C", folder, *arguments], capture_output=True, text=True,
                          env=env, timeout=60)


def main():
    binary = os.path.abspath(sys.argv[1])
    if not shutil.which("pre-commit"):
        print("FAIL pre-commit is not installed (Debian package pre-commit; setup.sh installs it)")
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        tools = os.path.join(scratch, "bin")
        os.mkdir(tools)
        os.symlink(binary, os.path.join(tools, "automl-lint"))
        env = {
            "PATH": tools + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": scratch,
            "PRE_COMMIT_HOME": os.path.join(scratch, "cache"),
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
            "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8",
        }
        # The hook repository: this checkout's hooks file, committed in a repository of its own.
        hooks = os.path.join(scratch, "hooks")
        os.mkdir(hooks)
        shutil.copy(".pre-commit-hooks.yaml", hooks)
        git(hooks, "init", "-q", env=env)
        git(hooks, "add", ".", env=env)
        git(hooks, "commit", "-q", "-m", "hooks", env=env)
        revision = git(hooks, "rev-parse", "HEAD", env=env).stdout.strip()

        project = os.path.join(scratch, "project")
        os.mkdir(project)
        git(project, "init", "-q", env=env)
        pathlib.Path(project, ".pre-commit-config.yaml").write_text(
            f"repos:\n- repo: {hooks}\n  rev: {revision}\n  hooks:\n  - id: automl-lint\n",
            encoding="utf-8")
        installed = subprocess.run(["pre-commit", "install"], cwd=project, capture_output=True,
                                   text=True, env=env, timeout=120)
        if installed.returncode != 0:
            fail("pre-commit install", installed.stdout + installed.stderr)
            return 1

        def commit(files, message):
            for name, text in files.items():
                path = pathlib.Path(project, name)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            git(project, "add", "-A", env=env)
            done = git(project, "commit", "-m", message, env=env)
            return done.returncode, done.stdout + done.stderr

        status, output = commit({"package.json": PACKAGE_JSON, "requests/churn.json": GOOD},
                                "a good request and a package.json")
        if status != 0 or "automl-lint" not in output or "Passed" not in output:
            fail("a good request and a package.json are committed", output)

        status, output = commit({"requests/diabetes.json": BAD}, "a bad request")
        if status == 0:
            fail("a bad request is blocked", output)
        if "requests/diabetes.json:17:18: error:" not in output or "[AML104]" not in output:
            fail("the blocked commit shows the diagnostic", output)
        git(project, "reset", "-q", "--hard", env=env)

        # Ten requests with one AutoMLJobName: one process sees all ten and warns nine times
        # (AML202). Without require_serial, pre-commit would split them into one batch per core
        # (at least 4 files each), and each batch would warn only about its own. AML202 is a
        # warning, which passes: --verbose shows the output all the same.
        twin = GOOD.replace('"AutoMLJobName": "', '"AutoMLJobName": "twin-', 1)
        twins = [f"requests/twin-{i}.json" for i in range(10)]
        for name in twins:
            pathlib.Path(project, name).write_text(twin, encoding="utf-8")
        git(project, "add", "-A", env=env)
        done = subprocess.run(["pre-commit", "run", "--verbose", "--files", *twins], cwd=project,
                              capture_output=True, text=True, env=env, timeout=120)
        output = done.stdout + done.stderr
        if done.returncode != 0 or output.count("[AML202]") != 9:
            fail("the hook sees both files of a commit at once (AML202)", output)

        # The README's configuration, as a user would paste it.
        readme = pathlib.Path("README.md").read_text(encoding="utf-8")
        section = readme[readme.index("### pre-commit"):]
        pathlib.Path(project, ".pre-commit-config.yaml").write_text(
            re.search(r"```yaml\n(.*?)```", section, re.S).group(1), encoding="utf-8")
        git(project, "add", "-A", env=env)
        git(project, "commit", "-q", "--no-verify", "-m", "the README's configuration", env=env)
        status, output = commit({"requests/diabetes.json": BAD}, "a bad request again")
        if status == 0 or "[AML104]" not in output:
            fail("the README's pre-commit configuration blocks a bad request", output)
    print(f"{4 - min(len(failures), 4)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
