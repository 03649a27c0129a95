#!/usr/bin/env python3
"""Deterministic corpora of CreateAutoMLJob (V1) request files for the benchmark.

    python3 bench/make_corpus.py [--out bench/corpus] [--sizes 1,1000,10000,100000] [--seed S]
                                 [--twin-sizes 1000,10000] [--automl-lint PATH]

Each corpus is a folder `n<SIZE>/` holding `r000000.json` ... , `files.txt` (the names, one a
line) and `manifest.json` (which files are invalid, and why). File i depends only on the seed
and i, so the corpus of 1,000 files is the first 1,000 files of the corpus of 10,000, and a
rerun writes the same bytes.

Twins, for the sizes of --twin-sizes (default 1,000 and 10,000):

  n<SIZE>-yaml/  the same requests as YAML files, r000000.yaml ... (bench/yaml_writer.py: block
                 style, strings quoted where a YAML reader would take them otherwise); every file
                 is read back with PyYAML (or ruamel.yaml) and must hold exactly the JSON twin's data
  n<SIZE>-v2/    the same requests as CreateAutoMLJobV2 requests, each `automl-lint migrate`d
                 (only with --automl-lint); a file that migrate refuses (channels naming different
                 targets, ProblemType at two places, a key written twice) stays as it is, a V1
                 request, and the manifest lists it under "kept_v1"

About 80% of the files are valid requests (automl-lint reports no finding at all on them, not
even a warning); about 20% carry one violation, or two in different parts of the request.
Every violation in the manifest says:

  kind      what was done (see KINDS below)
  rule      the automl-lint rule id expected for it
  pointer   where (JSON pointer)
  level     "schema" (a JSON Schema constraint of schemas/create-auto-ml-job.schema.json),
            "cross-field" (a rule in code) or "loader" (the JSON text itself)
  schema    true when a draft-07 JSON Schema validator given that schema must flag it
  botocore  true when botocore's parameter validation must flag it (it checks required
            members, unknown members, types and minimums only: no maximum, enum or pattern)

File 0 is always valid (it is the one-request corpus).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import yaml_writer

GENERATOR_VERSION = "1"
DEFAULT_SEED = 1729
DEFAULT_SIZES = "1,1000,10000,100000"
DEFAULT_TWIN_SIZES = "1000,10000"
INVALID_RATE = 0.20
TWO_VIOLATIONS_RATE = 0.25  # of the invalid files

# ---------------------------------------------------------------------------------------------
# Vocabulary

PROJECTS = ["churn", "fraud", "house-prices", "ltv", "demand", "credit-risk", "upsell", "claims",
            "default", "attrition", "lead-score", "returns", "spam", "defects", "uplift", "ctr"]
PURPOSES = ["baseline", "weekly", "nightly", "exp", "ab", "retrain", "pilot", "prod", "v2", "eu",
            "us", "apac", "q3", "canary"]
BUCKET_WORDS = ["acme", "contoso", "globex", "initech", "umbrella", "stark", "wayne", "hooli",
                "tyrell", "soylent"]
BUCKET_SUFFIX = ["ml", "datalake", "ml-prod", "analytics", "sagemaker", "autopilot", "raw",
                 "curated"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "ap-northeast-1", "sa-east-1"]
TARGETS = {
    "BinaryClassification": ["churned", "is_fraud", "default", "converted", "Class", "label",
                             "clicked", "returned"],
    "MulticlassClassification": ["segment", "category", "tier", "species", "priority",
                                 "defect_type"],
    "Regression": ["price", "SalePrice", "ltv_usd", "demand_units", "claim_amount", "revenue"],
}
WEIGHT_COLUMNS = ["weight", "sample_weight", "w", "row_weight", "importance"]
METRICS = {
    "Regression": ["MAE", "MSE", "R2", "RMSE"],
    "BinaryClassification": ["Accuracy", "AUC", "BalancedAccuracy", "F1", "Precision", "Recall"],
    "MulticlassClassification": ["Accuracy", "BalancedAccuracy", "F1macro", "PrecisionMacro",
                                 "RecallMacro"],
}
MODE_ALGOS = {
    "ENSEMBLING": ["catboost", "extra-trees", "fastai", "lightgbm", "linear-learner", "nn-torch",
                   "randomforest", "xgboost"],
    "HYPERPARAMETER_TUNING": ["linear-learner", "mlp", "xgboost"],
}
CSV = "text/csv;header=present"
PARQUET = "x-application/vnd.amazon+parquet"
ROLE_NAMES = ["AutopilotExecutionRole", "service-role/AmazonSageMaker-ExecutionRole-20240115T101010",
              "SageMakerAutoML", "ml/autopilot-runner", "DataScienceTeamRole"]
# Tag keys and values: letters of many scripts, digits, spaces (incl. U+00A0 and U+3000) and the
# punctuation the tag pattern allows (_.:/=+-@). All match ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$.
TAG_KEYS = ["team", "cost-center", "project", "owner", "env", "équipe", "プロジェクト", "Abteilung",
            "centro de coste", "data:classification", "région", "负责人", "команда", "ομάδα",
            "app/component", "billing=code", "created-by", "Kostenstelle", "部署", "compliance",
            "lifecycle", "ticket", "dataset", "version"]
TAG_VALUES = ["pricing", "データ分析", "Zürich", "São Paulo", "ml-platform@example.com",
              "finance/ops", "Q3 2024", "Müller", "北京", "Ελλάδα", "naïve bayes", "x=1+2",
              "東京\u3000本社", "prod", "staging", "confidential", "Göteborg", "Ñandú", "12345",
              "team:risk", "Łódź", "Москва", "Kraków\u00a0office", "r&d".replace("&", "+"),
              "", "أبوظبي", "서울", "2024-06-01", "JIRA-4711"]



def _tag_text_ok(text: str) -> bool:
    """The tag pattern's class: letters, separators, numbers and _.:/=+-@ (no marks!)."""
    import unicodedata
    return all(unicodedata.category(c)[0] in "LZN" or c in "_.:/=+-@" for c in text)


assert all(_tag_text_ok(t) for t in TAG_KEYS + TAG_VALUES)

HEX = "0123456789abcdef"


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def kms_key(rng: random.Random, account: str, region: str) -> str:
    key_id = f"{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    form = rng.randrange(4)
    if form == 0:
        return f"arn:aws:kms:{region}:{account}:key/{key_id}"
    if form == 1:
        return key_id
    alias = rng.choice(["autopilot", "ml-data", "sagemaker-volumes", "team_ml"])
    if form == 2:
        return f"alias/{alias}"
    return f"arn:aws:kms:{region}:{account}:alias/{alias}"


def base36(i: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        i, r = divmod(i, 36)
        out = digits[r] + out
        if i == 0:
            return out


# ---------------------------------------------------------------------------------------------
# A valid request


def make_valid(rng: random.Random, index: int) -> dict:
    """A request on which automl-lint reports nothing (no error, no warning, no info)."""
    account = "".join(rng.choice("0123456789") for _ in range(12))
    region = rng.choice(REGIONS)
    project = rng.choice(PROJECTS)
    purpose = rng.choice(PURPOSES)
    suffix = base36(index)  # unique names: no AML202 across the files of one run
    name = f"{project}-{purpose}-{suffix}"
    if rng.random() < 0.2:
        name = name.capitalize()
    bucket = f"{rng.choice(BUCKET_WORDS)}-{rng.choice(BUCKET_SUFFIX)}-{region}"
    prefix = f"{project}/{rng.choice(['2023', '2024', '2025'])}/{rng.choice(['raw', 'features', 'v1', 'v2', 'snapshot'])}"

    problem = rng.choice([None, "BinaryClassification", "MulticlassClassification", "Regression"])
    target = rng.choice(TARGETS[problem or rng.choice(list(TARGETS))])
    mode = rng.choice([None, "AUTO", "ENSEMBLING", "HYPERPARAMETER_TUNING"])
    two_channels = rng.random() < 0.3
    content_type = rng.choice([None, None, CSV, PARQUET])
    data_type = "S3Prefix" if rng.random() < 0.8 else "ManifestFile"
    weights = mode == "ENSEMBLING" and rng.random() < 0.5
    weight_col = rng.choice(WEIGHT_COLUMNS)

    def channel(kind: str | None, leaf: str) -> dict:
        uri = f"s3://{bucket}/{prefix}/{leaf}/"
        if data_type == "ManifestFile":
            uri = f"s3://{bucket}/{prefix}/{leaf}.manifest"
        ch: dict = {}
        if kind is not None:
            ch["ChannelType"] = kind
        ch["DataSource"] = {"S3DataSource": {"S3DataType": data_type, "S3Uri": uri}}
        if content_type != PARQUET and rng.random() < 0.4:
            ch["CompressionType"] = rng.choice(["None", "Gzip"])
        ch["TargetAttributeName"] = target
        if content_type is not None:
            ch["ContentType"] = content_type
        if weights:
            ch["SampleWeightAttributeName"] = weight_col
        return ch

    if two_channels:
        first_kind = rng.choice([None, "training"])
        channels = [channel(first_kind, "train"), channel("validation", "validation")]
        if rng.random() < 0.3:
            channels.reverse()
    else:
        channels = [channel(rng.choice([None, "training"]), "train")]

    req: dict = {"AutoMLJobName": name, "InputDataConfig": channels}
    out = {"S3OutputPath": f"s3://{bucket}/autopilot/{project}/output/"}
    if rng.random() < 0.4:
        out["KmsKeyId"] = kms_key(rng, account, region)
    req["OutputDataConfig"] = out
    if problem is not None:
        req["ProblemType"] = problem
        req["AutoMLJobObjective"] = {"MetricName": rng.choice(METRICS[problem])}

    cfg: dict = {}
    if rng.random() < 0.8:
        crit: dict = {}
        if rng.random() < 0.6:
            crit["MaxCandidates"] = rng.randint(1, 10) if mode == "ENSEMBLING" else rng.choice(
                [5, 10, 20, 50, 100, 250, 500, 750])
        total = rng.choice([3600, 7200, 14400, 43200, 86400, 259200, 604800, 2592000])
        if rng.random() < 0.7:
            crit["MaxRuntimePerTrainingJobInSeconds"] = rng.choice(
                [t for t in [600, 1800, 3600, 7200, 14400, 86400] if t <= total])
        if rng.random() < 0.8:
            crit["MaxAutoMLJobRuntimeInSeconds"] = total
        if crit:
            cfg["CompletionCriteria"] = crit
    if rng.random() < 0.35:
        sec: dict = {}
        if rng.random() < 0.7:
            sec["VolumeKmsKeyId"] = kms_key(rng, account, region)
        if rng.random() < 0.7:
            sec["EnableInterContainerTrafficEncryption"] = rng.random() < 0.7
        if rng.random() < 0.6:
            width = rng.choice([8, 17])
            sec["VpcConfig"] = {
                "SecurityGroupIds": [f"sg-{hexs(rng, width)}" for _ in range(rng.randint(1, 3))],
                "Subnets": [f"subnet-{hexs(rng, width)}" for _ in range(rng.randint(1, 4))],
            }
        if sec:
            cfg["SecurityConfig"] = sec
    if mode in MODE_ALGOS and rng.random() < 0.5:
        algos = rng.sample(MODE_ALGOS[mode], rng.randint(1, len(MODE_ALGOS[mode])))
        cand: dict = {"AlgorithmsConfig": [{"AutoMLAlgorithms": algos}]}
        if rng.random() < 0.3:
            cand = {"FeatureSpecificationS3Uri": f"s3://{bucket}/{prefix}/features.json", **cand}
        cfg["CandidateGenerationConfig"] = cand
    elif rng.random() < 0.1:
        cfg["CandidateGenerationConfig"] = {
            "FeatureSpecificationS3Uri": f"s3://{bucket}/{prefix}/features.json"}
    if not two_channels and rng.random() < 0.5:
        cfg["DataSplitConfig"] = {"ValidationFraction": rng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.4])}
    if mode is not None:
        cfg["Mode"] = mode
    if cfg:
        req["AutoMLJobConfig"] = cfg

    path = rng.choice(["", "service-role/", "ml/"])
    role = rng.choice(ROLE_NAMES)
    req["RoleArn"] = f"arn:aws:iam::{account}:role/{path if '/' not in role else ''}{role}"

    deploy = rng.random()
    if deploy < 0.3:
        req["ModelDeployConfig"] = {"AutoGenerateEndpointName": True}
    elif deploy < 0.5:
        md: dict = {}
        if rng.random() < 0.5:
            md["AutoGenerateEndpointName"] = False
        md["EndpointName"] = f"{project}-{purpose}-endpoint"
        req["ModelDeployConfig"] = md
    elif deploy < 0.6:
        req["GenerateCandidateDefinitionsOnly"] = rng.random() < 0.5
    return req


def add_tags(rng: random.Random, req: dict, min_bytes: int, indent: int | None,
             ascii_only: bool, max_tags: int = 20) -> None:
    """Tags (unique keys) until the serialized request reaches min_bytes."""
    keys = TAG_KEYS[:]
    rng.shuffle(keys)
    tags: list = []
    req["Tags"] = tags
    while (len(tags) < min(max_tags, len(keys)) and
           len(serialize(req, indent, ascii_only).encode()) < min_bytes):
        tags.append({"Key": keys[len(tags)], "Value": rng.choice(TAG_VALUES)})
    if not tags:
        del req["Tags"]


def serialize(req: dict, indent: int | None, ascii_only: bool) -> str:
    if indent is None:
        return json.dumps(req, ensure_ascii=ascii_only, separators=(",", ":")) + "\n"
    return json.dumps(req, ensure_ascii=ascii_only, indent=indent) + "\n"


# ---------------------------------------------------------------------------------------------
# Violations. Each takes (rng, req, index) and returns (kind, rule, pointer, level, schema,
# botocore, touches), changing req so that exactly this problem is added. A second violation
# in the same file is one whose `touches` are disjoint from the first's.


DUP_SENTINEL = yaml_writer.DUP_KEY  # "__automl_lint_bench_duplicate__"


def cfg_of(req: dict) -> dict:
    return req.setdefault("AutoMLJobConfig", {})


def ensure_deploy(req: dict, rng: random.Random) -> None:
    req.pop("GenerateCandidateDefinitionsOnly", None)


def v_enum_case(rng, req, i):
    choices = []
    if "ProblemType" in req:
        bad = {"BinaryClassification": "binaryClassification",
               "MulticlassClassification": "MultiClassClassification",
               "Regression": "regression"}[req["ProblemType"]]
        choices.append(("/ProblemType", lambda: req.__setitem__("ProblemType", bad), {"metric"}))
        m = req["AutoMLJobObjective"]["MetricName"]
        badm = {"F1macro": "F1Macro", "AUC": "auc", "RMSE": "Rmse", "MSE": "mse", "MAE": "mae",
                "R2": "r2", "F1": "f1", "Accuracy": "accuracy", "Precision": "precision",
                "Recall": "recall", "BalancedAccuracy": "balancedAccuracy",
                "PrecisionMacro": "precisionMacro", "RecallMacro": "Recallmacro"}[m]
        choices.append(("/AutoMLJobObjective/MetricName",
                        lambda: req["AutoMLJobObjective"].__setitem__("MetricName", badm),
                        {"metric"}))
    ch = req["InputDataConfig"][0]
    choices.append(("/InputDataConfig/0/DataSource/S3DataSource/S3DataType",
                    lambda: ch["DataSource"]["S3DataSource"].__setitem__(
                        "S3DataType", {"S3Prefix": "s3prefix", "ManifestFile": "MANIFESTFILE"}[
                            ch["DataSource"]["S3DataSource"]["S3DataType"]]),
                    {"channels"}))
    if "CompressionType" in ch:
        choices.append(("/InputDataConfig/0/CompressionType",
                        lambda: ch.__setitem__("CompressionType",
                                               {"None": "none", "Gzip": "GZIP"}[ch["CompressionType"]]),
                        {"channels"}))
    mode = req.get("AutoMLJobConfig", {}).get("Mode")
    if mode == "ENSEMBLING" and not req["AutoMLJobConfig"].get("CandidateGenerationConfig"):
        # Without an AlgorithmsConfig and weights, the unknown mode adds no other finding.
        if not any("SampleWeightAttributeName" in c for c in req["InputDataConfig"]):
            choices.append(("/AutoMLJobConfig/Mode",
                            lambda: req["AutoMLJobConfig"].__setitem__("Mode", "Ensembling"),
                            {"mode", "algos", "channels"}))
    pointer, apply, touches = rng.choice(choices)
    apply()
    return "enum-wrong-case", "AML104", pointer, "schema", True, False, touches


def v_name_underscore(rng, req, i):
    req["AutoMLJobName"] = req["AutoMLJobName"].replace("-", "_", 1)
    return "job-name-underscore", "AML106", "/AutoMLJobName", "schema", True, False, {"name"}


def v_number_as_string(rng, req, i):
    cfg = cfg_of(req)
    crit = cfg.setdefault("CompletionCriteria", {})
    opts = ["MaxAutoMLJobRuntimeInSeconds", "MaxRuntimePerTrainingJobInSeconds"]
    if cfg.get("Mode") != "ENSEMBLING":
        opts.append("MaxCandidates")
    key = rng.choice(opts)
    value = {"MaxCandidates": rng.choice([20, 50, 100]),
             "MaxAutoMLJobRuntimeInSeconds": crit.get("MaxAutoMLJobRuntimeInSeconds", 86400),
             "MaxRuntimePerTrainingJobInSeconds": min(3600, crit.get(
                 "MaxAutoMLJobRuntimeInSeconds", 86400))}[key]
    crit[key] = str(value)
    return ("number-as-string", "AML103", f"/AutoMLJobConfig/CompletionCriteria/{key}", "schema",
            True, True, {"criteria"})


def v_bool_as_string(rng, req, i):
    sec = cfg_of(req).setdefault("SecurityConfig", {})
    sec["EnableInterContainerTrafficEncryption"] = rng.choice(["true", "True", "false"])
    return ("bool-as-string", "AML103",
            "/AutoMLJobConfig/SecurityConfig/EnableInterContainerTrafficEncryption", "schema",
            True, True, {"security"})


def v_unknown_key(rng, req, i):
    cfg = req.get("AutoMLJobConfig", {})
    choices = []
    if "DataSplitConfig" in cfg:
        choices.append(("/AutoMLJobConfig/DataSplitConfig/ValidationFraktion",
                        cfg["DataSplitConfig"], "ValidationFraction", "ValidationFraktion",
                        {"split"}))
    crit = cfg.get("CompletionCriteria", {})
    if "MaxCandidates" in crit:
        choices.append(("/AutoMLJobConfig/CompletionCriteria/MaxCandidate", crit, "MaxCandidates",
                        "MaxCandidate", {"criteria"}))
    if "Tags" in req:
        choices.append(("/Tag", req, "Tags", "Tag", {"tags"}))
    ch = req["InputDataConfig"][0]
    if "CompressionType" in ch:
        choices.append(("/InputDataConfig/0/Compression", ch, "CompressionType", "Compression",
                        {"channels"}))
    if not choices or rng.random() < 0.3:
        # A member that exists one level up: easy to misplace.
        req.setdefault("AutoMLJobConfig", {})["ProblemType"] = req.get("ProblemType", "Regression")
        return ("unknown-key", "AML101", "/AutoMLJobConfig/ProblemType", "schema", True, True,
                {"criteria"})
    pointer, obj, old, new, touches = rng.choice(choices)
    items = [(new if k == old else k, v) for k, v in obj.items()]
    obj.clear()
    obj.update(items)
    return "unknown-key", "AML101", pointer, "schema", True, True, touches


def v_too_long(rng, req, i):
    which = rng.randrange(4)
    if which == 0:
        base = req["AutoMLJobName"]
        req["AutoMLJobName"] = (base + "-" + "retrain-candidate-experiment-long")[:rng.randint(33, 48)].rstrip("-") + "x"
        return "string-too-long", "AML105", "/AutoMLJobName", "schema", True, False, {"name"}
    if which == 1:
        tags = req.setdefault("Tags", [])
        tags.append({"Key": "description",
                     "Value": ("Modell für Kündigungsprognose " * 12)[:rng.randint(257, 330)].strip() + "x"})
        return ("string-too-long", "AML105", f"/Tags/{len(tags) - 1}/Value", "schema", True,
                False, {"tags"})
    if which == 2:
        ensure_deploy(req, rng)
        req["ModelDeployConfig"] = {"EndpointName": "e" + "-".join(
            ["realtime", "inference", "endpoint", "for", "the", "autopilot", "best", "candidate",
             "model"]) + "-" + "0" * rng.randint(1, 8)}
        return ("string-too-long", "AML105", "/ModelDeployConfig/EndpointName", "schema", True,
                False, {"deploy"})
    out = req["OutputDataConfig"]
    path = out["S3OutputPath"]
    while len(path) <= 512:
        path += f"run-{rng.randrange(10**8):08d}/"
    out["S3OutputPath"] = path
    return ("string-too-long", "AML201", "/OutputDataConfig/S3OutputPath", "schema", True, False,
            {"output"})


def v_too_many_tags(rng, req, i):
    n = rng.randint(51, 56)
    req["Tags"] = [{"Key": f"label-{k:02d}", "Value": rng.choice(TAG_VALUES)} for k in range(n)]
    return "too-many-tags", "AML108", "/Tags", "schema", True, False, {"tags"}


def v_missing_required(rng, req, i):
    which = rng.randrange(3)
    if which == 0:
        del req["RoleArn"]
        return "missing-required", "AML102", "", "schema", True, True, {"role"}
    if which == 1:
        del req["InputDataConfig"][0]["DataSource"]["S3DataSource"]["S3Uri"]
        return ("missing-required", "AML102", "/InputDataConfig/0/DataSource/S3DataSource",
                "schema", True, True, {"channels"})
    req["OutputDataConfig"].pop("S3OutputPath")
    if not req["OutputDataConfig"]:
        req["OutputDataConfig"]["KmsKeyId"] = "alias/autopilot"
    return "missing-required", "AML102", "/OutputDataConfig", "schema", True, True, {"output"}


def v_out_of_range(rng, req, i):
    cfg = cfg_of(req)
    crit = cfg.setdefault("CompletionCriteria", {})
    which = rng.randrange(3)
    if which == 0 and cfg.get("Mode") != "ENSEMBLING":
        crit["MaxCandidates"] = rng.choice([751, 1000, 5000])
        return ("number-out-of-range", "AML107", "/AutoMLJobConfig/CompletionCriteria/MaxCandidates",
                "schema", True, False, {"criteria"})
    if which == 1:
        crit["MaxCandidates"] = 0
        return ("number-out-of-range", "AML107", "/AutoMLJobConfig/CompletionCriteria/MaxCandidates",
                "schema", True, True, {"criteria"})
    # Beyond int32: the schema's maximum; botocore checks no maximum.
    crit["MaxRuntimePerTrainingJobInSeconds"] = rng.choice([2147483648, 3000000000])
    crit.pop("MaxAutoMLJobRuntimeInSeconds", None)
    return ("number-out-of-range", "AML107",
            "/AutoMLJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds", "schema", True,
            False, {"criteria"})


def v_fraction_one(rng, req, i):
    if len(req["InputDataConfig"]) != 1:
        return v_out_of_range(rng, req, i)
    cfg_of(req)["DataSplitConfig"] = {"ValidationFraction": 1}
    # Also 'should be < 0.5' (AML308, a warning); the error is AML301.
    return ("fraction-not-below-1", "AML301", "/AutoMLJobConfig/DataSplitConfig/ValidationFraction",
            "schema", True, False, {"split", "channels"})


def v_int_as_float(rng, req, i):
    cfg = cfg_of(req)
    crit = cfg.setdefault("CompletionCriteria", {})
    if cfg.get("Mode") == "ENSEMBLING":
        crit["MaxCandidates"] = float(rng.randint(1, 10))
    else:
        crit["MaxCandidates"] = float(rng.choice([20, 50, 100]))
    # Draft-07 counts 50.0 as an integer (a number with a zero fractional part), so JSON Schema
    # validators accept it; botocore (Python float, not int) and automl-lint do not.
    return ("integer-written-as-float", "AML103",
            "/AutoMLJobConfig/CompletionCriteria/MaxCandidates", "schema", False, True,
            {"criteria"})


def v_bad_pattern(rng, req, i):
    which = rng.randrange(5)
    if which == 0:
        account = req["RoleArn"].split(":")[4]
        req["RoleArn"] = req["RoleArn"].replace(account, account[:11], 1)
        return "pattern-mismatch", "AML106", "/RoleArn", "schema", True, False, {"role"}
    if which == 1:
        tags = req.setdefault("Tags", [])
        tags.append({"Key": rng.choice(["cost#center", "team (ml)", "owner's", "a,b", "50%"]),
                     "Value": "x"})
        return ("pattern-mismatch", "AML106", f"/Tags/{len(tags) - 1}/Key", "schema", True, False,
                {"tags"})
    if which == 2:
        s3 = req["InputDataConfig"][0]["DataSource"]["S3DataSource"]
        s3["S3Uri"] = s3["S3Uri"].replace("s3://", rng.choice(["s3:/", "s3a://", "S3://"]), 1)
        return ("pattern-mismatch", "AML106", "/InputDataConfig/0/DataSource/S3DataSource/S3Uri",
                "schema", True, False, {"channels"})
    if which == 3:
        sec = cfg_of(req).setdefault("SecurityConfig", {})
        sec["VpcConfig"] = {"SecurityGroupIds": ["sg_0a1b2c3d"], "Subnets": ["subnet-0f1e2d3c"]}
        return ("pattern-mismatch", "AML106",
                "/AutoMLJobConfig/SecurityConfig/VpcConfig/SecurityGroupIds/0", "schema", True,
                False, {"security"})
    req["OutputDataConfig"]["KmsKeyId"] = "alias/ml.autopilot"
    return "pattern-mismatch", "AML106", "/OutputDataConfig/KmsKeyId", "schema", True, False, {"output"}


def v_v2_member(rng, req, i):
    cfg = cfg_of(req)
    if "DataSplitConfig" in cfg:
        req["DataSplitConfig"] = cfg.pop("DataSplitConfig")
        member = "DataSplitConfig"
    else:
        req["SecurityConfig"] = cfg.pop("SecurityConfig", {"EnableInterContainerTrafficEncryption": True})
        member = "SecurityConfig"
    if not cfg:
        del req["AutoMLJobConfig"]
    return "v2-member-in-v1", "AML203", f"/{member}", "schema", True, True, {"split", "security"}


def v_wrong_type(rng, req, i):
    if "Tags" in req and rng.random() < 0.5:
        req["Tags"] = {t["Key"]: t["Value"] for t in req["Tags"]}
        return "wrong-type", "AML103", "/Tags", "schema", True, True, {"tags"}
    req["InputDataConfig"] = req["InputDataConfig"][0]
    return "wrong-type", "AML103", "/InputDataConfig", "schema", True, True, {"channels"}


def v_duplicate_key(rng, req, i):
    # Two "Mode" (or "AutoMLJobName") members: JSON parsers keep the last one, which is valid.
    cfg = req.get("AutoMLJobConfig")
    if cfg and "Mode" in cfg:
        # A copied line: the same value twice (automl-lint's rules read the first occurrence,
        # JSON.parse and Python's json the last; with one value both read the same request).
        first = cfg["Mode"]
        items = [(DUP_SENTINEL, ["Mode", first])] + list(cfg.items())
        cfg.clear()
        cfg.update(items)
        return "duplicate-key", "AML003", "/AutoMLJobConfig/Mode", "loader", False, False, {"mode"}
    name = req["AutoMLJobName"]
    items = [(DUP_SENTINEL, ["AutoMLJobName", name + "-draft"])] + list(req.items())
    req.clear()
    req.update(items)
    return "duplicate-key", "AML003", "/AutoMLJobName", "loader", False, False, {"name"}


# --- cross-field


def to_two_channels(req: dict) -> None:
    chans = req["InputDataConfig"]
    if len(chans) == 1:
        val = json.loads(json.dumps(chans[0]))
        val["ChannelType"] = "validation"
        s3 = val["DataSource"]["S3DataSource"]
        s3["S3Uri"] = s3["S3Uri"].replace("/train", "/validation")
        chans.append(val)
    cfg = req.get("AutoMLJobConfig", {})
    cfg.pop("DataSplitConfig", None)


def v_fraction_with_validation(rng, req, i):
    to_two_channels(req)
    cfg_of(req)["DataSplitConfig"] = {"ValidationFraction": rng.choice([0.1, 0.2, 0.3])}
    return ("fraction-with-validation-channel", "AML307",
            "/AutoMLJobConfig/DataSplitConfig/ValidationFraction", "cross-field", False, False,
            {"channels", "split"})


def set_mode(req: dict, mode: str) -> None:
    """Set Mode and keep AlgorithmsConfig, weights and MaxCandidates consistent with it."""
    cfg = cfg_of(req)
    cfg["Mode"] = mode
    cand = cfg.get("CandidateGenerationConfig", {})
    if "AlgorithmsConfig" in cand:
        if mode in MODE_ALGOS:
            cand["AlgorithmsConfig"] = [{"AutoMLAlgorithms": MODE_ALGOS[mode][:2]}]
        else:
            del cand["AlgorithmsConfig"]
            if not cand:
                del cfg["CandidateGenerationConfig"]
    if mode != "ENSEMBLING":
        for ch in req["InputDataConfig"]:
            ch.pop("SampleWeightAttributeName", None)
    else:
        crit = cfg.get("CompletionCriteria", {})
        if crit.get("MaxCandidates", 0) > 10:
            crit["MaxCandidates"] = 10


def v_weights_with_hpo(rng, req, i):
    set_mode(req, "HYPERPARAMETER_TUNING")
    col = rng.choice(WEIGHT_COLUMNS)
    for ch in req["InputDataConfig"]:
        ch["SampleWeightAttributeName"] = col
    ptr = "/InputDataConfig/0/SampleWeightAttributeName"
    return ("sample-weights-with-hpo", "AML506", ptr, "cross-field", False, False,
            {"mode", "algos", "channels", "criteria"})


def v_metric_for_problem(rng, req, i):
    problem = req.get("ProblemType") or rng.choice(list(METRICS))
    wrong = {"Regression": ["AUC", "F1", "Accuracy", "F1macro"],
             "BinaryClassification": ["RMSE", "F1macro", "MSE", "R2"],
             "MulticlassClassification": ["F1", "AUC", "MSE", "Precision"]}[problem]
    req["ProblemType"] = problem
    req["AutoMLJobObjective"] = {"MetricName": rng.choice(wrong)}
    return ("metric-not-for-problem-type", "AML402", "/AutoMLJobObjective/MetricName",
            "cross-field", False, False, {"metric"})


def v_ts_metric(rng, req, i):
    req["ProblemType"] = "Regression"
    req["AutoMLJobObjective"] = {"MetricName": rng.choice(["MAPE", "MASE", "WAPE",
                                                           "AverageWeightedQuantileLoss"])}
    return ("time-series-metric", "AML403", "/AutoMLJobObjective/MetricName", "cross-field",
            False, False, {"metric"})


def v_objective_without_problem(rng, req, i):
    if "ProblemType" in req:
        del req["AutoMLJobObjective"]
        ptr = "/ProblemType"
    else:
        req["ProblemType"] = rng.choice(list(METRICS))
        ptr = "/ProblemType"
    return ("problem-type-without-objective", "AML401", ptr, "cross-field", False, False,
            {"metric"})


def v_algos_with_auto(rng, req, i):
    set_mode(req, "AUTO")
    cfg = cfg_of(req)
    cand = cfg.setdefault("CandidateGenerationConfig", {})
    cand["AlgorithmsConfig"] = [{"AutoMLAlgorithms": rng.sample(MODE_ALGOS["ENSEMBLING"], 2)}]
    return ("algorithms-with-auto", "AML501",
            "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig", "cross-field", False,
            False, {"mode", "algos", "channels", "criteria"})


def v_algos_not_in_mode(rng, req, i):
    mode = rng.choice(["ENSEMBLING", "HYPERPARAMETER_TUNING"])
    set_mode(req, mode)
    cand = cfg_of(req).setdefault("CandidateGenerationConfig", {})
    if mode == "ENSEMBLING":
        algos = ["xgboost", "mlp"]
    else:
        algos = ["xgboost", rng.choice(["lightgbm", "catboost", "randomforest"])]
    cand["AlgorithmsConfig"] = [{"AutoMLAlgorithms": algos}]
    return ("algorithm-not-in-mode", "AML503",
            "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/1",
            "cross-field", False, False, {"mode", "algos", "channels", "criteria"})


def v_target_mismatch(rng, req, i):
    to_two_channels(req)
    val = req["InputDataConfig"][1]
    t = val["TargetAttributeName"]
    val["TargetAttributeName"] = t.upper() if t != t.upper() else t.lower()
    return ("channel-target-mismatch", "AML305", "/InputDataConfig/1/TargetAttributeName",
            "cross-field", False, False, {"channels", "split"})


def v_content_type(rng, req, i):
    bad = rng.choice(["text/csv", "application/x-parquet", "application/json", "text/csv; header=absent"])
    for ch in req["InputDataConfig"]:
        ch["ContentType"] = bad
        ch.pop("CompressionType", None)
    return ("content-type-not-allowed", "AML309", "/InputDataConfig/0/ContentType",
            "cross-field", False, False, {"channels"})


def v_two_training(rng, req, i):
    to_two_channels(req)
    for ch in req["InputDataConfig"]:
        ch.pop("ChannelType", None)
    req["InputDataConfig"][1]["DataSource"]["S3DataSource"]["S3Uri"] = req["InputDataConfig"][1][
        "DataSource"]["S3DataSource"]["S3Uri"].replace("/validation", "/train-extra")
    return ("two-training-channels", "AML303", "/InputDataConfig", "cross-field", False, False,
            {"channels", "split"})


def v_augmented_manifest(rng, req, i):
    for ch in req["InputDataConfig"]:
        s3 = ch["DataSource"]["S3DataSource"]
        s3["S3DataType"] = "AugmentedManifestFile"
        if not s3["S3Uri"].endswith(".manifest"):
            s3["S3Uri"] = s3["S3Uri"].rstrip("/") + ".manifest"
    return ("augmented-manifest-in-v1", "AML311",
            "/InputDataConfig/0/DataSource/S3DataSource/S3DataType", "cross-field", False, False,
            {"channels"})


def v_endpoint_with_autogen(rng, req, i):
    ensure_deploy(req, rng)
    req["ModelDeployConfig"] = {"AutoGenerateEndpointName": True,
                                "EndpointName": rng.choice(["churn-ep", "best-model", "autopilot-live"])}
    return ("endpoint-name-with-autogenerate", "AML701", "/ModelDeployConfig/EndpointName",
            "cross-field", False, False, {"deploy"})


def v_deploy_without_name(rng, req, i):
    ensure_deploy(req, rng)
    req["ModelDeployConfig"] = rng.choice([{}, {"AutoGenerateEndpointName": False}])
    return ("deploy-without-endpoint-name", "AML702", "/ModelDeployConfig", "cross-field", False,
            False, {"deploy"})


def v_duplicate_tag_keys(rng, req, i):
    tags = req.setdefault("Tags", [])
    if not tags:
        tags.append({"Key": "team", "Value": "pricing"})
    tags.append({"Key": tags[0]["Key"], "Value": rng.choice(TAG_VALUES)})
    return ("duplicate-tag-keys", "AML204", f"/Tags/{len(tags) - 1}/Key", "cross-field", False,
            False, {"tags"})


# (function, weight)
KINDS = [
    (v_enum_case, 8), (v_name_underscore, 5), (v_number_as_string, 5), (v_bool_as_string, 2),
    (v_unknown_key, 6), (v_too_long, 5), (v_too_many_tags, 3), (v_missing_required, 4),
    (v_out_of_range, 3), (v_fraction_one, 2), (v_int_as_float, 2), (v_bad_pattern, 5),
    (v_v2_member, 2), (v_wrong_type, 2), (v_duplicate_key, 2),
    (v_fraction_with_validation, 5), (v_weights_with_hpo, 5), (v_metric_for_problem, 5),
    (v_ts_metric, 2), (v_objective_without_problem, 2), (v_algos_with_auto, 4),
    (v_algos_not_in_mode, 3), (v_target_mismatch, 3), (v_content_type, 3), (v_two_training, 2),
    (v_augmented_manifest, 2), (v_endpoint_with_autogen, 3), (v_deploy_without_name, 2),
    (v_duplicate_tag_keys, 2),
]
KIND_FUNCS = [k for k, _ in KINDS]
KIND_WEIGHTS = [w for _, w in KINDS]

# Tags are added before the violations (to size the file), so a tag violation shifts nothing.


def apply_violations(rng: random.Random, req: dict, index: int) -> list[dict]:
    count = 2 if rng.random() < TWO_VIOLATIONS_RATE else 1
    done: list[dict] = []
    touched: set = set()
    for _ in range(20):
        if len(done) == count:
            break
        func = rng.choices(KIND_FUNCS, KIND_WEIGHTS)[0]
        if any(d["_func"] == func.__name__ for d in done):
            continue
        trial = json.loads(json.dumps(req))
        trial_rng = random.Random(rng.random())
        try:
            result = func(trial_rng, trial, index)
        except (KeyError, IndexError, TypeError, AttributeError, ValueError):
            continue  # the first violation removed what this one needs
        kind, rule, pointer, level, schema, botocore, touches = result
        if touched & touches:
            continue
        # Commit: apply for real with the same random choices.
        req.clear()
        req.update(trial)
        touched |= touches
        done.append({"_func": func.__name__, "kind": kind, "rule": rule, "pointer": pointer,
                     "level": level, "schema": schema, "botocore": botocore})
    for d in done:
        del d["_func"]
    return done


def render(req: dict, indent: int | None, ascii_only: bool) -> str:
    text = serialize(req, indent, ascii_only)
    if DUP_SENTINEL in text:
        # "<sentinel>": ["Key", "first value"]  ->  "Key": "first value"
        start = text.index(f'"{DUP_SENTINEL}"')
        end = text.index("]", start) + 1
        fragment = json.loads(text[text.index("[", start):end])
        text = (text[:start] + json.dumps(fragment[0]) + ": " +
                json.dumps(fragment[1], ensure_ascii=ascii_only) + text[end:])
    return text


def make_request(seed: int, index: int) -> tuple[dict, int | None, bool, list[dict]]:
    """File i's request, its JSON indent and escaping, and its violations."""
    rng = random.Random(f"automl-lint-bench:{seed}:{index}")
    req = make_valid(rng, index)
    style = rng.random()
    indent = 2 if style < 0.8 or index == 0 else (4 if style < 0.9 else None)
    ascii_only = rng.random() < 0.1 and index != 0
    target_size = rng.randint(1500, 1900) if index != 0 else 1700
    add_tags(rng, req, target_size, indent, ascii_only)
    invalid = index != 0 and rng.random() < INVALID_RATE
    violations = apply_violations(rng, req, index) if invalid else []
    return req, indent, ascii_only, violations


def make_file(seed: int, index: int, fmt: str = "json") -> tuple[str, list[dict]]:
    """File i's text (JSON, or its YAML twin, checked to read back the same) and violations."""
    req, indent, ascii_only, violations = make_request(seed, index)
    text = render(req, indent, ascii_only)
    if fmt == "yaml":
        yaml_text = yaml_writer.to_yaml(req, ascii_only)
        yaml_writer.check_round_trip(yaml_text, text)
        return yaml_text, violations
    return text, violations


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def stamp(seed: int, size: int, fmt: str = "json") -> str:
    h = file_hash(Path(__file__))
    if fmt == "yaml":
        h += "+" + file_hash(Path(yaml_writer.__file__))
    return f"v{GENERATOR_VERSION}:{h}:seed={seed}:n={size}" + ("" if fmt == "json" else f":{fmt}")


def up_to_date(folder: Path, want: str, force: bool) -> bool:
    try:
        if not force and json.loads((folder / "manifest.json").read_text())["stamp"] == want:
            print(f"{folder}: up to date", file=sys.stderr)
            return True
    except (OSError, ValueError, KeyError):
        pass
    return False


def write_manifest(folder: Path, manifest: dict) -> None:
    tmp = folder / "manifest.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    os.replace(tmp, folder / "manifest.json")


def make_corpus(out: Path, seed: int, size: int, force: bool, fmt: str = "json") -> Path:
    folder = out / (f"n{size}" if fmt == "json" else f"n{size}-{fmt}")
    want = stamp(seed, size, fmt)
    if up_to_date(folder, want, force):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"r*.{fmt}"):
        old.unlink()
    invalid: dict = {}
    by_kind: dict = {}
    names = []
    total_bytes = 0
    for i in range(size):
        name = f"r{i:06d}.{fmt}"
        text, violations = make_file(seed, i, fmt)
        data = text.encode("utf-8")
        total_bytes += len(data)
        (folder / name).write_bytes(data)
        names.append(name)
        if violations:
            invalid[name] = violations
            for v in violations:
                by_kind[v["kind"]] = by_kind.get(v["kind"], 0) + 1
    (folder / "files.txt").write_text("".join(n + "\n" for n in names))
    manifest = {
        "stamp": want,
        "generator": "bench/make_corpus.py",
        "format": fmt,
        "api": "v1",
        "seed": seed,
        "files": size,
        "bytes": total_bytes,
        "valid": size - len(invalid),
        "invalid_count": len(invalid),
        "invalid_schema_detectable": sum(any(v["schema"] for v in vs) for vs in invalid.values()),
        "invalid_botocore_detectable": sum(any(v["botocore"] for v in vs) for vs in invalid.values()),
        "violations_by_kind": dict(sorted(by_kind.items())),
        "invalid": invalid,
    }
    if fmt == "yaml":
        manifest["read_back_with"] = yaml_writer.loader_name()
    write_manifest(folder, manifest)
    print(f"{folder}: {size} files, {total_bytes / max(size, 1):.0f} B average, "
          f"{len(invalid)} invalid", file=sys.stderr)
    return folder


# In a CreateAutoMLJobV2 request, a V1 violation is the same mistake at its V2 place, with the
# same rule, except these: a V2 member at the top of a V1 request is at its place once migrated
# (no violation); AugmentedManifestFile, AML311's in V1, is AML314's in V2 (tabular jobs take
# S3Prefix or ManifestFile); a ProblemType misplaced in AutoMLJobConfig moves to
# TabularJobConfig.ProblemType, where it is a problem type without an objective (AML401; with a
# ProblemType at the top too, migrate refuses the file). And V2 has a rule V1 has not: Gzip for
# S3Prefix only (AML315), so a valid V1 request whose ManifestFile channel says Gzip is invalid
# as V2.
V2_RULES = {"v2-member-in-v1": None, "augmented-manifest-in-v1": "AML314",
            ("unknown-key", "/AutoMLJobConfig/ProblemType"): "AML401"}


def v2_rule(v: dict) -> str | None:
    key = (v["kind"], v["pointer"])
    return V2_RULES[key] if key in V2_RULES else V2_RULES.get(v["kind"], v["rule"])


def gzip_outside_s3prefix(request) -> list[dict]:
    channels = request.get("InputDataConfig") if isinstance(request, dict) else None
    found = []
    for i, ch in enumerate(channels if isinstance(channels, list) else []):
        source = ch.get("DataSource", {}).get("S3DataSource", {}) if isinstance(ch, dict) else {}
        if (ch.get("CompressionType") == "Gzip" and
                source.get("S3DataType") in ("ManifestFile", "AugmentedManifestFile")):
            found.append({"kind": "gzip-outside-s3prefix-in-v2", "rule": "AML315",
                          "pointer": f"/AutoMLJobInputDataConfig/{i}/CompressionType",
                          "level": "cross-field", "schema": False, "botocore": False})
    return found


def v2_violations(v1_violations: list[dict], v1_text: bytes) -> list[dict]:
    """What automl-lint must report on the migration of a V1 file (pointers stay V1's)."""
    out = [{**v, "rule": v2_rule(v)} for v in v1_violations if v2_rule(v)]
    return out + gzip_outside_s3prefix(json.loads(v1_text))


def make_v2_corpus(out: Path, size: int, tool: Path, force: bool) -> Path:
    """n<size>-v2/: every file of n<size>/ through `automl-lint migrate`, or as it is if refused."""
    v1 = out / f"n{size}"
    folder = out / f"n{size}-v2"
    manifest = json.loads((v1 / "manifest.json").read_text())
    want = f"{manifest['stamp']}:v2:{file_hash(tool)}"
    if up_to_date(folder, want, force):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    names = (v1 / "files.txt").read_text().split()
    v1_invalid = manifest["invalid"]
    invalid: dict = {}
    kept_v1 = []
    total_bytes = 0
    for name in names:
        result = subprocess.run([str(tool), "migrate", name], cwd=v1, capture_output=True)
        original = (v1 / name).read_bytes()
        if result.returncode == 0:
            data, violations = result.stdout, v2_violations(v1_invalid.get(name, []), original)
        else:
            data, violations = original, v1_invalid.get(name, [])
            kept_v1.append(name)
        (folder / name).write_bytes(data)
        total_bytes += len(data)
        if violations:
            invalid[name] = violations
    (folder / "files.txt").write_text("".join(n + "\n" for n in names))
    manifest.update({"stamp": want, "api": "v2", "migrated_from": v1.name, "bytes": total_bytes,
                     "kept_v1": kept_v1,
                     "kept_v1_valid": [n for n in kept_v1 if n not in v1_invalid],
                     "valid": size - len(invalid), "invalid_count": len(invalid),
                     "invalid_v1": len(v1_invalid), "invalid": invalid})
    for key in ("invalid_schema_detectable", "invalid_botocore_detectable", "violations_by_kind"):
        manifest.pop(key, None)
    write_manifest(folder, manifest)
    print(f"{folder}: {size} files migrated to V2, {len(kept_v1)} kept as V1 (refused)",
          file=sys.stderr)
    return folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "corpus"))
    ap.add_argument("--sizes", default=DEFAULT_SIZES)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--twin-sizes", default=DEFAULT_TWIN_SIZES,
                    help="sizes that also get a YAML and a V2 twin ('' for none)")
    ap.add_argument("--automl-lint", type=Path, help="the binary whose migrate makes the V2 twins")
    ap.add_argument("--force", action="store_true", help="rewrite even if up to date")
    args = ap.parse_args()
    out = Path(args.out)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    for size in sizes:
        make_corpus(out, args.seed, size, args.force)
    for size in [int(s) for s in args.twin_sizes.split(",") if s and int(s) in sizes]:
        make_corpus(out, args.seed, size, args.force, "yaml")
        if args.automl_lint:
            make_v2_corpus(out, size, args.automl_lint.resolve(), args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
