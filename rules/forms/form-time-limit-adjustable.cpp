// A time limit on a form or one of its pages can be turned off or extended
// by the person filling it in, so people who read, type or understand more
// slowly (with a screen reader, a switch, a cognitive disability) are not
// thrown out of a half-filled form. WCAG 2.2.1.
#include <string>

#include "rule.hpp"

namespace rampa::rules {
namespace {

// WCAG 2.2.1: a limit over 20 hours needs no adjustment.
constexpr long kTwentyHours = 20L * 60 * 60;

// The seconds, when written as a whole number; -1 otherwise.
long seconds_of(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 12) return -1;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "10 min", "1 h 30 min", "45 s": unit symbols read the same in every locale.
std::string duration(std::string_view written) {
  long s = seconds_of(written);
  if (s < 0) return std::string(trim(written));
  std::string out;
  auto add = [&out](long n, std::string_view unit) {
    if (n == 0) return;
    out += (out.empty() ? "" : " ") + std::to_string(n) + " " + std::string(unit);
  };
  add(s / 3600, "h");
  add(s % 3600 / 60, "min");
  add(s % 60, "s");
  return out.empty() ? "0 s" : out;
}

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::TimeLimit& limit : form.time_limits)
      // Zero is how SurveyJS and others write "no limit".
      if (seconds_of(limit.seconds) != 0) out.push_back(Target(form, limit.at));
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::TimeLimit* limit = nullptr;
  for (const forms::TimeLimit& l : t.form->time_limits)
    if (&l.at == t.source) limit = &l;
  if (limit == nullptr) return;
  long s = seconds_of(limit->seconds);
  MessageArgs args = {{"seconds", std::string(trim(limit->seconds))}, {"duration", duration(limit->seconds)}};
  if (s > kTwentyHours) {
    out.pass(t, "passed.over-twenty-hours", std::move(args));
  } else if (limit->adjustable) {
    out.pass(t, "passed", std::move(args));
  } else if (limit->shown) {
    out.fail(t, "failed.fixed", std::move(args));
  } else {
    // Not even a timer: people learn of the limit when their answers are lost.
    out.fail(t, "failed.hidden", std::move(args));
  }
}

}  // namespace

RAMPA_RULE(.id = "form-time-limit-adjustable", .wcag = {"2.2.1"}, .impact = Impact::critical,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/timing-adjustable.html",
           .messages = {"passed", "passed.over-twenty-hours", "failed.fixed", "failed.hidden"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
