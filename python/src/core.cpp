// automl_lint._core: the pybind11 binding of the C++ library that the Python package wraps
// (python/automl_lint/__init__.py). Diagnostics cross as tuples; the package makes them objects.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <automl_lint/linter.hpp>
#include <automl_lint/rules.hpp>
#include <automl_lint/version.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

/// Library strings are UTF-8; a byte that is not (it cannot come from a checked request, but a
/// file name may hold one) becomes U+FFFD rather than an exception.
py::str text(const std::string& value) {
  PyObject* decoded =
      PyUnicode_DecodeUTF8(value.data(), static_cast<Py_ssize_t>(value.size()), "replace");
  if (!decoded) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(decoded);
}

/// (file, api, input_failed, [(file, rule, severity, message, pointer, line, column, hint)]).
py::tuple to_python(const automl_lint::LintResult& result) {
  py::list diagnostics;
  for (const automl_lint::Diagnostic& d : result.diagnostics) {
    diagnostics.append(
        py::make_tuple(text(d.file), text(d.rule), std::string(automl_lint::to_string(d.severity)),
                       text(d.message), text(d.pointer), d.line, d.column, text(d.hint)));
  }
  return py::make_tuple(text(result.file), result.api == automl_lint::ApiVersion::v2 ? "v2" : "v1",
                        result.input_failed, diagnostics);
}

std::unique_ptr<automl_lint::Linter> make_linter(int api, std::optional<std::string> data_root,
                                                 std::vector<std::string> select,
                                                 std::vector<std::string> ignore,
                                                 std::size_t max_file_bytes) {
  automl_lint::Options options;
  if (api == 1 || api == 2) options.api = static_cast<automl_lint::ApiVersion>(api);
  if (api < 0 || api > 2) throw py::value_error("api must be 0 (auto), 1 or 2");
  if (data_root) options.data_root = *data_root;
  options.select = std::move(select);
  options.ignore = std::move(ignore);
  options.limits.max_file_bytes = max_file_bytes;
  return std::make_unique<automl_lint::Linter>(std::move(options));
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() =
      "The compiled part of automl_lint: a binding of the C++ library. Use the package's lint() "
      "and guard(); this module's API is private and may change.";

  m.def("version", &automl_lint::version, "The library version, e.g. '0.1.0'.");

  m.def(
      "rule_name",
      [](const std::string& id) -> std::optional<std::string> {
        const automl_lint::RuleInfo* rule = automl_lint::find_rule(id);
        if (!rule) return std::nullopt;
        return std::string(rule->name);
      },
      py::arg("id"), "The kebab-case name of the rule with this id or name, or None.");

  py::class_<automl_lint::Linter>(m, "Linter",
                                  "An immutable linter; one instance may serve any number of "
                                  "threads (linting releases the GIL).")
      .def(py::init(&make_linter), py::arg("api") = 0, py::arg("data_root") = std::nullopt,
           py::arg("select") = std::vector<std::string>{},
           py::arg("ignore") = std::vector<std::string>{},
           py::arg("max_file_bytes") = automl_lint::Limits{}.max_file_bytes,
           "api: 0 auto, 1 CreateAutoMLJob, 2 CreateAutoMLJobV2; data_root: an existing "
           "directory mirroring S3 as DIR/<bucket>/<key>; select/ignore: rule ids, prefixes or "
           "names.")
      .def(
          "lint_buffer",
          [](const automl_lint::Linter& linter, py::bytes data, const std::string& display_name) {
            std::string bytes = data;
            automl_lint::LintResult result;
            {
              py::gil_scoped_release release;
              result = linter.lint_buffer(bytes, display_name);
            }
            return to_python(result);
          },
          py::arg("data"), py::arg("display_name"),
          "Lints the bytes of a request file; returns (file, api, input_failed, diagnostics).")
      .def(
          "lint_file",
          [](const automl_lint::Linter& linter, const std::string& path) {
            automl_lint::LintResult result;
            {
              py::gil_scoped_release release;
              result = linter.lint_file(path);
            }
            return to_python(result);
          },
          py::arg("path"),
          "Lints the file at path; returns (file, api, input_failed, diagnostics).");
}
