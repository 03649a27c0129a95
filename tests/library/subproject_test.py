#!/usr/bin/env python3
"""automl-lint works as a meson subproject: the consumer project tests/consumer, with this source
tree as its subprojects/automl-lint, finds it with dependency('automl-lint', fallback:
'automl-lint') (answered by meson.override_dependency in our meson.build, not by pkg-config),
compiles against its public headers and links its library.

Usage: subproject_test.py --source-root DIR --work DIR [--flags "FLAGS"]

Building the subproject means compiling the whole library a second time (minutes on two cores),
so by default this test configures the consumer with the subproject (meson evaluates our whole
meson.build as a subproject), compiles the consumer's own source against the subproject's
include directories, and checks that the consumer's link step takes the subproject's library.
With AUTOML_LINT_FULL_SUBPROJECT_TEST=1 it also builds everything and runs the consumer, which
lints a request through the public API (the pkg-config consumer in installed_test.py runs the
same program on every test run).
"""
import argparse
import os
import pathlib
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
    parser.add_argument("--flags", default="")
    args = parser.parse_args()
    source = pathlib.Path(args.source_root).resolve()
    work = pathlib.Path(args.work)
    flags = shlex.split(args.flags)
    shutil.rmtree(work, ignore_errors=True)
    project = work / "consumer"
    shutil.copytree(source / "tests" / "consumer", project)
    (project / "subprojects").mkdir()
    (project / "subprojects" / "automl-lint").symlink_to(source, target_is_directory=True)
    build = work / "build"

    # No automl-lint.pc may answer: the dependency must come from the subproject.
    env = dict(os.environ, PKG_CONFIG_PATH="", PKG_CONFIG_LIBDIR=str(work / "no-pkg-config"))
    setup = ["meson", "setup", str(build), str(project), "-Dmode=subproject",
             "--buildtype=plain", "--wrap-mode=nodownload"]
    if flags:
        setup += [f"-Dcpp_args={','.join(flags)}", f"-Dcpp_link_args={','.join(flags)}"]
    configured = run(setup, env=env).stdout
    if "Dependency automl-lint from subproject subprojects/automl-lint found: YES" not in configured:
        sys.exit(f"subproject: dependency('automl-lint') was not answered by the subproject:\n"
                 f"{configured}")

    # The consumer's own object, compiled against the subproject's headers.
    targets = run(["ninja", "-C", str(build), "-t", "targets", "all"]).stdout
    objects = [line.split(":")[0] for line in targets.splitlines()
               if line.startswith("consumer.p/") and line.split(":")[0].endswith(".o")]
    if not objects:
        sys.exit(f"subproject: no object of the consumer among the targets:\n{targets}")
    run(["ninja", "-C", str(build), *objects])
    # Its link step takes the subproject's library.
    inputs = run(["ninja", "-C", str(build), "-t", "query", "consumer"]).stdout
    if "subprojects/automl-lint/libautoml-lint.so" not in inputs:
        sys.exit(f"subproject: the consumer does not link the subproject's library:\n{inputs}")
    print("subproject: configured as a subproject; the consumer compiles against it and links "
          "subprojects/automl-lint/libautoml-lint.so")

    if os.environ.get("AUTOML_LINT_FULL_SUBPROJECT_TEST") == "1":
        run(["ninja", "-C", str(build), "consumer"])
        result = run([str(build / "consumer"), "examples/invalid/enum-wrong-case.json"],
                     cwd=source)
        if "consumer: ok" not in result.stdout or "[AML104]" not in result.stdout:
            sys.exit(f"subproject: the consumer printed:\n{result.stdout}{result.stderr}")
        print("subproject: built whole; the consumer lints through the subproject's library")
    return 0


if __name__ == "__main__":
    sys.exit(main())
