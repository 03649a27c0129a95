/* The C API's contract (automl_lint.h), in C99, against the shared library: bad arguments give
 * AUTOML_LINT_ERROR_INVALID_ARGUMENT and a last error (never a crash), findings about the input
 * are diagnostics of an OK result, options apply, strings carry their exact size, results
 * outlive their linter, and a linter serves several threads at once. Under the ASan build the
 * same run checks for leaks and memory errors across the boundary.
 *
 * Usage: c-api-test DATA_ROOT EXAMPLE_REQUEST */
#include <automl_lint/automl_lint.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

#define EXPECT(condition)                                                      \
  do {                                                                         \
    if (!(condition)) {                                                        \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

/* A CreateAutoMLJobV2 forecast whose ForecastFrequency overlaps the next unit (AML901). */
static const char kForecast[] =
    "{\"AutoMLJobName\": \"demand-forecast\",\n"
    " \"AutoMLJobInputDataConfig\": [{\"ChannelType\": \"training\", \"DataSource\": "
    "{\"S3DataSource\": {\"S3DataType\": \"S3Prefix\", \"S3Uri\": \"s3://bucket/train/\"}}}],\n"
    " \"OutputDataConfig\": {\"S3OutputPath\": \"s3://bucket/out/\"},\n"
    " \"AutoMLProblemTypeConfig\": {\"TimeSeriesForecastingJobConfig\": {\n"
    "   \"ForecastFrequency\": \"60min\", \"ForecastHorizon\": 4,\n"
    "   \"TimeSeriesConfig\": {\"TargetAttributeName\": \"demand\", \"TimestampAttributeName\": "
    "\"ts\", \"ItemIdentifierAttributeName\": \"item\"}}},\n"
    " \"RoleArn\": \"arn:aws:iam::123456789012:role/R\"}\n";

static const automl_lint_diagnostic* find(const automl_lint_result* result, const char* rule) {
  size_t i;
  for (i = 0; i < automl_lint_result_count(result); ++i) {
    const automl_lint_diagnostic* d = automl_lint_result_get(result, i);
    if (strcmp(automl_lint_diagnostic_rule(d, NULL), rule) == 0) return d;
  }
  return NULL;
}

static void test_bad_arguments(void) {
  automl_lint_linter* linter = NULL;
  automl_lint_result* result = (automl_lint_result*)&failures; /* must be reset to NULL */
  automl_lint_options* options = automl_lint_options_new();
  size_t size = 99;

  EXPECT(automl_lint_linter_new(NULL, NULL) == AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(strstr(automl_lint_last_error(), "linter is NULL") != NULL);
  EXPECT(automl_lint_lint_buffer(NULL, "{}", 2, "x", &result) ==
         AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(result == NULL);
  EXPECT(automl_lint_linter_new(NULL, &linter) == AUTOML_LINT_OK && linter != NULL);
  EXPECT(automl_lint_lint_buffer(linter, NULL, 2, "x", &result) ==
         AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(automl_lint_lint_buffer(linter, "{}", 2, NULL, &result) ==
         AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(automl_lint_lint_buffer(linter, "{}", 2, "x", NULL) == AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(automl_lint_lint_file(linter, NULL, &result) == AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(strstr(automl_lint_last_error(), "path is NULL") != NULL);
  EXPECT(result == NULL);

  EXPECT(automl_lint_options_set_api(NULL, AUTOML_LINT_API_V1) ==
         AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(automl_lint_options_set_api(options, (automl_lint_api)7) ==
         AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(automl_lint_options_set_data_root(options, "/no/such/folder") ==
         AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(strstr(automl_lint_last_error(), "/no/such/folder is not a directory") != NULL);
  EXPECT(automl_lint_options_set_data_root(options, NULL) == AUTOML_LINT_OK);
  EXPECT(automl_lint_options_select(options, NULL) == AUTOML_LINT_ERROR_INVALID_ARGUMENT);
  EXPECT(automl_lint_options_ignore(NULL, "AML1") == AUTOML_LINT_ERROR_INVALID_ARGUMENT);

  /* Accessors given NULL or an index out of range. */
  EXPECT(strcmp(automl_lint_result_file(NULL, &size), "") == 0 && size == 0);
  EXPECT(automl_lint_result_count(NULL) == 0);
  EXPECT(automl_lint_result_get(NULL, 0) == NULL);
  EXPECT(strcmp(automl_lint_diagnostic_message(NULL, NULL), "") == 0);
  EXPECT(automl_lint_diagnostic_line(NULL) == 0);
  EXPECT(automl_lint_diagnostic_severity(NULL) == AUTOML_LINT_SEVERITY_ERROR);
  EXPECT(strcmp(automl_lint_status_name(AUTOML_LINT_ERROR_INVALID_ARGUMENT), "invalid argument") ==
         0);
  EXPECT(strcmp(automl_lint_severity_name((automl_lint_severity)9), "unknown") == 0);

  automl_lint_result_free(NULL);
  automl_lint_linter_free(NULL);
  automl_lint_options_free(NULL);
  automl_lint_options_free(options);
  automl_lint_linter_free(linter);
}

static void test_findings(void) {
  automl_lint_linter* linter = NULL;
  automl_lint_result* result = NULL;
  const automl_lint_diagnostic* d;
  size_t size = 0;

  EXPECT(automl_lint_linter_new(NULL, &linter) == AUTOML_LINT_OK);
  EXPECT(automl_lint_lint_buffer(linter, kForecast, strlen(kForecast), "forecast.json", &result) ==
         AUTOML_LINT_OK);
  automl_lint_linter_free(linter); /* results outlive their linter */
  EXPECT(strcmp(automl_lint_result_file(result, &size), "forecast.json") == 0 && size == 13);
  EXPECT(automl_lint_result_api(result) == AUTOML_LINT_API_V2);
  EXPECT(automl_lint_result_input_failed(result) == 0);
  EXPECT(automl_lint_result_count(result) == 1);
  EXPECT(automl_lint_result_has_severity(result, AUTOML_LINT_SEVERITY_ERROR) == 1);
  EXPECT(automl_lint_result_get(result, 1) == NULL);
  EXPECT(strcmp(automl_lint_last_error(), "automl_lint_result_get: index out of range") == 0);
  d = find(result, "AML901");
  EXPECT(d != NULL);
  if (d) {
    EXPECT(strcmp(automl_lint_diagnostic_name(d, NULL), "ts-frequency-valid") == 0 ||
           strlen(automl_lint_diagnostic_name(d, NULL)) > 0);
    EXPECT(automl_lint_diagnostic_severity(d) == AUTOML_LINT_SEVERITY_ERROR);
    EXPECT(strcmp(automl_lint_diagnostic_pointer(d, NULL),
                  "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastFrequency") ==
           0);
    EXPECT(automl_lint_diagnostic_line(d) == 5 && automl_lint_diagnostic_column(d) == 25);
    EXPECT(strstr(automl_lint_diagnostic_message(d, NULL), "'60min'") != NULL);
    EXPECT(strcmp(automl_lint_diagnostic_hint(d, NULL), "write '1H'") == 0);
    EXPECT(strcmp(automl_lint_diagnostic_file(d, NULL), "forecast.json") == 0);
  }
  automl_lint_result_free(result);
}

static void test_inputs_and_options(const char* data_root, const char* example) {
  automl_lint_options* options = automl_lint_options_new();
  automl_lint_linter* linter = NULL;
  automl_lint_result* result = NULL;
  static const char kNulKey[] = "{\"AutoMLJobName\": \"x\", \"a\\u0000b\": 1}";
  const automl_lint_diagnostic* d;
  size_t size = 0;

  /* V1 forced on a V2 request; only AML2 rules and the loader's. */
  EXPECT(automl_lint_options_set_api(options, AUTOML_LINT_API_V1) == AUTOML_LINT_OK);
  EXPECT(automl_lint_options_select(options, " AML2 , AML0") == AUTOML_LINT_OK);
  EXPECT(automl_lint_options_set_data_root(options, data_root) == AUTOML_LINT_OK);
  EXPECT(automl_lint_options_set_max_file_bytes(options, 100000) == AUTOML_LINT_OK);
  EXPECT(automl_lint_linter_new(options, &linter) == AUTOML_LINT_OK);
  automl_lint_options_free(options); /* the linter keeps a copy */
  EXPECT(automl_lint_lint_buffer(linter, kForecast, strlen(kForecast), "f.json", &result) ==
         AUTOML_LINT_OK);
  EXPECT(automl_lint_result_api(result) == AUTOML_LINT_API_V1);
  EXPECT(find(result, "AML901") == NULL && automl_lint_result_count(result) > 0);
  EXPECT(strncmp(automl_lint_diagnostic_rule(automl_lint_result_get(result, 0), NULL), "AML2", 4) ==
         0);
  automl_lint_result_free(result);

  /* An empty buffer (text NULL, size 0) is a finding, not a failure. */
  EXPECT(automl_lint_lint_buffer(linter, NULL, 0, "empty.json", &result) == AUTOML_LINT_OK);
  EXPECT(automl_lint_result_input_failed(result) == 1 && find(result, "AML001") != NULL);
  automl_lint_result_free(result);

  /* A missing file too (AML005); "-" is a file named "-", never standard input. */
  EXPECT(automl_lint_lint_file(linter, "-", &result) == AUTOML_LINT_OK);
  EXPECT(automl_lint_result_input_failed(result) == 1 && find(result, "AML005") != NULL);
  automl_lint_result_free(result);
  EXPECT(automl_lint_lint_file(linter, example, &result) == AUTOML_LINT_OK);
  EXPECT(strcmp(automl_lint_result_file(result, NULL), example) == 0);
  automl_lint_result_free(result);
  automl_lint_linter_free(linter);

  /* A key with a NUL byte: the pointer's size counts it. */
  EXPECT(automl_lint_linter_new(NULL, &linter) == AUTOML_LINT_OK);
  EXPECT(automl_lint_lint_buffer(linter, kNulKey, strlen(kNulKey), "nul.json", &result) ==
         AUTOML_LINT_OK);
  d = find(result, "AML101");
  EXPECT(d != NULL);
  if (d) {
    const char* pointer = automl_lint_diagnostic_pointer(d, &size);
    EXPECT(size == 4 && memcmp(pointer, "/a\0b", 4) == 0);
  }
  automl_lint_result_free(result);
  automl_lint_linter_free(linter);
}

struct job {
  const automl_lint_linter* linter;
  int ok;
};

static void* lint_in_thread(void* argument) {
  struct job* job = (struct job*)argument;
  int i;
  job->ok = 1;
  for (i = 0; i < 20; ++i) {
    automl_lint_result* result = NULL;
    if (automl_lint_lint_buffer(job->linter, kForecast, strlen(kForecast), "t.json", &result) !=
            AUTOML_LINT_OK ||
        automl_lint_result_count(result) != 1) {
      job->ok = 0;
    }
    automl_lint_result_free(result);
  }
  return NULL;
}

static void test_threads(void) {
  automl_lint_linter* linter = NULL;
  pthread_t threads[4];
  struct job jobs[4];
  int i;
  EXPECT(automl_lint_linter_new(NULL, &linter) == AUTOML_LINT_OK);
  for (i = 0; i < 4; ++i) {
    jobs[i].linter = linter;
    EXPECT(pthread_create(&threads[i], NULL, lint_in_thread, &jobs[i]) == 0);
  }
  for (i = 0; i < 4; ++i) {
    EXPECT(pthread_join(threads[i], NULL) == 0);
    EXPECT(jobs[i].ok == 1);
  }
  automl_lint_linter_free(linter);
}

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: c-api-test DATA_ROOT EXAMPLE_REQUEST\n");
    return 2;
  }
  EXPECT(strlen(automl_lint_version()) > 0);
  test_bad_arguments();
  test_findings();
  test_inputs_and_options(argv[1], argv[2]);
  test_threads();
  if (failures == 0) printf("c-api: ok\n");
  return failures == 0 ? 0 : 1;
}
