#!/usr/bin/env python3
"""Every C and C++ file of the project is clang-formatted (config in .clang-format).

Usage: python3 tests/format_test.py   (exit 1, naming the files, when one is not)
"""

import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = ["lib", "rules", "tools", "tests", "fuzz", "bench"]
SUFFIXES = {".c", ".h", ".cpp", ".hpp"}
SKIPPED = {"node_modules", "corpus", "out"}


def sources():
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in SUFFIXES and not SKIPPED & set(path.parts) and path.is_file():
                yield path


def main():
    clang_format = shutil.which("clang-format")
    if not clang_format:
        print("format: clang-format is not installed (setup.sh installs it)", file=sys.stderr)
        return 1
    files = [str(p) for p in sources()]
    result = subprocess.run([clang_format, "--dry-run", "-Werror", *files],
                            capture_output=True, text=True)
    if result.returncode != 0:
        bad = sorted({line.split(":")[0] for line in result.stderr.splitlines()
                      if "code should be clang-formatted" in line})
        print("format: not clang-formatted (run clang-format -i):", *bad, sep="\n  ",
              file=sys.stderr)
        return 1
    print(f"format: {len(files)} files ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
