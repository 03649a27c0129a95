#!/usr/bin/env python3
"""The shared library exports the public API, all of it, and nothing else; it has a soname.

Usage: exports_test.py LIBAUTOML_LINT_SO LIBAUTOML_LINT_A

- Nothing internal is exported: no symbol of automl_lint::detail, ::rules, ::data or ::output, of an
  anonymous namespace, of RapidJSON, valijson, RE2, fmt or CLI11, and no standard template
  instantiated with one of their types (`nm -D --defined-only`).
- Everything public is: each function the static archive defines in namespace automl_lint (but
  the internal namespaces above) or as a C entry point (automl_lint_*) is in the shared library's
  dynamic symbol table. So a declaration added to a public header without AUTOML_LINT_EXPORT
  fails here, as does an internal header's function that lands in namespace automl_lint (list it
  in INTERNAL_IN_PUBLIC_NAMESPACE below if it must live there).
"""
import re
import subprocess
import sys

INTERNAL = re.compile(
    r"automl_lint::(detail|rules|data|output)::|\(anonymous namespace\)|\brapidjson::|\bvalijson::"
    r"|\bre2::|\bRE2\b|\bfmt::|\bCLI::")
# Functions of namespace automl_lint declared in the library's private headers, not the API.
INTERNAL_IN_PUBLIC_NAMESPACE = re.compile(r"^automl_lint::write_rules_markdown\(")
PUBLIC = re.compile(r"^(automl_lint::|automl_lint_[a-z_]+$)")


def symbols(*arguments):
    output = subprocess.run(["nm", "--defined-only", "-C", *arguments], check=True,
                            capture_output=True, text=True).stdout
    for line in output.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and len(parts[1]) == 1:
            yield parts[1], parts[2]


def main():
    shared, static = sys.argv[1], sys.argv[2]
    problems = []
    soname = subprocess.run(["readelf", "-d", shared], check=True, capture_output=True,
                            text=True).stdout
    if not re.search(r"\(SONAME\)\s+Library soname: \[libautoml-lint\.so\.\d+\]", soname):
        problems.append(f"{shared} has no soname libautoml-lint.so.N")

    exported = {name for _, name in symbols("-D", shared)}
    leaked = sorted(name for name in exported if INTERNAL.search(name))
    problems += [f"exported but internal: {name[:300]}" for name in leaked]

    defined = {name for kind, name in symbols(static) if kind == "T"}
    public = {name for name in defined if PUBLIC.match(name) and not INTERNAL.search(name)
              and not INTERNAL_IN_PUBLIC_NAMESPACE.match(name)}
    missing = sorted(public - exported)
    problems += [f"public but not exported (AUTOML_LINT_EXPORT missing?): {name}"
                 for name in missing]
    c_entry_points = {name for name in exported if name.startswith("automl_lint_")}
    if len(c_entry_points) < 30 or len(public) < 40:
        problems.append(f"suspiciously few public symbols: {len(public)} C++ and C, "
                        f"{len(c_entry_points)} C entry points")

    if problems:
        print(*problems, sep="\n", file=sys.stderr)
        return 1
    print(f"exports: {len(exported)} symbols exported, {len(public)} public functions all "
          f"exported, {len(c_entry_points)} C entry points, none internal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
