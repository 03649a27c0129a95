"""Lint Amazon SageMaker Autopilot requests before they are sent.

automl_lint checks ``CreateAutoMLJob`` (V1) and ``CreateAutoMLJobV2`` (V2) requests: a dict of
the keyword arguments boto3's ``create_auto_ml_job(**kwargs)`` / ``create_auto_ml_job_v2`` take,
a request file's text, or its path. Each finding has the fields of ``automl-lint --format json``::

    import automl_lint

    for d in automl_lint.lint("request.json"):
        print(f"{d.file}:{d.line}:{d.column}: {d.severity}: {d.message} [{d.rule}]")

    sagemaker = automl_lint.guard(boto3.client("sagemaker"))
    sagemaker.create_auto_ml_job_v2(**request)  # raises automl_lint.LintError before sending

The checks run in the C++ library (the one behind the ``automl-lint`` command); linting releases
the GIL, and every function here is thread-safe.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import math
import os
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Union

from . import _core

__all__ = ["Diagnostic", "LintError", "guard", "lint", "SEVERITIES", "__version__"]

__version__: str = _core.version()

#: The severities, least severe first (``fail_on`` and ``Diagnostic.severity`` take these).
SEVERITIES = ("info", "warning", "error")

_API_CODES = {None: 0, "auto": 0, "v1": 1, "v2": 2}
#: The operations guard() checks, and the API each is linted as.
_GUARDED_OPERATIONS = {"CreateAutoMLJob": "v1", "CreateAutoMLJobV2": "v2"}

_logger = logging.getLogger("automl_lint")

Request = Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"]
Rules = Union[str, Iterable[str], None]


@dataclasses.dataclass(frozen=True)
class Diagnostic:
    """One finding about one place in a request: the fields of the CLI's JSON output.

    Attributes:
        file: The input's display name: the path, ``<request>`` for a dict, ``<string>`` for
            request text, ``<bytes>`` for bytes, or the operation name under guard().
        rule: The rule id, e.g. ``"AML104"``.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        message: One sentence in the service's vocabulary.
        pointer: The RFC 6901 JSON pointer of the member (``""`` is the whole request).
        line: 1-based line in the input; 0 when it has no position (a missing file, a dict's
            position in the JSON that lint() wrote for it is meaningless: use ``pointer``).
        column: 1-based column, in Unicode code points; 0 with ``line``.
        hint: How to fix it; may be ``""``.
    """

    file: str
    rule: str
    severity: str
    message: str
    pointer: str
    line: int
    column: int
    hint: str

    @property
    def name(self) -> Optional[str]:
        """The rule's kebab-case name (e.g. ``"enum-value"``), or None for an unknown id."""
        return _core.rule_name(self.rule)

    def to_dict(self) -> dict[str, Any]:
        """The diagnostic as ``automl-lint --format json`` prints it (the same keys)."""
        return dataclasses.asdict(self)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message} [{self.rule}]"


class LintError(Exception):
    """A request that guard() stopped before it was sent.

    Attributes:
        operation: ``"CreateAutoMLJob"`` or ``"CreateAutoMLJobV2"``.
        diagnostics: Every finding about the request (list of Diagnostic), the ones below
            ``fail_on`` too; the message lists them with their JSON pointers.
        fail_on: The severity that made the call fail.
    """

    def __init__(self, operation: str, diagnostics: list[Diagnostic], fail_on: str) -> None:
        self.operation = operation
        self.diagnostics = list(diagnostics)
        self.fail_on = fail_on
        failing = sum(1 for d in self.diagnostics if _rank(d.severity) >= _rank(fail_on))
        lines = [f"{operation} request not sent: automl-lint found {failing} "
                 f"{'problem' if failing == 1 else 'problems'} at or above {fail_on}:"]
        for d in self.diagnostics:
            lines.append(f"  {d.pointer or '(the request)'}: {d.severity}: {d.message} [{d.rule}]")
            if d.hint:
                lines.append(f"    hint: {d.hint}")
        super().__init__("\n".join(lines))


def lint(request: Request, *, api: Optional[str] = None, data_root: Union[str,
         "os.PathLike[str]", None] = None, select: Rules = None,
         ignore: Rules = None) -> list[Diagnostic]:
    """Lints one request and returns its diagnostics, sorted by position then rule id.

    Args:
        request: What to lint:
            - a dict (any Mapping): the keyword arguments of ``create_auto_ml_job`` or
              ``create_auto_ml_job_v2``, serialised with ``json.dumps``. Every value must be JSON
              (str, int, float, bool, None, list, tuple, dict with str keys): anything else (a
              datetime, bytes) raises TypeError, a NaN or infinite float ValueError, naming its
              pointer. Lines and columns then refer to that JSON; use ``pointer``.
            - a str: request text when, after leading whitespace, it starts with ``{`` or ``[``,
              or when it holds a line break (JSON, or YAML once the library reads YAML); any
              other str is a path. Use a ``pathlib.Path`` to say "path" whatever the name.
            - bytes: the bytes of a request file.
            - an ``os.PathLike`` (``pathlib.Path``): the file to read. A missing or unreadable
              file is a diagnostic (AML005), not an exception.
        api: ``"v1"`` (CreateAutoMLJob), ``"v2"`` (CreateAutoMLJobV2), or None / ``"auto"``:
            the request's top-level keys decide.
        data_root: A directory that mirrors S3 as ``DIR/<bucket>/<key>``; the data rules
            (AML8xx) then read the objects the request points at. It must exist.
        select: Rule ids, id prefixes (``"AML3"``) or names to report only: a comma-separated
            str or an iterable of str. The loader's rules (AML0xx) are always reported.
        ignore: Rule ids, prefixes or names never to report, as ``select``.

    Returns:
        A list of Diagnostic; empty when the request is clean.

    Raises:
        TypeError: ``request`` is of another type, or a dict holds a value that is not JSON.
        ValueError: ``api`` is not one of the above, or a dict holds a NaN or infinity.
        NotADirectoryError: ``data_root`` is not a directory.
        RuntimeError: the linter itself failed (a bug; the request is never the cause).
    """
    return _lint(request, api=api, data_root=data_root, select=select, ignore=ignore)


def guard(client: Any, *, fail_on: str = "error", select: Rules = None, ignore: Rules = None,
          data_root: Union[str, "os.PathLike[str]", None] = None) -> Any:
    """Makes a boto3 SageMaker client lint its AutoML job requests before sending them.

    Registers on the client's event system (``before-parameter-build.sagemaker.CreateAutoMLJob``
    and ``...CreateAutoMLJobV2``): each ``create_auto_ml_job`` / ``create_auto_ml_job_v2`` call is
    linted as V1 / V2 before botocore validates, serialises or sends anything. The parameters are
    left untouched. A finding at or above ``fail_on`` raises LintError (nothing is sent); less
    severe findings are logged as warnings on the ``automl_lint`` logger. Calling guard() again
    on the same client replaces the earlier settings.

    Args:
        client: ``boto3.client("sagemaker")`` (any botocore client of the SageMaker service).
        fail_on: ``"error"`` (default), ``"warning"`` or ``"info"``.
        select, ignore, data_root: As for lint().

    Returns:
        The same client, so that ``client = guard(boto3.client("sagemaker"))`` reads well.

    Raises:
        ValueError: ``fail_on`` is not a severity, or the client is not SageMaker's.
    """
    _rank(fail_on)
    service_model = client.meta.service_model
    if service_model.service_name != "sagemaker":
        raise ValueError(f"automl_lint.guard: expected a SageMaker client, got "
                         f"{service_model.service_name!r}")
    service_id = service_model.service_id.hyphenize()
    handler = functools.partial(_check_request, fail_on=fail_on, select=select, ignore=ignore,
                                data_root=data_root)
    for operation in _GUARDED_OPERATIONS:
        event = f"before-parameter-build.{service_id}.{operation}"
        unique_id = f"automl-lint-guard-{operation}"
        client.meta.events.unregister(event, unique_id=unique_id)
        client.meta.events.register(event, handler, unique_id=unique_id)
    return client


def _check_request(params: Mapping[str, Any], model: Any, *, fail_on: str, select: Rules,
                   ignore: Rules, data_root: Any, **_: Any) -> None:
    """The before-parameter-build handler: lints ``params`` as the operation's API."""
    api = _GUARDED_OPERATIONS.get(model.name)
    if api is None:
        return
    diagnostics = _lint(params, api=api, data_root=data_root, select=select, ignore=ignore,
                        name=f"<{model.name} request>")
    if any(_rank(d.severity) >= _rank(fail_on) for d in diagnostics):
        raise LintError(model.name, diagnostics, fail_on)
    for d in diagnostics:
        _logger.warning("%s: %s: %s: %s [%s]", model.name, d.pointer or "(the request)",
                        d.severity, d.message, d.rule)


def _lint(request: Request, *, api: Optional[str], data_root: Any, select: Rules,
          ignore: Rules, name: Optional[str] = None) -> list[Diagnostic]:
    linter = _linter(_api_code(api), _directory(data_root), _rule_list(select, "select"),
                     _rule_list(ignore, "ignore"))
    if isinstance(request, Mapping):
        text = _to_json(request)
        result = linter.lint_buffer(text.encode("utf-8", "surrogatepass"), name or "<request>")
    elif isinstance(request, (bytes, bytearray, memoryview)):
        result = linter.lint_buffer(bytes(request), name or "<bytes>")
    elif isinstance(request, str):
        if _is_request_text(request):
            result = linter.lint_buffer(request.encode("utf-8", "surrogatepass"),
                                        name or "<string>")
        else:
            result = linter.lint_file(request)
    elif isinstance(request, os.PathLike):
        result = linter.lint_file(os.fsdecode(os.fspath(request)))
    else:
        raise TypeError(f"automl_lint.lint: expected a dict, str, bytes or os.PathLike request, "
                        f"got {type(request).__name__}")
    return [Diagnostic(*fields) for fields in result[3]]


def _is_request_text(text: str) -> bool:
    """The rule that tells request text from a path (documented in lint())."""
    stripped = text.lstrip(" \t\r\n\ufeff")
    return stripped[:1] in ("{", "[") or "\n" in text or "\r" in text


@functools.lru_cache(maxsize=32)
def _linter(api: int, data_root: Optional[str], select: tuple[str, ...],
            ignore: tuple[str, ...]) -> Any:
    return _core.Linter(api=api, data_root=data_root, select=list(select), ignore=list(ignore))


def _api_code(api: Optional[str]) -> int:
    key = api.lower() if isinstance(api, str) else api
    if key not in _API_CODES:
        raise ValueError(f"automl_lint: api must be 'v1', 'v2', 'auto' or None, not {api!r}")
    return _API_CODES[key]


def _rank(severity: str) -> int:
    if severity not in SEVERITIES:
        raise ValueError(f"automl_lint: fail_on must be one of {', '.join(SEVERITIES)}, "
                         f"not {severity!r}")
    return SEVERITIES.index(severity)


def _directory(path: Any) -> Optional[str]:
    if path is None:
        return None
    text = os.fsdecode(os.fspath(path))
    if not os.path.isdir(text):
        raise NotADirectoryError(f"automl_lint: data_root {text!r} is not a directory")
    return text


def _rule_list(rules: Rules, what: str) -> tuple[str, ...]:
    if rules is None:
        return ()
    items = rules.split(",") if isinstance(rules, str) else list(rules)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"automl_lint: {what} takes rule ids or names (str), "
                            f"not {type(item).__name__}")
    return tuple(item.strip() for item in items if item.strip())


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _plain(value: Any, pointer: str, open_containers: set[int]) -> Any:
    """``value`` as plain JSON data (dicts, lists, ...); raises TypeError / ValueError at the
    first value that is not JSON, naming its pointer."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"automl_lint: the request holds {value!r} at {pointer or '/'}, "
                             f"which JSON cannot hold (nor can the service)")
        return value
    if isinstance(value, (Mapping, list, tuple)):
        if id(value) in open_containers:
            raise ValueError(f"automl_lint: the request contains itself at {pointer or '/'}")
        open_containers.add(id(value))
        plain: Any
        if isinstance(value, Mapping):
            plain = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    raise TypeError(f"automl_lint: the request has a key {key!r} "
                                    f"({type(key).__name__}) at {pointer or '/'}; JSON keys "
                                    f"are str")
                plain[key] = _plain(item, f"{pointer}/{_escape(key)}", open_containers)
        else:
            plain = [_plain(item, f"{pointer}/{index}", open_containers)
                     for index, item in enumerate(value)]
        open_containers.discard(id(value))
        return plain
    raise TypeError(f"automl_lint: the request holds a {type(value).__module__}."
                    f"{type(value).__qualname__} at {pointer or '/'}, which is not JSON: "
                    f"CreateAutoMLJob and CreateAutoMLJobV2 take only str, numbers, bool, "
                    f"None, lists and dicts")


def _to_json(request: Mapping[str, Any]) -> str:
    return json.dumps(_plain(request, "", set()), ensure_ascii=False, allow_nan=False)
