// rules/structure/marquee-not-used.cpp
// No <marquee>: its text scrolls without end and the page offers no way to
// pause or stop it, which distracts people with attention disorders and makes
// the text hard to read for people with low vision or dyslexia (WCAG 2.2.2).
#include "rule.hpp"

namespace rampa::rules {
namespace {

// marquee is not in names.def: the page interns it if it uses it at all.
Targets applicability(const Page& page) {
  Targets out;
  for (const Node* e : page.document().elements_named(page.document().find_name("marquee")))
    if (e->ns == Namespace::html) out.emplace_back(*e);  // an SVG or XML marquee does not scroll
  return out;
}

void evaluate(const Target& marquee, const Page&, Verdicts& out) { out.fail(marquee, "failed.used"); }

}  // namespace

RAMPA_RULE(.id = "marquee-not-used", .wcag = {"2.2.2"}, .impact = Impact::serious,
           .tags = {"structure"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/pause-stop-hide.html",
           .messages = {"failed.used"}, .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
