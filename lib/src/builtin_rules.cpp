// Metadata of the checks done by the loader, the schema and the run itself; they have no check
// function in rules/, but are listed, explained, selected and ignored like any rule.
#include "builtin_rules.hpp"

#include "rule_ids.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::string_view kApiReference =
    "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJob.html";
constexpr std::string_view kCommonParameters =
    "https://docs.aws.amazon.com/sagemaker/latest/APIReference/CommonErrors.html";

constexpr RuleInfo loader(std::string_view id, std::string_view name, std::string_view title,
                          std::string_view rationale) {
  return {id, name, Severity::error, title, rationale, kApiReference, CheckedBy::loader};
}

constexpr RuleInfo shape(std::string_view id, std::string_view name, std::string_view title,
                         std::string_view rationale) {
  return {id, name, Severity::error, title, rationale, kCommonParameters, CheckedBy::schema};
}

}  // namespace

const std::vector<RuleInfo>& builtin_rules() {
  static const std::vector<RuleInfo> kRules = {
      loader(detail::ids::kInvalidJson, "invalid-json", "The file is not valid JSON or YAML.", R"md(
**What it checks**: a JSON request (`.json`, or a file that starts with `{` or `[`) parses as
one JSON document (RFC 8259): no trailing commas, comments, NaN or Infinity, nothing after the
closing brace. A YAML request (`.yaml`, `.yml`, or any other first character) parses as the AWS
CLI's `--cli-input-yaml` reads it (ruamel.yaml's safe loader): one document, no tab outside
quotes, block scalars and comments, only the standard tags (`!!str`, `!!int`, ...), aliases
that name an anchor before them, scalars that make the value their tag says (no `2024-13-01`
date).

**Why it matters**: the AWS CLI and boto3 cannot send a request they cannot parse.

**Example**: `{"AutoMLJobName": "churn",}`, or a YAML file that holds a second document after
a `---` line.

**Fix**: remove the trailing comma (or the second document); the diagnostic points at the first
character that is wrong.
)md"),
      loader(detail::ids::kEncoding, "encoding", "The file is not UTF-8 text.", R"md(
**What it checks**: the file is UTF-8 (a byte order mark is accepted), with no invalid byte
sequences and no NUL bytes. UTF-16 and UTF-32 files are recognised and named. A string may not
hold an escape of half a UTF-16 surrogate pair either (`"\udc00"` in JSON, any `\ud800`-`\udfff`
escape in YAML): it is no character, and the diagnostic names the member that holds it.

**Why it matters**: JSON exchanged between systems must be UTF-8 (RFC 8259 section 8.1); a
Latin-1 byte or a UTF-16 file is read as garbage or rejected.

**Example**: a file saved by an editor as UTF-16 LE.

**Fix**: re-save the file as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`.
)md"),
      loader(detail::ids::kDuplicateKey, "duplicate-key", "A key appears twice in one object.",
             R"md(
**What it checks**: no object (YAML: no mapping) holds the same key twice.

**Why it matters**: JSON parsers silently keep one of the values (which one depends on the
parser), so the request sent is not the one the author reads; the AWS CLI refuses a YAML
request with a duplicate key.

**Example**: two `"Mode"` keys in `AutoMLJobConfig`.

**Fix**: keep the one you meant and delete the other.
)md"),
      loader(detail::ids::kInputLimit, "input-limit", "The file breaks a size or nesting limit.",
             R"md(
**What it checks**: the file is no larger than the size limit (16 MiB by default,
`--max-file-size`) and nests no deeper than 256 levels; in YAML, aliases (`*name`) add at most
100,000 nodes in all. Each is an error and the file is not checked further. A file with more than 1,000 diagnostics shows the first 1,000 and one warning
that counts the rest.

**Why it matters**: a request is a few kilobytes and a few levels deep; a file far beyond that
is not a request, and refusing it keeps one hostile file from stalling a run over many.

**Example**: a 100 MB file, 100,000 nested lists, or a YAML "billion laughs" file whose nine
levels of nine aliases would expand to 387 million strings.

**Fix**: lint the right file, or raise the limit if the file really is a request.
)md"),
      loader(detail::ids::kUnreadableFile, "unreadable-file", "The file cannot be read.", R"md(
**What it checks**: the path names a readable regular file (not a directory, FIFO or device).

**Why it matters**: a file that is not read is not checked; the run exits with status 2 so
that this never passes silently.

**Example**: a typo in the path, a directory, or a file without read permission.

**Fix**: correct the path or the permissions.
)md"),
      loader(detail::ids::kRuleFailed, "rule-failed", "A rule failed while checking the request.",
             R"md(
**What it checks**: nothing itself: it reports that one of automl-lint's rules stopped with an
internal error on this request. The other rules' findings for the file are all kept; only the
failed rule's are missing.

**Why it matters**: a rule that could not run did not check the request, so the file must not
pass silently; the run exits with status 2.

**Example**: a defect in a rule, triggered by an unusual request.

**Fix**: report it as an automl-lint bug with the request file; `--ignore` the rule named in the
message to lint the file meanwhile.
)md"),
      {detail::ids::kUnusedSuppression, "unused-suppression", Severity::warning,
       "A `# automl-lint: disable=` comment suppresses nothing.", R"md(
**What it checks**: each rule a `# automl-lint: disable=RULE[,RULE...]` comment in a YAML
request names (an id, an id prefix such as `AML5`, or a rule name) has a finding to suppress on
the line the comment applies to: its own line for a comment after a value, the next line that
is not blank or a comment for a comment on a line of its own. A name that is no rule, and a
loader rule (AML0xx, which always reports), are reported too. A rule that is not enabled for
the file (`--select`, `--ignore`, the configuration file) is not reported as unused.

**Why it matters**: a suppression outlives the finding it was written for; left in place, it
would silently hide the next, real finding of that rule on that line.

**Example**: `TargetAttributeName: churn  # automl-lint: disable=AML302` after the training
data gained a `churn` column.

**Fix**: remove the comment, or the rule from its list.
)md",
       kApiReference, CheckedBy::settings},
      loader(detail::ids::kInvalidConfig, "invalid-config",
             "The configuration file (.automl-lint.yaml) is not valid.", R"md(
**What it checks**: every `.automl-lint.yaml` a run reads (found beside or above a linted file,
named with `--config`, or reached through `extend`) parses as YAML and holds only the keys
`automl-lint schema --config` describes, with values of their types: rule ids, id prefixes and
names that designate a rule, globs that are valid, severities `error`, `warning`, `info` or
`off`, JSON pointers that start with `/`, an `extend` file that exists and no `extend` cycle.

**Why it matters**: a misspelt key or rule id would otherwise be ignored, and a run would check
something else than its authors believe. The run still lints with the settings that are valid,
and exits with status 2.

**Example**: `ignores: [AML501]` (the key is `ignore`), or `severity: {AML302: warn}`.

**Fix**: the diagnostic names the line, and the key or value meant when one is close.
)md"),
      shape(detail::ids::kSchemaViolation, "schema-violation",
            "The request breaks a shape constraint.", R"md(
**What it checks**: any shape constraint of the service model that has no more specific rule.

**Why it matters**: the service rejects the request with a `ValidationException`.

**Example**: rarely seen; the specific rules AML101-AML111 cover the usual cases. When the
schema engine finds the request invalid without naming a violation that automl-lint can
attribute, this rule reports it at the top level rather than letting the file pass.

**Fix**: follow the message.
)md"),
      shape(detail::ids::kUnknownKey, "unknown-key", "A key is not a member of its object.", R"md(
**What it checks**: every key is a member that the service model defines at that place.

**Why it matters**: botocore refuses unknown parameters (`Unknown parameter in input`), and a
misspelled optional key would otherwise be silently without effect.

**Example**: `"ValidationFraktion": 0.2` in `DataSplitConfig`.

**Fix**: use the key the hint suggests (`ValidationFraction`), or remove it.
)md"),
      shape(detail::ids::kMissingRequiredKey, "missing-required-key",
            "A required member is missing.", R"md(
**What it checks**: every member the service model marks as required is present.

**Why it matters**: the request is rejected (`Missing required parameter`).

**Example**: an `InputDataConfig` channel without `TargetAttributeName`.

**Fix**: add the member.
)md"),
      shape(detail::ids::kWrongType, "wrong-type", "A value has the wrong type.", R"md(
**What it checks**: strings are strings, integers are whole numbers written without a decimal
point, booleans are `true` or `false`, lists are lists and structures are objects. In YAML, as
the AWS CLI reads it (YAML 1.2), an unquoted `2024-06-30` is a date, `017` the number 17, `yes`
and `off` strings, `~` and an empty value null; a key must be a string too.

**Why it matters**: the request is rejected (`Invalid type for parameter`).

**Example**: `"MaxCandidates": "10"` or `"MaxCandidates": 10.0`; in YAML `Value: 2024-06-30`
for a tag value, or `GenerateCandidateDefinitionsOnly: yes`.

**Fix**: write the value in the expected type, e.g. `"MaxCandidates": 10`; in YAML quote a value
that is meant as text (`Value: '2024-06-30'`) and write `true` or `false` for a boolean.
)md"),
      shape(detail::ids::kEnumValue, "enum-value", "A value is not one of the allowed values.",
            R"md(
**What it checks**: enumerated members hold one of their values, exactly (case matters).

**Why it matters**: the service rejects the request (`Member must satisfy enum value set`).

**Example**: `"ProblemType": "MultiClassClassification"` (the value is
`MulticlassClassification`), or `"Mode": "Ensembling"`.

**Fix**: use the value the hint suggests.
)md"),
      shape(detail::ids::kStringLength, "string-length", "A string is too short or too long.", R"md(
**What it checks**: string lengths, counted in characters, are within the model's bounds.

**Why it matters**: the service rejects the request (`Member must have length less than or
equal to N`).

**Example**: an `AutoMLJobName` of 33 characters (the limit is 32).

**Fix**: shorten or fill in the value.
)md"),
      shape(detail::ids::kPattern, "pattern", "A string does not match its pattern.", R"md(
**What it checks**: strings match the model's regular expression as a whole value, as the
service does (botocore stores the patterns unanchored).

**Why it matters**: the service rejects the request (`Member must satisfy regular expression
pattern`).

**Example**: `"AutoMLJobName": "my_job"`: names allow letters, digits and hyphens only.

**Fix**: change the value to match, e.g. `my-job`.
)md"),
      shape(detail::ids::kNumberRange, "number-range", "A number is out of range.", R"md(
**What it checks**: numbers are within the model's bounds; integers also within 32 bits,
as the service reads them. A number beyond the range of a double (`1e400`, valid JSON), or
YAML's `.inf`, is out of every range.

**Why it matters**: the service rejects the request (`Member must have value less than or
equal to N`).

**Example**: `"MaxCandidates": 751` (the limit is 750).

**Fix**: use a value within the bounds.
)md"),
      shape(detail::ids::kListSize, "list-size", "A list has too few or too many items.", R"md(
**What it checks**: list lengths are within the model's bounds.

**Why it matters**: the service rejects the request.

**Example**: 51 `Tags` (the limit is 50), or an empty `InputDataConfig`.

**Fix**: add or remove items.
)md"),
      shape(detail::ids::kObjectSize, "object-size", "An object has too few or too many members.",
            R"md(
**What it checks**: maps and unions have a number of members within the model's bounds.

**Why it matters**: the service rejects the request.

**Example**: `Filling` with 51 columns (the limit is 50).

**Fix**: keep the number of members within the bounds.
)md"),
      shape(detail::ids::kUnionOneMember, "union-one-member",
            "A union structure must set exactly one member.",
            R"md(
**What it checks**: `AutoMLProblemTypeConfig` of a `CreateAutoMLJobV2` request sets exactly one
of `TabularJobConfig`, `TimeSeriesForecastingJobConfig`, `TextGenerationJobConfig`,
`TextClassificationJobConfig` and `ImageClassificationJobConfig` (a tagged union in the model).

**Why it matters**: botocore refuses the request before it is sent ("Must set one of the
following keys for tagged union structure AutoMLProblemTypeConfig", or "Invalid number of
parameters set for tagged union structure"): the member set says which problem the job solves.

**Example**: `"AutoMLProblemTypeConfig": {}`, or one with both `TabularJobConfig` and
`TimeSeriesForecastingJobConfig`.

**Fix**: keep the one configuration of the problem to solve; make one request per problem.
)md"),
      shape(detail::ids::kMapKey, "map-key", "A key of a map member is not allowed.", R"md(
**What it checks**: the keys of map members follow the model's key shape: the filling methods of
`Transformations/Filling` (`frontfill`, `middlefill`, `backfill`, `futurefill` and their
`_value` forms, exactly), column names of at most 256 characters, and hyperparameter names of
`TextGenerationHyperParameters` (letters, digits, `.`, `_`, `-`, at most 32 characters).

**Why it matters**: the service rejects the request; and a misspelt filling method such as
`frontFill` would otherwise pass unseen.

**Example**: `"Filling": {"price": {"backFill": "zero"}}`.

**Fix**: use the key the hint suggests (`backfill`).
)md"),
      {detail::ids::kOutputPathMax512, "output-path-max-512", Severity::error,
       "S3OutputPath is longer than the documented 512 characters.", R"md(
**What it checks**: `OutputDataConfig.S3OutputPath` has at most 512 characters.

**Why it matters**: the documentation of `AutoMLOutputDataConfig` says the path "must be 512
characters or less", although its `S3Uri` shape allows 1024; the stricter documented limit
wins.

**Example**: a generated output path with a long run id appended, 600 characters in all.

**Fix**: shorten the prefix.
)md",
       "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLOutputDataConfig.html",
       CheckedBy::schema},
      {detail::ids::kSplitFractionOpenInterval, "split-fraction-open-interval", Severity::error,
       "ValidationFraction must be strictly between 0 and 1.", R"md(
**What it checks**: `DataSplitConfig.ValidationFraction` is greater than 0 and less than 1.

**Why it matters**: the documentation of `AutoMLDataSplitConfig` says so, although the shape
allows the closed interval [0, 1]: 0 leaves no validation data and 1 no training data.

**Example**: `"ValidationFraction": 1`.

**Fix**: use a fraction such as 0.2 (the default).
)md",
       "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLDataSplitConfig.html",
       CheckedBy::schema},
      {detail::ids::kJobNameUniqueInRun, "job-name-unique-in-run", Severity::warning,
       "Two requests in one run use the same AutoMLJobName (compared case-insensitively).",
       R"md(
**What it checks**: across the files of one run, no two requests share an `AutoMLJobName`,
compared without regard to case.

**Why it matters**: job names are unique per account and Region, case-insensitively: the
second `CreateAutoMLJob` fails with `ResourceInUse`. Two files with one name are usually a
copy that was not renamed.

**Example**: `churn-v2` in `a.json` and `Churn-V2` in `b.json`.

**Fix**: give each request its own name.
)md",
       kApiReference, CheckedBy::run},
      {detail::ids::kMigrateInputIsV2, "migrate-input-is-v2", Severity::error,
       "automl-lint migrate was given a request that is already a CreateAutoMLJobV2 request.",
       R"md(
**What it checks**: `automl-lint migrate` converts `CreateAutoMLJob` (V1) requests; the file
given is judged a `CreateAutoMLJobV2` request by its top-level keys (see AML207 for a V2 request
that holds V1 members).

**Why it matters**: there is nothing to convert, and converting twice would move members that
are already in their V2 places. `migrate` exits with status 1 and writes no request.

**Example**: `automl-lint migrate request-v2.json` for a file with `AutoMLProblemTypeConfig`.

**Fix**: lint the file as it is (`automl-lint request-v2.json`).
)md",
       "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJobV2.html",
       CheckedBy::migrate, scope::v2},
  };
  return kRules;
}

}  // namespace automl_lint::rules
