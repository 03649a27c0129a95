#include "batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
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

void JobNameRegistry::check(LintResult& result, const Selection& selection) {
  // Every name is registered, so that a later file is checked against it whatever this file's
  // settings; only the report depends on them.
  if (!result.job_name) return;
  const JobName& name = *result.job_name;
  std::string folded = lower(name.value);
  std::uint64_t key = std::hash<std::string>{}(folded);
  FirstUse use{static_cast<std::uint32_t>(names_.size()),
               static_cast<std::uint32_t>(name.file.size()), name.line, name.column};
  auto [first, inserted] = first_use_.emplace(key, use);
  if (inserted) {
    names_.insert(names_.end(), name.file.begin(), name.file.end());
    if (folded != name.value) spelling_.emplace(key, name.value);
    return;
  }
  if (!selection.enabled(detail::ids::kJobNameUniqueInRun) || name.suppressed) return;
  const FirstUse& earlier = first->second;
  auto file_start = names_.begin() + earlier.file_offset;
  std::string earlier_file(file_start, file_start + earlier.file_length);
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
void check_job_name(detail::JobNameRegistry& names, const LinterState& state, LintResult& result) {
  names.check(result, state.selection);
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
/// at most `window` inputs ahead of the one being handed out, bounds memory. Inputs are taken
/// from the source only as workers need them, so the source may be a stream.
class OrderedRun {
 public:
  using Source = std::function<std::optional<Input>()>;
  struct Done {
    const Linter* linter;  ///< The input's own linter, or nullptr.
    LintResult result;
  };

  OrderedRun(const Source& source, std::size_t window) : source_(source), slots_(window) {}

  /// The next input and its number, for a worker; nullopt when the source has no more. Waits
  /// while the window is full. The source is called outside the run's lock (it may read
  /// folders and configuration files), one call at a time.
  std::optional<std::pair<std::size_t, Input>> take() {
    {
      std::unique_lock lock(mutex_);
      space_.wait(lock, [&] { return exhausted_ || reserved_ < emitted_ + slots_.size(); });
      if (exhausted_) return std::nullopt;
      ++reserved_;  // A slot of the window, whether or not the source has an input for it.
    }
    std::unique_lock source_lock(source_mutex_);
    std::optional<Input> input = source_();
    std::size_t index = sourced_;
    if (input) ++sourced_;
    source_lock.unlock();
    if (input) return std::pair{index, std::move(*input)};
    {
      std::lock_guard lock(mutex_);
      exhausted_ = true;
      total_ = index;
    }
    ready_.notify_all();
    space_.notify_all();
    return std::nullopt;
  }

  void put(std::size_t index, Done done) {
    {
      std::lock_guard lock(mutex_);
      slots_[index % slots_.size()] = std::move(done);
    }
    ready_.notify_all();
  }

  /// The result of the next input in order, waiting for it; nullopt after the last.
  std::optional<Done> next_in_order() {
    std::unique_lock lock(mutex_);
    auto& slot = slots_[emitted_ % slots_.size()];
    ready_.wait(lock, [&] { return slot.has_value() || (exhausted_ && emitted_ == total_); });
    if (!slot) return std::nullopt;
    std::optional<Done> done = std::move(slot);
    slot.reset();
    ++emitted_;
    lock.unlock();
    space_.notify_all();
    return done;
  }

 private:
  const Source& source_;
  std::mutex source_mutex_;  ///< Held while the source is called.
  std::size_t sourced_ = 0;  ///< Inputs the source gave (under source_mutex_).
  std::vector<std::optional<Done>> slots_;
  std::size_t reserved_ = 0;  ///< Window slots taken by workers, inputs or not.
  std::size_t emitted_ = 0;   ///< Results handed out in order.
  bool exhausted_ = false;    ///< The source said it has no more; total_ inputs in all.
  std::size_t total_ = 0;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable space_;
};

/// No more threads than inputs.
unsigned threads_for(unsigned jobs, std::size_t inputs) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(inputs, 1, jobs));
}

}  // namespace

void Linter::lint_stream(const std::function<std::optional<Input>()>& next, unsigned jobs,
                         const std::function<void(LintResult&)>& on_result) const {
  detail::JobNameRegistry names(detail::Selection(state_->options.select, state_->options.ignore));
  auto state_of = [&](const Linter* linter) -> const State& {
    return linter ? *linter->state_ : *state_;
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  // The first two inputs are peeked: a run of one input (a pre-commit hook on one file) is
  // linted on the calling thread, without starting threads.
  std::deque<Input> peeked;
  for (unsigned i = 0; i < std::min(jobs, 2u); ++i) {
    std::optional<Input> input = next();
    if (!input) break;
    peeked.push_back(std::move(*input));
  }
  bool exhausted = peeked.size() < std::min(jobs, 2u);
  OrderedRun::Source source = [&]() -> std::optional<Input> {
    if (peeked.empty()) return exhausted ? std::nullopt : next();
    Input input = std::move(peeked.front());
    peeked.pop_front();
    return input;
  };
  if (jobs == 1 || exhausted) {
    while (std::optional<Input> input = source()) {
      LintResult result = lint_input(*this, *input);
      check_job_name(names, state_of(input->linter), result);
      on_result(result);
    }
    return;
  }
  constexpr std::size_t kFilesAheadPerThread = 64;
  OrderedRun run(source, kFilesAheadPerThread * jobs);
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < jobs; ++t) {
    workers.emplace_back([&] {
      while (auto taken = run.take()) {
        const Input& input = taken->second;
        run.put(taken->first, {input.linter, lint_input(*this, input)});
      }
    });
  }
  while (std::optional<OrderedRun::Done> done = run.next_in_order()) {
    check_job_name(names, state_of(done->linter), done->result);
    on_result(done->result);
  }
}

void Linter::lint_files(const std::vector<Input>& inputs, unsigned jobs,
                        const std::function<void(LintResult&)>& on_result) const {
  std::size_t at = 0;
  auto next = [&]() -> std::optional<Input> {
    if (at == inputs.size()) return std::nullopt;
    return inputs[at++];
  };
  lint_stream(next, threads_for(jobs, inputs.size()), on_result);
}

void Linter::lint_files(const std::vector<std::string>& paths, unsigned jobs,
                        const std::function<void(LintResult&)>& on_result) const {
  std::size_t at = 0;
  auto next = [&]() -> std::optional<Input> {
    if (at == paths.size()) return std::nullopt;
    return Input{paths[at++], std::nullopt};
  };
  lint_stream(next, threads_for(jobs, paths.size()), on_result);
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
