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
    if args.stamp:
        with open(args.stamp, "w") as f:
            f.write("ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
