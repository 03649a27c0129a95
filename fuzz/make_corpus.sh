#!/usr/bin/env bash
# Seeds the libFuzzer corpora: build-fuzz/corpus/<harness>/ (or CORPUS_DIR/<harness>/, by
# default BUILD_DIR/corpus/<harness>/).
#
#   fuzz/make_corpus.sh [BUILD_DIR [CORPUS_DIR]]
#
# fuzz_lint_bytes gets every tests/fixtures/**/*.json and examples/**/*.json as they are.
# fuzz_lint_request gets the same files (as raw inputs they still decode to some edits) plus
# inputs in its own layout (see fuzz_lint_request.cpp): for each member of a fixture at a pointer
# of the harness's table, "replace that member of a base request with the fixture's value"; and
# for each pointer, one erase, duplicate, rename and wrap edit. Seeds are named by their SHA-1,
# as libFuzzer names corpus files, so running this again adds nothing twice. Files the fuzzer
# added to the corpora are kept. fuzz_data_readers gets the Parquet files of tests/data/parquet/
# and small CSV, gzip, manifest and feature-specification inputs, each behind its selector byte
# (see fuzz_data_readers.cpp).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-fuzz}"
corpus="${2:-$build/corpus}"
mkdir -p "$corpus/fuzz_lint_bytes" "$corpus/fuzz_lint_request" "$corpus/fuzz_data_readers"

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

added = {"fuzz_lint_bytes": 0, "fuzz_lint_request": 0}
for f in files:
    data = f.read_bytes()
    for harness in added:
        added[harness] += save(harness, data)

# The request harness's pointer table, read from its source so that there is one list.
source = (root / "fuzz/fuzz_lint_request.cpp").read_text()
table = source.split("// POINTERS-BEGIN")[1].split("// POINTERS-END")[0]
pointers = re.findall(r'^\s*"([^"]*)",', table, re.M)
BASES, REPLACE, ERASE, DUPLICATE, RENAME, WRAP = 4, 0, 2, 3, 4, 5

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

def edit(flags, pointer_index, operation, payload):
    # [flags][one edit][pointer][operation][length] payload (the last edit takes the rest).
    return bytes([flags, 0, pointer_index, operation, min(len(payload), 255)]) + payload

for f in files:
    try:
        document = json.loads(f.read_bytes())
    except ValueError:
        continue
    for index, pointer in enumerate(pointers):
        if not pointer:
            continue
        try:
            value = resolve(document, pointer)
        except KeyError:
            continue
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        # Base and layout vary with the pointer, so all four bases get seeds.
        flags = (index % BASES) | (4 if index % 3 == 0 else 0)
        added["fuzz_lint_request"] += save("fuzz_lint_request", edit(flags, index, REPLACE, payload))

for index, pointer in enumerate(pointers):
    for operation, payload in ((ERASE, b""), (DUPLICATE, b""), (RENAME, b"x"), (WRAP, b"")):
        flags = index % BASES
        added["fuzz_lint_request"] += save("fuzz_lint_request", edit(flags, index, operation, payload))

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
