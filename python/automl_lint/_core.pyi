"""Type stubs of automl_lint._core, the compiled binding (private: use automl_lint's API)."""

from typing import Optional

# (file, rule, severity, message, pointer, line, column, hint)
_DiagnosticFields = tuple[str, str, str, str, str, int, int, str]
# (file, api "v1" | "v2", input_failed, diagnostics)
_Result = tuple[str, str, bool, list[_DiagnosticFields]]

def version() -> str:
    """The library version, e.g. '0.1.0'."""

def rule_name(id: str) -> Optional[str]:
    """The kebab-case name of the rule with this id or name, or None."""

class Linter:
    """An immutable linter; one instance may serve any number of threads."""

    def __init__(
        self,
        api: int = 0,
        data_root: Optional[str] = None,
        select: list[str] = ...,
        ignore: list[str] = ...,
        max_file_bytes: int = ...,
    ) -> None: ...
    def lint_buffer(self, data: bytes, display_name: str) -> _Result:
        """Lints the bytes of a request file."""
    def lint_file(self, path: str) -> _Result:
        """Lints the file at path."""
