#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
rampa::testing::RuleRun run(const char* html) { return run_rule_on("aria-hidden-not-focusable", html); }
}  // namespace

TEST(AriaHiddenNotFocusable, FailsOnAnOffscreenLinkAndPointsAtAriaHidden) {
  auto result = run_rule("aria-hidden-not-focusable", "failed-offscreen-link.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.focusable");
  EXPECT_EQ(result.findings[0].args.at("element"), "a");
  EXPECT_EQ(result.findings[0].args.at("line"), "6");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 6}));
}

TEST(AriaHiddenNotFocusable, FailsOnAFocusableHiddenElementItself) {
  auto result = run_rule("aria-hidden-not-focusable", "failed-focusable-paragraph.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("element"), "p");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 17}));
}

TEST(AriaHiddenNotFocusable, Passes) {
  EXPECT_EQ(run_rule("aria-hidden-not-focusable", "passed-decorative-icon.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule("aria-hidden-not-focusable", "passed-removed-from-tab-order.html").outcome,
            Outcome::passed);
}

TEST(AriaHiddenNotFocusable, IsInapplicableUnlessTrue) {
  EXPECT_EQ(run_rule("aria-hidden-not-focusable", "inapplicable-not-true.html").outcome, Outcome::inapplicable);
}

TEST(AriaHiddenNotFocusable, CannotTellWhenAScriptMayMoveFocus) {
  auto result = run_rule("aria-hidden-not-focusable", "cant-tell-focus-sentinel.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.script");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 6}));
}

TEST(AriaHiddenNotFocusable, EdgeCases) {
  // aria-hidden="false" below does not undo it; one finding, on the outer one.
  auto nested = run("<div aria-hidden=true><div aria-hidden=false><button>Enviar</button></div></div>");
  ASSERT_EQ(nested.findings.size(), 1u);
  EXPECT_EQ(nested.findings[0].at, (SourcePos{.line = 1, .column = 6}));
  EXPECT_EQ(run("<details aria-hidden=true><summary>Más</summary><p>x</p></details>").outcome, Outcome::failed);
  EXPECT_EQ(run("<div aria-hidden=TRUE><input aria-disabled=true></div>").outcome, Outcome::failed);
  EXPECT_EQ(run("<div aria-hidden=true><a href=/ style=\"display:none\">x</a></div>").outcome, Outcome::passed);
  EXPECT_EQ(run("<input disabled aria-hidden=true>").outcome, Outcome::passed);
  EXPECT_EQ(run("<div aria-hidden=true><iframe src=a.html tabindex=-1></iframe></div>").outcome,
            Outcome::cant_tell);
  EXPECT_EQ(run("<div aria-hidden=true><a href=/>x</a></div><script src=app.js></script>").outcome,
            Outcome::cant_tell);
  // The cascade decides: the link is not rendered, so not focusable.
  EXPECT_EQ(run("<style>.x{display:none}</style><div aria-hidden=true><a class=x href=/>x</a></div>").outcome,
            Outcome::passed);
  EXPECT_EQ(run("<style>@media (min-width: 600px){.x{display:none}}</style>"
                "<div aria-hidden=true><a class=x href=/>x</a></div>").outcome,
            Outcome::cant_tell);
}
