// The formats behind output_formats(), and what several of them share.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "automl_lint/output.hpp"

namespace automl_lint::output {

std::unique_ptr<Formatter> make_text(std::ostream& out, const FormatOptions& options);
std::unique_ptr<Formatter> make_json(std::ostream& out, const FormatOptions& options);
std::unique_ptr<Formatter> make_sarif(std::ostream& out, const FormatOptions& options);
std::unique_ptr<Formatter> make_github(std::ostream& out, const FormatOptions& options);
std::unique_ptr<Formatter> make_junit(std::ostream& out, const FormatOptions& options);

/// `text` with every byte sequence that is not well-formed UTF-8 replaced by U+FFFD: file names
/// come from the file system and may be any bytes, while JSON and XML must be UTF-8.
std::string valid_utf8(std::string_view text);

/// The file name as a path relative to where the tool runs: lexically normalised,
/// `/`-separated, without a leading `./` (the form fingerprints and annotations use).
std::string normal_path(std::string_view file);

/// `file:line:col: severity: message [rule]`, the pointer and the hint (the text format's
/// lines, without colours), for the formats that quote a finding in full.
std::string plain_text(const Diagnostic& diagnostic);

}  // namespace automl_lint::output
