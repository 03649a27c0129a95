#!/usr/bin/env python3
"""automl-lint works as a meson subproject: the consumer project tests/consumer, with this source
tree as its subprojects/automl-lint, finds it with dependency('automl-lint', fallback:
'automl-lint') (answered by meson.override_dependency in our meson.build, not by pkg-config),
compiles against its public headers and links its library.

Usage: subproject_test.py --source-root DIR --work DIR

It builds the whole library a second time, as cheaply as it can: -O0 without debug
information (--buildtype=plain, -Dautoml-lint:cpp_args=-O0), the subproject's tests and Python
module off. Then the consumer lints a request through the public API, linked against the
subproject's shared library.
"""
import argparse
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"subproject: `{shlex.join(map(str, command))}` failed ({result.returncode}):\n"
                 f"{result.stdout}{result.stderr}")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    source = pathlib.Path(args.source_root).resolve()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    project = work / "consumer"
    shutil.copytree(source / "tests" / "consumer", project)
    (project / "subprojects").mkdir()
    (project / "subprojects" / "automl-lint").symlink_to(source, target_is_directory=True)
    build = work / "build"

    # No installed automl-lint.pc may answer: the dependency must come from the subproject.
    env = dict(os.environ)
    setup = ["meson", "setup", str(build), str(project), "-Dmode=subproject",
             "--buildtype=plain", "--wrap-mode=nodownload", "--force-fallback-for=automl-lint",
             "-Dautoml-lint:cpp_args=-O0", "-Dautoml-lint:python_module=disabled"]
    configured = run(setup, env=env).stdout
    # Meson 1.0 says "Dependency automl-lint found: YES 0.1.0 (overridden)", older ones "... from
    # subproject subprojects/automl-lint found: YES".
    if "Executing subproject automl-lint" not in configured or not re.search(
            r"Dependency automl-lint (from subproject subprojects/automl-lint )?found: YES",
            configured):
        sys.exit(f"subproject: dependency('automl-lint') was not answered by the subproject:\n"
                 f"{configured}")

    # The consumer's link step takes the subproject's library.
    inputs = run(["ninja", "-C", str(build), "-t", "query", "consumer"]).stdout
    if "subprojects/automl-lint/libautoml-lint.so" not in inputs:
        sys.exit(f"subproject: the consumer does not link the subproject's library:\n{inputs}")
    run(["ninja", "-C", str(build), "consumer"])
    result = run([str(build / "consumer"), "examples/invalid/enum-wrong-case.json"], cwd=source)
    if "consumer: ok" not in result.stdout or "[AML104]" not in result.stdout:
        sys.exit(f"subproject: the consumer printed:\n{result.stdout}{result.stderr}")
    print("subproject: the consumer, built with automl-lint as its subproject, lints through "
          "subprojects/automl-lint/libautoml-lint.so")
    return 0


if __name__ == "__main__":
    sys.exit(main())
