#include "batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "linter_state.hpp"
#include "messages.hpp"
#include "rule.hpp"
#include "rule_ids.hpp"

namespace automl_lint {
namespace detail {

using rules::concat;

void JobNameRegistry::check(std::size_t file_number, LintResult& result) {
  if (!result.job_name || !selection_.enabled(detail::ids::kJobNameUniqueInRun)) return;
  const JobName& name = *result.job_name;
  std::string folded = lower(name.value);
  std::uint64_t key = std::hash<std::string>{}(folded);
  FirstUse use{static_cast<std::uint32_t>(file_number), name.line, name.column};
  auto [first, inserted] = first_use_.emplace(key, use);
  if (inserted) {
    if (folded != name.value) spelling_.emplace(key, name.value);
    return;
  }
  const FirstUse& earlier = first->second;
  std::string earlier_file = file_name_(earlier.file_number);
  if (earlier_file == name.file) return;  // The same file named twice.
  auto spelled = spelling_.find(key);
  std::string earlier_spelling = spelled == spelling_.end() ? folded : spelled->second;
  std::string as =
      earlier_spelling == name.value ? "" : concat(" as '", shorten(earlier_spelling), "'");
  result.diagnostics.push_back(Diagnostic{
      name.file, detail::ids::kJobNameUniqueInRun, Severity::warning,
      concat("AutoMLJobName '", shorten(name.value), "' is already used by ", earlier_file, ":",
             std::to_string(earlier.line), ":", std::to_string(earlier.column), as,
             "; job names are unique per account and Region, ignoring case"),
      "/AutoMLJobName", name.line, name.column, "give each request its own AutoMLJobName"});
  sort_diagnostics(result.diagnostics);
}

}  // namespace detail

namespace {

LintResult lint_standard_input(const Linter& linter, std::size_t max_bytes, InputFormat format) {
  // Read one byte past the limit at most: the linter reports the size, memory stays bounded.
  std::string text;
  char buffer[65536];
  while (text.size() <= max_bytes && std::cin.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
  }
  if (text.size() > max_bytes + 1) text.resize(max_bytes + 1);
  return linter.lint_buffer(text, "<stdin>", format);
}

/// Lints one path; a failure of the linter itself becomes a diagnostic, never a lost file.
LintResult lint_path(const Linter& linter, const std::string& path, std::size_t max_bytes,
                     InputFormat stdin_format) {
  try {
    return path == "-" ? lint_standard_input(linter, max_bytes, stdin_format)
                       : linter.lint_file(path);
  } catch (const std::exception& error) {
    LintResult result;
    result.file = path == "-" ? "<stdin>" : path;
    result.input_failed = true;
    result.diagnostics.push_back(
        Diagnostic{path, detail::ids::kUnreadableFile, Severity::error,
                   std::string("Internal error while linting: ") + error.what(), "", 0, 0, ""});
    return result;
  }
}

/// Results come back in input order although threads finish in any order: a ring of slots,
/// at most `window` files ahead of the one being handed out, bounds memory.
class OrderedRun {
 public:
  OrderedRun(std::size_t count, std::size_t window) : count_(count), slots_(window) {}

  /// Next index for a worker, or nullopt when all are taken. Waits while the window is full.
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return next_ >= count_ || next_ < emitted_ + slots_.size(); });
    if (next_ >= count_) return std::nullopt;
    return next_++;
  }

  void put(std::size_t index, LintResult result) {
    {
      std::lock_guard lock(mutex_);
      slots_[index % slots_.size()] = std::move(result);
    }
    ready_.notify_all();
  }

  /// The result of the next file in order, waiting for it.
  LintResult next_in_order() {
    std::unique_lock lock(mutex_);
    auto& slot = slots_[emitted_ % slots_.size()];
    ready_.wait(lock, [&] { return slot.has_value(); });
    LintResult result = std::move(*slot);
    slot.reset();
    ++emitted_;
    lock.unlock();
    space_.notify_all();
    return result;
  }

 private:
  std::size_t count_;
  std::vector<std::optional<LintResult>> slots_;
  std::size_t next_ = 0;
  std::size_t emitted_ = 0;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable space_;
};

}  // namespace

void Linter::lint_files(const std::vector<std::string>& paths, unsigned jobs,
                        const std::function<void(LintResult&)>& on_result) const {
  detail::JobNameRegistry names(
      detail::Selection(state_->options.select, state_->options.ignore),
      [&](std::size_t i) { return paths[i] == "-" ? std::string("<stdin>") : paths[i]; });
  std::size_t max_bytes = state_->options.limits.max_file_bytes;
  InputFormat stdin_format = state_->options.stdin_format;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t threads = std::min<std::size_t>(jobs, paths.size());
  if (threads <= 1) {
    for (std::size_t i = 0; i < paths.size(); ++i) {
      LintResult result = lint_path(*this, paths[i], max_bytes, stdin_format);
      names.check(i, result);
      on_result(result);
    }
    return;
  }
  constexpr std::size_t kFilesAheadPerThread = 64;
  OrderedRun run(paths.size(), kFilesAheadPerThread * threads);
  std::vector<std::jthread> workers;
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      while (auto index = run.take()) {
        run.put(*index, lint_path(*this, paths[*index], max_bytes, stdin_format));
      }
    });
  }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    LintResult result = run.next_in_order();
    names.check(i, result);
    on_result(result);
  }
}

}  // namespace automl_lint
