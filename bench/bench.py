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
    fail_status: int = 1  # its exit status when it flags a file

    def argv_single(self, name: str) -> list[str]:
        return self.prefix + (["-d", name] if self.pair_args else [name])

    def argv_corpus(self, names: list[str], direct: bool, lst: str = "files.txt") -> list[str]:
        """All files in one process when the argument list fits ARG_MAX, else xargs batches."""
        if direct:
            if self.pair_args:
                return self.prefix + [x for f in names for x in ("-d", f)]
            return self.prefix + names
        lst = "files-ajv.txt" if self.pair_args else lst
        n = BATCH * (2 if self.pair_args else 1)
        return ["xargs", "-d", "\\n", "-a", lst, "-n", str(n), "-s", str(XARGS_S), "--"] + self.prefix

    def shown_corpus(self, direct: bool, lst: str = "files.txt") -> list[str]:
        if direct:
            return self.prefix + (["$(sed 's/^/-d\\n/' files.txt)"] if self.pair_args
                                  else [f"$(cat {lst})"])
        return self.argv_corpus([], False, lst)

    def variant(self, key: str, label: str, extra: list[str], drop: str = "") -> Tool:
        """The same tool with more options (or one option dropped)."""
        prefix = [a for a in self.prefix if a != drop] + extra
        return Tool(key, label, prefix, self.kind, parse=self.parse, fail_status=self.fail_status)


def blaze_binary() -> Path:
    """The prebuilt binary the npm package's `jsonschema` command starts (npm/main.js's choice)."""
    arch = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}.get(
        platform.machine().lower(), platform.machine())
    try:
        musl = not os.confstr("CS_GNU_LIBC_VERSION")
    except (ValueError, OSError):
        musl = True
    name = f"jsonschema-linux-{arch}" + ("-musl" if musl else "")
    return BENCH / "node_modules" / "@sourcemeta" / "jsonschema" / "build" / "github-releases" / name


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
        Tool("blaze", "Blaze CLI (`jsonschema validate --fast`)",
             [str(blaze_binary()), "validate", str(SCHEMA), "--fast", "--continue"], "schema",
             parse="blaze", fail_status=2),
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
    key: str = ""  # its name in out/ and results.json (default: the tool's)
    label: str = ""  # its row in RESULTS.md (default: the tool's)
    cwd: Path | None = None  # the corpus folder it runs in (default: the table's)
    names: list[str] = field(default_factory=list)  # the files it lints (for the check)

    def __post_init__(self) -> None:
        self.key = self.key or self.tool.key
        self.label = self.label or self.tool.label

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
        s.cwd = s.cwd or cwd
        t = time.perf_counter()
        s.check_sample = spawn(s.argv, s.cwd, str(outdir / f"{s.key}.out"),
                               str(outdir / f"{s.key}.err"))
        print(f"  [{label}] check run {s.key}: {time.perf_counter() - t:.2f} s, exit "
              f"{s.check_sample.status}", file=sys.stderr, flush=True)
    wanted = {id(s): runs if s.check_sample.wall <= SLOW_SECONDS else min(runs, SLOW_RUNS)
              for s in series}
    for w in range(warmups - 1):
        for s in series:
            if wanted[id(s)] == runs:
                spawn(s.argv, s.cwd, "/dev/null", "/dev/null")
    for r in range(runs):
        order = series[r % len(series):] + series[:r % len(series)]
        for s in order:
            if len(s.samples) < wanted[id(s)]:
                s.samples.append(spawn(s.argv, s.cwd, "/dev/null", "/dev/null"))
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
    elif tool.parse == "blaze":  # "fail: FILE" per invalid file, "N validated, ..." per process
        text = err.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"^fail: (.+)$", text, re.M):
            flagged.setdefault(m.group(1), set())
        seen = sum(int(m.group(1)) for m in re.finditer(r"^(\d+) validated,", text, re.M))
    elif tool.parse == "floor":
        seen = sum(int(m.group(1)) for m in re.finditer(r"^(\d+) files,", text, re.M))
    return {"flagged": flagged, "seen": seen}


def check(tool: Tool, parsed: dict, manifest: dict, names: list[str], status: int) -> dict:
    listed = set(names)  # a table may lint part of a corpus
    invalid: dict = {f: vs for f, vs in manifest["invalid"].items() if f in listed}
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
    expected_status = tool.fail_status if flagged_set else 0
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
        "Blaze CLI": f"{pkg('@sourcemeta/jsonschema')} (npm @sourcemeta/jsonschema; its "
                     f"binary says {cmd_out([str(blaze_binary()), '--version'])})",
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
            a(f"| {s.label} | {len(s.samples)} | {fmt_s(w)} | {c['n'] / w:,.0f} | "
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
            a(f"| {s0.label} | " + " | ".join(cells) + " | " + " / ".join(rss) + " |")
        a("")
    write_tables(a, ctx)
    # Checks
    a("## Do the peers really validate?")
    a("")
    a("Before timing, each tool's output on each corpus is compared with the corpus manifest "
      "(`bench/corpus/n*/manifest.json`, written by `bench/make_corpus.py`). A JSON Schema peer "
      "must flag every invalid file that has a schema-level violation; botocore every file with "
      "a violation of a required member, an unknown member, a type or a minimum; automl-lint every "
      "invalid file, with the manifest's rule id. No tool may flag a valid file. The YAML "
      "twins' manifests are the JSON ones; the V2 twins' say what automl-lint must report on "
      "each migrated file (see `bench/make_corpus.py`).")
    a("")
    a("| corpus | files | tool | invalid files flagged | must flag | missed | valid files flagged "
      "| result |")
    a("|---|---:|---|---:|---:|---:|---:|---|")
    for c in ctx["checks"]:
        r = c["result"]
        if c["kind"] == "floor":
            a(f"| {c['table']} | {c['n']:,} | {c['label']} | – | – | – | – | "
              f"{'ok' if r['ok'] else 'FAIL: ' + '; '.join(r['problems'])} |")
            continue
        a(f"| {c['table']} | {r['files']:,} | {c['label']} | {r['flagged_invalid']:,} of "
          f"{r['invalid']:,} | "
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
    for t in ctx["tables"]:
        a(f"{t['title']} (each in the corpus folder named):")
        a("")
        a("```sh")
        for s in t["series"]:
            a(f"# in bench/corpus/{s.cwd.name}/")
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


def write_tables(a, ctx: dict) -> None:
    """Sections (c) to (f): the twins, the engines, the Blaze CLI."""
    for t in ctx["tables"]:
        if t["name"] == "blaze" and not ctx["engines_supported"]:
            a("## (e) Shape-check engines")
            a("")
            a(f"Not measured: this automl-lint has no `--shape-engine` option "
              f"({ctx['engines_why']}).")
            a("")
        write_table(a, t)
        if t["name"] == "blaze" and ctx.get("blaze_bench"):
            write_blaze_bench(a, ctx["blaze_bench"])


def write_table(a, t: dict) -> None:
    a(f"## {t['title']}")
    a("")
    base = t["series"][0]
    a("| command | runs | median wall s | files/s | peak RSS MiB | CPU s | wall ÷ first row's |")
    a("|---|---:|---:|---:|---:|---:|---:|")
    for s in t["series"]:
        w = s.med("wall")
        a(f"| {s.label} | {len(s.samples)} | {fmt_s(w)} | {len(s.names) / w:,.0f} | "
          f"{mib(s.med('rss_kib'))} | {fmt_s(s.med('cpu'))} | "
          f"{ratio_text(w, base.med('wall'))} |")
    a("")
    walls = {s.key: s.med("wall") for s in t["series"]}
    for text, num, den in t["ratios"]:
        if num in walls and den in walls:
            a(f"- {text}: **{ratio_text(walls[num], walls[den])}**")
    a("")
    for note in t["notes"]:
        a(note)
        a("")


def write_blaze_bench(a, b: dict) -> None:
    a(f"Blaze's own `--benchmark` (informational): the first {b['files']:,} files of the "
      f"{b['n']:,}-file corpus as one JSONL file, each instance validated {b['loop']} times "
      "(`--loop`); the time of validation alone, without reading or parsing. Median over the "
      "instances of each one's mean:")
    a("")
    a("| mode | valid instances µs | invalid instances µs |")
    a("|---|---:|---:|")
    for mode, r in b["modes"].items():
        cells = [f"{r[k][0]:.2f} ({r[k][1]:,})" if r[k][0] is not None else "–"
                 for k in ("PASS", "FAIL")]
        a(f"| {mode} | " + " | ".join(cells) + " |")
    a("")
    a("(In parentheses: how many instances.) Blaze's first instance includes a cold start; "
      "the median is not moved by it.")
    a("")


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


# ---------------------------------------------------------------------------------------------
# The tables after (a) and (b): the YAML and V2 twins, the shape-check engines, the Blaze CLI.
# Each is a dict: name, title, n, series (interleaved, as in (b)), ratios (text, numerator key,
# denominator key), notes.

READABLE = "files-readable.txt"  # the files every tool of the YAML table can read
BLAZE_LOOP = 100  # --benchmark --loop: validations of each instance


def series_on(tool: Tool, folder: Path, lst: str, key: str, label: str) -> Series:
    names = (folder / lst).read_text().split()
    direct = fits_arg_max([tool], names)
    s = Series(tool, tool.argv_corpus(names, direct, lst), key=key, label=label, cwd=folder)
    s.shown, s.names = tool.shown_corpus(direct, lst), names
    return s


def without_duplicate_keys(folder: Path, manifest: dict) -> int:
    """Write folder/READABLE: files.txt without the files that have a key written twice."""
    dup = {Path(f).stem for f, vs in manifest["invalid"].items()
           if any(v["kind"] == "duplicate-key" for v in vs)}
    names = [n for n in (folder / "files.txt").read_text().split() if Path(n).stem not in dup]
    (folder / READABLE).write_text("".join(n + "\n" for n in names))
    return len(dup)


def yaml_table(by: dict, corpus: Path, n: int) -> dict | None:
    json_dir, yaml_dir = corpus / f"n{n}", corpus / f"n{n}-yaml"
    if not (yaml_dir / "manifest.json").exists():
        return None
    manifest = json.loads((json_dir / "manifest.json").read_text())
    left_out = [without_duplicate_keys(d, manifest) for d in (json_dir, yaml_dir)][0]
    series, ratios = [], []
    for key in ("automl-lint", "automl-lint-j1", "blaze"):
        if key in by:
            for fmt, folder in (("json", json_dir), ("yaml", yaml_dir)):
                series.append(series_on(by[key], folder, READABLE, f"{key}-{fmt}",
                                        f"{by[key].label}, {fmt.upper()}"))
            ratios.append((f"{by[key].label}: YAML ÷ JSON", f"{key}-yaml", f"{key}-json"))
    ratios.append(("Blaze CLI ÷ automl-lint (default -j), both on YAML", "blaze-yaml",
                   "automl-lint-yaml"))
    return {"name": "yaml", "n": n, "series": series, "ratios": ratios,
            "title": f"(c) The same requests as YAML files ({n:,} files)",
            "notes": [f"Every tool of this table gets the {n - left_out:,} files (`{READABLE}`) "
                      f"that all of them can read: the {left_out} with a key written twice are "
                      "left out of both twins, because the Blaze CLI refuses a duplicate key in "
                      "YAML as a parse error and then stops the whole run (exit 6), "
                      "`--continue` notwithstanding."]}


def v2_table(by: dict, corpus: Path, n: int) -> dict | None:
    v1_dir, v2_dir = corpus / f"n{n}", corpus / f"n{n}-v2"
    if not (v2_dir / "manifest.json").exists():
        return None
    manifest = json.loads((v2_dir / "manifest.json").read_text())
    series, ratios = [], []
    for key in ("automl-lint", "automl-lint-j1"):
        if key in by:
            for api, folder in (("v1", v1_dir), ("v2", v2_dir)):
                series.append(series_on(by[key], folder, "files.txt", f"{key}-{api}",
                                        f"{by[key].label}, {api.upper()}"))
            ratios.append((f"{by[key].label}: V2 ÷ V1", f"{key}-v2", f"{key}-v1"))
    kept = manifest["kept_v1"]
    return {"name": "v2", "n": n, "series": series, "ratios": ratios,
            "title": f"(d) The same requests migrated to CreateAutoMLJobV2 ({n:,} files)",
            "notes": [f"`n{n}-v2/` holds each file of `n{n}/` through `automl-lint migrate`; the "
                      f"{len(kept)} that migrate refuses (channels naming different targets, "
                      "ProblemType at two places, a key written twice: all invalid) stay as they "
                      "are, V1 requests, so both "
                      f"sides hold {n:,} files. {manifest['invalid_count']:,} V2 files are "
                      f"invalid ({manifest['invalid_v1']:,} V1 ones): a V2 member at the top of "
                      "a V1 request is at its place once migrated, and V2 allows Gzip for "
                      "S3Prefix channels only (AML315), which some valid V1 requests break."]}


def engine_support(al: Path, one: Path) -> tuple[bool, str]:
    """Does the binary take `--shape-engine compiled|reference`? (It parses --version first, so
    ask it to lint a valid file.)"""
    for engine in ("compiled", "reference"):
        p = subprocess.run([str(al), "--shape-engine", engine, one.name], cwd=one.parent,
                           capture_output=True, text=True)
        if p.returncode != 0:
            why = (p.stderr or p.stdout).strip().splitlines()
            return False, f"`automl-lint --shape-engine {engine} FILE` exits {p.returncode}" + (
                f" ({why[0]})" if why else "")
    return True, ""


def engine_table(by: dict, corpus: Path, n: int) -> dict:
    folder = corpus / f"n{n}"
    series, ratios = [], []
    for key in ("automl-lint", "automl-lint-j1"):
        if key in by:
            for engine in ("compiled", "reference"):
                tool = by[key].variant(f"{key}-{engine}", f"{by[key].label}, --shape-engine "
                                       f"{engine}", ["--shape-engine", engine])
                series.append(series_on(tool, folder, "files.txt", tool.key, tool.label))
            ratios.append((f"{by[key].label}: reference ÷ compiled", f"{key}-reference",
                           f"{key}-compiled"))
    return {"name": "engines", "n": n, "series": series, "ratios": ratios,
            "title": f"(e) Shape-check engines ({n:,} V1 files)",
            "notes": ["`compiled` is the default engine, `reference` the valijson one."]}


def blaze_table(by: dict, corpus: Path, n: int) -> dict:
    folder = corpus / f"n{n}"
    exhaustive = by["blaze"].variant("blaze-exhaustive", "Blaze CLI (exhaustive: every error)",
                                     [], drop="--fast")
    series = [series_on(t, folder, "files.txt", t.key, t.label)
              for t in (by["blaze"], exhaustive, by["automl-lint"])]
    return {"name": "blaze", "n": n, "series": series,
            "ratios": [("Blaze exhaustive ÷ --fast", "blaze-exhaustive", "blaze"),
                       ("Blaze --fast ÷ automl-lint (default -j)", "blaze", "automl-lint")],
            "title": f"(f) The Blaze CLI, fast and exhaustive ({n:,} V1 files)",
            "notes": ["`--fast` compiles the schema for speed: an instance's evaluation stops "
                      "at its first error, and the messages say only that it failed. Without "
                      "it (exhaustive) Blaze reports every error, as ajv's `allErrors` and "
                      "automl-lint do."]}


def blaze_per_file(blaze: Path, folder: Path, count: int, outdir: Path) -> dict:
    """Blaze's own --benchmark (validation only: no reading, no parsing), on count files as JSONL."""
    names = (folder / "files.txt").read_text().split()[:count]
    jsonl = outdir / "blaze-benchmark.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for name in names:
            data = json.loads((folder / name).read_text(encoding="utf-8"))
            fh.write(json.dumps(data, ensure_ascii=False) + "\n")
    modes = {}
    for mode, extra in (("--fast", ["--fast"]), ("exhaustive", [])):
        argv = [str(blaze), "validate", str(SCHEMA), str(jsonl), "--benchmark", "--loop",
                str(BLAZE_LOOP), "--continue"] + extra
        out = subprocess.run(argv, capture_output=True, text=True).stdout
        per: dict = {"PASS": [], "FAIL": []}
        for m in re.finditer(r"\[\d+\]: (PASS|FAIL) ([\d.]+) \+- ", out):
            per[m.group(1)].append(float(m.group(2)))
        modes[mode] = {k: (statistics.median(v) if v else None, len(v)) for k, v in per.items()}
        modes[mode]["argv"] = argv
    return {"files": len(names), "n": int(folder.name[1:]), "loop": BLAZE_LOOP, "modes": modes}


# ---------------------------------------------------------------------------------------------
# Checks and the main flow


def check_series(series: list[Series], n: int, outdir: Path, table: str) -> list[dict]:
    """Each series' check-run output against the manifest of the corpus it ran on."""
    entries = []
    for s in series:
        manifest = json.loads((s.cwd / "manifest.json").read_text())
        parsed = parse_output(s.tool, outdir / f"{s.key}.out", outdir / f"{s.key}.err")
        res = check(s.tool, parsed, manifest, s.names, s.check_sample.status)
        entries.append({"n": n, "table": table, "label": s.label, "key": s.key,
                        "kind": s.tool.kind, "result": res})
        if not res["ok"]:
            print(f"  CHECK FAILED: {s.key} on {n} files ({table}): {res['problems']}",
                  file=sys.stderr)
    return entries


def run_table(t: dict, runs: int, outdir: Path) -> list[dict]:
    out = outdir / f"{t['name']}-n{t['n']}"
    print(f"{t['title']}: {len(t['series'])} commands x {runs} runs", file=sys.stderr)
    measure(t["series"], t["series"][0].cwd, runs, 1, out, f"{t['name']} {t['n']}")
    return check_series(t["series"], t["n"], out, TABLE_NAMES[t["name"]])


TABLE_NAMES = {"yaml": "YAML", "v2": "V2", "engines": "engines", "blaze": "Blaze"}


def sizes_arg(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x]


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--automl-lint", required=True, type=Path)
    ap.add_argument("--floor", required=True, type=Path)
    ap.add_argument("--spawn", type=Path, default=SPAWN)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--node", default=shutil.which("node") or "node")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--twin-sizes", default="1000,10000",
                    help="corpora whose YAML and V2 twins are timed (made by make_corpus.py)")
    ap.add_argument("--single-runs", type=int, default=30)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mode", default="full")
    ap.add_argument("--command", default="bench/run.sh")
    ap.add_argument("--results", type=Path, default=BENCH / "RESULTS.md")
    ap.add_argument("--raw", type=Path, default=BENCH / "out" / "results.json",
                    help="where every sample goes (JSON)")
    return ap.parse_args()


def one_request(tools: list[Tool], corpus: Path, runs: int, outdir: Path) -> dict:
    cdir = corpus / "n1"
    name = (cdir / "files.txt").read_text().split()[0]
    one = [Series(t, t.argv_single(name), cwd=cdir, names=[name]) for t in tools]
    print(f"one request: {len(one)} tools x {runs} runs", file=sys.stderr)
    measure(one, cdir, runs, 3, outdir / "n1", "1 file")
    return {"series": one, "base": one[0], "runs": runs, "warmups": 3,
            "bytes": (cdir / name).stat().st_size,
            "checks": check_series(one, 1, outdir / "n1", "V1 JSON"),
            "hyperfine": hyperfine_check(one, cdir, runs, outdir / "n1")}


def corpus_run(tools: list[Tool], corpus: Path, n: int, runs: int, outdir: Path) -> dict:
    cdir = corpus / f"n{n}"
    names = (cdir / "files.txt").read_text().split()
    (cdir / "files-ajv.txt").write_text("".join(f"-d\n{f}\n" for f in names))
    direct = fits_arg_max(tools, names)
    series = [Series(t, t.argv_corpus(names, direct), cwd=cdir, names=names,
                     shown=t.shown_corpus(direct)) for t in tools if not t.single_only]
    # automl-lint reading the list itself (--files-from): the run that never holds the list.
    listed = [Series(t, t.prefix + ["--files-from", "files.txt"], key=t.key + "-files-from",
                     label=t.label + ", `--files-from files.txt`", cwd=cdir, names=names,
                     shown=t.prefix + ["--files-from", "files.txt"])
              for t in tools if t.key == "automl-lint"]
    series[1:1] = listed
    print(f"{n} files: {len(series)} tools x {runs} runs", file=sys.stderr)
    measure(series, cdir, runs, 1, outdir / f"n{n}", f"{n} files")
    manifest = json.loads((cdir / "manifest.json").read_text())
    return {"n": n, "series": series, "base": series[0], "direct": direct,
            "bytes": manifest["bytes"], "invalid": manifest["invalid_count"],
            "checks": check_series(series, n, outdir / f"n{n}", "V1 JSON")}


def per_kind(ctx: dict, corpus: Path) -> dict:
    """Per kind of violation, on the largest corpus: files flagged by each tool."""
    n = ctx["corpora"][-1]["n"]
    manifest = json.loads((corpus / f"n{n}" / "manifest.json").read_text())
    meta = {}
    for vs in manifest["invalid"].values():
        if len(vs) == 1:
            meta[vs[0]["kind"]] = (vs[0]["level"], vs[0]["rule"])
    checks = [c for c in ctx["checks"]
              if c["n"] == n and c["table"] == "V1 JSON" and c["kind"] != "floor"]
    rows = {kind: (level, rule, ["{}/{}".format(*c["result"]["per_kind"].get(kind, [0, 0]))
                                 for c in checks])
            for kind, (level, rule) in meta.items()}
    return {"n": n, "tools": [c["key"] for c in checks], "rows": rows}


def samples_of(series: list[Series]) -> dict:
    return {s.key: {"argv": s.argv, "cwd": str(s.cwd),
                    "samples": [vars(x) for x in s.samples]} for s in series}


def main() -> int:
    global SPAWN
    args = parse_args()
    SPAWN = args.spawn.resolve()
    outdir = BENCH / "out"
    corpus = BENCH / "corpus"
    al = args.automl_lint.resolve()
    help_text = cmd_out([str(al), "--help"])
    threads = bool(re.search(r"(^|\s)-j\b|--jobs\b", help_text))
    tools = make_tools(al, args.floor.resolve(), args.python, args.node, threads)
    by = {t.key: t for t in tools}
    ctx: dict = {"command": args.command, "mode": args.mode, "runs": args.runs,
                 "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 "machine": machine(), "versions": versions(al, args.python, args.node),
                 "checks": [], "corpora": [], "tables": []}

    # Spawn overhead.
    true_samples = [spawn(["/bin/true"], BENCH, "/dev/null", "/dev/null") for _ in range(50)]
    ctx["true_ms"] = statistics.median(s.wall for s in true_samples) * 1000
    ctx["true_runs"] = len(true_samples)

    ctx["one"] = one_request(tools, corpus, args.single_runs, outdir)
    ctx["hyperfine"] = ctx["one"]["hyperfine"]
    ctx["checks"] += ctx["one"]["checks"]
    sizes = sizes_arg(args.sizes)
    for n in sizes:
        ctx["corpora"].append(corpus_run(tools, corpus, n, args.runs, outdir))
        ctx["checks"] += ctx["corpora"][-1]["checks"]
    if ctx["corpora"]:
        ctx["per_kind"] = per_kind(ctx, corpus)

    twins = [n for n in sizes_arg(args.twin_sizes) if n in sizes]
    tables = [t for make in (yaml_table, v2_table) for n in twins if (t := make(by, corpus, n))]
    big = 10000 if 10000 in sizes else max(sizes, default=0)
    ctx["engines_supported"], ctx["engines_why"] = engine_support(al, corpus / "n1" / "r000000.json")
    if big and ctx["engines_supported"]:
        tables.append(engine_table(by, corpus, big))
    if big:
        tables.append(blaze_table(by, corpus, big))
        ctx["blaze_bench"] = blaze_per_file(blaze_binary(), corpus / f"n{big}", 1000, outdir)
    for t in tables:
        ctx["checks"] += run_table(t, args.runs, outdir)
    ctx["tables"] = tables

    ctx["targets"] = targets(ctx)
    ctx["loadavg_end"] = Path("/proc/loadavg").read_text().split()[:3]
    raw = {
        "date": ctx["date"], "machine": ctx["machine"], "versions": ctx["versions"],
        "true_ms": ctx["true_ms"], "one": samples_of(ctx["one"]["series"]),
        "corpora": {c["n"]: samples_of(c["series"]) for c in ctx["corpora"]},
        "tables": {f"{t['name']}-n{t['n']}": samples_of(t["series"]) for t in tables},
        "blaze_benchmark": ctx.get("blaze_bench"),
        "checks": ctx["checks"], "hyperfine": ctx["hyperfine"],
    }
    args.raw.write_text(json.dumps(raw, indent=1, default=str))
    write_report(args.results, ctx)
    print(f"wrote {args.results}", file=sys.stderr)
    if not all(c["result"]["ok"] for c in ctx["checks"]):
        print("SOME CHECKS FAILED: see the check table in RESULTS.md", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------------------------
# Targets (the speed issue's): (target, measured, met?)


def med_of(series: list[Series], key: str) -> float | None:
    return next((s.med("wall") for s in series if s.key == key and s.samples), None)


def table_of(ctx: dict, name: str, n: int = 10000) -> dict | None:
    return next((t for t in ctx["tables"] if t["name"] == name and t["n"] == n), None)


def met(ok: bool) -> str:
    return "yes" if ok else "no"


def missing(target: str, why: str) -> tuple[str, str, str]:
    return (target, f"not measured ({why})", "–")


def targets_v1(ctx: dict) -> list[tuple[str, str, str]]:
    c10 = next((c for c in ctx["corpora"] if c["n"] == 10000), None)
    names = ["10,000 V1 files: ≥ 4× faster than the ajv script",
             "10,000 V1 files: ≥ 4× faster than the Blaze CLI",
             "10,000 V1 files: ≤ 1.2× the single-thread floor (default -j)",
             "10,000 V1 files: ≤ 2× the single-thread floor (-j 1)"]
    if not c10:
        return [missing(t, "no corpus of 10,000 files") for t in names]
    al, ajv, blaze, floor, j1 = (med_of(c10["series"], k) for k in
                                 ("automl-lint", "ajv-script", "blaze", "floor", "automl-lint-j1"))
    rows = [(names[0], f"ajv script ÷ automl-lint = {ajv / al:.2f}× ({fmt_s(ajv)} s vs "
                       f"{fmt_s(al)} s)", met(ajv / al >= 4)),
            (names[1], f"Blaze CLI ÷ automl-lint = {blaze / al:.2f}× ({fmt_s(blaze)} s)",
             met(blaze / al >= 4)),
            (names[2], f"automl-lint ÷ floor = {al / floor:.2f}× (floor {fmt_s(floor)} s)",
             met(al / floor <= 1.2))]
    rows.append((names[3], f"automl-lint -j 1 ÷ floor = {j1 / floor:.2f}× ({fmt_s(j1)} s)",
                 met(j1 / floor <= 2)) if j1 else missing(names[3], "no -j option"))
    return rows


def twin_ratio(table: dict, twin: str, original: str) -> tuple[dict, float, str]:
    """A twin table's medians by key, automl-lint's twin ÷ original ratio (default -j), and the
    -j 1 ratio as a note."""
    m = {s.key: s.med("wall") for s in table["series"]}
    j1 = (f"; -j 1: {m[f'automl-lint-j1-{twin}'] / m[f'automl-lint-j1-{original}']:.2f}×"
          if f"automl-lint-j1-{twin}" in m else "")
    return m, m[f"automl-lint-{twin}"] / m[f"automl-lint-{original}"], j1


def targets_yaml_v2(ctx: dict) -> list[tuple[str, str, str]]:
    rows = []
    names = ["10,000 files as YAML: ≤ 1.5× the JSON time",
             "10,000 files as YAML: ≥ 3× faster than the Blaze CLI on the same YAML",
             "10,000 files migrated to V2: ≤ 1.2× the V1 time"]
    y = table_of(ctx, "yaml")
    if y:
        m, r, j1 = twin_ratio(y, "yaml", "json")
        rows.append((names[0], f"YAML ÷ JSON = {r:.2f}× (default -j{j1})", met(r <= 1.5)))
        r = m["blaze-yaml"] / m["automl-lint-yaml"]
        rows.append((names[1], f"Blaze CLI ÷ automl-lint = {r:.2f}×", met(r >= 3)))
    else:
        rows += [missing(t, "no YAML twin of 10,000 files") for t in names[:2]]
    v = table_of(ctx, "v2")
    if v:
        _, r, j1 = twin_ratio(v, "v2", "v1")
        rows.append((names[2], f"V2 ÷ V1 = {r:.2f}× (default -j{j1})", met(r <= 1.2)))
    else:
        rows.append(missing(names[2], "no V2 twin of 10,000 files"))
    return rows


def targets_memory_one(ctx: dict) -> list[tuple[str, str, str]]:
    rows = []
    name = "100,000 files named as arguments: peak RSS ≤ 2× that of 1,000 files"
    by_n = {c["n"]: c["base"].med("rss_kib") / 1024 for c in ctx["corpora"]}
    if 1000 in by_n and 100000 in by_n:
        r = by_n[100000] / by_n[1000]
        rows.append((name, f"{by_n[1000]:.1f} → {by_n[100000]:.1f} MiB ({r:.2f}×)", met(r <= 2)))
    elif 1000 in by_n and len(by_n) > 1:
        top = max(by_n)
        rows.append((name, f"not measured at 100,000 ({ctx['mode']} mode); {by_n[1000]:.1f} → "
                     f"{by_n[top]:.1f} MiB from 1,000 to {top:,} files "
                     f"({by_n[top] / by_n[1000]:.2f}×)", "–"))
    else:
        rows.append(missing(name, "no corpora of 1,000 and 100,000 files"))
    listed = {c["n"]: s.med("rss_kib") / 1024 for c in ctx["corpora"] for s in c["series"]
              if s.key == "automl-lint-files-from"}
    name = "100,000 files, the list read with --files-from: peak RSS ≤ 2× that of 1,000 files"
    if 1000 in listed and 100000 in listed:
        r = listed[100000] / listed[1000]
        rows.append((name, f"{listed[1000]:.1f} → {listed[100000]:.1f} MiB ({r:.2f}×)",
                     met(r <= 2)))
    one = ctx["one"]
    w = one["base"].med("wall")
    floor = med_of(one["series"], "floor")
    rows.append(("one file, whole process: ≤ about 3 ms wall",
                 f"{w * 1000:.1f} ms; the floor program {floor * 1000:.1f} ms, `/bin/true` "
                 f"{ctx['true_ms']:.1f} ms on this machine", met(w <= 0.003)))
    return rows


def targets(ctx: dict) -> list[tuple[str, str, str]]:
    return targets_v1(ctx) + targets_yaml_v2(ctx) + targets_memory_one(ctx)


if __name__ == "__main__":
    sys.exit(main())
