#!/usr/bin/env python3
"""Generate draft-07 JSON Schemas for the CreateAutoMLJob(V2) request bodies.

Why: the plain shape of a request (types, required members, lengths, ranges,
enums, patterns) is fully described by the botocore model; generating the
schema from it keeps the linter's shape checks exactly as strict as the
service and turns a botocore update into one command plus a reviewable diff.
Where the AWS documentation is stricter than the model, schemas/doc-limits.json
tightens single members; every such place is marked `x-doc-limit`.

Inputs:  schemas/model/sagemaker-automl.json (see tools/extract_model.py)
         schemas/doc-limits.json
Outputs: schemas/create-auto-ml-job.schema.json     (CreateAutoMLJobRequest)
         schemas/create-auto-ml-job-v2.schema.json  (CreateAutoMLJobV2Request)

Usage:
  python3 tools/gen_schema.py                  # write both schemas
  python3 tools/gen_schema.py --check          # exit 1 + diff if stale
  python3 tools/gen_schema.py --refresh-model  # re-extract from botocore first
  python3 tools/gen_schema.py --request CreateAutoMLJobV2Request
"""

import argparse
import copy
import difflib
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import extract_model  # noqa: E402  (sibling module, no package)

REPO = extract_model.REPO
SCHEMAS = REPO / "schemas"
MODEL_PATH = extract_model.DEFAULT_OUTPUT
DOC_LIMITS_PATH = SCHEMAS / "doc-limits.json"
OUTPUTS = {
    "CreateAutoMLJobRequest": "create-auto-ml-job.schema.json",
    "CreateAutoMLJobV2Request": "create-auto-ml-job-v2.schema.json",
}
GENERATED_BY = "tools/gen_schema.py"

# JSON has no integer width; the service deserialises into Java int/long, so
# a model without `max` still cannot accept more than these.
INT_LIMITS = {"integer": (2147483647, "int32"), "long": (9223372036854775807, "int64")}

# botocore facet -> draft-07 keyword, per JSON kind.
BOUNDS = {
    "string": ("minLength", "maxLength"),
    "list": ("minItems", "maxItems"),
    "map": ("minProperties", "maxProperties"),
    "number": ("minimum", "maximum"),
}

# Which botocore facet a doc-limit keyword overrides (recorded as "model").
FACET_OF_KEYWORD = {
    "minLength": "min", "maxLength": "max", "minItems": "min", "maxItems": "max",
    "minProperties": "min", "maxProperties": "max", "minimum": "min", "maximum": "max",
    "exclusiveMinimum": "min", "exclusiveMaximum": "max",
    "pattern": "pattern", "enum": "enum",
}

# An exclusive bound replaces its inclusive twin (draft-07 would AND them).
SUPERSEDES = {"exclusiveMinimum": "minimum", "exclusiveMaximum": "maximum"}

# Facts each botocore type may carry. Anything else stops the generator, so a
# botocore update that adds a new facet is looked at instead of silently lost.
# `box` (Java nullability) has no JSON Schema meaning.
KNOWN_KEYS = {
    "structure": {"type", "members", "required", "union"},
    "list": {"type", "member", "min", "max"},
    "map": {"type", "key", "value", "min", "max"},
    "string": {"type", "min", "max", "pattern", "enum"},
    "integer": {"type", "min", "max", "box"},
    "long": {"type", "min", "max", "box"},
    "float": {"type", "min", "max", "box"},
    "double": {"type", "min", "max", "box"},
    "boolean": {"type", "box"},
}
KNOWN_MEMBER_KEYS = {"shape", "box"}


class GenError(Exception):
    """A model or doc-limits fact the generator cannot translate faithfully."""


def read_json(path):
    """Load a JSON file as UTF-8."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def render(document):
    """Serialise deterministically: 2-space indent, trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def check_known_keys(name, shape):
    """Fail on facts this generator does not know how to express."""
    kind = shape["type"]
    if kind not in KNOWN_KEYS:
        raise GenError(f"shape {name}: unsupported type {kind!r}")
    unknown = set(shape) - KNOWN_KEYS[kind]
    for member in shape.get("members", {}).values():
        unknown |= set(member) - KNOWN_MEMBER_KEYS
    if unknown:
        raise GenError(f"shape {name}: unsupported fields {sorted(unknown)}")


class Translator:
    """Turns botocore shapes into draft-07 definitions for one request root."""

    def __init__(self, shapes, root):
        self.shapes = shapes
        self.root = root

    def ref(self, name):
        """A reference to a shape's definition (the root lives at `#`)."""
        return {"$ref": "#" if name == self.root else f"#/definitions/{name}"}

    def definition(self, name):
        """Translate one shape; every definition names its shape."""
        shape = self.shapes[name]
        check_known_keys(name, shape)
        kind = shape["type"]
        if kind == "structure":
            out = self.structure(shape)
        elif kind == "list":
            out = self.array(shape)
        elif kind == "map":
            out = self.map(shape)
        elif kind == "string":
            out = self.string(shape)
        elif kind in INT_LIMITS:
            out = self.integer(shape)
        elif kind == "boolean":
            out = {"type": "boolean"}
        else:
            out = self.number(shape)
        out["x-shape"] = name
        return out

    def structure(self, shape):
        """Closed object; a union additionally has exactly one member set."""
        members = shape.get("members", {})
        out = {
            "type": "object",
            "properties": {m: self.ref(spec["shape"]) for m, spec in members.items()},
        }
        if shape.get("required"):
            out["required"] = list(shape["required"])
        out["additionalProperties"] = False
        if shape.get("union"):
            out["minProperties"] = 1
            out["maxProperties"] = 1
            out["x-union"] = True
        return out

    def array(self, shape):
        """Array of the member shape."""
        out = {"type": "array", "items": self.ref(shape["member"]["shape"])}
        return add_bounds(out, shape, "list")

    def map(self, shape):
        """Object whose property names and values follow the key/value shapes."""
        out = {
            "type": "object",
            "additionalProperties": self.ref(shape["value"]["shape"]),
            "propertyNames": self.ref(shape["key"]["shape"]),
        }
        return add_bounds(out, shape, "map")

    @staticmethod
    def string(shape):
        """String; the model pattern is anchored because the service full-matches."""
        out = add_bounds({"type": "string"}, shape, "string")
        if "pattern" in shape:
            out["pattern"] = anchor(shape["pattern"])
        if "enum" in shape:
            out["enum"] = list(shape["enum"])
        return out

    @staticmethod
    def integer(shape):
        """Integer bounded by the model, else by the service's integer width."""
        out = add_bounds({"type": "integer"}, shape, "number")
        if "max" not in shape:
            limit, width = INT_LIMITS[shape["type"]]
            out["maximum"] = limit
            out["x-max-from"] = width
        return out

    @staticmethod
    def number(shape):
        """Floating-point number with the model's inclusive bounds."""
        return add_bounds({"type": "number"}, shape, "number")


def add_bounds(out, shape, kind):
    """Copy botocore min/max into the keywords that fit the JSON kind."""
    low, high = BOUNDS[kind]
    if "min" in shape:
        out[low] = shape["min"]
    if "max" in shape:
        out[high] = shape["max"]
    return out


def anchor(pattern):
    """Anchor a botocore pattern for whole-value matching.

    Why: botocore stores patterns unanchored and JSON Schema `pattern` is a
    search, but the service matches the whole value. `.*` is anchored too: it
    still rejects line breaks, like the service's Java regex.
    """
    return f"^(?:{pattern})$"


def children(shape):
    """Shape names one step below a shape, keyed by path step ("*" = list item)."""
    kind = shape["type"]
    if kind == "structure":
        return {m: spec["shape"] for m, spec in shape.get("members", {}).items()}
    if kind == "list":
        return {"*": shape["member"]["shape"]}
    return {}


def count_paths(shapes, start, target, memo=None):
    """Number of distinct member paths from `start` down to `target`."""
    memo = {} if memo is None else memo
    if start == target:
        return 1
    if start not in memo:
        memo[start] = 0  # guards recursive shapes
        edges = list(extract_model.referenced_shapes(shapes[start]))
        memo[start] = sum(count_paths(shapes, child, target, memo) for child in edges)
    return memo[start]


def resolve(shapes, root, path):
    """Walk a doc-limit path; return (container shape, last step, target shape)."""
    container, shape_name = None, root
    for step in path:
        container = shape_name
        shape_name = children(shapes[container]).get(step)
        if shape_name is None:
            raise GenError(f"{root}: path {'/'.join(path)} has no step {step!r}")
    if container is None:
        raise GenError(f"{root}: empty doc-limit path")
    return container, path[-1], shape_name


def slot_of(definition, step):
    """The (dict, key) holding the schema of one member or list item."""
    if step == "*":
        return definition, "items"
    return definition["properties"], step


def apply_limit(schema, shapes, root, limit):
    """Inline the member's definition at the member and tighten one keyword.

    Why inline: draft-07 ignores keywords next to `$ref`. The container's
    definition is edited in place, so it must be reachable by one path only;
    otherwise the limit would leak to other members.
    """
    container, step, target = resolve(shapes, root, limit["path"])
    if count_paths(shapes, root, container) != 1:
        raise GenError(f"{root}: {container} is reachable by several paths; "
                       f"cannot apply the limit at {'/'.join(limit['path'])} alone")
    holder = schema if container == root else schema["definitions"][container]
    parent, key = slot_of(holder, step)
    if "$ref" in parent[key]:
        parent[key] = copy.deepcopy(schema["definitions"][target])
    member = parent[key]
    keyword = limit["keyword"]
    facet = FACET_OF_KEYWORD[keyword]
    member.pop(SUPERSEDES.get(keyword), None)
    member[keyword] = limit["value"]
    notes = member.setdefault("x-doc-limit", {})
    notes[keyword] = {
        "rule": limit["rule"],
        "model": shapes[target].get(facet),
        "source": limit["source"],
        "message": limit["message"],
    }
    parent[key] = tidy_inlined(member)


def tidy_inlined(member):
    """Keep annotations last and doc-limit notes sorted, for stable output."""
    last = ("x-shape", "x-doc-limit")
    out = {k: v for k, v in member.items() if k not in last}
    out["x-shape"] = member["x-shape"]
    notes = member["x-doc-limit"]
    out["x-doc-limit"] = {k: notes[k] for k in sorted(notes)}
    return out


def build_schema(model, doc_limits, root):
    """Build the whole draft-07 schema document for one request root."""
    shapes = model["shapes"]
    translator = Translator(shapes, root)
    names = sorted(extract_model.reachable(shapes, [root]) - {root})
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": f"urn:automl-lint:schema:{OUTPUTS[root].removesuffix('.schema.json')}",
        "title": f"SageMaker {root.removesuffix('Request')} request body",
        "description": "Generated from schemas/model/sagemaker-automl.json and "
                       "schemas/doc-limits.json; do not edit by hand.",
        "x-botocore-version": model["botocore_version"],
        "x-generated-by": GENERATED_BY,
    }
    schema.update(translator.definition(root))
    schema["definitions"] = {name: translator.definition(name) for name in names}
    for limit in doc_limits:
        if limit["request"] == root:
            apply_limit(schema, shapes, root, limit)
    return schema


def expected_files(requests, model_text=None):
    """Map each output path to the text it should hold."""
    model = json.loads(model_text) if model_text else read_json(MODEL_PATH)
    doc_limits = read_json(DOC_LIMITS_PATH)
    files = {}
    if model_text:
        files[MODEL_PATH] = model_text
    for root in requests:
        files[SCHEMAS / OUTPUTS[root]] = render(build_schema(model, doc_limits, root))
    return files


def stale_diff(path, text):
    """Unified diff from the file on disk to the expected text ('' if equal)."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    name = str(path.relative_to(REPO))
    return "".join(difflib.unified_diff(
        current.splitlines(keepends=True), text.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--request", action="append", choices=sorted(OUTPUTS),
                        help="request root to generate (repeatable; default: all)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 with a diff if files are stale")
    parser.add_argument("--refresh-model", action="store_true",
                        help="re-extract schemas/model/ from the installed botocore first")
    args = parser.parse_args(argv)

    model_text = extract_model.render_current() if args.refresh_model else None
    try:
        files = expected_files(args.request or list(OUTPUTS), model_text)
    except GenError as error:
        print(f"gen_schema: error: {error}", file=sys.stderr)
        return 2

    if args.check:
        diffs = [stale_diff(path, text) for path, text in files.items()]
        diffs = [d for d in diffs if d]
        sys.stdout.write("".join(diffs))
        if diffs:
            fix = "python3 tools/gen_schema.py" + (" --refresh-model" if args.refresh_model else "")
            print(f"gen_schema: generated files are stale; regenerate with: {fix}",
                  file=sys.stderr)
        return 1 if diffs else 0

    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
