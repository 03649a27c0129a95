/* The C API of automl-lint: lint Amazon SageMaker Autopilot CreateAutoMLJob (V1) and
 * CreateAutoMLJobV2 (V2) requests from C or any language with a C FFI.
 *
 *   automl_lint_linter* linter = NULL;
 *   automl_lint_result* result = NULL;
 *   if (automl_lint_linter_new(NULL, &linter) == AUTOML_LINT_OK &&
 *       automl_lint_lint_file(linter, "request.json", &result) == AUTOML_LINT_OK) {
 *     for (size_t i = 0; i < automl_lint_result_count(result); ++i) {
 *       const automl_lint_diagnostic* d = automl_lint_result_get(result, i);
 *       printf("%s: %s [%s]\n", automl_lint_diagnostic_pointer(d, NULL),
 *              automl_lint_diagnostic_message(d, NULL), automl_lint_diagnostic_rule(d, NULL));
 *     }
 *   }
 *   automl_lint_result_free(result);
 *   automl_lint_linter_free(linter);
 *
 * Conventions, for every function below:
 * - Handles are opaque; each `_new` or lint call that returns AUTOML_LINT_OK hands over one the
 *   caller frees with the matching `_free` (which accepts NULL and never fails).
 * - No C++ exception ever crosses this boundary: each entry point catches everything. A call
 *   that can fail returns an automl_lint_status; on failure it leaves its output argument NULL
 *   and automl_lint_last_error() says why.
 * - Bad arguments: a NULL pointer where the documentation does not allow one, or an enum value
 *   outside its list, gives AUTOML_LINT_ERROR_INVALID_ARGUMENT (never a crash). Accessors of a
 *   result or diagnostic given NULL, or an index out of range, return "" (strings), 0 (numbers),
 *   NULL (handles) and set the last error.
 * - Strings passed in are NUL-terminated UTF-8 and copied; strings returned are NUL-terminated
 *   UTF-8 owned by the handle they come from, valid until it is freed. A request's own text may
 *   put a NUL byte into a message or pointer (a key written "a\u0000b"): every string accessor
 *   takes an optional `size_t* size` that receives the exact length in bytes.
 * - Findings about the request, an unreadable file or a file that is not JSON included, are
 *   diagnostics in an AUTOML_LINT_OK result (rule ids AML0xx for the latter), as the command line
 *   prints them; a status other than OK means the call itself failed.
 * - Threads: a linter is immutable once made; any number of threads may lint with it at once.
 *   Options, results and diagnostics may be read from any thread but not changed or freed while
 *   another thread uses them. The last error is kept per thread.
 * - Values of every enum are fixed; new values may be added, existing ones never change. */
#ifndef AUTOML_LINT_H
#define AUTOML_LINT_H

#include <stddef.h>

#include "automl_lint/export.h"

#ifdef __cplusplus
extern "C" {
/* In C++ the enums have int as their underlying type, so that any int a C caller passes is a
 * valid value to check (the C enums have the size and passing convention of int too). */
#define AUTOML_LINT_ENUM_BASE : int
#else
#define AUTOML_LINT_ENUM_BASE
#endif

/* What a call that can fail returns. */
typedef enum automl_lint_status AUTOML_LINT_ENUM_BASE {
  AUTOML_LINT_OK = 0,
  AUTOML_LINT_ERROR_INVALID_ARGUMENT = 1, /* a NULL pointer, an enum value out of range, a data
                                             root that is not a directory */
  AUTOML_LINT_ERROR_OUT_OF_MEMORY = 2,
  AUTOML_LINT_ERROR_INTERNAL = 3 /* a failure of the linter itself (a bug, never the input's) */
} automl_lint_status;

/* How serious a finding is; a more severe finding has a greater value. */
typedef enum automl_lint_severity AUTOML_LINT_ENUM_BASE {
  AUTOML_LINT_SEVERITY_INFO = 0,
  AUTOML_LINT_SEVERITY_WARNING = 1,
  AUTOML_LINT_SEVERITY_ERROR = 2
} automl_lint_severity;

/* The API a request is checked as. */
typedef enum automl_lint_api AUTOML_LINT_ENUM_BASE {
  AUTOML_LINT_API_AUTO = 0, /* options only: each request's top-level keys decide */
  AUTOML_LINT_API_V1 = 1,   /* CreateAutoMLJob */
  AUTOML_LINT_API_V2 = 2    /* CreateAutoMLJobV2 */
} automl_lint_api;

typedef struct automl_lint_options automl_lint_options;       /* how to lint */
typedef struct automl_lint_linter automl_lint_linter;         /* lints; shareable by threads */
typedef struct automl_lint_result automl_lint_result;         /* the findings about one input */
typedef struct automl_lint_diagnostic automl_lint_diagnostic; /* one finding, owned by a result */

/* The library version, e.g. "0.1.0" (a static string). Never fails. */
AUTOML_LINT_EXPORT const char* automl_lint_version(void);

/* Why the last call on this thread that failed did (an English sentence), or "" when none has.
 * Valid until the next failing call on this thread. Never fails. */
AUTOML_LINT_EXPORT const char* automl_lint_last_error(void);

/* "ok", "invalid argument", "out of memory", "internal error"; "unknown" for other values. */
AUTOML_LINT_EXPORT const char* automl_lint_status_name(automl_lint_status status);

/* "error", "warning", "info" (as the command line prints them); "unknown" for other values. */
AUTOML_LINT_EXPORT const char* automl_lint_severity_name(automl_lint_severity severity);

/* ---- Options: API version, data root, rule selection, size limit ---- */

/* New options with the command line's defaults: API auto, no data root (the data rules are
 * skipped), every rule, 16 MiB per input. Returns NULL only when out of memory. */
AUTOML_LINT_EXPORT automl_lint_options* automl_lint_options_new(void);
AUTOML_LINT_EXPORT void automl_lint_options_free(automl_lint_options* options);

/* Checks every request as V1 or V2, or (AUTOML_LINT_API_AUTO) as its top-level keys say. */
AUTOML_LINT_EXPORT automl_lint_status automl_lint_options_set_api(automl_lint_options* options,
                                                                  automl_lint_api api);

/* A directory that mirrors S3 as DIR/<bucket>/<key> (as `aws s3 sync` leaves it): the data rules
 * (AML8xx) then read the objects each request points at; nothing outside it is opened.
 * `directory` must be an existing directory (AUTOML_LINT_ERROR_INVALID_ARGUMENT otherwise), or
 * NULL to lint without data again. */
AUTOML_LINT_EXPORT automl_lint_status
automl_lint_options_set_data_root(automl_lint_options* options, const char* directory);

/* Adds rule ids, id prefixes ("AML3") or rule names, comma-separated, to report only (select) or
 * never to report (ignore), as --select and --ignore do; each call adds to the earlier ones. The
 * loader's own rules (AML0xx: unreadable or unparseable input) are always reported. */
AUTOML_LINT_EXPORT automl_lint_status automl_lint_options_select(automl_lint_options* options,
                                                                 const char* rules);
AUTOML_LINT_EXPORT automl_lint_status automl_lint_options_ignore(automl_lint_options* options,
                                                                 const char* rules);

/* Inputs larger than `bytes` get one AML004 diagnostic instead of being checked. */
AUTOML_LINT_EXPORT automl_lint_status
automl_lint_options_set_max_file_bytes(automl_lint_options* options, size_t bytes);

/* ---- Linter ---- */

/* A linter with a copy of `options` (NULL: the defaults of automl_lint_options_new); the options
 * may be freed right after. Cheap: each API's schema is compiled on first use. */
AUTOML_LINT_EXPORT automl_lint_status automl_lint_linter_new(const automl_lint_options* options,
                                                             automl_lint_linter** linter);
AUTOML_LINT_EXPORT void automl_lint_linter_free(automl_lint_linter* linter);

/* Lints `size` bytes at `text` (a request file's bytes: JSON, UTF-8; `text` may be NULL when
 * `size` is 0); diagnostics carry `display_name` (not NULL) as their file. */
AUTOML_LINT_EXPORT automl_lint_status automl_lint_lint_buffer(const automl_lint_linter* linter,
                                                              const char* text, size_t size,
                                                              const char* display_name,
                                                              automl_lint_result** result);

/* Lints the file at `path` (it never reads standard input: "-" is a file named "-"); diagnostics
 * carry `path` as their file. A missing or unreadable file is a diagnostic (AML005), not a
 * failure of the call. */
AUTOML_LINT_EXPORT automl_lint_status automl_lint_lint_file(const automl_lint_linter* linter,
                                                            const char* path,
                                                            automl_lint_result** result);

/* ---- Result: the diagnostics of one input, sorted by line, column, rule id ---- */

AUTOML_LINT_EXPORT void automl_lint_result_free(automl_lint_result* result);

/* The input's display name (the path, or the display_name given). */
AUTOML_LINT_EXPORT const char* automl_lint_result_file(const automl_lint_result* result,
                                                       size_t* size);

/* The API the request was checked as: AUTOML_LINT_API_V1 or _V2 (V1 when it could not be parsed).
 */
AUTOML_LINT_EXPORT automl_lint_api automl_lint_result_api(const automl_lint_result* result);

/* 1 when the input could not be read, parsed or fully checked (the command line exits with 2);
 * 0 otherwise. */
AUTOML_LINT_EXPORT int automl_lint_result_input_failed(const automl_lint_result* result);

/* 1 when a diagnostic is at least as severe as `threshold` (the command line's --fail-on). */
AUTOML_LINT_EXPORT int automl_lint_result_has_severity(const automl_lint_result* result,
                                                       automl_lint_severity threshold);

AUTOML_LINT_EXPORT size_t automl_lint_result_count(const automl_lint_result* result);

/* The diagnostic at `index` (0 to count - 1), owned by `result`; NULL when out of range. */
AUTOML_LINT_EXPORT const automl_lint_diagnostic* automl_lint_result_get(
    const automl_lint_result* result, size_t index);

/* ---- Diagnostic: the fields of the command line's JSON output, and the rule's name ---- */

/* The input's display name. */
AUTOML_LINT_EXPORT const char* automl_lint_diagnostic_file(const automl_lint_diagnostic* d,
                                                           size_t* size);
/* Rule id, e.g. "AML105". */
AUTOML_LINT_EXPORT const char* automl_lint_diagnostic_rule(const automl_lint_diagnostic* d,
                                                           size_t* size);
/* The rule's kebab-case name, e.g. "enum-value"; "" when the id names no rule. */
AUTOML_LINT_EXPORT const char* automl_lint_diagnostic_name(const automl_lint_diagnostic* d,
                                                           size_t* size);
AUTOML_LINT_EXPORT automl_lint_severity
automl_lint_diagnostic_severity(const automl_lint_diagnostic* d); /* ERROR for NULL */
/* One sentence in the service's vocabulary. */
AUTOML_LINT_EXPORT const char* automl_lint_diagnostic_message(const automl_lint_diagnostic* d,
                                                              size_t* size);
/* RFC 6901 JSON pointer of the member ("" is the root, and file-level findings). */
AUTOML_LINT_EXPORT const char* automl_lint_diagnostic_pointer(const automl_lint_diagnostic* d,
                                                              size_t* size);
/* 1-based line and column (in Unicode code points); 0 when the input has no usable position. */
AUTOML_LINT_EXPORT int automl_lint_diagnostic_line(const automl_lint_diagnostic* d);
AUTOML_LINT_EXPORT int automl_lint_diagnostic_column(const automl_lint_diagnostic* d);
/* How to fix it; may be "". */
AUTOML_LINT_EXPORT const char* automl_lint_diagnostic_hint(const automl_lint_diagnostic* d,
                                                           size_t* size);

#ifdef __cplusplus
}
#endif

#endif /* AUTOML_LINT_H */
