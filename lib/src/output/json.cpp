// The json format: one array of diagnostics for the whole run, written as files come.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "output/formats.hpp"

namespace automl_lint::output {
namespace {

class JsonFormatter final : public Formatter {
 public:
  explicit JsonFormatter(std::ostream& out) : out_(out), stream_(out), writer_(stream_) {
    writer_.SetIndent(' ', 2);
  }

  void begin(const RunInfo&) override { writer_.StartArray(); }

  void file(const LintResult& result) override {
    for (const Diagnostic& d : result.diagnostics) {
      writer_.StartObject();
      text("file", valid_utf8(d.file));
      text("rule", d.rule);
      text("severity", to_string(d.severity));
      text("message", valid_utf8(d.message));
      text("pointer", valid_utf8(d.pointer));
      writer_.Key("line");
      writer_.Int(d.line);
      writer_.Key("column");
      writer_.Int(d.column);
      text("hint", valid_utf8(d.hint));
      writer_.EndObject();
    }
  }

  void end(const RunSummary&) override {
    writer_.EndArray();
    stream_.Flush();
    out_ << '\n';
  }

 private:
  void text(const char* key, std::string_view value) {
    writer_.Key(key);
    writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }

  std::ostream& out_;
  rapidjson::OStreamWrapper stream_;
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> writer_;
};

}  // namespace

std::unique_ptr<Formatter> make_json(std::ostream& out, const FormatOptions&) {
  return std::make_unique<JsonFormatter>(out);
}

}  // namespace automl_lint::output
