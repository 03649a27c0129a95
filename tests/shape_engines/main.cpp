// shape-engines: holds the compiled shape checks equal to valijson's (the reference) over files.
//
//   shape-engines [--mutate] PATH...
//
// Every .json, .yaml, .yml and .bin file under each PATH is loaded (a .bin as JSON and as YAML)
// and checked by both engines against both schemas; with --mutate, each loaded request is also
// checked in many edited forms: every value replaced by values of other types, sizes and
// spellings, every member removed, an unknown member added to every object. Prints each
// difference and exits 1 if there is one, or if no file was checked.
#include <fmt/format.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "shape_engines.hpp"

namespace fs = std::filesystem;
using automl_lint::detail::SourceDocument;

namespace {

struct Tally {
  std::size_t files = 0;
  std::size_t documents = 0;
  std::size_t differences = 0;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void check(const std::string& text, automl_lint::InputFormat format, const std::string& label,
           Tally& tally) {
  automl_lint::Limits limits;
  SourceDocument document(text, limits, format);
  ++tally.documents;
  std::string report = automl_lint::testing::shape_engine_differences(document);
  if (report.empty()) return;
  ++tally.differences;
  std::cout << label << ":\n" << report;
}

/// The JSON pointers of every value of `value`, the root included.
void pointers_of(const rapidjson::Value& value, const std::string& pointer,
                 std::vector<std::string>& out) {
  out.push_back(pointer);
  if (value.IsObject()) {
    for (const auto& member : value.GetObject()) {
      std::string_view name(member.name.GetString(), member.name.GetStringLength());
      pointers_of(member.value, pointer + "/" + automl_lint::detail::escape_pointer_token(name),
                  out);
    }
  } else if (value.IsArray()) {
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      pointers_of(value[i], pointer + "/" + std::to_string(i), out);
    }
  }
}

std::string to_json(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return {buffer.GetString(), buffer.GetSize()};
}

/// Values each member is replaced with: every JSON type, the edges of the schemas' lengths and
/// ranges, case variants of enum values, non-ASCII text, numbers beyond 64 bits.
std::vector<std::string> replacements(const rapidjson::Value& original) {
  std::vector<std::string> values = {R"("")",
                                     "\"" + std::string(1100, 'x') + "\"",
                                     R"("ensembling")",
                                     R"("Ünïcödé ✓ 東京")",
                                     R"("s3://bucket/key")",
                                     R"("a b")",
                                     "0",
                                     "-1",
                                     "1",
                                     "1.5",
                                     "1e300",
                                     "-1e300",
                                     "18446744073709551615",
                                     "9223372036854775808",
                                     "true",
                                     "null",
                                     "{}",
                                     "[]",
                                     "[1]",
                                     R"({"Bogus": 1})",
                                     R"(["a", "b"])"};
  if (original.IsString()) {
    std::string text(original.GetString(), original.GetStringLength());
    std::string upper = text, lower = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string& variant : {upper, lower, text + text, text + "\n"}) {
      values.push_back(to_json(rapidjson::Value(
          rapidjson::StringRef(variant.data(), static_cast<rapidjson::SizeType>(variant.size())))));
    }
  }
  if (original.IsArray() && original.Size() > 0) {
    std::string many = "[";
    for (int i = 0; i < 120; ++i) many += (i ? "," : "") + to_json(original[0]);
    values.push_back(many + "]");
  }
  return values;
}

void check_mutations(const std::string& text, automl_lint::InputFormat format,
                     const std::string& label, Tally& tally) {
  automl_lint::Limits limits;
  SourceDocument loaded(text, limits, format);
  if (loaded.load_error() || !loaded.root().IsObject()) return;
  std::vector<std::string> pointers;
  pointers_of(loaded.root(), "", pointers);
  for (const std::string& pointer : pointers) {
    rapidjson::Pointer at(pointer.c_str(), pointer.size());
    const rapidjson::Value* original = at.Get(loaded.root());
    if (!original) continue;
    for (const std::string& replacement : replacements(*original)) {
      rapidjson::Document edited;
      edited.CopyFrom(loaded.root(), edited.GetAllocator());
      rapidjson::Document value;
      value.Parse(replacement.c_str(), replacement.size());
      at.Set(edited, value, edited.GetAllocator());
      check(to_json(edited), automl_lint::InputFormat::json,
            fmt::format("{} with {} = {}", label, pointer, replacement.substr(0, 40)), tally);
    }
    rapidjson::Document edited;
    edited.CopyFrom(loaded.root(), edited.GetAllocator());
    if (!pointer.empty() && at.Erase(edited)) {
      check(to_json(edited), automl_lint::InputFormat::json,
            fmt::format("{} without {}", label, pointer), tally);
    }
    if (original->IsObject()) {
      edited.CopyFrom(loaded.root(), edited.GetAllocator());
      std::string bogus = pointer + "/Bogus";
      rapidjson::Pointer(bogus.c_str(), bogus.size()).Set(edited, "x");
      check(to_json(edited), automl_lint::InputFormat::json,
            fmt::format("{} with {}/Bogus", label, pointer), tally);
    }
  }
}

void check_file(const fs::path& path, bool mutate, Tally& tally) {
  std::string extension = path.extension().string();
  std::vector<automl_lint::InputFormat> formats;
  if (extension == ".json") formats = {automl_lint::InputFormat::json};
  if (extension == ".yaml" || extension == ".yml") formats = {automl_lint::InputFormat::yaml};
  if (extension == ".bin" || path.parent_path().filename().string().starts_with("fuzz_")) {
    formats = {automl_lint::InputFormat::json, automl_lint::InputFormat::yaml};
  }
  if (formats.empty()) return;
  ++tally.files;
  std::string text = read_file(path);
  for (automl_lint::InputFormat format : formats) {
    check(text, format, path.string(), tally);
    if (mutate) check_mutations(text, format, path.string(), tally);
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool mutate = false;
  std::vector<fs::path> paths;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "--mutate") {
      mutate = true;
    } else {
      paths.emplace_back(argument);
    }
  }
  Tally tally;
  for (const fs::path& path : paths) {
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) check_file(entry.path(), mutate, tally);
      }
    } else {
      check_file(path, mutate, tally);
    }
  }
  std::cout << fmt::format("{} files, {} documents checked by both engines: {} differ\n",
                           tally.files, tally.documents, tally.differences);
  if (tally.files == 0) {
    std::cout << "no file was checked\n";
    return 1;
  }
  return tally.differences == 0 ? 0 : 1;
}
