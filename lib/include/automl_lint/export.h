/* Symbol visibility of the public API (C and C++). The shared library is built with hidden
 * visibility: only the declarations marked AUTOML_LINT_EXPORT are exported from libautoml-lint.so,
 * so nothing internal (automl_lint::detail, RapidJSON, valijson, RE2, fmt) becomes part of its
 * ABI. The mark changes nothing for a program that links the static library. */
#ifndef AUTOML_LINT_EXPORT_H
#define AUTOML_LINT_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
#define AUTOML_LINT_EXPORT __attribute__((visibility("default")))
#else
#define AUTOML_LINT_EXPORT
#endif

#endif /* AUTOML_LINT_EXPORT_H */
