// The C API (automl_lint.h) over the C++ API: opaque handles that own copies of the strings, and
// a catch around every entry point so that no exception crosses into C.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/automl_lint.h"
#include "automl_lint/linter.hpp"
#include "automl_lint/rules.hpp"
#include "automl_lint/version.hpp"

struct automl_lint_options {
  automl_lint::Options options;
};

struct automl_lint_linter {
  explicit automl_lint_linter(const automl_lint::Options& options) : linter(options) {}
  automl_lint::Linter linter;
};

struct automl_lint_diagnostic {
  std::string file;
  std::string rule;
  std::string name;
  automl_lint_severity severity = AUTOML_LINT_SEVERITY_ERROR;
  std::string message;
  std::string pointer;
  int line = 0;
  int column = 0;
  std::string hint;
};

struct automl_lint_result {
  std::string file;
  automl_lint_api api = AUTOML_LINT_API_V1;
  bool input_failed = false;
  std::vector<automl_lint_diagnostic> diagnostics;
};

namespace {

static_assert(AUTOML_LINT_SEVERITY_INFO == static_cast<int>(automl_lint::Severity::info));
static_assert(AUTOML_LINT_SEVERITY_WARNING == static_cast<int>(automl_lint::Severity::warning));
static_assert(AUTOML_LINT_SEVERITY_ERROR == static_cast<int>(automl_lint::Severity::error));
static_assert(AUTOML_LINT_API_V1 == static_cast<int>(automl_lint::ApiVersion::v1));
static_assert(AUTOML_LINT_API_V2 == static_cast<int>(automl_lint::ApiVersion::v2));

// A fixed buffer: recording an error must not allocate (it runs while handling bad_alloc).
thread_local char last_error[1024] = "";

void set_error(std::string_view what) noexcept {
  std::size_t size = std::min(what.size(), sizeof last_error - 1);
  std::memcpy(last_error, what.data(), size);
  last_error[size] = '\0';
}

automl_lint_status invalid(std::string_view what) noexcept {
  set_error(what);
  return AUTOML_LINT_ERROR_INVALID_ARGUMENT;
}

/// Runs `body`, turning every exception into a status and a last error.
template <typename Body>
automl_lint_status guarded(const char* function, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    set_error("out of memory");
    return AUTOML_LINT_ERROR_OUT_OF_MEMORY;
  } catch (const std::exception& error) {
    char text[sizeof last_error];
    std::snprintf(text, sizeof text, "%s: internal error: %s", function, error.what());
    set_error(text);
    return AUTOML_LINT_ERROR_INTERNAL;
  } catch (...) {
    char text[sizeof last_error];
    std::snprintf(text, sizeof text, "%s: internal error", function);
    set_error(text);
    return AUTOML_LINT_ERROR_INTERNAL;
  }
}

/// A returned string: its bytes and, when asked, its exact size.
const char* text_of(const std::string& text, std::size_t* size) noexcept {
  if (size) *size = text.size();
  return text.c_str();
}

/// What accessors return for a NULL handle.
const char* null_text(const char* function, std::size_t* size) noexcept {
  char text[sizeof last_error];
  std::snprintf(text, sizeof text, "%s: the handle is NULL", function);
  set_error(text);
  if (size) *size = 0;
  return "";
}

void add_rules(std::vector<std::string>& to, std::string_view list) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) to.emplace_back(item);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
}

automl_lint_result* make_result(automl_lint::LintResult&& lint) {
  auto result = std::make_unique<automl_lint_result>();
  result->file = std::move(lint.file);
  result->api = static_cast<automl_lint_api>(lint.api);
  result->input_failed = lint.input_failed;
  result->diagnostics.reserve(lint.diagnostics.size());
  for (automl_lint::Diagnostic& d : lint.diagnostics) {
    const automl_lint::RuleInfo* rule = automl_lint::find_rule(d.rule);
    result->diagnostics.push_back(automl_lint_diagnostic{
        std::move(d.file), std::move(d.rule), rule ? std::string(rule->name) : std::string(),
        static_cast<automl_lint_severity>(d.severity), std::move(d.message), std::move(d.pointer),
        d.line, d.column, std::move(d.hint)});
  }
  return result.release();
}

}  // namespace

extern "C" {

const char* automl_lint_version(void) {
  return automl_lint::version();
}

const char* automl_lint_last_error(void) {
  return last_error;
}

const char* automl_lint_status_name(automl_lint_status status) {
  switch (status) {
    case AUTOML_LINT_OK:
      return "ok";
    case AUTOML_LINT_ERROR_INVALID_ARGUMENT:
      return "invalid argument";
    case AUTOML_LINT_ERROR_OUT_OF_MEMORY:
      return "out of memory";
    case AUTOML_LINT_ERROR_INTERNAL:
      return "internal error";
  }
  return "unknown";
}

const char* automl_lint_severity_name(automl_lint_severity severity) {
  switch (severity) {
    case AUTOML_LINT_SEVERITY_INFO:
      return "info";
    case AUTOML_LINT_SEVERITY_WARNING:
      return "warning";
    case AUTOML_LINT_SEVERITY_ERROR:
      return "error";
  }
  return "unknown";
}

automl_lint_options* automl_lint_options_new(void) {
  automl_lint_options* options = nullptr;
  guarded("automl_lint_options_new", [&] {
    options = new automl_lint_options();
    return AUTOML_LINT_OK;
  });
  return options;
}

void automl_lint_options_free(automl_lint_options* options) {
  delete options;
}

automl_lint_status automl_lint_options_set_api(automl_lint_options* options, automl_lint_api api) {
  if (!options) return invalid("automl_lint_options_set_api: options is NULL");
  switch (api) {
    case AUTOML_LINT_API_AUTO:
      options->options.api.reset();
      return AUTOML_LINT_OK;
    case AUTOML_LINT_API_V1:
    case AUTOML_LINT_API_V2:
      options->options.api = static_cast<automl_lint::ApiVersion>(api);
      return AUTOML_LINT_OK;
  }
  return invalid("automl_lint_options_set_api: api is not AUTOML_LINT_API_AUTO, _V1 or _V2");
}

automl_lint_status automl_lint_options_set_data_root(automl_lint_options* options,
                                                     const char* directory) {
  if (!options) return invalid("automl_lint_options_set_data_root: options is NULL");
  return guarded("automl_lint_options_set_data_root", [&] {
    if (!directory) {
      options->options.data_root.reset();
      return AUTOML_LINT_OK;
    }
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) {
      std::string why =
          std::string("automl_lint_options_set_data_root: ") + directory + " is not a directory";
      return invalid(why);
    }
    options->options.data_root = std::filesystem::path(directory);
    return AUTOML_LINT_OK;
  });
}

automl_lint_status automl_lint_options_select(automl_lint_options* options, const char* rules) {
  if (!options || !rules) return invalid("automl_lint_options_select: options or rules is NULL");
  return guarded("automl_lint_options_select", [&] {
    add_rules(options->options.select, rules);
    return AUTOML_LINT_OK;
  });
}

automl_lint_status automl_lint_options_ignore(automl_lint_options* options, const char* rules) {
  if (!options || !rules) return invalid("automl_lint_options_ignore: options or rules is NULL");
  return guarded("automl_lint_options_ignore", [&] {
    add_rules(options->options.ignore, rules);
    return AUTOML_LINT_OK;
  });
}

automl_lint_status automl_lint_options_set_max_file_bytes(automl_lint_options* options,
                                                          size_t bytes) {
  if (!options) return invalid("automl_lint_options_set_max_file_bytes: options is NULL");
  options->options.limits.max_file_bytes = bytes;
  return AUTOML_LINT_OK;
}

automl_lint_status automl_lint_linter_new(const automl_lint_options* options,
                                          automl_lint_linter** linter) {
  if (!linter) return invalid("automl_lint_linter_new: linter is NULL");
  *linter = nullptr;
  return guarded("automl_lint_linter_new", [&] {
    *linter = new automl_lint_linter(options ? options->options : automl_lint::Options{});
    return AUTOML_LINT_OK;
  });
}

void automl_lint_linter_free(automl_lint_linter* linter) {
  delete linter;
}

automl_lint_status automl_lint_lint_buffer(const automl_lint_linter* linter, const char* text,
                                           size_t size, const char* display_name,
                                           automl_lint_result** result) {
  if (!result) return invalid("automl_lint_lint_buffer: result is NULL");
  *result = nullptr;
  if (!linter) return invalid("automl_lint_lint_buffer: linter is NULL");
  if (!text && size != 0) return invalid("automl_lint_lint_buffer: text is NULL");
  if (!display_name) return invalid("automl_lint_lint_buffer: display_name is NULL");
  return guarded("automl_lint_lint_buffer", [&] {
    std::string_view bytes = text ? std::string_view(text, size) : std::string_view();
    *result = make_result(linter->linter.lint_buffer(bytes, display_name));
    return AUTOML_LINT_OK;
  });
}

automl_lint_status automl_lint_lint_file(const automl_lint_linter* linter, const char* path,
                                         automl_lint_result** result) {
  if (!result) return invalid("automl_lint_lint_file: result is NULL");
  *result = nullptr;
  if (!linter) return invalid("automl_lint_lint_file: linter is NULL");
  if (!path) return invalid("automl_lint_lint_file: path is NULL");
  return guarded("automl_lint_lint_file", [&] {
    *result = make_result(linter->linter.lint_file(path));
    return AUTOML_LINT_OK;
  });
}

void automl_lint_result_free(automl_lint_result* result) {
  delete result;
}

const char* automl_lint_result_file(const automl_lint_result* result, size_t* size) {
  if (!result) return null_text("automl_lint_result_file", size);
  return text_of(result->file, size);
}

automl_lint_api automl_lint_result_api(const automl_lint_result* result) {
  if (!result) {
    null_text("automl_lint_result_api", nullptr);
    return AUTOML_LINT_API_AUTO;
  }
  return result->api;
}

int automl_lint_result_input_failed(const automl_lint_result* result) {
  if (!result) {
    null_text("automl_lint_result_input_failed", nullptr);
    return 0;
  }
  return result->input_failed ? 1 : 0;
}

int automl_lint_result_has_severity(const automl_lint_result* result,
                                    automl_lint_severity threshold) {
  if (!result) {
    null_text("automl_lint_result_has_severity", nullptr);
    return 0;
  }
  for (const automl_lint_diagnostic& d : result->diagnostics) {
    if (d.severity >= threshold) return 1;
  }
  return 0;
}

size_t automl_lint_result_count(const automl_lint_result* result) {
  if (!result) {
    null_text("automl_lint_result_count", nullptr);
    return 0;
  }
  return result->diagnostics.size();
}

const automl_lint_diagnostic* automl_lint_result_get(const automl_lint_result* result,
                                                     size_t index) {
  if (!result) {
    null_text("automl_lint_result_get", nullptr);
    return nullptr;
  }
  if (index >= result->diagnostics.size()) {
    set_error("automl_lint_result_get: index out of range");
    return nullptr;
  }
  return &result->diagnostics[index];
}

const char* automl_lint_diagnostic_file(const automl_lint_diagnostic* d, size_t* size) {
  return d ? text_of(d->file, size) : null_text("automl_lint_diagnostic_file", size);
}

const char* automl_lint_diagnostic_rule(const automl_lint_diagnostic* d, size_t* size) {
  return d ? text_of(d->rule, size) : null_text("automl_lint_diagnostic_rule", size);
}

const char* automl_lint_diagnostic_name(const automl_lint_diagnostic* d, size_t* size) {
  return d ? text_of(d->name, size) : null_text("automl_lint_diagnostic_name", size);
}

automl_lint_severity automl_lint_diagnostic_severity(const automl_lint_diagnostic* d) {
  if (!d) {
    null_text("automl_lint_diagnostic_severity", nullptr);
    return AUTOML_LINT_SEVERITY_ERROR;
  }
  return d->severity;
}

const char* automl_lint_diagnostic_message(const automl_lint_diagnostic* d, size_t* size) {
  return d ? text_of(d->message, size) : null_text("automl_lint_diagnostic_message", size);
}

const char* automl_lint_diagnostic_pointer(const automl_lint_diagnostic* d, size_t* size) {
  return d ? text_of(d->pointer, size) : null_text("automl_lint_diagnostic_pointer", size);
}

int automl_lint_diagnostic_line(const automl_lint_diagnostic* d) {
  if (!d) {
    null_text("automl_lint_diagnostic_line", nullptr);
    return 0;
  }
  return d->line;
}

int automl_lint_diagnostic_column(const automl_lint_diagnostic* d) {
  if (!d) {
    null_text("automl_lint_diagnostic_column", nullptr);
    return 0;
  }
  return d->column;
}

const char* automl_lint_diagnostic_hint(const automl_lint_diagnostic* d, size_t* size) {
  return d ? text_of(d->hint, size) : null_text("automl_lint_diagnostic_hint", size);
}

}  // extern "C"
