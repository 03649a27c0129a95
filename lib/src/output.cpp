#include "automl_lint/output.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

namespace automl_lint {

void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    out << d.file;
    if (d.line > 0) out << ':' << d.line << ':' << d.column;  // File-level problems have none.
    out << ": " << to_string(d.severity) << ": " << d.message << " [" << d.rule << "]\n";
    if (!d.pointer.empty()) out << "    at " << d.pointer << '\n';
    if (!d.hint.empty()) out << "    hint: " << d.hint << '\n';
  }
}

void write_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> writer(stream);
  writer.SetIndent(' ', 2);
  writer.StartArray();
  for (const Diagnostic& d : diagnostics) {
    auto text = [&](const char* key, std::string_view value) {
      writer.Key(key);
      writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    };
    writer.StartObject();
    text("file", d.file);
    text("rule", d.rule);
    text("severity", to_string(d.severity));
    text("message", d.message);
    text("pointer", d.pointer);
    writer.Key("line");
    writer.Int(d.line);
    writer.Key("column");
    writer.Int(d.column);
    text("hint", d.hint);
    writer.EndObject();
  }
  writer.EndArray();
  stream.Flush();
  out << '\n';
}

}  // namespace automl_lint
