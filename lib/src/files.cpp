#include "automl_lint/files.hpp"

#include <algorithm>
#include <system_error>
#include <utility>

namespace automl_lint {
namespace {

namespace fs = std::filesystem;

std::vector<std::string_view> segments_of(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    std::string_view segment = path.substr(0, slash);
    if (!segment.empty()) segments.push_back(segment);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

std::string_view without_leading_root(std::string_view pattern) {
  while (true) {
    if (pattern.starts_with("./")) {
      pattern.remove_prefix(2);
    } else if (pattern.starts_with("/")) {
      pattern.remove_prefix(1);
    } else {
      return pattern;
    }
  }
}

/// The end of the bracket expression that starts at `pattern[start]` ('['), or npos.
std::size_t class_end(std::string_view pattern, std::size_t start) {
  std::size_t i = start + 1;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;  // A leading ']' is a member.
  while (i < pattern.size() && pattern[i] != ']') ++i;
  return i < pattern.size() ? i : std::string_view::npos;
}

bool class_matches(std::string_view set, char c) {  // `set` without the brackets.
  bool negated = !set.empty() && (set[0] == '!' || set[0] == '^');
  if (negated) set.remove_prefix(1);
  bool found = false;
  for (std::size_t i = 0; i < set.size(); ++i) {
    if (i + 2 < set.size() && set[i + 1] == '-') {
      found = found || (c >= set[i] && c <= set[i + 2]);
      i += 2;
    } else {
      found = found || c == set[i];
    }
  }
  return found != negated;
}

/// Bytes of the UTF-8 character that starts at `text[i]` (1 for a stray byte).
std::size_t character_length(std::string_view text, std::size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
  return std::min(length, text.size() - i);
}

/// One segment against one segment pattern: `*`, `?`, `[...]`; greedy with one backtrack
/// point, so linear in practice.
bool segment_matches(std::string_view pattern, std::string_view text) {
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_text = t;
      continue;
    }
    if (p < pattern.size()) {
      if (pattern[p] == '?') {
        ++p;
        t += character_length(text, t);
        continue;
      }
      if (pattern[p] == '[') {
        std::size_t end = class_end(pattern, p);
        if (end == std::string_view::npos) return false;
        if (class_matches(pattern.substr(p + 1, end - p - 1), text[t])) {
          p = end + 1;
          ++t;
          continue;
        }
      } else if (pattern[p] == text[t]) {
        ++p;
        ++t;
        continue;
      }
    }
    if (star == std::string_view::npos) return false;
    p = star + 1;
    t = ++star_text;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

/// Segments against segment patterns, `**` matching any number of segments.
bool segments_match(const std::vector<std::string_view>& pattern,
                    const std::vector<std::string_view>& path) {
  // matches[i][j]: pattern[i..] matches path[j..].
  std::size_t rows = pattern.size() + 1;
  std::size_t columns = path.size() + 1;
  std::vector<char> matches(rows * columns, 0);
  auto at = [&](std::size_t i, std::size_t j) -> char& { return matches[i * columns + j]; };
  at(pattern.size(), path.size()) = 1;
  for (std::size_t i = pattern.size(); i-- > 0;) {
    for (std::size_t j = columns; j-- > 0;) {
      if (pattern[i] == "**") {
        at(i, j) = at(i + 1, j) || (j < path.size() && at(i, j + 1));
      } else {
        at(i, j) = j < path.size() && segment_matches(pattern[i], path[j]) && at(i + 1, j + 1);
      }
    }
  }
  return at(0, 0) != 0;
}

bool has_request_extension(std::string_view name) {
  return name.ends_with(".json") || name.ends_with(".yaml") || name.ends_with(".yml");
}

}  // namespace

std::optional<std::string> glob_error(std::string_view pattern) {
  if (without_leading_root(pattern).empty()) return std::string("the pattern is empty");
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '[') continue;
    std::size_t end = class_end(pattern, i);
    if (end == std::string_view::npos) {
      return "'[' at position " + std::to_string(i + 1) + " has no closing ']'";
    }
    i = end;
  }
  return std::nullopt;
}

bool glob_matches(std::string_view pattern, std::string_view path) {
  if (glob_error(pattern)) return false;
  pattern = without_leading_root(pattern);
  std::vector<std::string_view> path_segments = segments_of(path);
  std::vector<std::string_view> pattern_segments = segments_of(pattern);
  if (path_segments.empty() || pattern_segments.empty()) return false;
  if (pattern.find('/') == std::string_view::npos) {
    return segments_match(pattern_segments, {path_segments.back()});
  }
  return segments_match(pattern_segments, path_segments);
}

FoundFiles find_request_files(const fs::path& folder, const std::vector<std::string>& exclude) {
  FoundFiles found;
  auto excluded = [&](const std::string& relative) {
    return std::any_of(exclude.begin(), exclude.end(),
                       [&](const std::string& pattern) { return glob_matches(pattern, relative); });
  };
  // Depth first, without recursion: entries still to visit, the next one last.
  std::vector<std::pair<std::string, bool>> pending{{"", true}};  // (relative path, is folder)
  while (!pending.empty()) {
    auto [relative, is_folder] = std::move(pending.back());
    pending.pop_back();
    if (!is_folder) {
      found.files.push_back(std::move(relative));
      continue;
    }
    fs::path here = relative.empty() ? folder : folder / relative;
    std::error_code error;
    fs::directory_iterator entries(here, error);
    if (error) {
      found.errors.push_back(here.string() + ": " + error.message());
      continue;
    }
    std::vector<std::pair<std::string, bool>> children;
    for (auto end = fs::directory_iterator(); entries != end; entries.increment(error)) {
      std::string name = entries->path().filename().string();
      if (name.empty() || name.front() == '.') continue;
      std::string child = relative.empty() ? name : relative + "/" + name;
      std::error_code status_error;
      fs::file_status link = entries->symlink_status(status_error);
      if (status_error) continue;
      if (fs::is_directory(link)) {
        if (!excluded(child)) children.emplace_back(std::move(child), true);
        continue;
      }
      // A symbolic link counts as what it points at; links to folders are not followed.
      fs::file_status target = fs::is_symlink(link) ? entries->status(status_error) : link;
      if (status_error || !fs::is_regular_file(target)) continue;
      if (has_request_extension(name) && !excluded(child)) {
        children.emplace_back(std::move(child), false);
      }
    }
    if (error) found.errors.push_back(here.string() + ": " + error.message());
    std::sort(children.begin(), children.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto child = children.rbegin(); child != children.rend(); ++child) {
      pending.push_back(std::move(*child));
    }
  }
  return found;
}

}  // namespace automl_lint
