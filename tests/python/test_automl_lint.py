#!/usr/bin/env python3
"""The Python module automl_lint: lint() against the CLI, and guard() with the real boto3.

Run by meson once per interpreter of -Dpython (PYTHONPATH: the package in the build tree), each
with the boto3 / botocore it has: the pyenv interpreter's newer boto3 with moto, Debian's
python3-boto3 1.26 / botocore 1.29 (no CreateAutoMLJobV2 in its model, no moto).

guard() is tested against a SageMaker endpoint on 127.0.0.1 that records every request reaching
it: moto's server where moto is installed (CreateAutoMLJobV2 creates a job that
DescribeAutoMLJobV2 then returns; moto has no CreateAutoMLJob, so the recorder answers that one
as the service does), else a small http.server that answers CreateAutoMLJob(V2) with
{"AutoMLJobArn": ...}. A valid request arrives and its job is created; an invalid one raises
LintError and the endpoint sees nothing. Where botocore's model lacks CreateAutoMLJobV2, the test
gives it one through AWS_DATA_PATH: a service-2.json written from the project's own model extract
(schemas/model/sagemaker-automl.json) into the build directory. Dummy credentials; nothing but
127.0.0.1 is contacted.

Usage: python3 tests/python/test_automl_lint.py   (environment: PYTHONPATH, AUTOML_LINT_CLI,
AUTOML_LINT_SOURCE_DIR, AUTOML_LINT_TEST_WORK; meson sets them)
"""

import copy
import datetime
import http.server
import io
import json
import logging
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import unittest
import uuid

SOURCE = pathlib.Path(os.environ.get("AUTOML_LINT_SOURCE_DIR",
                                     pathlib.Path(__file__).resolve().parents[2]))
CLI = os.environ.get("AUTOML_LINT_CLI")
WORK = pathlib.Path(os.environ.get("AUTOML_LINT_TEST_WORK") or tempfile.mkdtemp())

# boto3 stays on this machine: dummy credentials, no configuration files, no proxy, no instance
# metadata; the clients below name their endpoint on 127.0.0.1.
for _variable in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                  "all_proxy", "AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SAGEMAKER"]:
    os.environ.pop(_variable, None)
os.environ.update(
    AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_SESSION_TOKEN="testing",
    AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE=os.devnull,
    AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_EC2_METADATA_DISABLED="true",
    NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")

import automl_lint  # noqa: E402

import boto3  # noqa: E402
import botocore  # noqa: E402
import botocore.config  # noqa: E402
import botocore.session  # noqa: E402

try:
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import make_server
    HAVE_MOTO = True
except ImportError:
    HAVE_MOTO = False

ACCOUNT = "123456789012"
OPERATIONS = ["CreateAutoMLJob", "CreateAutoMLJobV2"]

# The SageMaker service's metadata, as botocore's own model has it.
SAGEMAKER_METADATA = {
    "apiVersion": "2017-07-24", "endpointPrefix": "api.sagemaker", "jsonVersion": "1.1",
    "protocol": "json", "serviceAbbreviation": "SageMaker",
    "serviceFullName": "Amazon SageMaker Service", "serviceId": "SageMaker",
    "signatureVersion": "v4", "signingName": "sagemaker", "targetPrefix": "SageMaker",
    "uid": "sagemaker-2017-07-24",
}


def write_model_from_extract(data_path):
    """A botocore service-2.json for sagemaker with CreateAutoMLJob and CreateAutoMLJobV2 and
    their shapes, from schemas/model/sagemaker-automl.json; returns the data path to use."""
    extract = json.loads((SOURCE / "schemas/model/sagemaker-automl.json").read_text())
    shapes = dict(extract["shapes"])
    shapes["AutoMLJobArn"] = {"type": "string", "max": 256, "min": 1}
    operations = {}
    for operation in OPERATIONS:
        shapes[f"{operation}Response"] = {
            "type": "structure", "required": ["AutoMLJobArn"],
            "members": {"AutoMLJobArn": {"shape": "AutoMLJobArn"}}}
        operations[operation] = {
            "name": operation, "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": f"{operation}Request"},
            "output": {"shape": f"{operation}Response"}}
    model = {"version": "2.0", "metadata": SAGEMAKER_METADATA, "operations": operations,
             "shapes": shapes}
    folder = data_path / "sagemaker" / extract["api_version"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "service-2.json").write_text(json.dumps(model, indent=1))
    return data_path


def botocore_operations():
    return set(botocore.session.Session().get_service_model("sagemaker").operation_names)


MODEL_FROM_EXTRACT = "CreateAutoMLJobV2" not in botocore_operations()
if MODEL_FROM_EXTRACT:
    os.environ["AWS_DATA_PATH"] = str(write_model_from_extract(WORK / "aws-data"))


def example(name):
    """An example request as the dict of kwargs a boto3 call takes, with a unique job name."""
    request = json.loads((SOURCE / "examples" / name).read_text())
    request["AutoMLJobName"] = f"t{uuid.uuid4().hex[:20]}"
    return request


class Endpoint:
    """SageMaker on 127.0.0.1: records (X-Amz-Target, body) of every request that reaches it."""

    def __init__(self):
        self.requests = []
        self.jobs = {}  # created by the recorder itself (CreateAutoMLJob under moto, or all)
        self.lock = threading.Lock()
        if HAVE_MOTO:
            moto_app = DomainDispatcherApplication(create_backend_app)
            self.server = make_server("127.0.0.1", 0, self._wsgi(moto_app), threaded=True)
            self.kind = "moto"
        else:
            self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
            self.kind = "http.server"
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    def created(self):
        """The Create* requests that reached the endpoint: [(operation, body)]."""
        with self.lock:
            return [(target.split(".")[-1], body) for target, body in self.requests
                    if target.split(".")[-1] in OPERATIONS]

    def _record(self, target, raw):
        body = json.loads(raw or b"{}")
        with self.lock:
            self.requests.append((target, body))
        return body

    def _answer_create(self, body):
        """What SageMaker answers to CreateAutoMLJob(V2): the job's ARN."""
        name = body.get("AutoMLJobName", "")
        arn = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:automl-job/{name.lower()}"
        with self.lock:
            self.jobs[name] = arn
        return json.dumps({"AutoMLJobArn": arn}).encode()

    def _wsgi(self, moto_app):
        def app(environ, start_response):
            raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            environ["wsgi.input"] = io.BytesIO(raw)
            target = environ.get("HTTP_X_AMZ_TARGET", "")
            body = self._record(target, raw)
            if target == "SageMaker.CreateAutoMLJob":  # moto has no CreateAutoMLJob
                start_response("200 OK", [("Content-Type", "application/x-amz-json-1.1")])
                return [self._answer_create(body)]
            return moto_app(environ, start_response)
        return app

    def _handler(self):
        endpoint = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's name)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                target = self.headers.get("X-Amz-Target", "")
                body = endpoint._record(target, raw)
                if target.split(".")[-1] in OPERATIONS:
                    status, answer = 200, endpoint._answer_create(body)
                else:
                    status, answer = 400, b'{"__type": "UnknownOperationException"}'
                self.send_response(status)
                self.send_header("Content-Type", "application/x-amz-json-1.1")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        return Handler


def cli_json(*arguments):
    output = subprocess.run([CLI, "--format", "json", *map(str, arguments)], cwd=SOURCE,
                            capture_output=True, text=True)
    return json.loads(output.stdout)


class LintTest(unittest.TestCase):
    def test_path_gives_what_the_cli_prints(self):
        if not CLI:
            self.skipTest("AUTOML_LINT_CLI is not set")
        paths = sorted((SOURCE / "examples").glob("*/*.json"))
        self.assertGreater(len(paths), 10)
        for path in paths:
            relative = path.relative_to(SOURCE)
            with self.subTest(path=str(relative)):
                expected = cli_json(relative)
                got = automl_lint.lint(pathlib.Path(SOURCE / relative))
                self.assertEqual([d.to_dict() for d in got],
                                 [dict(d, file=str(SOURCE / relative)) for d in expected])
                self.assertEqual(automl_lint.lint(str(SOURCE / relative)), got)

    def test_dict_is_linted_as_its_json(self):
        request = json.loads((SOURCE / "examples/invalid/enum-wrong-case.json").read_text())
        before = copy.deepcopy(request)
        diagnostics = automl_lint.lint(request)
        self.assertEqual(request, before)
        self.assertEqual([(d.rule, d.pointer) for d in diagnostics],
                         [("AML104", "/ProblemType"), ("AML104", "/AutoMLJobConfig/Mode")])
        d = diagnostics[0]
        self.assertEqual((d.file, d.severity), ("<request>", "error"))
        self.assertIn("'MultiClassClassification'", d.message)
        self.assertEqual(d.hint, "did you mean 'MulticlassClassification'?")
        self.assertEqual(d.name, automl_lint._core.rule_name("AML104"))
        self.assertTrue(d.name)
        self.assertTrue(str(d).startswith("<request>:1:"), str(d))
        self.assertEqual(automl_lint.lint(example("valid/v2-food-demand-forecast.json")), [])

    def test_str_is_text_or_path_by_its_first_character(self):
        text = (SOURCE / "examples/invalid/enum-wrong-case.json").read_text()
        self.assertEqual([(d.file, d.rule, d.line) for d in automl_lint.lint(text)],
                         [("<string>", "AML104", 17), ("<string>", "AML104", 26)])
        self.assertEqual([d.rule for d in automl_lint.lint("  \n" + text)], ["AML104"] * 2)
        self.assertEqual([d.file for d in automl_lint.lint(text.encode())], ["<bytes>"] * 2)
        not_json = automl_lint.lint("ProblemType: Regression\nRoleArn: x\n")
        self.assertEqual(not_json[0].file, "<string>")  # request text, not a path
        missing = automl_lint.lint("no/such/request.json")
        self.assertEqual([(d.file, d.rule) for d in missing], [("no/such/request.json", "AML005")])
        self.assertEqual([d.rule for d in automl_lint.lint(pathlib.Path("{odd}.json"))],
                         ["AML005"])
        with self.assertRaises(TypeError):
            automl_lint.lint(42)

    def test_values_that_are_not_json_are_refused(self):
        request = example("valid/churn-binary-classification.json")
        request["Tags"] = [{"Key": "created", "Value": datetime.datetime(2024, 1, 1)}]
        with self.assertRaisesRegex(TypeError, r"datetime\.datetime at /Tags/0/Value"):
            automl_lint.lint(request)
        request["Tags"] = [{"Key": "k", "Value": b"bytes"}]
        with self.assertRaisesRegex(TypeError, r"bytes at /Tags/0/Value"):
            automl_lint.lint(request)
        with self.assertRaisesRegex(TypeError, r"key 1 \(int\) at /AutoMLJobConfig"):
            automl_lint.lint({"AutoMLJobName": "x", "AutoMLJobConfig": {1: 2}})
        with self.assertRaisesRegex(ValueError, r"nan at /a~1b"):
            automl_lint.lint({"a/b": float("nan")})
        loop = {"AutoMLJobName": "x"}
        loop["Self"] = [loop]
        with self.assertRaisesRegex(ValueError, "contains itself at /Self/0"):
            automl_lint.lint(loop)
        tuple_name = automl_lint.lint({"AutoMLJobName": ("not", "a", "name")})
        self.assertIn(("AML103", "/AutoMLJobName"),  # a tuple is a JSON list: the wrong type
                      [(d.rule, d.pointer) for d in tuple_name])

    def test_options(self):
        v2 = SOURCE / "examples/invalid/v2-forecast-mistakes.json"
        self.assertEqual({d.rule for d in automl_lint.lint(v2)}, {"AML901", "AML904", "AML913"})
        self.assertNotIn("AML901", {d.rule for d in automl_lint.lint(v2, api="v1")})
        self.assertEqual(automl_lint.lint(v2, api="V2"), automl_lint.lint(v2))
        self.assertEqual({d.rule for d in automl_lint.lint(v2, select="AML901, AML904")},
                         {"AML901", "AML904"})
        # Without the rules that replace them, the schema's own findings are back.
        self.assertEqual({d.rule for d in automl_lint.lint(v2, ignore=["AML9"])}, {"AML106"})
        with self.assertRaises(ValueError):
            automl_lint.lint(v2, api="v3")
        with self.assertRaises(TypeError):
            automl_lint.lint(v2, select=[901])

    def test_data_root(self):
        request = SOURCE / "examples/with-data/invalid-churn.json"
        with_data = automl_lint.lint(request, data_root=SOURCE / "examples/data-root")
        self.assertTrue(any(d.rule.startswith("AML8") for d in with_data), with_data)
        self.assertFalse(any(d.rule.startswith("AML8") for d in automl_lint.lint(request)))
        with self.assertRaises(NotADirectoryError):
            automl_lint.lint(request, data_root=SOURCE / "no-such-folder")

    def test_threads_share_linters(self):
        request = example("invalid/v2-forecast-mistakes.json")
        results = []

        def run():
            results.append([d.rule for d in automl_lint.lint(request)])

        threads = [threading.Thread(target=run) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(results), 4)
        self.assertEqual(len({tuple(r) for r in results}), 1)

    def test_package_is_typed(self):
        package = pathlib.Path(automl_lint.__file__).parent
        self.assertTrue((package / "py.typed").is_file())
        self.assertTrue((package / "_core.pyi").is_file())
        self.assertEqual(automl_lint.__version__, automl_lint._core.version())
        for function in [automl_lint.lint, automl_lint.guard, automl_lint.LintError,
                         automl_lint.Diagnostic]:
            self.assertTrue(function.__doc__)


class GuardTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.endpoint = Endpoint()
        session = boto3.session.Session(region_name="us-east-1")
        cls.client = session.client(
            "sagemaker", endpoint_url=cls.endpoint.url,
            config=botocore.config.Config(retries={"max_attempts": 1}))
        cls.unguarded = session.client("sagemaker", endpoint_url=cls.endpoint.url)
        automl_lint.guard(cls.client)

    @classmethod
    def tearDownClass(cls):
        cls.endpoint.stop()

    def setUp(self):
        with self.endpoint.lock:
            self.endpoint.requests.clear()

    def test_the_client_has_both_operations(self):
        names = set(self.client.meta.service_model.operation_names)
        self.assertLessEqual(set(OPERATIONS), names)
        print(f"\n  boto3 {boto3.__version__}, botocore {botocore.__version__}, "
              f"endpoint: {self.endpoint.kind}, CreateAutoMLJobV2 from "
              f"{'the project model extract (AWS_DATA_PATH)' if MODEL_FROM_EXTRACT else 'botocore'}",
              file=sys.stderr)

    def test_a_valid_v1_request_is_sent(self):
        request = example("valid/churn-binary-classification.json")
        before = copy.deepcopy(request)
        response = self.client.create_auto_ml_job(**request)
        self.assertEqual(request, before)  # the parameters are left untouched
        self.assertTrue(response["AutoMLJobArn"].endswith(request["AutoMLJobName"].lower()))
        self.assertEqual(self.endpoint.created(), [("CreateAutoMLJob", request)])

    def test_a_valid_v2_request_is_sent_and_its_job_created(self):
        request = example("valid/v2-food-demand-forecast.json")
        # Optional for the service, but moto 5 fails (HTTP 500) on a problem type configuration
        # without CompletionCriteria.
        request["AutoMLProblemTypeConfig"]["TimeSeriesForecastingJobConfig"][
            "CompletionCriteria"] = {"MaxAutoMLJobRuntimeInSeconds": 7200}
        before = copy.deepcopy(request)
        response = self.client.create_auto_ml_job_v2(**request)
        self.assertEqual(request, before)
        self.assertIn(request["AutoMLJobName"].lower(), response["AutoMLJobArn"].lower())
        self.assertEqual(self.endpoint.created(), [("CreateAutoMLJobV2", request)])
        if self.endpoint.kind == "moto":
            job = self.client.describe_auto_ml_job_v2(AutoMLJobName=request["AutoMLJobName"])
            self.assertEqual(job["AutoMLJobArn"], response["AutoMLJobArn"])
            self.assertEqual(job["AutoMLProblemTypeConfig"],
                             request["AutoMLProblemTypeConfig"])
        else:
            self.assertIn(request["AutoMLJobName"], self.endpoint.jobs)

    def test_an_invalid_v1_request_raises_before_sending(self):
        request = example("invalid/enum-wrong-case.json")
        before = copy.deepcopy(request)
        with self.assertRaises(automl_lint.LintError) as raised:
            self.client.create_auto_ml_job(**request)
        self.assertEqual(self.endpoint.requests, [])  # nothing reached the endpoint
        self.assertEqual(request, before)
        error = raised.exception
        self.assertEqual(error.operation, "CreateAutoMLJob")
        self.assertEqual([(d.rule, d.pointer) for d in error.diagnostics],
                         [("AML104", "/ProblemType"), ("AML104", "/AutoMLJobConfig/Mode")])
        self.assertIn("/ProblemType: error: Value 'MultiClassClassification'", str(error))
        self.assertIn("hint: did you mean 'MulticlassClassification'?", str(error))
        # The same request without the guard does reach the endpoint: the guard stopped it.
        self.unguarded.create_auto_ml_job(**request)
        self.assertEqual(len(self.endpoint.created()), 1)

    def test_an_invalid_v2_request_raises_before_sending(self):
        request = example("invalid/v2-forecast-mistakes.json")
        with self.assertRaises(automl_lint.LintError) as raised:
            self.client.create_auto_ml_job_v2(**request)
        self.assertEqual(self.endpoint.requests, [])
        rules = [d.rule for d in raised.exception.diagnostics]
        self.assertEqual(sorted(rules), ["AML901", "AML904", "AML913"])
        self.assertIn("/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastFrequency",
                      str(raised.exception))
        self.assertTrue(all(d.file == "<CreateAutoMLJobV2 request>"
                            for d in raised.exception.diagnostics))

    def test_the_operation_decides_the_api(self):
        # A V2 request sent as CreateAutoMLJob is linted as V1: its V2 members are findings.
        request = example("valid/v2-food-demand-forecast.json")
        with self.assertRaises(automl_lint.LintError) as raised:
            self.client.create_auto_ml_job(**request)
        self.assertEqual(self.endpoint.requests, [])
        self.assertIn("AutoMLProblemTypeConfig", str(raised.exception))

    def test_fail_on(self):
        request = json.loads((SOURCE / "tests/fixtures/realistic/"
                              "sdk-automl-validation-channel-sample-weights.json").read_text())
        request["AutoMLJobName"] = f"w{uuid.uuid4().hex[:20]}"
        with self.assertLogs("automl_lint", logging.WARNING) as logged:
            self.client.create_auto_ml_job(**request)  # a warning only: sent, and logged
        self.assertIn("AML506", "\n".join(logged.output))
        self.assertEqual(len(self.endpoint.created()), 1)
        strict = boto3.session.Session(region_name="us-east-1").client(
            "sagemaker", endpoint_url=self.endpoint.url)
        automl_lint.guard(strict)
        automl_lint.guard(strict, fail_on="warning")  # guard() again replaces the settings
        with self.assertRaises(automl_lint.LintError) as raised:
            strict.create_auto_ml_job(**request)
        self.assertEqual(raised.exception.fail_on, "warning")
        self.assertEqual(len(self.endpoint.created()), 1)
        with self.assertRaises(ValueError):
            automl_lint.guard(strict, fail_on="fatal")

    def test_only_sagemaker_clients(self):
        s3 = boto3.session.Session(region_name="us-east-1").client(
            "s3", endpoint_url=self.endpoint.url)
        with self.assertRaises(ValueError):
            automl_lint.guard(s3)


if __name__ == "__main__":
    unittest.main(verbosity=2)
