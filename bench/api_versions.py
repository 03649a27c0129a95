#!/usr/bin/env python3
"""V1 and V2 requests side by side, and V1 against the release before V2 support.

    python3 bench/api_versions.py [--files 10000] [--runs 7] [--baseline REV] [--out FILE]
                                  [--binary PATH] [--baseline-binary PATH]

Why: CreateAutoMLJobV2 support put every request through a V2-shaped view and added a second
schema; V2 requests must cost about what V1 ones do, and V1 requests must not cost more than
before. This script

1. builds automl-lint (release, build-bench/) and, with --baseline, the revision given (default:
   the last commit before V2 support) in a temporary worktree;
2. makes the V1 bench corpus (bench/make_corpus.py) and its V2 twin: every file migrated with
   `automl-lint migrate` (files it refuses, such as invalid JSON, are left out of both sides so
   that the two sides hold the same requests);
3. times each (tool, corpus, -j) as a whole process, the runs of the pairs interleaved, and
   counts instructions with callgrind (repeatable whatever the machine's load) on 1,000 files;
4. writes bench/API-VERSIONS.md (or --out) with medians and ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BEFORE_V2 = "1d6d58e"  # The last landed commit before CreateAutoMLJobV2 support.


def run(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(argv, check=True, **kwargs)


def build(source: Path, build_dir: Path) -> Path:
    if not (build_dir / "build.ninja").exists():
        run(["meson", "setup", str(build_dir), "-Dbuildtype=release"], cwd=source,
            stdout=subprocess.DEVNULL)
    run(["ninja", "-C", str(build_dir), "automl-lint"], stdout=subprocess.DEVNULL)
    return build_dir / "automl-lint"


def baseline_binary(revision: str, workdir: Path) -> Path:
    source = workdir / "src"
    run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(source), revision],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return build(source, workdir / "build")


def make_corpora(tool: Path, files: int) -> tuple[Path, Path, int]:
    corpus = BENCH / "corpus"
    run([sys.executable, str(BENCH / "make_corpus.py"), "--out", str(corpus), "--sizes",
         str(files)], stdout=subprocess.DEVNULL)
    v1 = corpus / f"n{files}"
    v2 = corpus / f"n{files}-v2-migrated"  # n{files}-v2 is make_corpus.py's V2 twin
    both = corpus / f"n{files}-v1-migratable"
    for folder in (v2, both):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    names = (v1 / "files.txt").read_text().split()
    kept = []
    for name in names:
        result = subprocess.run([str(tool), "migrate", name], cwd=v1, capture_output=True)
        if result.returncode != 0:
            continue
        (v2 / name).write_bytes(result.stdout)
        shutil.copy(v1 / name, both / name)
        kept.append(name)
    for folder in (v2, both):
        (folder / "files.txt").write_text("\n".join(kept) + "\n")
    return both, v2, len(names) - len(kept)


def wall(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def instructions(argv: list[str], cwd: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(["valgrind", "--tool=callgrind",
                                 f"--callgrind-out-file={tmp}/out"] + argv, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    match = re.search(r"Collected : (\d+)", result.stderr)
    return int(match.group(1)) if match else -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", default=BEFORE_V2,
                        help=f"revision to compare V1 with (default {BEFORE_V2}); '' for none")
    parser.add_argument("--out", type=Path, default=BENCH / "API-VERSIONS.md")
    parser.add_argument("--binary", type=Path, help="an automl-lint release build to use")
    parser.add_argument("--baseline-binary", type=Path,
                        help="a release build of the baseline revision to use")
    args = parser.parse_args()

    tool = args.binary.resolve() if args.binary else build(ROOT, ROOT / "build-bench")
    with tempfile.TemporaryDirectory() as tmp:
        old = None
        if args.baseline_binary:
            old = args.baseline_binary.resolve()
        elif args.baseline:
            old = baseline_binary(args.baseline, Path(tmp))
        v1, v2, refused = make_corpora(tool, args.files)
        cases = {"V1 (this version)": (tool, v1), "V2 (this version)": (tool, v2)}
        if old:
            cases[f"V1 ({args.baseline}, before V2)"] = (old, v1)
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):  # Interleaved: load changes hit every case alike.
            for label, (binary, corpus) in cases.items():
                for jobs in ("1", "0"):
                    argv = [str(binary), "-j", jobs, "--files-from", "files.txt"]
                    times.setdefault((label, jobs), []).append(wall(argv, corpus))
        counts = {}
        sample = 1000
        for label, (binary, corpus) in cases.items():
            subset = corpus / "files-1000.txt"
            subset.write_text("\n".join((corpus / "files.txt").read_text().split()[:sample]) + "\n")
            counts[label] = instructions([str(binary), "-j", "1", "--files-from", subset.name],
                                         corpus)
        if old and not args.baseline_binary:
            run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(Path(tmp) / "src")])

    kept = len((v1 / "files.txt").read_text().split())
    base = "V1 (this version)"
    lines = ["# V1 and V2 requests", "",
             f"Generated by `bench/api_versions.py` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
             f" ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the end).", "",
             f"Corpus: the bench's {args.files:,} V1 requests; the {kept:,} that `automl-lint migrate` "
             f"converts (it refuses {refused}: invalid JSON, channels naming different targets) "
             "and, for V2, their migrations: the same requests, the same mistakes at their V2 "
             "places. Whole-process wall time, medians of "
             f"{args.runs} interleaved runs; instructions (callgrind, repeatable) on the first "
             f"{sample:,} files, `-j 1`.", "",
             "| requests (binary) | wall, -j 1 | wall, default -j | ratio to V1 (-j 1) | "
             "instructions / file | ratio |", "|---|---:|---:|---:|---:|---:|"]
    for label in cases:
        one = statistics.median(times[(label, "1")])
        default = statistics.median(times[(label, "0")])
        ratio = one / statistics.median(times[(base, "1")])
        per_file = counts[label] / sample
        instr_ratio = counts[label] / counts[base]
        lines.append(f"| {label} | {one:.3f} s | {default:.3f} s | {ratio:.2f}x | "
                     f"{per_file:,.0f} | {instr_ratio:.3f}x |")
    lines += ["", "Raw wall times (s):", ""]
    for (label, jobs), values in times.items():
        lines.append(f"- {label}, -j {jobs}: " + ", ".join(f"{v:.3f}" for v in values))
    args.out.write_text("\n".join(lines) + "\n")
    print(args.out.read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
