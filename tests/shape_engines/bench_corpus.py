#!/usr/bin/env python3
"""Runs the shape-engines check over the benchmark's corpus (bench/make_corpus.py).

    bench_corpus.py SHAPE_ENGINES AUTOML_LINT OUT_DIR [--size N]

Makes the corpus of N requests (default 2,000; the bench corpora are prefixes of each other)
and its YAML and V2 twins (AUTOML_LINT migrates) in OUT_DIR, then checks every file of the
three with both engines; exits with the check's status.
"""

import argparse
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("shape_engines")
    parser.add_argument("automl_lint")
    parser.add_argument("out_dir")
    parser.add_argument("--size", type=int, default=2000)
    args = parser.parse_args()
    size = str(args.size)
    subprocess.run([sys.executable, str(ROOT / "bench/make_corpus.py"), "--out", args.out_dir,
                    "--sizes", size, "--twin-sizes", size, "--automl-lint", args.automl_lint],
                   check=True, stdout=subprocess.DEVNULL)
    out = pathlib.Path(args.out_dir)
    corpora = [str(out / ("n" + size + suffix)) for suffix in ("", "-yaml", "-v2")]
    return subprocess.run([args.shape_engines] + corpora).returncode


if __name__ == "__main__":
    sys.exit(main())
