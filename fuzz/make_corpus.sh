#!/usr/bin/env bash
# Seeds the libFuzzer corpora: build-fuzz/corpus/<harness>/ (or CORPUS_DIR/<harness>/, by
# default BUILD_DIR/corpus/<harness>/).
#
#   fuzz/make_corpus.sh [BUILD_DIR [CORPUS_DIR]]
#
# fuzz_lint_bytes and fuzz_shape_engines get every tests/fixtures/**/*.json and examples/**/*.json
# as they are.
# fuzz_lint_request gets the same files (as raw inputs they still decode to some edits) plus
# inputs in its own layout (see fuzz_lint_request.cpp): for each member of a fixture at a pointer
# of the harness's table, "replace that member of a base request with the fixture's value", on a
# base of the fixture's problem type (V1, or the V2 problem type), preferably one where the
# member's parent exists; for each pointer and each base that has the member, one erase,
# duplicate, rename and wrap edit (for a pointer no base has, on one base); and each base
# unedited in four layouts. Seeds are named by their SHA-1, as libFuzzer names corpus files, so
# running this again adds nothing twice. Files the fuzzer added to the corpora are kept.
# fuzz_data_readers gets the Parquet files of tests/data/parquet/ and small CSV, gzip, manifest
# and feature-specification inputs, each behind its selector byte (see fuzz_data_readers.cpp).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-fuzz}"
corpus="${2:-$build/corpus}"
mkdir -p "$corpus/fuzz_lint_bytes" "$corpus/fuzz_lint_request" "$corpus/fuzz_data_readers" \
  "$corpus/fuzz_shape_engines"

python3 - "$root" "$corpus" <<'PY'
import hashlib, json, pathlib, re, sys

root, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = sorted(p for d in ("tests/fixtures", "examples") for p in (root / d).rglob("*.json"))

def save(harness, data):
    path = corpus / harness / hashlib.sha1(data).hexdigest()
    if not path.exists():
        path.write_bytes(data)
        return 1
    return 0

added = {"fuzz_lint_bytes": 0, "fuzz_lint_request": 0, "fuzz_shape_engines": 0}
for f in files:
    data = f.read_bytes()
    for harness in added:
        added[harness] += save(harness, data)

# The shape engines also get the YAML fixtures.
for f in sorted(p for d in ("tests/fixtures", "examples") for p in (root / d).rglob("*.yaml")):
    added["fuzz_shape_engines"] += save("fuzz_shape_engines", f.read_bytes())

# The request harness's base requests and pointer table, read from its source so that there is
# one list of each.
source = (root / "fuzz/fuzz_lint_request.cpp").read_text()
table = source.split("// POINTERS-BEGIN")[1].split("// POINTERS-END")[0]
pointers = re.findall(r'^\s*"([^"]*)",', table, re.M)
base_texts = source.split("// BASES-BEGIN")[1].split("// BASES-END")[0]
bases = [json.loads(text) for text in re.findall(r'R"json\((.*?)\)json"', base_texts, re.S)]
assert 0 < len(bases) <= 16 and 0 < len(pointers) <= 256, (len(bases), len(pointers))
# Byte 0: bits 0-3 the base (mod the number of bases), then the layout flags.
BASES, PRETTY, BOM, CRLF = len(bases), 16, 32, 64
REPLACE, ERASE, DUPLICATE, RENAME, WRAP = 0, 2, 3, 4, 5

def resolve(document, pointer):
    node = document
    for token in pointer.split("/")[1:]:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node

def has(document, pointer):
    try:
        resolve(document, pointer)
        return True
    except KeyError:
        return False

def is_v2(document):
    # As the linter's top-level vote (docs/design/v2.md), roughly: a V2-only key and no
    # InputDataConfig.
    v2_keys = ("AutoMLJobInputDataConfig", "AutoMLProblemTypeConfig", "DataSplitConfig",
               "SecurityConfig", "AutoMLComputeConfig")
    return any(k in document for k in v2_keys) and "InputDataConfig" not in document

def parent(pointer):
    return pointer[: pointer.rfind("/")]

def kind(document):
    # "v1", or the V2 problem type (the member of AutoMLProblemTypeConfig), or "v2".
    if not is_v2(document):
        return "v1"
    union = document.get("AutoMLProblemTypeConfig")
    return next(iter(union), "v2") if isinstance(union, dict) and len(union) == 1 else "v2"

def edit(flags, pointer_index, operation, payload):
    # [flags][one edit][pointer][operation][length] payload (the last edit takes the rest).
    return bytes([flags, 0, pointer_index, operation, min(len(payload), 255)]) + payload

for f in files:
    try:
        document = json.loads(f.read_bytes())
    except ValueError:
        continue
    if not isinstance(document, dict):
        continue
    v2, problem = is_v2(document), kind(document)
    for index, pointer in enumerate(pointers):
        if not pointer:
            continue
        try:
            value = resolve(document, pointer)
        except KeyError:
            continue
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        # A base of the fixture's problem type that has the member's parent, else one of its
        # problem type, else one of its API that has the parent, else any; which one varies with
        # the pointer. The layout varies with the pointer too.
        same_kind = [b for b, base in enumerate(bases) if kind(base) == problem]
        same_api = [b for b, base in enumerate(bases) if is_v2(base) == v2]
        fitting = ([b for b in same_kind if has(bases[b], parent(pointer))] or same_kind or
                   [b for b in same_api if has(bases[b], parent(pointer))] or range(BASES))
        base = fitting[index % len(fitting)]
        flags = base | (PRETTY if index % 3 == 0 else 0)
        added["fuzz_lint_request"] += save("fuzz_lint_request", edit(flags, index, REPLACE, payload))

for index, pointer in enumerate(pointers):
    having = [b for b, base in enumerate(bases) if has(base, pointer)] or [index % BASES]
    for base in having:
        for operation, payload in ((ERASE, b""), (DUPLICATE, b""), (RENAME, b"x"), (WRAP, b"")):
            added["fuzz_lint_request"] += save("fuzz_lint_request",
                                               edit(base, index, operation, payload))

# Each base with each layout, unedited (a rename of a member the base lacks changes nothing).
absent = next(i for i, p in enumerate(pointers) if p and not any(has(b, p) for b in bases))
for base in range(BASES):
    for layout in (0, PRETTY, PRETTY | BOM | CRLF, BOM):
        added["fuzz_lint_request"] += save("fuzz_lint_request",
                                           edit(base | layout, absent, RENAME, b"x"))

# The data readers: [selector][content]; CSV content starts with a chunk-size byte.
import gzip as gz
added["fuzz_data_readers"] = 0
csv_seeds = [b"a,w,y\n1,2,3\n", b'a,w\r\n"x\r\ny",-1\r\n\r\n', b'w\n""\n"1e5"\nnan\n',
             b'h,"q""x",w\n' + b'1,"a,b\nc",0.5\n' * 40]
for data in csv_seeds:
    for selector in (1, 2):
        added["fuzz_data_readers"] += save("fuzz_data_readers", bytes([selector, 7]) + data)
    added["fuzz_data_readers"] += save("fuzz_data_readers", b"\x03" + gz.compress(data, mtime=0))
for path in sorted((root / "tests/data/parquet").glob("*.parquet")):
    added["fuzz_data_readers"] += save("fuzz_data_readers", b"\x00" + path.read_bytes())
for text in ('[{"prefix": "s3://b/p/"}, "a.csv", "b/c.csv"]', '[{"prefix": 1}, "a"]'):
    added["fuzz_data_readers"] += save("fuzz_data_readers", b"\x04" + text.encode())
for text in ('{"FeatureAttributeNames": ["a"], "FeatureDataTypes": {"a": "numeric"}}', '{"x": []}'):
    added["fuzz_data_readers"] += save("fuzz_data_readers", b"\x05" + text.encode())

for harness, count in added.items():
    total = sum(1 for _ in (corpus / harness).iterdir())
    print(f"make_corpus: {harness}: {count} new seeds, {total} files in {corpus / harness}")
PY
