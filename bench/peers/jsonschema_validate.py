"""Peer: Python jsonschema, one Draft7Validator built once, then every file named.

    python3 jsonschema_validate.py SCHEMA FILE...

SCHEMA is the project schema with its patterns translated for Python's `re` by
translate_schema.py (Python's `re` has no \\p{L}); see bench/README.md. Prints one JSON line per
invalid file; exit 1 if any is invalid.
"""
import json
import sys

from jsonschema import Draft7Validator


def main() -> int:
    schema_path, files = sys.argv[1], sys.argv[2:]
    with open(schema_path, "rb") as fh:
        schema = json.loads(fh.read())
    Draft7Validator.check_schema(schema)
    validator = Draft7Validator(schema)  # no format checker: the schema has no "format"
    out = sys.stdout
    invalid = 0
    for name in files:
        try:
            with open(name, "rb") as fh:
                data = json.loads(fh.read())
        except (OSError, ValueError) as e:
            invalid += 1
            out.write(json.dumps({"file": name, "errors": [{"message": str(e)}]}) + "\n")
            continue
        errors = list(validator.iter_errors(data))  # every error, as the linter reports
        if errors:
            invalid += 1
            out.write(json.dumps({"file": name, "errors": [
                {"pointer": "/" + "/".join(str(p) for p in e.absolute_path), "message": e.message}
                for e in errors]}, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
