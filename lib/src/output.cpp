#include "automl_lint/output.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>

#include "messages.hpp"

namespace automl_lint {

void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    out << d.file;
    if (d.line > 0) out << ':' << d.line << ':' << d.column;  // File-level problems have none.
    out << ": " << to_string(d.severity) << ": " << d.message;
    out << " [" << d.rule << "]";
    out << '\n';
    if (!d.pointer.empty()) out << "    at " << detail::display_pointer(d.pointer) << '\n';
    if (!d.hint.empty()) out << "    hint: " << d.hint << '\n';
  }
}

namespace {

std::string diagnostic_json(const Diagnostic& d) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
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
  return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace

JsonArrayWriter::JsonArrayWriter(std::ostream& out) : out_(out) {
  out_ << '[';
}

JsonArrayWriter::~JsonArrayWriter() {
  finish();
}

void JsonArrayWriter::write(const Diagnostic& diagnostic) {
  // Indent each object by two spaces inside the array, as a pretty printer would.
  std::string object = diagnostic_json(diagnostic);
  std::string indented;
  indented.reserve(object.size() + 64);
  for (char c : object) {
    indented += c;
    if (c == '\n') indented += "  ";
  }
  out_ << (first_ ? "\n  " : ",\n  ") << indented;
  first_ = false;
}

void JsonArrayWriter::finish() {
  if (finished_) return;
  finished_ = true;
  out_ << (first_ ? "]\n" : "\n]\n");
}

void write_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  JsonArrayWriter writer(out);
  for (const Diagnostic& diagnostic : diagnostics) writer.write(diagnostic);
  writer.finish();
}

}  // namespace automl_lint
