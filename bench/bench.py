#!/usr/bin/env python3
"""Measure automl-lint against its peers and write bench/RESULTS.md. Called by bench/run.sh,
which builds and installs everything first; see bench/README.md.

Every command is a whole process (or, when a corpus's file list does not fit ARG_MAX, xargs
and the processes it starts), started by bench/spawn.c with posix_spawn and reaped with wait4:
wall time from a monotonic clock around the two, peak RSS (ru_maxrss: the largest process of
the tree) and CPU time (user + system) from the rusage of wait4. The
commands of one table run interleaved, round by round (the order rotates each round), so a
noisy neighbour slows all of them alike and the ratios compare runs made side by side. The
first round writes each tool's output to bench/out/ and is checked against the corpus manifest
(is every invalid file that the tool can detect flagged? is any valid file flagged?); it is not
timed. The timed rounds send the output to /dev/null.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCHEMA = ROOT / "schemas" / "create-auto-ml-job.schema.json"
BATCH = 20000  # files per process for corpora (xargs -n); 10,000 files fit one process
XARGS_S = 1_000_000  # xargs -s: above the 128 KiB default, well below ARG_MAX
SLOW_SECONDS = 60.0  # a tool whose check run takes longer gets fewer timed runs
SLOW_RUNS = 3


# ---------------------------------------------------------------------------------------------
# Tools


@dataclass
class Tool:
    key: str
    label: str
    prefix: list[str]  # argv before the file names
    kind: str  # "lint", "schema", "botocore", "floor"
    pair_args: bool = False  # ajv-cli: each file as "-d FILE"
    parse: str = "jsonl"  # how to read its output: "lint", "jsonl", "ajv-cli", "floor"
    single_only: bool = False
    note: str = ""

    def argv_single(self, name: str) -> list[str]:
        return self.prefix + (["-d", name] if self.pair_args else [name])

    def argv_corpus(self, names: list[str], direct: bool) -> list[str]:
        """All files in one process when the argument list fits ARG_MAX, else xargs batches."""
        if direct:
            if self.pair_args:
                return self.prefix + [x for f in names for x in ("-d", f)]
            return self.prefix + names
        lst = "files-ajv.txt" if self.pair_args else "files.txt"
        n = BATCH * (2 if self.pair_args else 1)
        return ["xargs", "-d", "\\n", "-a", lst, "-n", str(n), "-s", str(XARGS_S), "--"] + self.prefix

    def shown_corpus(self, direct: bool) -> list[str]:
        if direct:
            return self.prefix + (["$(sed 's/^/-d\\n/' files.txt)"] if self.pair_args
                                  else ["$(cat files.txt)"])
        return self.argv_corpus([], False)


def make_tools(al: Path, floor: Path, python: str, node: str, threads_option: bool) -> list[Tool]:
    nm = BENCH / "node_modules"
    py_schema = BENCH / "out" / "schema-python-re.json"
    tools = []
    if threads_option:
        tools.append(Tool("automl-lint", "automl-lint (default -j: one thread per core)",
                          [str(al), "--format", "json"], "lint", parse="lint"))
        tools.append(Tool("automl-lint-j1", "automl-lint -j 1",
                          [str(al), "--format", "json", "-j", "1"], "lint", parse="lint"))
    else:
        tools.append(Tool("automl-lint", "automl-lint", [str(al), "--format", "json"], "lint",
                          parse="lint"))
    tools += [
        Tool("ajv-script", "ajv (node script: compile once, validate all)",
             [node, str(BENCH / "peers" / "ajv_validate.js"), str(SCHEMA)], "schema"),
        Tool("ajv-cli", "ajv-cli (`ajv validate`)",
             [node, str(nm / "ajv-cli" / "dist" / "index.js"), "validate", "--spec=draft7",
              "--strict=false", "--all-errors", "--errors=line", "-s", str(SCHEMA)],
             "schema", pair_args=True, parse="ajv-cli"),
        Tool("jsonschema", "Python jsonschema (Draft7Validator built once)",
             [python, str(BENCH / "peers" / "jsonschema_validate.py"), str(py_schema)], "schema"),
        Tool("botocore", "botocore validate_parameters (installed SageMaker model)",
             [python, str(BENCH / "peers" / "botocore_validate.py"), "--model", "installed"],
             "botocore"),
        Tool("botocore-extract", "botocore validate_parameters (model from schemas/model extract)",
             [python, str(BENCH / "peers" / "botocore_validate.py"), "--model", "extract"],
             "botocore", single_only=True),
        Tool("floor", "floor: read + RapidJSON parse only (bench/floor.cpp)", [str(floor)],
             "floor", parse="floor"),
    ]
    return tools


# ---------------------------------------------------------------------------------------------
# Running


@dataclass
class Sample:
    wall: float
    rss_kib: int
    cpu: float
    status: int


SPAWN = BENCH / "out" / "spawn"  # bench/spawn.c, built by run.sh


def spawn(argv: list[str], cwd: Path, out: str, err: str) -> Sample:
    """Run argv through bench/spawn.c: wall clock around posix_spawn + wait4, rusage of wait4."""
    exe = argv[0] if "/" in argv[0] else shutil.which(argv[0]) or argv[0]
    p = subprocess.run([str(SPAWN), out, err, exe] + argv[1:], cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, check=False)
    if p.returncode != 0:
        raise SystemExit(f"spawn failed ({p.returncode}): {p.stderr.strip()} for {argv[:4]}")
    wall, rss, user, system, code = p.stdout.split()
    return Sample(float(wall), int(rss), float(user) + float(system), int(code))


@dataclass
class Series:
    tool: Tool
    argv: list[str]
    samples: list[Sample] = field(default_factory=list)
    check_sample: Sample | None = None
    shown: list[str] | None = None  # the command as RESULTS.md shows it

    def med(self, attr: str) -> float:
        return statistics.median(getattr(s, attr) for s in self.samples)

    def pct(self, attr: str, p: float) -> float:
        vals = sorted(getattr(s, attr) for s in self.samples)
        k = (len(vals) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(vals) - 1)
        return vals[lo] + (vals[hi] - vals[lo]) * (k - lo)


def measure(series: list[Series], cwd: Path, runs: int, warmups: int, outdir: Path,
            label: str) -> None:
    """Round 0 writes outputs for the check; warmups are not timed; then `runs` rounds."""
    outdir.mkdir(parents=True, exist_ok=True)
    for s in series:
        t = time.perf_counter()
        s.check_sample = spawn(s.argv, cwd, str(outdir / f"{s.tool.key}.out"),
                               str(outdir / f"{s.tool.key}.err"))
        print(f"  [{label}] check run {s.tool.key}: {time.perf_counter() - t:.2f} s, exit "
              f"{s.check_sample.status}", file=sys.stderr, flush=True)
    wanted = {id(s): runs if s.check_sample.wall <= SLOW_SECONDS else min(runs, SLOW_RUNS)
              for s in series}
    for w in range(warmups - 1):
        for s in series:
            if wanted[id(s)] == runs:
                spawn(s.argv, cwd, "/dev/null", "/dev/null")
    for r in range(runs):
        order = series[r % len(series):] + series[:r % len(series)]
        for s in order:
            if len(s.samples) < wanted[id(s)]:
                s.samples.append(spawn(s.argv, cwd, "/dev/null", "/dev/null"))
        if runs >= 5 and (r + 1) % max(1, runs // 5) == 0:
            print(f"  [{label}] round {r + 1}/{runs}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Checking what each tool flagged


def parse_output(tool: Tool, out: Path, err: Path) -> dict:
    """-> {"flagged": {file: set(rules or kinds)}, "seen": int or None, "note": str}"""
    text = out.read_text(encoding="utf-8", errors="replace")
    flagged: dict = {}
    seen = None
    if tool.parse == "lint":
        dec = json.JSONDecoder()
        pos = 0
        while True:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text):
                break
            arr, pos = dec.raw_decode(text, pos)  # one array per process (xargs batches)
            for d in arr:
                if d["severity"] == "error":
                    flagged.setdefault(d["file"], set()).add(d["rule"])
    elif tool.parse == "jsonl":
        for line in text.splitlines():
            if line.strip():
                flagged.setdefault(json.loads(line)["file"], set())
    elif tool.parse == "ajv-cli":
        seen = 0
        for line in text.splitlines():
            if line.endswith(" valid"):
                seen += 1
        for line in err.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.fullmatch(r"(\S+) invalid", line)
            if m:
                flagged.setdefault(m.group(1), set())
                seen += 1
    elif tool.parse == "floor":
        seen = sum(int(m.group(1)) for m in re.finditer(r"^(\d+) files,", text, re.M))
    return {"flagged": flagged, "seen": seen}


def check(tool: Tool, parsed: dict, manifest: dict, names: list[str], status: int) -> dict:
    invalid: dict = manifest["invalid"]
    flagged = parsed["flagged"]
    res = {"files": len(names), "invalid": len(invalid), "exit": status, "problems": []}
    if tool.kind == "floor":
        if parsed["seen"] != len(names):
            res["problems"].append(f"parsed {parsed['seen']} files, expected {len(names)}")
        res["ok"] = not res["problems"]
        return res
    if tool.kind == "lint":
        must = set(invalid)
    else:
        must = {f for f, vs in invalid.items() if any(v[tool.kind] for v in vs)}
    flagged_set = set(flagged)
    res["must_flag"] = len(must)
    res["flagged_invalid"] = len(flagged_set & set(invalid))
    res["missed"] = sorted(must - flagged_set)
    res["false_positives"] = sorted(flagged_set - set(invalid))
    res["unknown"] = sorted(flagged_set - set(names))
    if parsed["seen"] is not None and parsed["seen"] != len(names):
        res["problems"].append(f"reported on {parsed['seen']} files, expected {len(names)}")
    if res["missed"]:
        res["problems"].append(f"missed {len(res['missed'])} invalid files it must flag, e.g. "
                               f"{res['missed'][:3]}")
    if res["false_positives"]:
        res["problems"].append(f"flagged {len(res['false_positives'])} valid files, e.g. "
                               f"{res['false_positives'][:3]}")
    expected_status = 1 if flagged_set else 0
    if tool.kind != "floor" and status not in (expected_status, 123 if flagged_set else 0):
        res["problems"].append(f"exit status {status}")
    if tool.kind == "lint":
        wrong = [f for f, vs in invalid.items()
                 if f in flagged and not {v["rule"] for v in vs} <= flagged[f]]
        res["expected_rule_missing"] = wrong
        if wrong:
            res["problems"].append(f"{len(wrong)} files lack the expected rule id, e.g. {wrong[:3]}")
    # Per kind, on files with a single violation: how many of them the tool flagged.
    per_kind: dict = {}
    for f, vs in invalid.items():
        if len(vs) == 1:
            k = per_kind.setdefault(vs[0]["kind"], [0, 0, vs[0]])
            k[1] += 1
            if f in flagged_set:
                k[0] += 1
    res["per_kind"] = {k: [a, b] for k, (a, b, _) in per_kind.items()}
    res["ok"] = not res["problems"]
    return res


# ---------------------------------------------------------------------------------------------
# Facts about the machine and the versions


def cmd_out(argv: list[str], cwd: Path | None = None) -> str:
    try:
        p = subprocess.run(argv, capture_output=True, text=True, cwd=cwd, timeout=60)
        return (p.stdout or p.stderr).strip()
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e})"


def machine() -> dict:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = next((l.split(":", 1)[1].strip() for l in Path("/proc/meminfo").read_text().splitlines()
                if l.startswith("MemTotal")), "?")
    return {"nproc": os.cpu_count() and cmd_out(["nproc"]), "cpu": cpu, "mem": mem,
            "kernel": platform.release(), "loadavg": Path("/proc/loadavg").read_text().split()[:3]}


def versions(al: Path, python: str, node: str) -> dict:
    def pkg(name: str) -> str:
        try:
            return json.loads((BENCH / "node_modules" / name / "package.json").read_text())["version"]
        except OSError:
            return "?"

    pyv = cmd_out([python, "-c", "import sys, importlib.metadata as m; print(sys.version.split()[0], "
                   "m.version('jsonschema'), m.version('botocore'))"]).split()
    git = cmd_out(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    dirty = cmd_out(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])
    return {
        "automl-lint": f"{cmd_out([str(al), '--version'])} (commit {git}"
                       f"{', with uncommitted changes' if dirty else ''}, meson buildtype=release)",
        "g++": cmd_out(["g++", "--version"]).splitlines()[0],
        "RapidJSON (rapidjson-dev)": cmd_out(["dpkg-query", "-W", "-f", "${Version}", "rapidjson-dev"]),
        "node": cmd_out([node, "--version"]),
        "ajv": pkg("ajv"),
        "ajv-cli": pkg("ajv-cli"),
        "python": pyv[0] if pyv else "?",
        "jsonschema": pyv[1] if len(pyv) > 1 else "?",
        "botocore": pyv[2] if len(pyv) > 2 else "?",
        "xargs": cmd_out(["xargs", "--version"]).splitlines()[0],
        "hyperfine": cmd_out(["hyperfine", "--version"]) if shutil.which("hyperfine") else "not installed",
    }


# ---------------------------------------------------------------------------------------------
# Report


def fmt_ms(s: float) -> str:
    return f"{s * 1000:.1f}"


def fmt_s(s: float) -> str:
    return f"{s:.3f}" if s < 10 else f"{s:.2f}"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f}"


def ratio_text(peer: float, base: float) -> str:
    if base <= 0:
        return "-"
    r = peer / base
    return f"{r:.2f}×"


def cmdline(argv: list[str]) -> str:
    tail = argv[-1] if argv and argv[-1].startswith("$(") else None
    text = shlex.join(argv[:-1] if tail else argv) + (" " + tail if tail else "")
    return text.replace(str(BENCH) + "/", "bench/").replace(str(ROOT) + "/", "")


def write_report(path: Path, ctx: dict) -> None:
    L: list[str] = []
    a = L.append
    a("# automl-lint benchmark results")
    a("")
    a(f"Written by `{ctx['command']}` on {ctx['date']} ({ctx['mode']} mode); raw numbers in "
      "`bench/out/results.json` (not committed). How it measures: `bench/README.md`.")
    a("")
    m = ctx["machine"]
    a(f"**Machine**: {m['nproc']} cores, {m['cpu']}, {m['mem']} RAM, Linux {m['kernel']}; "
      f"load average (1, 5, 15 min) at the start {' '.join(m['loadavg'])}, at the end "
      f"{' '.join(ctx['loadavg_end'])}: a load above 2 means other processes were competing for "
      "the 2 cores, which slows every tool (interleaving spreads it over all of them).")
    a("")
    a("**Versions**: " + "; ".join(v if v.lower().startswith(k.lower()) else f"{k} {v}"
                                   for k, v in ctx["versions"].items()) + ".")
    a("")
    a(f"Process start cost on this machine (median wall of `/bin/true` through the harness, "
      f"{ctx['true_runs']} runs): {ctx['true_ms']:.2f} ms; it is part of every wall time below.")
    a("")
    # Targets first: what the issue asks.
    a("## Targets")
    a("")
    a("| target | measured | met? |")
    a("|---|---|---|")
    for row in ctx["targets"]:
        a(f"| {row[0]} | {row[1]} | {row[2]} |")
    a("")
    # One request
    one = ctx["one"]
    base = one["base"]
    a(f"## (a) One request, whole process ({one['bytes']} bytes, {one['runs']} runs, "
      f"{one['warmups']} warm-up)")
    a("")
    a("| tool | median wall ms | p10 – p90 ms | peak RSS MiB | CPU ms | wall ÷ automl-lint's |")
    a("|---|---:|---:|---:|---:|---:|")
    for s in one["series"]:
        a(f"| {s.tool.label} | {fmt_ms(s.med('wall'))} | {fmt_ms(s.pct('wall', .1))} – "
          f"{fmt_ms(s.pct('wall', .9))} | {mib(s.med('rss_kib'))} | {fmt_ms(s.med('cpu'))} | "
          f"{ratio_text(s.med('wall'), base.med('wall'))} |")
    a("")
    if ctx.get("hyperfine"):
        a("Cross-check with hyperfine (`hyperfine -N --warmup 3 --runs "
          f"{one['runs']}`, one command after the other, not interleaved):")
        a("")
        a("| tool | hyperfine median ms | mean ± σ ms |")
        a("|---|---:|---:|")
        for key, (med, mean, sd) in ctx["hyperfine"].items():
            a(f"| {key} | {med * 1000:.1f} | {mean * 1000:.1f} ± {sd * 1000:.1f} |")
        a("")
    # Corpora
    a("## (b) Corpora, whole process")
    a("")
    arg_max = os.sysconf("SC_ARG_MAX")
    batched = [f"{c['n']:,}" for c in ctx["corpora"] if not c["direct"]]
    a(f"Every tool gets the file names as arguments, the same way (ajv-cli as `-d FILE` pairs). "
      f"ARG_MAX was {arg_max:,} bytes (`getconf ARG_MAX`: a quarter of the stack limit, at most "
      f"6 MiB; run.sh raises the soft stack limit to 64 MiB), so "
      + ("every corpus is one process per tool. " if not batched else
         f"the corpora of {', '.join(batched)} files run as `xargs -n {BATCH}` batches, one "
         "process after the other (peak RSS: the largest process). ")
      + (f"Tools whose check run took more than {SLOW_SECONDS:.0f} s get {SLOW_RUNS} timed runs "
         f"instead of {ctx['runs']}." if ctx["runs"] > SLOW_RUNS else ""))
    a("")
    for c in ctx["corpora"]:
        base = c["base"]
        a(f"### {c['n']:,} files ({c['bytes'] / 1e6:.1f} MB, {c['invalid']:,} invalid)")
        a("")
        a("| tool | runs | median wall s | files/s | peak RSS MiB | CPU s | wall ÷ automl-lint's |")
        a("|---|---:|---:|---:|---:|---:|---:|")
        for s in c["series"]:
            w = s.med("wall")
            a(f"| {s.tool.label} | {len(s.samples)} | {fmt_s(w)} | {c['n'] / w:,.0f} | "
              f"{mib(s.med('rss_kib'))} | {fmt_s(s.med('cpu'))} | {ratio_text(w, base.med('wall'))} |")
        a("")
    # Linearity
    if len(ctx["corpora"]) > 1:
        a("## Cost per file (median wall ÷ files), µs")
        a("")
        sizes = [c["n"] for c in ctx["corpora"]]
        a("| tool | " + " | ".join(f"{n:,} files" for n in sizes) + " | peak RSS MiB at " +
          " / ".join(f"{n:,}" for n in sizes) + " |")
        a("|---|" + "---:|" * (len(sizes) + 1))
        for i, s0 in enumerate(ctx["corpora"][0]["series"]):
            cells = []
            rss = []
            for c in ctx["corpora"]:
                s = c["series"][i]
                cells.append(f"{s.med('wall') / c['n'] * 1e6:.1f}")
                rss.append(mib(s.med("rss_kib")))
            a(f"| {s0.tool.label} | " + " | ".join(cells) + " | " + " / ".join(rss) + " |")
        a("")
    # Checks
    a("## Do the peers really validate?")
    a("")
    a("Before timing, each tool's output on each corpus is compared with the corpus manifest "
      "(`bench/corpus/n*/manifest.json`, written by `bench/make_corpus.py`). A JSON Schema peer "
      "must flag every invalid file that has a schema-level violation; botocore every file with "
      "a violation of a required member, an unknown member, a type or a minimum; automl-lint every "
      "invalid file, with the manifest's rule id. No tool may flag a valid file.")
    a("")
    a("| corpus | tool | invalid files flagged | must flag | missed | valid files flagged | result |")
    a("|---|---|---:|---:|---:|---:|---|")
    for c in ctx["checks"]:
        r = c["result"]
        if c["kind"] == "floor":
            a(f"| {c['n']:,} | {c['label']} | – | – | – | – | "
              f"{'ok' if r['ok'] else 'FAIL: ' + '; '.join(r['problems'])} |")
            continue
        a(f"| {c['n']:,} | {c['label']} | {r['flagged_invalid']:,} of {r['invalid']:,} | "
          f"{r['must_flag']:,} | {len(r['missed'])} | {len(r['false_positives'])} | "
          f"{'ok' if r['ok'] else 'FAIL: ' + '; '.join(r['problems'])} |")
    a("")
    pk = ctx.get("per_kind")
    if pk:
        a(f"Per kind of violation, on the {pk['n']:,}-file corpus's files that have that "
          "violation alone: files flagged / files.")
        a("")
        keys = pk["tools"]
        a("| violation | level | rule | " + " | ".join(keys) + " |")
        a("|---|---|---|" + "---:|" * len(keys))
        for kind, (level, rule, cells) in sorted(pk["rows"].items(), key=lambda kv: (kv[1][0], kv[0])):
            a(f"| {kind} | {level} | {rule} | " + " | ".join(cells) + " |")
        a("")
    # Commands
    a("## Commands")
    a("")
    a("One request (run in `bench/corpus/n1/`):")
    a("")
    a("```sh")
    for s in ctx["one"]["series"]:
        a(cmdline(s.argv))
    a("```")
    a("")
    if ctx["corpora"]:
        a("Corpora (run in `bench/corpus/n<N>/`; `files.txt` lists the files, `files-ajv.txt` "
          "the same as `-d FILE` lines):")
        a("")
        a("```sh")
        for s in ctx["corpora"][-1]["series"]:
            a(cmdline(s.shown or s.argv))
        a("```")
        a("")
    a("Python `jsonschema` gets `bench/out/schema-python-re.json`: the same schema with its "
      "patterns translated for Python's `re` by `bench/peers/translate_schema.py` "
      "(`\\p{L}\\p{Z}\\p{N}` spelled out as code point ranges, `\\d` → `[0-9]`, final `$` → "
      "`\\Z`); nothing else differs.")
    a("")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------


def fits_arg_max(tools: list[Tool], names: list[str]) -> bool:
    """Does the longest command line (ajv-cli's, with "-d" before each file) fit ARG_MAX?"""
    env = sum(len(k) + len(v) + 2 + 8 for k, v in os.environ.items())
    longest = max(sum(len(a) + 1 + 8 for a in t.argv_corpus(names, True)) for t in tools)
    return env + longest < os.sysconf("SC_ARG_MAX") * 0.9


def hyperfine_check(series: list[Series], cwd: Path, runs: int, outdir: Path) -> dict:
    if not shutil.which("hyperfine"):
        return {}
    json_path = outdir / "hyperfine-one.json"
    argv = ["hyperfine", "-N", "-i", "--style", "none", "--warmup", "3", "--runs", str(runs),
            "--export-json", str(json_path)]
    for s in series:
        argv += ["-n", s.tool.key, shlex.join(s.argv)]
    print("  hyperfine cross-check of the one-request case", file=sys.stderr, flush=True)
    subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    try:
        data = json.loads(json_path.read_text())
    except (OSError, ValueError):
        return {}
    return {r["command"]: (r["median"], r["mean"], r["stddev"] or 0.0) for r in data["results"]}


def main() -> int:
    global SPAWN
    ap = argparse.ArgumentParser()
    ap.add_argument("--automl-lint", required=True, type=Path)
    ap.add_argument("--floor", required=True, type=Path)
    ap.add_argument("--spawn", type=Path, default=SPAWN)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--node", default=shutil.which("node") or "node")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--single-runs", type=int, default=30)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mode", default="full")
    ap.add_argument("--command", default="bench/run.sh")
    ap.add_argument("--results", type=Path, default=BENCH / "RESULTS.md")
    ap.add_argument("--raw", type=Path, default=BENCH / "out" / "results.json",
                    help="where every sample goes (JSON)")
    args = ap.parse_args()

    SPAWN = args.spawn.resolve()
    outdir = BENCH / "out"
    corpus = BENCH / "corpus"
    al = args.automl_lint.resolve()
    help_text = cmd_out([str(al), "--help"])
    threads = bool(re.search(r"(^|\s)-j\b|--jobs\b", help_text))
    tools = make_tools(al, args.floor.resolve(), args.python, args.node, threads)
    ctx: dict = {"command": args.command, "mode": args.mode, "runs": args.runs,
                 "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 "machine": machine(), "versions": versions(al, args.python, args.node),
                 "checks": [], "corpora": []}
    all_ok = True

    # Spawn overhead.
    true_samples = [spawn(["/bin/true"], BENCH, "/dev/null", "/dev/null") for _ in range(50)]
    ctx["true_ms"] = statistics.median(s.wall for s in true_samples) * 1000
    ctx["true_runs"] = len(true_samples)

    def run_checks(series: list[Series], n: int, cdir: Path, label_dir: Path) -> None:
        nonlocal all_ok
        manifest = json.loads((cdir / "manifest.json").read_text())
        names = (cdir / "files.txt").read_text().split()
        if n == 1:
            names = names[:1]
        for s in series:
            parsed = parse_output(s.tool, label_dir / f"{s.tool.key}.out",
                                  label_dir / f"{s.tool.key}.err")
            res = check(s.tool, parsed, manifest, names, s.check_sample.status)
            all_ok &= res["ok"]
            ctx["checks"].append({"n": n, "label": s.tool.label, "key": s.tool.key,
                                  "kind": s.tool.kind, "result": res})
            if not res["ok"]:
                print(f"  CHECK FAILED: {s.tool.key} on {n} files: {res['problems']}",
                      file=sys.stderr)

    # (a) one request
    cdir = corpus / "n1"
    name = (cdir / "files.txt").read_text().split()[0]
    one = [Series(t, t.argv_single(name)) for t in tools]
    print(f"one request: {len(one)} tools x {args.single_runs} runs", file=sys.stderr)
    measure(one, cdir, args.single_runs, 3, outdir / "n1", "1 file")
    run_checks(one, 1, cdir, outdir / "n1")
    ctx["one"] = {"series": one, "base": one[0], "runs": args.single_runs, "warmups": 3,
                  "bytes": (cdir / name).stat().st_size}
    ctx["hyperfine"] = hyperfine_check(one, cdir, args.single_runs, outdir / "n1")

    # (b) corpora
    for n in [int(x) for x in args.sizes.split(",") if x]:
        cdir = corpus / f"n{n}"
        names = (cdir / "files.txt").read_text().split()
        ajv_list = cdir / "files-ajv.txt"
        ajv_list.write_text("".join(f"-d\n{f}\n" for f in names))
        direct = fits_arg_max(tools, names)
        series = [Series(t, t.argv_corpus(names, direct)) for t in tools if not t.single_only]
        for srs in series:
            srs.shown = srs.tool.shown_corpus(direct)
        print(f"{n} files: {len(series)} tools x {args.runs} runs", file=sys.stderr)
        measure(series, cdir, args.runs, 1, outdir / f"n{n}", f"{n} files")
        run_checks(series, n, cdir, outdir / f"n{n}")
        manifest = json.loads((cdir / "manifest.json").read_text())
        ctx["corpora"].append({"n": n, "series": series, "base": series[0], "direct": direct,
                               "bytes": manifest["bytes"], "invalid": manifest["invalid_count"]})

    # Per-kind detection, on the largest corpus.
    if ctx["corpora"]:
        n = ctx["corpora"][-1]["n"]
        manifest = json.loads((corpus / f"n{n}" / "manifest.json").read_text())
        meta = {}
        for vs in manifest["invalid"].values():
            if len(vs) == 1:
                meta[vs[0]["kind"]] = (vs[0]["level"], vs[0]["rule"])
        checks = [c for c in ctx["checks"] if c["n"] == n and c["kind"] != "floor"]
        rows = {}
        for kind, (level, rule) in meta.items():
            rows[kind] = (level, rule, [
                "{}/{}".format(*c["result"]["per_kind"].get(kind, [0, 0])) for c in checks])
        ctx["per_kind"] = {"n": n, "tools": [c["key"] for c in checks], "rows": rows}

    ctx["targets"] = targets(ctx)
    ctx["loadavg_end"] = Path("/proc/loadavg").read_text().split()[:3]

    raw = {
        "date": ctx["date"], "machine": ctx["machine"], "versions": ctx["versions"],
        "true_ms": ctx["true_ms"],
        "one": {s.tool.key: {"argv": s.argv, "samples": [vars(x) for x in s.samples]}
                for s in one},
        "corpora": {c["n"]: {s.tool.key: {"argv": s.argv, "samples": [vars(x) for x in s.samples]}
                             for s in c["series"]} for c in ctx["corpora"]},
        "checks": [{k: v for k, v in c.items()} for c in ctx["checks"]],
        "hyperfine": ctx["hyperfine"],
    }
    args.raw.write_text(json.dumps(raw, indent=1, default=str))
    write_report(args.results, ctx)
    print(f"wrote {args.results}", file=sys.stderr)
    if not all_ok:
        print("SOME CHECKS FAILED: see the check table in RESULTS.md", file=sys.stderr)
        return 1
    return 0


def targets(ctx: dict) -> list[tuple[str, str, str]]:
    rows = []
    one = ctx["one"]["base"]
    w = one.med("wall")
    r = one.med("rss_kib") / 1024
    floor = next(s for s in ctx["one"]["series"] if s.tool.key == "floor").med("wall")
    rows.append(("one request ≤ 5 ms wall",
                 f"{w * 1000:.1f} ms ({w * 1000 / 5:.1f}× the target; on this machine `/bin/true` "
                 f"takes {ctx['true_ms']:.1f} ms and the floor {floor * 1000:.1f} ms)",
                 "yes" if w <= 0.005 else "no"))
    rows.append(("one request ≤ 10 MiB peak RSS", f"{r:.1f} MiB", "yes" if r <= 10 else "no"))
    c10 = next((c for c in ctx["corpora"] if c["n"] == 10000), None)
    if c10:
        by = {s.tool.key: s for s in c10["series"]}
        al = by["automl-lint"].med("wall")
        ajv = by["ajv-script"].med("wall")
        fl = by["floor"].med("wall")
        rows.append(("10,000 files ≥ 4× faster than the ajv script",
                     f"ajv script ÷ automl-lint = {ajv / al:.2f}×", "yes" if ajv / al >= 4 else "no"))
        rows.append(("10,000 files within 1.5× of the floor",
                     f"automl-lint ÷ floor = {al / fl:.2f}×", "yes" if al / fl <= 1.5 else "no"))
        if "automl-lint-j1" in by:
            j1 = by["automl-lint-j1"].med("wall")
            rows.append(("(same, with -j 1)", f"ajv script ÷ automl-lint -j 1 = {ajv / j1:.2f}×; "
                         f"automl-lint -j 1 ÷ floor = {j1 / fl:.2f}×", "–"))
    if len(ctx["corpora"]) >= 2:
        first, last = ctx["corpora"][0], ctx["corpora"][-1]
        r0 = first["base"].med("rss_kib") / 1024
        r1 = last["base"].med("rss_kib") / 1024
        rows.append((f"memory flat from {first['n']:,} to {last['n']:,} files",
                     f"{r0:.1f} → {r1:.1f} MiB ({r1 / r0:.2f}×)",
                     "yes" if r1 <= r0 * 1.25 else "no"))
    return rows


if __name__ == "__main__":
    sys.exit(main())
