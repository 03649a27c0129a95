#!/usr/bin/env python3
"""Extract the CreateAutoMLJob(V2) request shapes from the installed botocore model.

Why: the JSON Schemas in schemas/ are generated from the botocore SageMaker
model, but the full model is a 1 MB gzip full of prose. A small, committed,
facts-only extract (every shape reachable from the two request roots, with
all constraint fields and no `documentation`) makes a botocore update show
up as a reviewable diff of facts, and lets gen_schema.py run without botocore.

Usage: python3 tools/extract_model.py [--output PATH]
"""

import argparse
import gzip
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "schemas" / "model" / "sagemaker-automl.json"
MODEL_RELPATH = "data/sagemaker/2017-07-24/service-2.json.gz"
ROOTS = ["CreateAutoMLJobRequest", "CreateAutoMLJobV2Request"]


def load_botocore_model():
    """Return (botocore version, parsed service model), read straight from the gz.

    Why: botocore's loaders add search paths and caches we do not want; the
    packaged file is the single source of truth.
    """
    import botocore  # imported here so gen_schema.py works without botocore

    path = pathlib.Path(botocore.__file__).parent / MODEL_RELPATH
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return botocore.__version__, json.load(handle)


def referenced_shapes(shape):
    """Yield the names of the shapes one shape refers to, in model order.

    Why: structures refer through `members`, lists through `member`, maps
    through `key`/`value`; these are the only edges in a botocore model.
    """
    for member in shape.get("members", {}).values():
        yield member["shape"]
    for key in ("member", "key", "value"):
        if key in shape:
            yield shape[key]["shape"]


def reachable(shapes, roots):
    """Return the set of shape names reachable from `roots` (roots included)."""
    seen = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(referenced_shapes(shapes[name]))
    return seen


def strip_docs(value):
    """Drop every `documentation` key, recursively, keeping all other facts.

    Why: prose changes with every botocore release and is not a constraint;
    keeping it would bury real changes in noise. Member-level facts other
    than prose (e.g. `box`) are kept.
    """
    if isinstance(value, dict):
        return {k: strip_docs(v) for k, v in value.items() if k != "documentation"}
    if isinstance(value, list):
        return [strip_docs(v) for v in value]
    return value


def facts_of(shape):
    """Return one shape without prose, shape-level keys sorted.

    Member order is kept as in the model: it is the documented order.
    """
    clean = strip_docs(shape)
    return {key: clean[key] for key in sorted(clean)}


def build_extract(version, model):
    """Build the extract document (a plain dict) from a parsed model."""
    shapes = model["shapes"]
    names = sorted(reachable(shapes, ROOTS))
    return {
        "botocore_version": version,
        "source": "botocore/" + MODEL_RELPATH,
        "api_version": model["metadata"]["apiVersion"],
        "roots": list(ROOTS),
        "shapes": {name: facts_of(shapes[name]) for name in names},
    }


def render(document):
    """Serialise deterministically: 2-space indent, trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_current():
    """Return the extract text for the installed botocore."""
    return render(build_extract(*load_botocore_model()))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render_current(), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
