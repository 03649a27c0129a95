/* Lints Amazon SageMaker Autopilot request files through automl-lint's C API and prints each
 * diagnostic, as `automl-lint` prints them (plus the rule's name):
 *
 *   FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE rule-name]
 *       at POINTER
 *       hint: HINT
 *
 * Build it against an installed automl-lint:
 *
 *   cc lint.c $(pkg-config --cflags --libs automl-lint) -o lint
 *   ./lint [--api v1|v2] [--data-root DIR] [--select IDS] [--ignore IDS] FILE...
 *
 * Exit status: 0 no error-level finding, 1 such findings, 2 a usage error, a failed call, or a
 * file that could not be read, parsed or fully checked. */
#include <automl_lint/automl_lint.h>
#include <stdio.h>
#include <string.h>

static int usage(void) {
  fprintf(stderr,
          "usage: lint [--api v1|v2] [--data-root DIR] [--select IDS] [--ignore IDS] FILE...\n");
  return 2;
}

/* Prints why a call failed and says the run failed. */
static int failed(const char* what, automl_lint_status status) {
  fprintf(stderr, "lint: %s: %s (%s)\n", what, automl_lint_last_error(),
          automl_lint_status_name(status));
  return 2;
}

static void print_diagnostic(const automl_lint_diagnostic* d) {
  const char* name = automl_lint_diagnostic_name(d, NULL);
  const char* pointer = automl_lint_diagnostic_pointer(d, NULL);
  const char* hint = automl_lint_diagnostic_hint(d, NULL);
  int line = automl_lint_diagnostic_line(d);
  if (line > 0) {
    printf("%s:%d:%d: ", automl_lint_diagnostic_file(d, NULL), line,
           automl_lint_diagnostic_column(d));
  } else {
    printf("%s: ", automl_lint_diagnostic_file(d, NULL));
  }
  printf("%s: %s [%s%s%s]\n", automl_lint_severity_name(automl_lint_diagnostic_severity(d)),
         automl_lint_diagnostic_message(d, NULL), automl_lint_diagnostic_rule(d, NULL),
         name[0] ? " " : "", name);
  if (pointer[0]) printf("    at %s\n", pointer);
  if (hint[0]) printf("    hint: %s\n", hint);
}

int main(int argc, char** argv) {
  automl_lint_options* options = automl_lint_options_new();
  automl_lint_linter* linter = NULL;
  automl_lint_status status = AUTOML_LINT_OK;
  int exit_status = 0; /* 2 once a usage error or a failed call stops the run */
  int input_failed = 0;
  int findings = 0;
  int first_file = argc;
  int i;
  if (!options) return failed("automl_lint_options_new", AUTOML_LINT_ERROR_OUT_OF_MEMORY);
  for (i = 1; i < argc; ++i) {
    const char* value = i + 1 < argc ? argv[i + 1] : NULL;
    if (argv[i][0] != '-' || strcmp(argv[i], "--") == 0) {
      first_file = argv[i][0] == '-' ? i + 1 : i;
      break;
    }
    if (!value) {
      exit_status = usage();
    } else if (strcmp(argv[i], "--api") == 0) {
      if (strcmp(value, "v1") == 0) {
        status = automl_lint_options_set_api(options, AUTOML_LINT_API_V1);
      } else if (strcmp(value, "v2") == 0) {
        status = automl_lint_options_set_api(options, AUTOML_LINT_API_V2);
      } else {
        exit_status = usage();
      }
    } else if (strcmp(argv[i], "--data-root") == 0) {
      status = automl_lint_options_set_data_root(options, value);
    } else if (strcmp(argv[i], "--select") == 0) {
      status = automl_lint_options_select(options, value);
    } else if (strcmp(argv[i], "--ignore") == 0) {
      status = automl_lint_options_ignore(options, value);
    } else {
      exit_status = usage();
    }
    if (exit_status == 0 && status != AUTOML_LINT_OK) exit_status = failed(argv[i], status);
    if (exit_status != 0) break;
    ++i;
  }
  if (exit_status == 0 && first_file >= argc) exit_status = usage();
  if (exit_status == 0) {
    status = automl_lint_linter_new(options, &linter);
    if (status != AUTOML_LINT_OK) exit_status = failed("automl_lint_linter_new", status);
  }
  automl_lint_options_free(options); /* the linter keeps its own copy */

  for (i = first_file; exit_status == 0 && i < argc; ++i) {
    automl_lint_result* result = NULL;
    size_t count;
    size_t k;
    status = automl_lint_lint_file(linter, argv[i], &result);
    if (status != AUTOML_LINT_OK) {
      exit_status = failed(argv[i], status);
      break;
    }
    count = automl_lint_result_count(result);
    for (k = 0; k < count; ++k) print_diagnostic(automl_lint_result_get(result, k));
    input_failed = input_failed || automl_lint_result_input_failed(result);
    findings = findings || automl_lint_result_has_severity(result, AUTOML_LINT_SEVERITY_ERROR);
    automl_lint_result_free(result);
  }
  automl_lint_linter_free(linter);
  if (exit_status != 0 || input_failed) return 2;
  return findings ? 1 : 0;
}
