#include "batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
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

void JobNameRegistry::check(std::size_t file_number, LintResult& result,
                            const Selection& selection) {
  // Every name is registered, so that a later file is checked against it whatever this file's
  // settings; only the report depends on them.
  if (!result.job_name) return;
  const JobName& name = *result.job_name;
  std::string folded = lower(name.value);
  std::uint64_t key = std::hash<std::string>{}(folded);
  FirstUse use{static_cast<std::uint32_t>(file_number), name.line, name.column};
  auto [first, inserted] = first_use_.emplace(key, use);
  if (inserted) {
    if (folded != name.value) spelling_.emplace(key, name.value);
    return;
  }
  if (!selection.enabled(detail::ids::kJobNameUniqueInRun) || name.suppressed) return;
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

/// Checks the file's job name against the earlier files' and settles the AML202 finding by the
/// file's own settings, as its other findings were.
template <class LinterState>  // Linter::State, which only Linter may name.
void check_job_name(detail::JobNameRegistry& names, std::size_t file_number,
                    const LinterState& state, LintResult& result) {
  names.check(file_number, result, state.selection);
  std::erase_if(result.diagnostics, [&](const Diagnostic& diagnostic) {
    return diagnostic.rule == detail::ids::kJobNameUniqueInRun &&
           detail::ignored_at(state.ignore_at, diagnostic.rule, diagnostic.pointer);
  });
  for (Diagnostic& diagnostic : result.diagnostics) {
    if (diagnostic.rule != detail::ids::kJobNameUniqueInRun) continue;
    if (auto severity = detail::overridden_severity(state.severity, diagnostic.rule)) {
      diagnostic.severity = *severity;
    }
  }
}

/// Lints one input; a failure of the linter itself becomes a diagnostic, never a lost file.
LintResult lint_input(const Linter& default_linter, const Input& input) {
  const Linter& linter = input.linter ? *input.linter : default_linter;
  try {
    return input.text ? linter.lint_buffer(*input.text, input.name, input.format)
                      : linter.lint_file(input.name);
  } catch (const std::exception& error) {
    LintResult result;
    result.file = input.name;
    result.input_failed = true;
    result.diagnostics.push_back(
        Diagnostic{input.name, detail::ids::kUnreadableFile, Severity::error,
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

void Linter::lint_files(const std::vector<Input>& inputs, unsigned jobs,
                        const std::function<void(LintResult&)>& on_result) const {
  detail::JobNameRegistry names(detail::Selection(state_->options.select, state_->options.ignore),
                                [&](std::size_t i) { return inputs[i].name; });
  auto state_of = [&](const Input& input) -> const State& {
    return input.linter ? *input.linter->state_ : *state_;
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t threads = std::min<std::size_t>(jobs, inputs.size());
  if (threads <= 1) {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      LintResult result = lint_input(*this, inputs[i]);
      check_job_name(names, i, state_of(inputs[i]), result);
      on_result(result);
    }
    return;
  }
  constexpr std::size_t kFilesAheadPerThread = 64;
  OrderedRun run(inputs.size(), kFilesAheadPerThread * threads);
  std::vector<std::jthread> workers;
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      while (auto index = run.take()) run.put(*index, lint_input(*this, inputs[*index]));
    });
  }
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    LintResult result = run.next_in_order();
    check_job_name(names, i, state_of(inputs[i]), result);
    on_result(result);
  }
}

void Linter::lint_files(const std::vector<std::string>& paths, unsigned jobs,
                        const std::function<void(LintResult&)>& on_result) const {
  std::vector<Input> inputs;
  inputs.reserve(paths.size());
  for (const std::string& path : paths) inputs.push_back(Input{path, std::nullopt});
  lint_files(inputs, jobs, on_result);
}

std::vector<const RuleInfo*> Linter::enabled_rules() const {
  std::vector<const RuleInfo*> rules;
  for (const RuleInfo* rule : all_rules()) {
    if (rule->checked_by == CheckedBy::migrate || !state_->selection.enabled(rule->id)) continue;
    if (rule->checked_by == CheckedBy::data && !state_->data) continue;
    rules.push_back(rule);
  }
  return rules;
}

}  // namespace automl_lint
