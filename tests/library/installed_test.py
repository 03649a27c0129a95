#!/usr/bin/env python3
"""The installed library works for its users: `meson install` into a staging folder of the build
directory (no root, no network), then, against that copy only, through automl-lint.pc:

1. examples/c/lint.c built with exactly the README's command,
   `cc lint.c $(pkg-config --cflags --libs automl-lint)`, prints the same diagnostics as
   `automl-lint --format json` for the example requests, with the same exit status;
2. the C++ consumer project tests/consumer, built with meson, linking the shared library and
   (pkg-config --static) the static one, lints a request through the public API;
3. the installed files are the documented ones: headers, both libraries with the soname link,
   automl-lint.pc.

Usage: installed_test.py --build-root DIR --source-root DIR --cli PATH [--flags "FLAGS"]
FLAGS (the sanitizer flags in the ASan build) go to every compile and link: a program that
loads an instrumented library must itself be built with them.
"""
import argparse
import json
import os
import pathlib
import shlex
import shutil
import subprocess
import sys


def run(command, **kwargs):
    """Runs a command; on failure prints its output and stops the test."""
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        shown = command if isinstance(command, str) else shlex.join(map(str, command))
        sys.exit(f"installed: `{shown}` failed ({result.returncode}):\n{result.stdout}"
                 f"{result.stderr}")
    return result


def build_option(build_root, name):
    options = json.loads(run(["meson", "introspect", "--buildoptions", build_root]).stdout)
    return next(option["value"] for option in options if option["name"] == name)


def rule_names(cli):
    """Rule id -> name, from `automl-lint rules` (id  name  severity  title)."""
    return {line.split()[0]: line.split()[1] for line in run([cli, "rules"]).stdout.splitlines()}


def expected_text(cli_json, names):
    """The C example's output for the diagnostics of `automl-lint --format json`."""
    lines = []
    for d in cli_json:
        where = f"{d['file']}:{d['line']}:{d['column']}" if d["line"] > 0 else d["file"]
        name = f" {names[d['rule']]}" if d["rule"] in names else ""
        lines.append(f"{where}: {d['severity']}: {d['message']} [{d['rule']}{name}]")
        if d["pointer"]:
            lines.append(f"    at {d['pointer']}")
        if d["hint"]:
            lines.append(f"    hint: {d['hint']}")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-root", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--flags", default="")
    args = parser.parse_args()
    build_root = pathlib.Path(args.build_root)
    source = pathlib.Path(args.source_root)
    flags = shlex.split(args.flags)
    cli = str(pathlib.Path(args.cli).resolve())  # meson passes it relative to the build folder
    work = build_root / "tests" / "installed"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    destdir = work / "destdir"

    run(["meson", "install", "-C", str(build_root), "--no-rebuild", "--quiet",
         "--destdir", str(destdir)])
    prefix = pathlib.Path(build_option(build_root, "prefix"))
    root = destdir / prefix.relative_to(prefix.anchor)
    libdir = root / build_option(build_root, "libdir")
    includedir = root / build_option(build_root, "includedir")

    # 3. The installed files.
    for header in ["automl_lint.h", "config.hpp", "diagnostic.hpp", "export.h", "files.hpp",
                   "linter.hpp", "migrate.hpp", "output.hpp", "rules.hpp", "schema.hpp",
                   "version.hpp"]:
        if not (includedir / "automl_lint" / header).is_file():
            sys.exit(f"installed: {header} is not installed")
    for library in ["libautoml-lint.a", "libautoml-lint.so", "libautoml-lint.so.0",
                    "pkgconfig/automl-lint.pc"]:
        if not (libdir / library).exists():
            sys.exit(f"installed: {library} is not installed in {libdir}")
    private = sorted(p.name for p in (includedir / "automl_lint").iterdir()
                     if p.name not in {"automl_lint.h", "export.h"} and p.suffix != ".hpp")
    if private:
        sys.exit(f"installed: unexpected headers {private}")

    env = dict(os.environ,
               PKG_CONFIG_PATH=str(libdir / "pkgconfig"),
               PKG_CONFIG_SYSROOT_DIR=str(destdir),
               LD_LIBRARY_PATH=str(libdir))
    pkg = run("pkg-config --cflags --libs automl-lint", shell=True, env=env).stdout
    if str(destdir) not in pkg or "-lautoml-lint" not in pkg:
        sys.exit(f"installed: pkg-config does not point at the staged copy: {pkg}")

    # 1. The C example, built with the README's command line (plus FLAGS).
    example = work / "lint"
    command = (f"cc {shlex.join(flags)} {shlex.quote(str(source / 'examples/c/lint.c'))} "
               f"$(pkg-config --cflags --libs automl-lint) -o {shlex.quote(str(example))}")
    run(command, shell=True, env=env)
    needed = run(["readelf", "-d", str(example)]).stdout
    if "libautoml-lint.so.0" not in needed:
        sys.exit("installed: the C example does not link libautoml-lint.so.0")
    requests = sorted(str(p.relative_to(source)) for p in (source / "examples").glob("*/*.json"))
    requests.append("no/such/request.json")
    names = rule_names(cli)
    for request in requests:
        cli_result = subprocess.run([cli, "--format", "json", request], cwd=source,
                                    capture_output=True, text=True)
        c = subprocess.run([str(example), request], cwd=source, capture_output=True,
                           text=True, env=env)
        expected = expected_text(json.loads(cli_result.stdout), names)
        if c.stdout.splitlines() != expected or c.returncode != cli_result.returncode or c.stderr:
            sys.exit(f"installed: lint.c on {request}: exit {c.returncode} (the CLI "
                     f"{cli_result.returncode}), stderr {c.stderr!r}, output:\n{c.stdout}\nexpected:\n"
                     + "\n".join(expected))
    print(f"installed: lint.c matches the CLI on {len(requests)} example requests")

    # 2. The C++ consumer, built by meson against the installed copy: shared and static.
    consumer = work / "consumer"
    setup = ["meson", "setup", str(consumer), str(source / "tests/consumer"),
             "-Dmode=pkg-config", "--buildtype=plain"]
    if flags:
        # A list literal: a flag may hold a comma (-fsanitize=address,undefined).
        setup += [f"-Dcpp_args={json.dumps(flags)}", f"-Dcpp_link_args={json.dumps(flags)}"]
    run(setup, env=env)
    run(["ninja", "-C", str(consumer)], env=env)
    if "libautoml-lint.so" in run(["readelf", "-d", str(consumer / "consumer-static")]).stdout:
        sys.exit("installed: consumer-static links the shared library, not libautoml-lint.a")
    for program in ["consumer", "consumer-static"]:
        result = run([str(consumer / program), "examples/invalid/enum-wrong-case.json"],
                     cwd=source, env=env)
        if "consumer: ok" not in result.stdout or "[AML104]" not in result.stdout:
            sys.exit(f"installed: {program} printed:\n{result.stdout}{result.stderr}")
    print("installed: the C++ consumer links the installed shared and static library")
    return 0


if __name__ == "__main__":
    sys.exit(main())
