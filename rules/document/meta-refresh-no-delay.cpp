// A page does not refresh or redirect itself after a delay: a person who
// reads slowly, uses a screen reader or a switch loses their place, or the
// form they were filling in. An immediate redirect, or one after more than 20
// hours, is allowed. Implements ACT bc659a (WCAG 2.2.1).
#include "document/meta_refresh.hpp"

namespace rampa::rules {
namespace {

constexpr double kTwentyHours = 72000;

Targets applicability(const Page& page) {
  auto refresh = effective_refresh(page.document());
  if (!refresh) return {};
  return {*refresh->meta->attribute(attr::content)};
}

void evaluate(const Target& content, const Page&, Verdicts& out) {
  Delay delay = *refresh_delay(content.value());
  if (delay.seconds == 0 || delay.seconds > kTwentyHours) {
    out.pass(content, "passed");
  } else {
    out.fail(content, "failed.delay", {{"seconds", std::string(delay.digits)}});
  }
}

}  // namespace

RAMPA_RULE(.id = "meta-refresh-no-delay", .wcag = {"2.2.1"}, .act = {"bc659a"},
           .impact = Impact::critical, .tags = {"document", "timing"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/bc659a/",
           .messages = {"passed", "failed.delay"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
