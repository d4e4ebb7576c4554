// The stricter, AAA form of meta-refresh-no-delay: no delayed refresh or
// redirect at all, not even after 20 hours, so content never changes without
// the person asking. Implements ACT bisz58 (WCAG 2.2.4, 3.2.5).
#include "document/meta_refresh.hpp"

namespace rampa::rules {
namespace {

Targets applicability(const Page& page) {
  auto refresh = effective_refresh(page.document());
  if (!refresh) return {};
  return {*refresh->meta->attribute(attr::content)};
}

void evaluate(const Target& content, const Page&, Verdicts& out) {
  Delay delay = *refresh_delay(content.value());
  if (delay.seconds == 0) {
    out.pass(content, "passed");
  } else {
    out.fail(content, "failed.delay", {{"seconds", std::string(delay.digits)}});
  }
}

}  // namespace

RAMPA_RULE(.id = "meta-refresh-no-delay-aaa", .wcag = {"2.2.4", "3.2.5"}, .act = {"bisz58"},
           .impact = Impact::minor, .tags = {"document", "timing", "wcag-aaa"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/bisz58/",
           .messages = {"passed", "failed.delay"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
