#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
rampa::testing::RuleRun run(const char* html) { return run_rule_on("decorative-not-exposed", html); }
}  // namespace

TEST(DecorativeNotExposed, FailsOnALabelledEmptyAltImage) {
  auto result = run_rule("decorative-not-exposed", "failed-labelled-decorative-image.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.global-attribute");
  EXPECT_EQ(result.findings[0].args.at("role"), "img");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
}

TEST(DecorativeNotExposed, FailsOnAFocusablePresentationalLink) {
  auto result = run_rule("decorative-not-exposed", "failed-focusable-presentation.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.focusable");
  EXPECT_EQ(result.findings[0].args.at("role"), "link");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
}

TEST(DecorativeNotExposed, Passes) {
  EXPECT_EQ(run_rule("decorative-not-exposed", "passed-empty-alt.html").outcome, Outcome::passed);
  auto hidden = run_rule("decorative-not-exposed", "passed-hidden-presentation.html", true);
  EXPECT_EQ(hidden.outcome, Outcome::passed);
  EXPECT_EQ(hidden.findings.size(), 2u);  // the image and the table, both passed
}

TEST(DecorativeNotExposed, IsInapplicableWithoutDecorativeMarking) {
  EXPECT_EQ(run_rule("decorative-not-exposed", "inapplicable-named-image.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run("<img src=a.png>").outcome, Outcome::inapplicable);  // no alt: not marked at all
}

TEST(DecorativeNotExposed, EdgeCases) {
  EXPECT_EQ(run("<svg role=none><circle r=4 /></svg>").outcome, Outcome::passed);
  EXPECT_EQ(run("<svg role=none aria-label=Círculo><circle r=4 /></svg>").outcome, Outcome::failed);
  EXPECT_EQ(run("<nav role=presentation><a href=/>Inicio</a></nav>").outcome, Outcome::passed);
  EXPECT_EQ(run("<img src=a.png alt=\"\" hidden aria-label=x>").outcome, Outcome::passed);
  EXPECT_EQ(run("<img src=a.png alt=\"\" style=\"display:none\" aria-label=x>").outcome, Outcome::passed);
  EXPECT_EQ(run("<style>img{visibility:hidden}</style><img src=a.png alt=\"\" aria-label=x>").outcome,
            Outcome::passed);
  // An image inside a button is flattened into the button's name.
  EXPECT_EQ(run("<button><img src=a.png alt=\"\" aria-describedby=d> Enviar</button>").outcome, Outcome::passed);
}
