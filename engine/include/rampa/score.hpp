#pragma once
// The Score stage, between the audit and the report (audit -> score -> report):
// what a run adds up to. Writers print these totals and count nothing
// themselves, so every format of one run agrees.
#include <cstddef>
#include <optional>

#include "rampa/report.hpp"
#include "rampa/vocabulary.hpp"

namespace rampa {

struct RunSummary {
  std::size_t pages = 0, errors = 0, failed = 0, cant_tell = 0, rule_errors = 0;
  // The highest impact of any failed finding; nullopt: nothing failed. What
  // --fail-on compares with, so the CLI reads no finding itself.
  std::optional<Impact> worst_failure;
};

// Takes a run's pages one at a time, in any number, and keeps only totals, so
// a batch is scored while it is audited and never held whole. Not
// synchronised: add() from one thread at a time (Engine::audit_batch's sink
// already is).
class RunScore {
 public:
  void add(const PageReport& page);
  RunSummary summary() const noexcept { return summary_; }

 private:
  RunSummary summary_;
};

}  // namespace rampa
