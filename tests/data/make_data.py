#!/usr/bin/env python3
"""Writes the data root the data-rule fixtures point at: DIR/<bucket>/<key>, as `aws s3 sync`
leaves it. Deterministic; the build runs it (tests/meson.build), so no data file is committed
except the Parquet files, which come from tools/parquet-fixtures (npm) and are copied here.

Large objects (the 100 GB and 2 GB limits) are sparse files: a Parquet footer at the end of a
hole, so they take no disk space and only their footers are ever read.

Usage: make_data.py OUT_DIR [--parquet DIR] [--stamp FILE]
"""
import argparse
import gzip
import io
import json
import os
import shutil
import sys

BUCKET = "fixtures"
HEADER = ["age", "income", "city", "label", "weight"]
CITIES = ["Lisbon", "Oslo", "Quito", "Osaka", "Lagos"]


def record(i, weight=None):
    """One data record as a list of fields; deterministic in i."""
    age = 18 + (i * 7) % 60
    income = f"{(i * 3137) % 90000 + 10000}.{i % 100:02d}"
    label = "yes" if (i * 11) % 3 == 0 else "no"
    return [str(age), income, CITIES[i % len(CITIES)], label, weight if weight is not None else "1"]


def csv_text(records, header=HEADER, newline="\n"):
    lines = [",".join(header)] + [",".join(r) for r in records]
    return newline.join(lines) + newline


def rows(count, start=0):
    return [record(i) for i in range(start, start + count)]


def write(root, key, content):
    path = os.path.join(root, BUCKET, key)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"newline": ""})) as f:
        f.write(content)
    return path


def gzip_bytes(text):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
        f.write(text.encode())
    return buffer.getvalue()


def multiline_records(count):
    """Records whose `city` is quoted and holds a line break: two physical lines each."""
    out = []
    for i in range(count):
        r = record(i)
        r[2] = f'"{r[2]}\nnorth ""{i}"""'
        out.append(r)
    return out


def write_row_counts(root):
    write(root, "rows/500.csv", csv_text(rows(500)))
    write(root, "rows/499.csv", csv_text(rows(499)))
    write(root, "rows/crlf-500.csv", csv_text(rows(500), newline="\r\n"))
    write(root, "rows/crlf-499.csv", csv_text(rows(499), newline="\r\n"))
    write(root, "rows/multiline-450.csv", csv_text(multiline_records(450)))
    write(root, "rows/multiline-500.csv", csv_text(multiline_records(500)))
    # Blank lines are not rows: 499 records and 10 blank lines (wc -l says 510).
    write(root, "rows/blank-lines-499.csv", csv_text(rows(499)) + "\n" * 10)
    write(root, "split-500/part-1.csv", csv_text(rows(250)))
    write(root, "split-500/part-2.csv", csv_text(rows(250, 250)))
    write(root, "split-499/part-1.csv", csv_text(rows(250)))
    write(root, "split-499/part-2.csv", csv_text(rows(249, 250)))
    # AUTO cannot read the size past 1000 objects: 1000 and 1001 small files.
    for count in (1000, 1001):
        for i in range(count):
            write(root, f"objects-{count}/part-{i:04d}.csv", csv_text(rows(1, i)))


def write_compression(root):
    write(root, "gzip/train.csv.gz", gzip_bytes(csv_text(rows(500))))
    # An S3Prefix naming train.csv also matches train.csv.gz.
    write(root, "shared-prefix/train.csv", csv_text(rows(500)))
    write(root, "shared-prefix/train.csv.gz", gzip_bytes(csv_text(rows(500))))
    write(root, "gzip-499/train.csv.gz", gzip_bytes(csv_text(rows(499))))
    truncated = gzip_bytes(csv_text(rows(500)))
    write(root, "corrupt-gzip/train.csv.gz", truncated[: len(truncated) // 2])
    write(root, "unterminated/train.csv", csv_text(rows(500)) + '30,1.0,"Lisbon,yes,1\n')
    write(root, "binary/train.csv", b"age,label\n" + bytes(range(256)) * 4)


def write_manifests(root):
    write(root, "manifest/data/part-1.csv", csv_text(rows(250)))
    write(root, "manifest/data/part-2.csv", csv_text(rows(250, 250)))
    write(root, "manifest/train.manifest",
          json.dumps([{"prefix": f"s3://{BUCKET}/manifest/data/"}, "part-1.csv", "part-2.csv"]))
    write(root, "manifest/escape.manifest",
          json.dumps([{"prefix": f"s3://{BUCKET}/manifest/data/"}, "part-1.csv",
                      "../../../../etc/passwd"]))
    write(root, "manifest/missing-entry.manifest",
          json.dumps([{"prefix": f"s3://{BUCKET}/manifest/data/"}, "part-1.csv", "part-3.csv"]))
    write(root, "manifest/no-prefix.manifest",
          json.dumps([f"s3://{BUCKET}/manifest/data/part-1.csv"]))
    write(root, "manifest/repeated.manifest",
          json.dumps([{"prefix": f"s3://{BUCKET}/manifest/data/"}, "part-1.csv", "part-1.csv"]))
    # A symlink out of the root, which must be reported and never opened.
    link = os.path.join(root, BUCKET, "symlink-out", "train.csv")
    os.makedirs(os.path.dirname(link), exist_ok=True)
    os.symlink("/etc/passwd", link)


def write_headers(root):
    write(root, "headers/train.csv", csv_text(rows(500)))
    write(root, "headers/valid-same.csv", csv_text(rows(100, 500)))
    extra = [r + ["north"] for r in rows(100, 500)]
    write(root, "headers/valid-extra-column.csv", csv_text(extra, HEADER + ["region"]))
    renamed = ["age", "income", "town", "label", "weight"]
    write(root, "headers/valid-renamed-column.csv", csv_text(rows(100, 500), renamed))
    order = [1, 0, 2, 3, 4]
    reordered = [[r[i] for i in order] for r in rows(100, 500)]
    write(root, "headers/valid-reordered.csv", csv_text(reordered, [HEADER[i] for i in order]))
    write(root, "mixed-headers/part-1.csv", csv_text(rows(250)))
    write(root, "mixed-headers/part-2.csv", csv_text(rows(250, 250), renamed))
    write(root, "header-repeated/train.csv",
          csv_text(rows(500), ["age", "income", "age", "label", "weight"]))
    write(root, "header-blank/train.csv", csv_text(rows(500), ["age", "income", "", "label", "weight"]))
    # A header over the scanner's 1 MiB: 150,000 columns (1.2 MB), the target last.
    wide = [f"f{i:06d}" for i in range(150000)] + ["label"]
    write(root, "wide-header/train.csv", ",".join(wide) + "\n" + ",".join(["0"] * 150001) + "\n")
    write(root, "empty-object/train.csv", "")
    write(root, "empty-object/train-2.csv", csv_text(rows(500)))


def write_weights(root):
    good = [record(i, weight=str((i % 5) * 0.5)) for i in range(600)]
    write(root, "weights/ok.csv", csv_text(good))
    bad = [record(i) for i in range(600)]
    for i, value in [(3, "-1"), (40, "-0.5"), (77, "-2e3"), (120, ""), (300, "n/a")]:
        bad[i][4] = value
    bad[500] = bad[500][:4]  # A short record: no weight field at all.
    write(root, "weights/bad-6-of-600.csv", csv_text(bad))
    under = [record(i, weight="-1" if i % 25 == 0 else "2") for i in range(510)]
    write(root, "weights/bad-leaves-489.csv", csv_text(under))


def write_feature_specs(root):
    specs = {
        "ok.json": {"FeatureAttributeNames": ["age", "income", "city"],
                    "FeatureDataTypes": {"age": "numeric", "city": "categorical"}},
        "types-only.json": {"FeatureDataTypes": {"age": "numeric", "income": "numeric"}},
        "sequence.json": {"FeatureDataTypes": {"age": "numeric", "city": "sequence"}},
        "bad-shape.json": {"featureAttributeNames": ["age"], "FeatureDataTypes": ["age"]},
        "not-an-object.json": ["age", "income"],
        "repeated.json": {"FeatureAttributeNames": ["age", "income", "age"]},
        "unknown-column.json": {"FeatureAttributeNames": ["Age", "income", "zip"]},
        "types-not-listed.json": {"FeatureAttributeNames": ["age"],
                                  "FeatureDataTypes": {"age": "numeric", "city": "categorical"}},
        "with-target.json": {"FeatureAttributeNames": ["age", "label"]},
        "with-weight.json": {"FeatureDataTypes": {"age": "numeric", "weight": "numeric"}},
        "unknown-type.json": {"FeatureDataTypes": {"age": "Numeric", "city": "category"}},
    }
    for name, spec in specs.items():
        write(root, f"featspec/{name}", json.dumps(spec, indent=1))
    write(root, "featspec/not-json.json", '{"FeatureAttributeNames": ["age",]}')
    write(root, "featspec/data/train.csv", csv_text(rows(600)))


def parquet_footer_tail(path):
    """The footer, its length and the closing magic: the last bytes of a Parquet file."""
    with open(path, "rb") as f:
        data = f.read()
    length = int.from_bytes(data[-8:-4], "little")
    return data[-(length + 8):]


def write_sparse_parquet(root, key, size, tail):
    path = write(root, key, b"PAR1")
    with open(path, "r+b") as f:
        f.seek(size - len(tail))
        f.write(tail)


def copy(root, source, key):
    path = os.path.join(root, BUCKET, key)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    shutil.copyfile(source, path)


def write_parquet(root, parquet_dir):
    if not parquet_dir:
        return
    for name in sorted(os.listdir(parquet_dir)):
        if name.endswith(".parquet"):
            copy(root, os.path.join(parquet_dir, name), f"parquet/{name}")
    for part in ["train-250-part1.parquet", "train-250-part2.parquet"]:
        copy(root, os.path.join(parquet_dir, part), f"parquet-split/{part}")
    tail = parquet_footer_tail(os.path.join(parquet_dir, "train-500-snappy.parquet"))
    gb = 1000 ** 3
    # 2.1 GB: one Parquet file over the 2 GB limit, and a validation set over 2 GB.
    write_sparse_parquet(root, "big/parquet-2.1gb/train.parquet", 2100 * 1000 ** 2, tail)
    write_sparse_parquet(root, "big/parquet-2.0gb/train.parquet", 2 * gb, tail)
    # 51 files of 1.99 GB: 101.5 GB of training data, each file within the Parquet limit.
    for i in range(51):
        write_sparse_parquet(root, f"big/train-101gb/part-{i:02d}.parquet", 1990 * 1000 ** 2, tail)
    for i in range(50):
        write_sparse_parquet(root, f"big/train-99gb/part-{i:02d}.parquet", 1980 * 1000 ** 2, tail)
    # 50 files of exactly 2 GB: exactly 100 GB of training data.
    for i in range(50):
        write_sparse_parquet(root, f"big/train-100gb/part-{i:02d}.parquet", 2 * gb, tail)
    # AUTO's 100 MB threshold, on both sides.
    write_sparse_parquet(root, "big/exactly-100mb/train.parquet", 100 * 1000 ** 2, tail)
    write_sparse_parquet(root, "big/under-100mb/train.parquet", 100 * 1000 ** 2 - 1, tail)
    # 150 MB of CSV-free data: AUTO resolves to HYPERPARAMETER_TUNING.
    write_sparse_parquet(root, "big/parquet-150mb/train.parquet", 150 * 1000 ** 2, tail)


# ---------------------------------------------------------------------------------------------
# CreateAutoMLJobV2 data: time series, text generation, text classification, images.

TS_HEADER = ["item_id", "timestamp", "demand", "price", "store", "promo"]
TS_STORES = ["north", "south"]


def ts_record(i, demand=None):
    """One daily observation of item i % 5; the target (demand) is numeric."""
    day = i // 5
    ts = f"2024-{1 + day // 28:02d}-{1 + day % 28:02d} 00:00:00"
    value = demand if demand is not None else f"{(i * 37) % 200 + 0.5}"
    return [f"item_{i % 5}", ts, value, f"{(i * 13) % 50 + 1}.99", TS_STORES[i % 2], str(i % 2)]


def ts_rows(count, start=0):
    return [ts_record(i) for i in range(start, start + count)]


def thrift_varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def thrift_zigzag(value):
    return thrift_varint((value << 1) ^ (value >> 63))


def thrift_binary(text):
    data = text.encode()
    return thrift_varint(len(data)) + data


def thrift_list_header(size, element_type):
    if size < 15:
        return bytes([(size << 4) | element_type])
    return bytes([0xF0 | element_type]) + thrift_varint(size)


def parquet_footer_only(columns, num_rows):
    """A Parquet file that is only a footer (Thrift Compact FileMetaData): a schema of `columns`
    (BYTE_ARRAY, optional), `num_rows` and no row group. Not readable data, but all the linter
    ever reads of a Parquet file; it lets a fixture claim 3 billion rows in a few hundred bytes."""
    I32, I64, BINARY, LIST, STRUCT = 5, 6, 8, 9, 12
    def field(delta, kind):
        return bytes([(delta << 4) | kind])
    root = field(4, BINARY) + thrift_binary("schema") + field(1, I32) + thrift_zigzag(len(columns)) + b"\0"
    leaves = []
    for name in columns:
        # 1 type = BYTE_ARRAY (6), 3 repetition_type = OPTIONAL (1), 4 name.
        leaves.append(field(1, I32) + thrift_zigzag(6) + field(2, I32) + thrift_zigzag(1)
                      + field(1, BINARY) + thrift_binary(name) + b"\0")
    meta = (field(1, I32) + thrift_zigzag(1)
            + field(1, LIST) + thrift_list_header(1 + len(columns), STRUCT) + root + b"".join(leaves)
            + field(1, I64) + thrift_zigzag(num_rows)
            + field(1, LIST) + thrift_list_header(0, STRUCT)
            + field(2, BINARY) + thrift_binary("automl-lint make_data.py (footer only)")
            + b"\0")
    return b"PAR1" + meta + len(meta).to_bytes(4, "little") + b"PAR1"


def write_time_series(root):
    write(root, "v2/ts/ok/train.csv", csv_text(ts_rows(600) + [ts_record(i, "") for i in range(600, 610)], TS_HEADER))
    write(root, "v2/ts/split-lacks-store/part-1.csv", csv_text(ts_rows(300), TS_HEADER))
    without_store = [r[:4] + r[5:] for r in ts_rows(300, 300)]
    no_store_header = TS_HEADER[:4] + TS_HEADER[5:]
    write(root, "v2/ts/split-lacks-store/part-2.csv", csv_text(without_store, no_store_header))
    write(root, "v2/ts/split-lacks-store/part-3.csv", csv_text(without_store, no_store_header))
    text = ts_rows(600)
    # '"1,5"': a quoted comma is one field, and not a number; the empty value is allowed.
    for i, value in [(17, "12 units"), (40, "?"), (41, ""), (300, '"1,5"')]:
        text[i][2] = value
    write(root, "v2/ts/target-text/train.csv", csv_text(text, TS_HEADER))
    markers = ts_rows(600)
    for i, value in [(5, "NaN"), (6, "NA"), (9, ""), (200, "null")]:
        markers[i][2] = value
    write(root, "v2/ts/target-na-markers/train.csv", csv_text(markers, TS_HEADER))
    write(root, "v2/ts/parquet/train.parquet", parquet_footer_only(TS_HEADER, 600))
    write(root, "v2/ts/parquet-lacks-timestamp/train.parquet",
          parquet_footer_only(["item_id", "ts", "demand"], 600))
    # The 3 billion row limit, on both sides (footer-only Parquet files).
    write(root, "v2/ts/rows-3000000000/train.parquet", parquet_footer_only(TS_HEADER, 3_000_000_000))
    write(root, "v2/ts/rows-3000000001/part-1.parquet", parquet_footer_only(TS_HEADER, 1_500_000_000))
    write(root, "v2/ts/rows-3000000001/part-2.parquet", parquet_footer_only(TS_HEADER, 1_500_000_001))
    # The 30 GB limit: 15 sparse files of 2 GB, and the same plus one small file.
    tail = parquet_footer_only(TS_HEADER, 1000)[4:]
    for prefix, extra in [("v2/ts/size-30gb", False), ("v2/ts/size-30gb-plus", True)]:
        for i in range(15):
            write_sparse_parquet(root, f"{prefix}/part-{i:02d}.parquet", 2 * 1000 ** 3, tail)
        if extra:
            write(root, f"{prefix}/part-15.parquet", parquet_footer_only(TS_HEADER, 10))
    specs = {
        "ok.json": {"FeatureAttributeNames": ["price", "promo"],
                    "FeatureDataTypes": {"price": "numeric", "promo": "categorical"}},
        "types-sequence.json": {"FeatureDataTypes": {"price": "sequence", "promo": "Categorical"}},
        "lists-config-columns.json": {"FeatureAttributeNames": ["price", "demand", "store"],
                                      "FeatureDataTypes": {"timestamp": "datetime"}},
        "13-numeric-10-categorical.json": {"FeatureDataTypes": {
            **{f"n{i:02d}": "numeric" for i in range(13)},
            **{f"c{i:02d}": "categorical" for i in range(10)},
            "notes": "text", "demand": "numeric", "store": "categorical"}},
        "14-numeric.json": {"FeatureDataTypes": {f"n{i:02d}": "numeric" for i in range(14)}},
        "11-categorical.json": {"FeatureDataTypes": {f"c{i:02d}": "categorical" for i in range(11)}},
    }
    for name, spec in specs.items():
        write(root, f"v2/ts/featspec/{name}", json.dumps(spec, indent=1))


def tg_rows(count, multiline=False):
    out = []
    for i in range(count):
        prompt = f"How do I reset the password of account {i}?"
        answer = f"Open Settings, choose Security and select Reset for account {i}."
        if multiline:
            answer = f'"Step 1: open Settings.\nStep 2: choose Security, then ""Reset"" ({i})."'
        out.append([prompt, answer if multiline else f'"{answer}"'])
    return out


def write_text_generation(root):
    for count in (999, 1000, 1001, 7000, 7001, 10000, 10001):
        write(root, f"v2/tg/rows-{count}/train.csv", csv_text(tg_rows(count), ["input", "output"]))
    write(root, "v2/tg/rows-1000-multiline/train.csv",
          csv_text(tg_rows(1000, multiline=True), ["input", "output"]))
    for train, validation in [(600, 400), (600, 401), (599, 400)]:
        write(root, f"v2/tg/split-{train}-{validation}/train/data.csv",
              csv_text(tg_rows(train), ["input", "output"]))
        write(root, f"v2/tg/split-{train}-{validation}/validation/data.csv",
              csv_text(tg_rows(validation), ["input", "output"]))
    rows = tg_rows(1000)
    write(root, "v2/tg/columns-reordered/train.csv", csv_text([[b, a] for a, b in rows], ["output", "input"]))
    write(root, "v2/tg/columns-prompt-completion/train.csv", csv_text(rows, ["prompt", "completion"]))
    write(root, "v2/tg/columns-extra-id/train.csv",
          csv_text([[str(i)] + r for i, r in enumerate(rows)], ["id", "input", "output"]))
    write(root, "v2/tg/columns-case/part-1.csv", csv_text(rows[:500], ["Input", "output"]))
    write(root, "v2/tg/columns-case/part-2.csv", csv_text(rows[500:], ["Input", "output"]))
    write(root, "v2/tg/parquet-1000/train.parquet", parquet_footer_only(["input", "output"], 1000))
    write(root, "v2/tg/parquet-1001/train.parquet", parquet_footer_only(["input", "output"], 1001))


def write_text_classification(root):
    header = ["review", "sentiment"]
    rows = [[f'"Review {i}: the product {"works" if i % 3 else "broke"}, I would buy it again"',
             "positive" if i % 3 else "negative"] for i in range(800)]
    write(root, "v2/tc/ok/train.csv", csv_text(rows, header))
    write(root, "v2/tc/ok/validation.csv", csv_text(rows[:200], header))
    write(root, "v2/tc/split-lacks-label/part-1.csv", csv_text(rows[:400], header))
    write(root, "v2/tc/split-lacks-label/part-2.csv", csv_text([[r[0]] for r in rows[400:]], ["review"]))


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + b"\x00\x00\x00\x20" * 2 + b"\x08\x06\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\xff\xd9"


def write_images(root):
    """Only the signatures matter: the linter reads the first 16 bytes of each image."""
    for label in ("cat", "dog"):
        for i in range(3):
            write(root, f"v2/ic/png/{label}/{label}-{i}.png", PNG)
            write(root, f"v2/ic/jpeg/{label}/{label}-{i}.jpg", JPEG)
            write(root, f"v2/ic/mixed/{label}/{label}-{i}.png", PNG)
        write(root, f"v2/ic/mixed/{label}/{label}-3.jpeg", JPEG)
    for i in range(4):
        write(root, f"v2/ic/with-labels-csv/cat/cat-{i}.png", PNG)
    write(root, "v2/ic/with-labels-csv/labels.csv", "image,label\ncat/cat-0.png,cat\n")
    write(root, "v2/ic/with-labels-csv/notes.txt", "collected in 2024\n")
    write(root, "v2/ic/gif/cat/cat-0.png", PNG)
    write(root, "v2/ic/gif/cat/cat-1.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00")
    write(root, "v2/ic/empty-object/cat/cat-0.png", PNG)
    write(root, "v2/ic/empty-object/cat/cat-1.png", b"")
    write(root, "v2/ic/truncated-png/cat/cat-0.png", PNG[:4])
    write(root, "v2/ic/binary/cat/cat-0.png", bytes(range(16)))
    base = f"s3://{BUCKET}/v2/ic/"
    write(root, "v2/ic/manifests/png.manifest",
          json.dumps([{"prefix": base}, "png/cat/cat-0.png", "png/dog/dog-0.png"]))
    write(root, "v2/ic/manifests/with-gif.manifest",
          json.dumps([{"prefix": base}, "png/cat/cat-0.png", "gif/cat/cat-1.gif"]))


def augmented_line(key, label="cat", ref="source-ref"):
    return json.dumps({ref: f"s3://{BUCKET}/v2/ic/{key}",
                       "label-metadata": {"class-name": label}}) + "\n"


def write_augmented_manifests(root):
    good = "".join(augmented_line(f"png/{label}/{label}-{i}.png", label)
                   for label in ("cat", "dog") for i in range(3))
    folder = "v2/ic/augmented"
    write(root, f"{folder}/ok.manifest", good)
    write(root, f"{folder}/blank-lines-crlf.manifest", good.replace("\n", "\r\n") + "\r\n\n  \n")
    write(root, f"{folder}/no-final-newline.manifest", good.rstrip("\n"))
    write(root, f"{folder}/mixed.manifest", "".join(augmented_line(f"mixed/cat/cat-{i}.png") for i in range(3))
          + augmented_line("mixed/cat/cat-3.jpeg"))
    write(root, f"{folder}/names-gif.manifest", good + augmented_line("gif/cat/cat-1.gif"))
    write(root, f"{folder}/names-missing.manifest", good + augmented_line("png/cat/cat-9.png")
          + augmented_line("png/bird/bird-0.png", "bird"))
    write(root, f"{folder}/not-json.manifest", good + "{'source-ref': 's3://fixtures/v2/ic/x.png'}\n")
    write(root, f"{folder}/json-array.manifest",
          json.dumps([{"source-ref": f"s3://{BUCKET}/v2/ic/png/cat/cat-0.png"}], indent=1) + "\n")
    write(root, f"{folder}/source-ref-misspelt.manifest",
          augmented_line("png/cat/cat-0.png") + augmented_line("png/cat/cat-1.png", ref="source_ref"))
    write(root, f"{folder}/https-ref.manifest",
          json.dumps({"source-ref": "https://fixtures.s3.amazonaws.com/v2/ic/png/cat/cat-0.png"}) + "\n")
    write(root, f"{folder}/prefix-ref.manifest",
          json.dumps({"source-ref": f"s3://{BUCKET}/v2/ic/png/cat/"}) + "\n")
    write(root, f"{folder}/ref-not-string.manifest", json.dumps({"source-ref": ["s3://b/k.png"]}) + "\n")
    write(root, f"{folder}/gzip.manifest", gzip_bytes(good))
    write(root, f"{folder}/binary.manifest", good + "\0\0\0\n")
    write(root, f"{folder}/huge-line.manifest",
          good + json.dumps({"source-ref": f"s3://{BUCKET}/v2/ic/png/cat/cat-0.png",
                             "notes": "x" * (1024 * 1024)}) + "\n" + good)
    write(root, f"{folder}/bom.manifest", "\ufeff" + good)
    write(root, f"{folder}/fifteen-bad-lines.manifest",
          good + "".join(f"not json {i}\n" for i in range(15)))
    write(root, f"{folder}/empty.manifest", "")
    write(root, f"{folder}/blank-only.manifest", "\n\n   \n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--parquet", help="folder of the Parquet fixtures to copy in")
    parser.add_argument("--stamp", help="file to touch when done (for the build)")
    args = parser.parse_args()
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    write_row_counts(args.out)
    write_compression(args.out)
    write_manifests(args.out)
    write_headers(args.out)
    write_weights(args.out)
    write_feature_specs(args.out)
    write_parquet(args.out, args.parquet)
    write_time_series(args.out)
    write_text_generation(args.out)
    write_text_classification(args.out)
    write_images(args.out)
    write_augmented_manifests(args.out)
    if args.stamp:
        with open(args.stamp, "w") as f:
            f.write("ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
