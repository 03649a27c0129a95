// The migration round trip, over every V1 fixture: linting migrate(v1) as CreateAutoMLJobV2 finds
// what linting v1 finds, each finding at the V2 place of its V1 pointer (v2_pointer_of, the same
// table migrate walks by). Findings are compared as (rule id, severity, pointer) sets; messages
// differ between the versions (pointers, API names) and are not compared. A set, because a
// fan-in merges what V1 reports once per channel into one V2 member.
//
// Only the rules that check both kinds of request are compared: RuleInfo::applies_to must hold
// scope::v1 and scope::v2_tabular (a migrated request is a V2 tabular one). A V1-only rule
// (AML203, AML305, ...) has no V2 counterpart, and a V2-only rule has nothing to compare with;
// their rule folders are skipped too. This is driven by the metadata only, so rules added later
// take part as soon as they exist.
#include <doctest/doctest.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <automl_lint/migrate.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/rules.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "fixtures.hpp"
#include "member_moves.hpp"
#include "request_view.hpp"
#include "source_document.hpp"

namespace fs = std::filesystem;
using automl_lint::ApiVersion;
using automl_lint::Diagnostic;
using automl_lint::Severity;

namespace {

/// A difference the round trip accepts, with the reason. Keep this list short: every entry is
/// a place where linting the V2 request says something else than linting the V1 request.
struct Allowed {
  std::string_view fixture;  ///< Relative to tests/fixtures.
  std::string_view rule;
  std::string_view reason;
};
const std::vector<Allowed> kAllowed = {
    // A channel without DataSource: V2's AutoMLJobChannel documents DataSource as required, so
    // AML313 is an error there; for V1 the rule is inferred and stays a warning.
    {"rules/AML313/bad-no-datasource.json", "AML313", "error in V2, warning in V1"},
    {"rules/AML313/bad-second-channel-no-datasource.json", "AML313", "error in V2, warning in V1"},
    // Validation data of 2 GB or more: "For jobs created by calling CreateAutoMLJob, the
    // validation dataset must be less than 2 GB in size" (API_CreateAutoMLJobV2); V2 states no
    // limit of its own, so AML809 is an error for V1 and a warning for V2.
    {"rules/AML809/bad-validation-2.1gb.json", "AML809", "error in V1, warning in V2"},
    {"rules/AML809/bad-validation-exactly-2gb.json", "AML809", "error in V1, warning in V2"},
    // Gzip with a ManifestFile: V2 allows Gzip "for S3Prefix inputs on tabular data only"
    // (AML315, V2 only, to which AML310 defers there); V1 documents no such limit.
    {"realistic/sdk-automl-all-optional-params.json", "AML310", "Gzip scope is V2's (AML315)"},
};

/// Realistic V1 requests whose V2 migration is rightly refused by the V2 service, with the V2
/// rule that says why (the V1 documentation allows what V2 forbids).
const std::vector<Allowed> kV2Stricter = {
    {"realistic/sdk-automl-all-optional-params.json", "AML315",
     "V2 allows Gzip for S3Prefix inputs only; the SDK test combines it with a ManifestFile"},
};

/// A finding as the round trip compares it.
using Key = std::tuple<std::string, Severity, std::string>;

bool compared(std::string_view rule_id) {
  const automl_lint::RuleInfo* rule = automl_lint::find_rule(rule_id);
  if (!rule) return true;  // An id without metadata is compared rather than lost.
  return (rule->applies_to & automl_lint::scope::v1) != 0 &&
         (rule->applies_to & automl_lint::scope::v2_tabular) != 0;
}

std::string describe(const Key& key) {
  return std::get<0>(key) + " " + std::string(automl_lint::to_string(std::get<1>(key))) + " at " +
         (std::get<2>(key).empty() ? std::string("(root)") : std::get<2>(key));
}

std::string text_of(const std::vector<Diagnostic>& diagnostics) {
  std::ostringstream out;
  automl_lint::write_text(out, diagnostics);
  return out.str();
}

bool is_v1_request(const std::string& text) {
  automl_lint::detail::SourceDocument document(text, automl_lint::Limits{});
  return !document.load_error() &&
         automl_lint::rules::detect_api(document) == automl_lint::ApiVersion::v1;
}

bool root_is_object(const std::string& text) {
  automl_lint::detail::SourceDocument document(text, automl_lint::Limits{});
  return document.root().IsObject();
}

struct RoundTrip {
  std::set<std::pair<std::string, std::string>> allowed_used;
  int migrated = 0;
  int refused = 0;
  automl_lint::Linter all_rules_v1{v1_options()};

  static automl_lint::Options v1_options() {
    automl_lint::Options options;
    options.api = ApiVersion::v1;
    return options;
  }

  bool allowed(const std::string& fixture, const std::string& rule) {
    for (const Allowed& entry : kAllowed) {
      if (entry.fixture == fixture && entry.rule == rule) {
        allowed_used.emplace(fixture, rule);
        return true;
      }
    }
    return false;
  }

  /// A request migrate refuses: only for a fan-in conflict (AML305 target, AML306 weight), two
  /// V1 members for one V2 place (AML003; one of them is out of place in V1) or a root that is
  /// not an object, each at a place where the V1 linter (all rules) reports an error too.
  void check_refusal(const std::string& display, const std::string& text,
                     const automl_lint::MigrationResult& result) {
    ++refused;
    auto v1 = all_rules_v1.lint_buffer(text, display);
    for (const Diagnostic& d : result.diagnostics) {
      CAPTURE(text_of({d}));
      bool fan_in = d.rule == "AML305" || d.rule == "AML306";
      bool not_object = d.rule == "AML103" && d.pointer.empty() && !root_is_object(text);
      bool collision = d.rule == "AML003";
      CHECK_MESSAGE((fan_in || not_object || collision),
                    "migrate refused a request it should migrate:\n"
                        << text_of(result.diagnostics));
      bool v1_reports_there = false;
      for (const Diagnostic& finding : v1.diagnostics) {
        v1_reports_there = v1_reports_there ||
                           (finding.pointer == d.pointer && finding.severity == Severity::error) ||
                           (fan_in && finding.pointer == d.pointer);
      }
      CHECK_MESSAGE(v1_reports_there, "the V1 linter reports no error at "
                                          << d.pointer << "\n"
                                          << text_of(v1.diagnostics));
    }
  }

  /// The other way round: where the V1 linter finds channels naming different target columns
  /// (AML305) or different weight columns (AML306 at the second one's member; at a channel it
  /// is about a weight named by one channel only, which migrates), migrate refuses there.
  void check_fan_in_refused(const std::string& display, const std::string& text,
                            const automl_lint::MigrationResult& result) {
    for (const Diagnostic& finding : all_rules_v1.lint_buffer(text, display).diagnostics) {
      bool conflict =
          finding.rule == "AML305" ||
          (finding.rule == "AML306" && finding.pointer.ends_with("/SampleWeightAttributeName"));
      if (!conflict) continue;
      bool refused_there = false;
      for (const Diagnostic& d : result.diagnostics) {
        refused_there = refused_there || (d.rule == finding.rule && d.pointer == finding.pointer);
      }
      CHECK_MESSAGE(refused_there, "migrate did not refuse the conflict the V1 linter finds:\n"
                                       << text_of({finding}));
    }
  }

  /// One fixture, linted by `v1` (its folder's options) and, migrated, by `v2` (the same as V2).
  /// Without linters (the folder of a rule that is not compared) only a refusal is checked.
  void check(const automl_lint::Linter* v1_linter, const automl_lint::Linter* v2_linter,
             const fs::path& input) {
    std::string display = fs::relative(input, fixtures::kFixtureRoot).generic_string();
    std::string text = fixtures::read_file(input);
    if (!is_v1_request(text)) return;
    CAPTURE(display);
    automl_lint::MigrationResult migration = automl_lint::migrate_to_v2(text, display);
    check_fan_in_refused(display, text, migration);
    if (!migration.ok()) return check_refusal(display, text, migration);
    if (!v1_linter || !v2_linter) return;
    ++migrated;
    auto v1 = v1_linter->lint_buffer(text, display);
    auto v2 = v2_linter->lint_buffer(*migration.text, display);
    CHECK_MESSAGE(v2.input_failed == v1.input_failed, text_of(v2.diagnostics));
    std::set<Key> expected;
    for (const Diagnostic& d : v1.diagnostics) {
      if (compared(d.rule)) {
        expected.emplace(d.rule, d.severity, automl_lint::detail::v2_pointer_of(d.pointer));
      }
    }
    std::set<Key> actual;
    for (const Diagnostic& d : v2.diagnostics) {
      if (compared(d.rule)) actual.emplace(d.rule, d.severity, d.pointer);
    }
    std::string differences;
    for (const Key& key : expected) {
      if (!actual.count(key) && !allowed(display, std::get<0>(key))) {
        differences += "  lost: " + describe(key) + "\n";
      }
    }
    for (const Key& key : actual) {
      if (!expected.count(key) && !allowed(display, std::get<0>(key))) {
        differences += "  new:  " + describe(key) + "\n";
      }
    }
    CHECK_MESSAGE(differences.empty(), "linting the migrated request differs:\n"
                                           << differences << "V1 findings:\n"
                                           << text_of(v1.diagnostics) << "V2 findings:\n"
                                           << text_of(v2.diagnostics) << "migrated request:\n"
                                           << *migration.text);
  }
};

bool skipped_folder(const fs::path& folder) {
  return fixtures::is_rule_folder(folder) && !compared(folder.filename().string());
}

}  // namespace

TEST_CASE("linting a migrated V1 fixture finds the same as linting the V1 fixture") {
  RoundTrip round_trip;
  for (const auto& [folder, inputs] : fixtures::fixture_groups()) {
    if (skipped_folder(folder)) {
      for (const fs::path& input : inputs) round_trip.check(nullptr, nullptr, input);
      continue;
    }
    automl_lint::Options options = fixtures::options_for(folder);
    automl_lint::Linter v1_linter(options);
    options.api = ApiVersion::v2;
    automl_lint::Linter v2_linter(options);
    for (const fs::path& input : inputs) round_trip.check(&v1_linter, &v2_linter, input);
  }
  // The round trip must have had something to compare.
  CHECK(round_trip.migrated > 100);
  // The fan-in conflicts of the AML305 and AML306 fixtures.
  CHECK(round_trip.refused >= 2);
  for (const Allowed& entry : kAllowed) {
    CHECK_MESSAGE(
        round_trip.allowed_used.count({std::string(entry.fixture), std::string(entry.rule)}) == 1,
        "allow-list entry no longer needed: " << entry.fixture << " " << entry.rule);
  }
  MESSAGE(round_trip.migrated << " V1 fixtures migrated and compared, " << round_trip.refused
                              << " refused");
}

TEST_CASE("every realistic V1 request migrates to a V2 request without errors") {
  const fs::path folder = fixtures::kFixtureRoot / "realistic";
  int count = 0;
  const auto groups = fixtures::fixture_groups();
  for (const fs::path& input : groups.at(folder)) {
    std::string display = fs::relative(input, fixtures::kFixtureRoot).generic_string();
    CAPTURE(display);
    std::string text = fixtures::read_file(input);
    REQUIRE(is_v1_request(text));
    automl_lint::MigrationResult migration = automl_lint::migrate_to_v2(text, display);
    REQUIRE_MESSAGE(migration.ok(), text_of(migration.diagnostics));
    automl_lint::Options options;
    options.api = ApiVersion::v2;
    auto v2 = automl_lint::Linter(options).lint_buffer(*migration.text, display);
    ++count;
    std::vector<Diagnostic> errors;
    for (const Diagnostic& diagnostic : v2.diagnostics) {
      bool expected = std::any_of(kV2Stricter.begin(), kV2Stricter.end(), [&](const Allowed& a) {
        return a.fixture == display && a.rule == diagnostic.rule;
      });
      if (diagnostic.severity == Severity::error && !expected) errors.push_back(diagnostic);
    }
    CHECK_MESSAGE(errors.empty(), text_of(errors));
    if (input.filename().string().rfind("ok-", 0) == 0) {
      CHECK_MESSAGE(v2.diagnostics.empty(), text_of(v2.diagnostics));
    }
  }
  CHECK(count >= 15);
}
