// The YAML reader against the reference: the AWS CLI loads `--cli-input-yaml` with ruamel.yaml's
// safe loader (YAML(typ='safe', pure=True)); Debian's python3-ruamel.yaml is run here on a corpus
// of snippets and must construct the same values as automl-lint's reader. Skipped (with a
// message) only when ruamel.yaml is not importable; setup.sh installs it.
//
// Values are compared as JSON: what JSON has no type for is written as a tagged object on both
// sides ({"$date": "2024-01-01"}, {"$timestamp": ...}, {"$binary": base64}, {"$set": [keys]},
// {"$float": "inf" | "-inf" | "nan"}); integers beyond 64 bits compare as doubles, as both JSON
// and YAML readers keep them. A key that is not a string is left out of the value (automl-lint
// reports it, AML103) and listed by its mapping's pointer.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unistd.h>

#include <automl_lint/linter.hpp>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "source_document.hpp"

namespace fs = std::filesystem;
using automl_lint::InputFormat;
using automl_lint::Limits;
using automl_lint::detail::SourceDocument;
using automl_lint::detail::ValueNote;

namespace {

/// A snippet and, when automl-lint knowingly reads it differently, why and with which rule.
struct Snippet {
  std::string yaml;
  std::string divergence_rule = {};  ///< automl-lint refuses it with this rule; ruamel loads it.
  std::string why = {};
};

// clang-format off
const std::vector<Snippet> kCorpus = {
    // YAML 1.2 booleans: only true/false in three spellings; yes/no/on/off/y/n are strings.
    {"a: yes"}, {"a: Yes"}, {"a: NO"}, {"a: on"}, {"a: off"}, {"a: y"}, {"a: n"},
    {"a: true"}, {"a: True"}, {"a: TRUE"}, {"a: tRue"}, {"a: false"}, {"a: False"},
    // Integers: decimal (a leading zero is decimal in 1.2), 0o octal, hex, binary, underscores.
    {"a: 017"}, {"a: 09"}, {"a: 00_17"}, {"a: 0o17"}, {"a: 0x1F"}, {"a: 0x_1F"}, {"a: 0b101"},
    {"a: 0B1"}, {"a: 0X1F"}, {"a: 1_000"}, {"a: 1__0"}, {"a: 1_"}, {"a: _1"}, {"a: +5"},
    {"a: -5"}, {"a: -0"}, {"a: 0"}, {"a: 9223372036854775807"}, {"a: 9223372036854775808"},
    {"a: -9223372036854775808"}, {"a: 18446744073709551616"},
    {"a: 123456789012345678901234567890"}, {"a: 12:30"}, {"a: 1:20:30"}, {"a: 0xG"},
    {"a: -_"}, {"a: 0x_"}, {"a: 0o8"},
    // Floats: the forms 1.2 takes (a signed exponent after a leading dot), infinities, NaN.
    {"a: 1e3"}, {"a: 1E3"}, {"a: 1.0e3"}, {"a: 1.e3"}, {"a: 1e+3"}, {"a: +1e3"}, {"a: 1.5"},
    {"a: .5"}, {"a: 5."}, {"a: +.5"}, {"a: -.5"}, {"a: .5e3"}, {"a: .5e+3"}, {"a: 0."},
    {"a: 1_0.5"}, {"a: 685.230_15e+03"}, {"a: 12e"}, {"a: 1.5e3.5"}, {"a: 1e400"},
    {"a: -1e400"}, {"a: 1e-400"}, {"a: .inf"}, {"a: -.Inf"}, {"a: +.INF"}, {"a: .nan"},
    {"a: .NaN"}, {"a: -.nan"}, {"a: 0.1"}, {"a: 6.8523015e+5"},
    // Null.
    {"a: ~"}, {"a: null"}, {"a: Null"}, {"a: NULL"}, {"a: nULL"}, {"a:"}, {"a: ''"},
    // Dates and timestamps (ruamel.yaml gives datetimes in UTC, without a time zone).
    {"a: 2024-01-01"}, {"a: 2024-1-1"}, {"a: 2024-01-01T10:00:00Z"},
    {"a: 2024-01-01 10:00:00"}, {"a: 2024-01-01t10:00:00.5+01:00"},
    {"a: 2001-12-14t21:59:43.10-05:00"}, {"a: 2001-12-14 21:59:43.10 -5"},
    {"a: 2001-12-15 2:59:43.1234567"}, {"a: 2024-13-45"}, {"a: 2024-02-30"},
    {"a: 2024-02-29"}, {"a: 2023-02-29"}, {"a: 2024-01-01 25:00:00"}, {"a: '2024-01-01'"},
    {"a: !!timestamp 2024-1-1"}, {"a: 0000-01-01"},
    // %YAML 1.1: yes/on are booleans, a leading zero is octal, sexagesimal numbers.
    {"%YAML 1.1\n---\na: yes"}, {"%YAML 1.1\n---\na: on"}, {"%YAML 1.1\n---\na: y"},
    {"%YAML 1.1\n---\na: Off"}, {"%YAML 1.1\n---\na: 017"}, {"%YAML 1.1\n---\na: 09"},
    {"%YAML 1.1\n---\na: 0x1F"}, {"%YAML 1.1\n---\na: 1_000"}, {"%YAML 1.1\n---\na: 12:30"},
    {"%YAML 1.1\n---\na: 1:30.5"}, {"%YAML 1.1\n---\na: .5"}, {"%YAML 1.1\n---\na: -.5"},
    {"%YAML 1.1\n---\na: 0b1_0"}, {"%YAML 1.1\n---\na: 1e3"}, {"%YAML 1.2\n---\na: yes"},
    {"%YAML 1.0\n---\na: 1"}, {"%YAML 1.3\n---\na: 1"}, {"%YAML 2.0\n---\na: 1"},
    // Tags.
    {"a: !!str 1"}, {"a: !!str true"}, {"a: !!int '1'"}, {"a: !!int 0x1F"}, {"a: !!int abc"},
    {"a: !!float '1'"}, {"a: !!float x"}, {"a: !!bool yes"}, {"a: !!bool 'true'"},
    {"a: !!bool maybe"}, {"a: !!null ''"}, {"a: !!null x"}, {"a: ! 1"}, {"a: ! '1'"},
    {"a: !foo x"}, {"a: !!python/none ''"}, {"a: !<tag:yaml.org,2002:str> 1"},
    {"%TAG !e! tag:example.com,2000:\n---\na: !e!x 1"}, {"a: !!str {b: 1}"},
    {"a: !!map [1]"}, {"a: !!seq {b: 1}"}, {"--- !!map\na: 1"}, {"a: !!binary aGVsbG8="},
    {"a: !!binary |\n  aGVs\n  bG8=\n"}, {"a: !!set {x, y}"}, {"a: !!omap [x: 1, y: 2]"},
    {"a: !!pairs [x: 1, x: 2]"}, {"a: !!omap [x: 1, x: 2]"}, {"a: ="}, {"=: 1"},
    {"a: !!merge <<"},
    // Anchors, aliases and merge keys.
    {"a: &x 1\nb: *x"}, {"a: &x {k: v}\nb: *x\nc: [*x, *x]"}, {"a: *nope"},
    {"a: &x 1\nb: &x 2\nc: *x"}, {"<<: {a: 1}\nb: 2"}, {"a: 1\n<<: {a: 2}"},
    {"<<: [{a: 1}, {a: 2, b: 3}]\nc: 4"}, {"<<: 1"}, {"<<: [1]"}, {"<<: {a: 1}\n<<: {b: 2}"},
    {"a: {<<: {x: 1}, x: 2, x: 3}"}, {"'<<': {a: 1}"},
    {"base: &base {Mode: ENSEMBLING, Max: 10}\nreal:\n  <<: *base\n  Max: 20"},
    {"a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: *b, z: 3}"},
    {"a: &x [1, *x]", "AML001", "an alias inside the node it names: ruamel.yaml builds a list "
                                "that holds itself, which no request can be"},
    // Keys that are not strings.
    {"1: x"}, {"true: x"}, {"null: x"}, {"~: x"}, {"2024-01-01: x"}, {"1.5: x"},
    {"? [1]\n: x"}, {"? {a: 1}\n: x"}, {"a:\n  0x1F: x\n  b: y"},
    // Duplicate keys (ruamel.yaml refuses them; automl-lint reports AML003).
    {"a: 1\na: 2"}, {"{a: 1, a: 2}"}, {"a:\n  - b: 1\n    b: 2"},
    // Documents.
    {"", "AML001", "no document: ruamel.yaml reads None, which the AWS CLI refuses (expecting map)"},
    {"# only a comment\n", "AML001", "no document, as above"},
    {"---\n"}, {"---\na: 1\n...\n"}, {"a: 1\n---\nb: 2"},
    {"a: 1\n...\n---\n"}, {"--- 1\n--- 2"}, {"%YAML 1.2\n%YAML 1.2\n---\na: 1"},
    {"%FOO bar\n---\na: 1", "AML001", "libyaml refuses a directive it does not know"}, {"[1, 2]"}, {"'x'"}, {"42"},
    // Flow and block styles, comments, quoting, folding, escapes.
    {"a: [1, {b: 2}, [c, d]]\ne: {f: g, h: [i]}"}, {"a:\n  - b\n  - c\nd:\n- e\n- f"},
    {"a: 1 # comment\n# another\nb: 2"}, {"a: 'it''s'"}, {"a: \"\\x41\\u00e9\\U0001F600\""},
    {"a: \"\\e\\a\\v\\0\""}, {"a: \"\\/\""}, {"a: \"\\N\\_\\L\\P\""}, {"a: \"x\\\n  y\""},
    {"a: >\n  x\n  y\n"}, {"a: |\n  x\n  y\n"}, {"a: |-\n  x\n"}, {"a: |+\n  x\n\n"},
    {"a: >-\n  x\n\n  y\n"}, {"a: plain\n  continued\n  lines"}, {"a: 'single\n  folded'"},
    {"a: \"double\n\n  folded\""}, {"a: x # c\td"}, {"? a\n: 1"}, {"a: b: c"},
    {"a:\n  b\n  c: d"}, {"a: 'x' 'y'"}, {"a: [1, 2"}, {"a: 1\n b: 2"}, {"a: {x: 1}\nb: [*x]"},
    {"{a:b}"}, {"a: é中\nб: 😀"}, {"\"quoted key\": 1\n'single': 2"}, {"a: -x"},
    {"a: :x"}, {"a: ?x"}, {"a: x:y"}, {"a: http://example.com/a#b"}, {"a: x #not"},
    {"a: 'x\ty'"}, {"a: \"x\n\ty\""}, {"a: |\n  \tx\n", "AML001", "libyaml refuses a tab right after a block scalar's indentation"}, {"a: @x"}, {"a: `x"}, {"a: %x"},
    // Tabs: ruamel.yaml's scanner refuses them outside quotes, block scalars and comments.
    {"a: b\t"}, {"a:\tb"}, {"\ta: 1"}, {"a: [1,\t2]"}, {"a: {b:\t1}"}, {"a: 1\t# c"},
    {"a: b\tc"}, {"a:\n\t- 1"}, {"a: |\n  x\n\ty"}, {"a: 1\t\nb: 2"},
    // Line ends, byte order mark.
    {"a: 1\r\nb:\r\n  - x\r\n  - 'y'\r\n"}, {"\xEF\xBB\xBF" "a: 1"},
    // Surrogate escapes: libyaml refuses them; ruamel.yaml builds a string of surrogates, which
    // is no text.
    {"a: \"\\ud800\"", "AML002", "an escape of a UTF-16 surrogate is not a character"},
    {"a: \"\\ud83d\\ude00\"", "AML002", "YAML escapes code points: \\U0001F600 is the emoji"},
};
// clang-format on

/// ruamel.yaml's values as JSON, one line per snippet. Reads a JSON list of snippets.
constexpr const char* kReference = R"PY(
import base64, datetime, json, math, sys, warnings
from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError
warnings.simplefilter('ignore')

def escape(token):
    return token.replace('~', '~0').replace('/', '~1')

def canon(value, path, dropped):
    if isinstance(value, str) and any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        return {'$surrogates': value.encode('utf-8', 'surrogatepass').hex()}
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if -2**63 <= value < 2**64 else float(value)
    if isinstance(value, float):
        if math.isnan(value):
            return {'$float': 'nan'}
        if math.isinf(value):
            return {'$float': 'inf' if value > 0 else '-inf'}
        return value
    if isinstance(value, datetime.datetime):
        return {'$timestamp': value.isoformat()}
    if isinstance(value, datetime.date):
        return {'$date': value.isoformat()}
    if isinstance(value, bytes):
        return {'$binary': base64.b64encode(value).decode()}
    if isinstance(value, (set, frozenset)):
        return {'$set': sorted(value)}
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                dropped.append(path)
                continue
            out[key] = canon(item, path + '/' + escape(key), dropped)
        return out
    if isinstance(value, (list, tuple)):
        return [canon(item, path + '/' + str(i), dropped) for i, item in enumerate(value)]
    raise TypeError(type(value))

results = []
for text in json.load(open(sys.argv[1], encoding='utf-8')):
    try:
        value = YAML(typ='safe', pure=True).load(text)
        dropped = []
        results.append({'value': canon(value, '', dropped), 'dropped': dropped})
    except DuplicateKeyError:
        results.append({'duplicate': True})
    except RecursionError:
        results.append({'recursive': True})
    except Exception as error:
        results.append({'error': type(error).__name__})
print(json.dumps(results, ensure_ascii=True))
)PY";

bool ruamel_available() {
  return std::system("/usr/bin/python3 -c 'import ruamel.yaml' >/dev/null 2>&1") == 0;
}

std::string json_text(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

/// automl-lint's reading of a snippet, in the reference's JSON.
void canonical(const SourceDocument& document, const rapidjson::Value& node, rapidjson::Value& out,
               rapidjson::Document::AllocatorType& allocator) {
  auto tagged = [&](const char* tag, std::string_view text) {
    out.SetObject();
    out.AddMember(
        rapidjson::Value(tag, allocator),
        rapidjson::Value(text.data(), static_cast<rapidjson::SizeType>(text.size()), allocator),
        allocator);
  };
  if (const ValueNote* note = document.note(&node)) {
    switch (note->kind) {
      case ValueNote::Kind::date:
        return tagged("$date", note->canonical);
      case ValueNote::Kind::timestamp:
        return tagged("$timestamp", note->canonical);
      case ValueNote::Kind::binary:
        return tagged("$binary", note->canonical);
      case ValueNote::Kind::set: {
        rapidjson::Document keys;
        keys.Parse(note->canonical.c_str());
        out.SetObject();
        out.AddMember("$set", rapidjson::Value(keys, allocator), allocator);
        return;
      }
      default:
        break;
    }
  }
  if (node.IsNumber() && !std::isfinite(node.GetDouble())) {
    double value = node.GetDouble();
    return tagged("$float", std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf");
  }
  if (node.IsObject()) {
    out.SetObject();
    for (const auto& member : node.GetObject()) {
      rapidjson::Value item;
      canonical(document, member.value, item, allocator);
      out.AddMember(rapidjson::Value(member.name, allocator), item, allocator);
    }
  } else if (node.IsArray()) {
    out.SetArray();
    for (const auto& element : node.GetArray()) {
      rapidjson::Value item;
      canonical(document, element, item, allocator);
      out.PushBack(item, allocator);
    }
  } else {
    out.CopyFrom(node, allocator);
  }
}

std::string parent_of(const std::string& pointer) {
  return pointer.substr(0, pointer.rfind('/'));
}

}  // namespace

TEST_CASE("the YAML reader constructs what ruamel.yaml's safe loader constructs") {
  if (!ruamel_available()) {
    MESSAGE(
        "skipped: /usr/bin/python3 cannot import ruamel.yaml (setup.sh installs "
        "python3-ruamel.yaml)");
    return;
  }
  fs::path dir = fs::temp_directory_path() /
                 fs::path("automl-lint-yaml-reference-").concat(std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    rapidjson::Document list(rapidjson::kArrayType);
    for (const Snippet& snippet : kCorpus) {
      list.PushBack(rapidjson::Value(snippet.yaml.c_str(),
                                     static_cast<rapidjson::SizeType>(snippet.yaml.size()),
                                     list.GetAllocator()),
                    list.GetAllocator());
    }
    std::ofstream(dir / "corpus.json", std::ios::binary) << json_text(list);
    std::ofstream(dir / "reference.py", std::ios::binary) << kReference;
  }
  std::string command = "/usr/bin/python3 " + (dir / "reference.py").string() + " " +
                        (dir / "corpus.json").string() + " > " + (dir / "out.json").string();
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream in(dir / "out.json", std::ios::binary);
  std::string output((std::istreambuf_iterator<char>(in)), {});
  fs::remove_all(dir);
  rapidjson::Document reference;
  reference.Parse(output.c_str());
  REQUIRE_MESSAGE(reference.IsArray(), "the reference printed: " << output.substr(0, 2000));
  REQUIRE(reference.Size() == kCorpus.size());

  int divergences = 0;
  for (std::size_t i = 0; i < kCorpus.size(); ++i) {
    const Snippet& snippet = kCorpus[i];
    const rapidjson::Value& expected = reference[static_cast<rapidjson::SizeType>(i)];
    CAPTURE(snippet.yaml);
    CAPTURE(json_text(expected));
    SourceDocument document(snippet.yaml, Limits{}, InputFormat::yaml);
    const auto& error = document.load_error();
    if (error) CAPTURE(error->message);
    if (!snippet.divergence_rule.empty()) {
      ++divergences;
      bool loads = expected.HasMember("value") || expected.HasMember("recursive");
      CHECK_MESSAGE(loads, "ruamel.yaml no longer loads it: " << snippet.why);
      CHECK(error.has_value());
      if (error) CHECK(error->rule == snippet.divergence_rule);
      continue;
    }
    if (expected.HasMember("error")) {
      CHECK_MESSAGE(error.has_value(), "ruamel.yaml refuses it (" << expected["error"].GetString()
                                                                  << "), automl-lint reads it");
      continue;
    }
    if (expected.HasMember("duplicate")) {
      // A duplicate key is AML003; a second merge key (<<), which is not a member, AML001.
      if (error) {
        CHECK(error->message.find("merge key") != std::string::npos);
      } else {
        CHECK_FALSE(automl_lint::detail::find_duplicate_keys(document.root()).empty());
      }
      continue;
    }
    CHECK_MESSAGE(!error, "ruamel.yaml reads it, automl-lint refuses it");
    if (error) continue;
    rapidjson::Document actual;
    canonical(document, document.root(), actual, actual.GetAllocator());
    CAPTURE(json_text(actual));
    CHECK(actual == expected["value"]);
    std::vector<std::string> dropped;
    for (const auto& finding : document.load_findings()) {
      CHECK(finding.rule == "AML103");
      dropped.push_back(parent_of(finding.pointer));
    }
    std::vector<std::string> expected_dropped;
    for (const auto& pointer : expected["dropped"].GetArray()) {
      expected_dropped.emplace_back(pointer.GetString());
    }
    CHECK(dropped == expected_dropped);
    CHECK(automl_lint::detail::find_duplicate_keys(document.root()).empty());
  }
  MESSAGE(kCorpus.size() << " YAML snippets compared with ruamel.yaml, " << divergences
                         << " known divergences");
}

namespace {

/// "line:column".
std::string at(const automl_lint::detail::Position& position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

/// A document holds a view of its text: the texts of these tests live as long as the test run.
SourceDocument yaml(std::string text, Limits limits = {}) {
  static std::deque<std::string> texts;
  texts.push_back(std::move(text));
  return SourceDocument(texts.back(), limits, InputFormat::yaml);
}

}  // namespace

TEST_CASE("YAML keys and values keep their line and column in code points") {
  // libyaml's marks count characters: each multi-byte character before a node moves its byte
  // offset further than its mark.
  std::string text =
      "\xEF\xBB\xBF"                                              // A BOM is not a column.
      "Name: \xC3\xA9t\xC3\xA9 # caf\xC3\xA9\r\n"                 // é (2 bytes), CRLF.
      "\xE4\xB8\xAD\xE6\x96\x87: [\xF0\x9F\x98\x80, {k: v}]\r\n"  // 中文 key; 😀 (4 bytes).
      "List:\n"
      "  - \xC3\xA9: 1\n"
      "    b: \"\xE2\x82\xAC\"\n"
      "Empty:\n"
      "Last: x\n";
  SourceDocument document = yaml(text);
  REQUIRE_FALSE(document.load_error());
  CHECK(at(document.key_position("/Name")) == "1:1");
  CHECK(at(document.value_position("/Name")) == "1:7");
  CHECK(at(document.key_position("/\xE4\xB8\xAD\xE6\x96\x87")) == "2:1");
  CHECK(at(document.value_position("/\xE4\xB8\xAD\xE6\x96\x87")) == "2:5");
  CHECK(at(document.value_position("/\xE4\xB8\xAD\xE6\x96\x87/0")) == "2:6");
  CHECK(at(document.value_position("/\xE4\xB8\xAD\xE6\x96\x87/1")) == "2:9");
  CHECK(at(document.key_position("/\xE4\xB8\xAD\xE6\x96\x87/1/k")) == "2:10");
  CHECK(at(document.value_position("/\xE4\xB8\xAD\xE6\x96\x87/1/k")) == "2:13");
  CHECK(at(document.value_position("/List")) == "4:3");  // The block sequence's '-'.
  CHECK(at(document.value_position("/List/0")) == "4:5");
  CHECK(at(document.key_position("/List/0/\xC3\xA9")) == "4:5");
  CHECK(at(document.value_position("/List/0/\xC3\xA9")) == "4:8");
  CHECK(at(document.value_position("/List/0/b")) == "5:8");  // At the quote.
  CHECK(at(document.value_position("/Empty")) == "6:7");     // Right after the colon.
  CHECK(at(document.key_position("/Last")) == "7:1");
  CHECK(at(document.value_position("")) == "1:1");  // A block mapping: its first key.
  CHECK(document.find("/List/0/b")->GetString() == std::string("\xE2\x82\xAC"));
}

TEST_CASE("an alias's copy starts at the alias, its members where the anchor writes them") {
  SourceDocument document = yaml(
      "base: &b\n"
      "  Mode: ENSEMBLING\n"
      "one: *b\n"
      "two:\n"
      "  <<: *b\n"
      "  Own: 1\n");
  REQUIRE_FALSE(document.load_error());
  CHECK(at(document.value_position("/one")) == "3:6");
  CHECK(at(document.key_position("/one/Mode")) == "2:3");
  CHECK(at(document.value_position("/one/Mode")) == "2:9");
  CHECK(at(document.key_position("/two/Mode")) == "2:3");
  CHECK(at(document.key_position("/two/Own")) == "6:3");
  CHECK(document.root()["two"].MemberCount() == 2);
}

TEST_CASE("a billion-laughs file is refused by the alias bound, not by memory") {
  std::string text =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    char previous = static_cast<char>(level - 1);
    text += std::string(1, level) + ": &" + level + " [";
    for (int i = 0; i < 9; ++i) text += std::string(i ? "," : "") + "*" + previous;
    text += "]\n";
  }
  SourceDocument document = yaml(text);  // 9^9 = 387,420,489 strings if expanded.
  REQUIRE(document.load_error());
  CHECK(document.load_error()->rule == "AML004");
  CHECK(document.load_error()->message.find("billion laughs") != std::string::npos);
  // The bound is a limit like the others: the same file within a larger one loads.
  Limits small;
  small.max_alias_nodes = 10;
  auto refused = yaml("a: &a [1, 2, 3]\nb: [*a, *a]\nc: *a\n", small);
  REQUIRE(refused.load_error());
  CHECK(at(refused.position_of_offset(refused.load_error()->offset)) == "3:4");
  CHECK_FALSE(yaml("a: &a [1, 2, 3]\nb: [*a, *a]\n", small).load_error());
}

TEST_CASE("YAML nesting beyond the limit is refused, through aliases too") {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  auto flow = yaml(deep);
  REQUIRE(flow.load_error());
  CHECK(flow.load_error()->rule == "AML004");
  Limits limits;
  limits.max_depth = 4;
  CHECK_FALSE(yaml("a: &a [[[1]]]\n", limits).load_error());  // 4 levels: the mapping and 3.
  auto through_alias = yaml("a: &a [[1]]\nb: [[*a]]\n", limits);
  REQUIRE(through_alias.load_error());
  CHECK(through_alias.load_error()->rule == "AML004");
}

TEST_CASE("YAML refusals carry the AWS CLI's reason and their position") {
  struct Case {
    std::string text;
    std::string rule;
    std::string position;
    std::string words;
  };
  for (const Case& c : {
           Case{"a: 1\n---\nb: 2\n", "AML001", "2:1", "second document"},
           Case{"a: 1\nb:\t2\n", "AML001", "2:3", "tab"},
           Case{"a:\n\t- 1\n", "AML001", "2:1", "tab"},
           Case{"a: !foo x\n", "AML001", "1:4", "tag !foo"},
           Case{"a: *missing\n", "AML001", "1:4", "names no anchor"},
           Case{"a: 2024-13-01\n", "AML001", "1:4", "not a valid date"},
           Case{"a: [1, 2\n", "AML001", "2:1", "flow sequence"},
           Case{"a: 'x\n", "AML001", "2:1", "quoted scalar that starts at line 1, column 4"},
           Case{"a: \"caf\xC3\xA9 \\ud83d\"\n", "AML002", "1:10", "\\ud83d"},
           Case{"# nothing\n", "AML001", "2:1", "no YAML document"},
       }) {
    CAPTURE(c.text);
    auto document = yaml(c.text);
    REQUIRE(document.load_error());
    CHECK(document.load_error()->rule == c.rule);
    CHECK(at(document.position_of_offset(document.load_error()->offset)) == c.position);
    CHECK_MESSAGE(document.load_error()->message.find(c.words) != std::string::npos,
                  document.load_error()->message);
  }
  // A surrogate escape is refused at its member.
  CHECK(yaml("Tags:\n  - Value: \"\\udc00\"\n").load_error()->pointer == "/Tags/0/Value");
}

TEST_CASE("a YAML key that is not a string is reported at the key and left out") {
  auto document = yaml("Tags:\n  - 1: x\n    Key: k\n    true: y\n");
  REQUIRE_FALSE(document.load_error());
  REQUIRE(document.load_findings().size() == 2);
  const auto& integer = document.load_findings()[0];
  CHECK(integer.rule == "AML103");
  CHECK(integer.pointer == "/Tags/0/1");
  CHECK(at(document.position_of_offset(integer.offset)) == "2:5");
  CHECK(integer.message ==
        "Key '1' in /Tags/0 is read as an integer, not as a string, so it "
        "names no member");
  CHECK(integer.hint == "quote the key: '1'");
  CHECK(document.load_findings()[1].message.find("a boolean") != std::string::npos);
  CHECK(document.root()["Tags"][0].MemberCount() == 1);
}

TEST_CASE("the input format: by the name, else by the first character") {
  using automl_lint::detail::resolve_format;
  CHECK(resolve_format(InputFormat::automatic, "a.json", "x: 1") == InputFormat::json);
  CHECK(resolve_format(InputFormat::automatic, "a.yaml", "{}") == InputFormat::yaml);
  CHECK(resolve_format(InputFormat::automatic, "dir/a.YML", "{}") == InputFormat::yaml);
  CHECK(resolve_format(InputFormat::automatic, "<stdin>", "\xEF\xBB\xBF \r\n {}") ==
        InputFormat::json);
  CHECK(resolve_format(InputFormat::automatic, "<stdin>", "  [1]") == InputFormat::json);
  CHECK(resolve_format(InputFormat::automatic, "request", "# c\n{}") == InputFormat::yaml);
  CHECK(resolve_format(InputFormat::automatic, "request.txt", "a: 1") == InputFormat::yaml);
  CHECK(resolve_format(InputFormat::yaml, "a.json", "{}") == InputFormat::yaml);
  CHECK(resolve_format(InputFormat::json, "a.yaml", "a: 1") == InputFormat::json);
  // The public API: lint_buffer takes the format, or tells it.
  const automl_lint::Linter linter;
  auto as_json = linter.lint_buffer("AutoMLJobName: x\n", "<stdin>", InputFormat::json);
  REQUIRE(as_json.diagnostics.size() == 1);
  CHECK(as_json.diagnostics[0].message.starts_with("Invalid JSON"));
  auto told = linter.lint_buffer("AutoMLJobName: x\n", "<stdin>");
  CHECK_FALSE(told.input_failed);
  CHECK(static_cast<int>(InputFormat::automatic) == 0);
  CHECK(static_cast<int>(InputFormat::json) == 1);
  CHECK(static_cast<int>(InputFormat::yaml) == 2);
}
