"""Peer: botocore's client-side parameter validation (what boto3 runs before it sends).

    python3 botocore_validate.py [--model installed|extract] FILE...

--model installed (default): the CreateAutoMLJob input shape from the installed botocore's
  SageMaker service model, loaded as boto3 loads it (botocore.session ... get_service_model).
--model extract: the same shapes from schemas/model/sagemaker-automl.json (the project's
  facts-only extract of that model), which skips loading the whole SageMaker model.

botocore.validate.validate_parameters checks required members, unknown members, types and
minimum lengths/values/sizes; it checks no maximum, enum or pattern. Prints one JSON line per
invalid file; exit 1 if any is invalid.
"""
import json
import os
import sys

import botocore.validate
from botocore.exceptions import ParamValidationError


def input_shape(model: str):
    if model == "installed":
        import botocore.session

        service = botocore.session.get_session().get_service_model("sagemaker")
        return service.operation_model("CreateAutoMLJob").input_shape
    import botocore.model

    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    with open(os.path.join(root, "schemas", "model", "sagemaker-automl.json"), "rb") as fh:
        shapes = json.loads(fh.read())["shapes"]
    return botocore.model.ShapeResolver(shapes).get_shape_by_name("CreateAutoMLJobRequest")


def main() -> int:
    args = sys.argv[1:]
    model = "installed"
    if args[:1] == ["--model"]:
        model, args = args[1], args[2:]
    shape = input_shape(model)
    out = sys.stdout
    invalid = 0
    for name in args:
        try:
            with open(name, "rb") as fh:
                data = json.loads(fh.read())
        except (OSError, ValueError) as e:
            invalid += 1
            out.write(json.dumps({"file": name, "errors": [str(e)]}) + "\n")
            continue
        try:
            botocore.validate.validate_parameters(data, shape)
        except ParamValidationError as e:
            invalid += 1
            out.write(json.dumps({"file": name, "errors": str(e).splitlines()[1:]},
                                 ensure_ascii=False) + "\n")
    out.flush()
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
