#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "button-has-name";
}

TEST(ButtonHasName, FailsOnAnIconOnlyButton) {
  auto result = run_rule(kRule, "failed-icon-only.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 1}));
}

TEST(ButtonHasName, PointsAtValueOnAButtonElement) {
  auto result = run_rule(kRule, "failed-value-on-button.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.button-value");
  EXPECT_EQ(result.findings[0].args.at("value"), "Candidatar-se");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 23}));
}

TEST(ButtonHasName, PassesOnTextAriaLabelAndDefaultNames) {
  for (const char* f : {"passed-text-and-aria-label.html", "passed-submit-default.html"}) {
    auto result = run_rule(kRule, f);
    EXPECT_EQ(result.outcome, Outcome::passed) << f;
    EXPECT_TRUE(result.findings.empty()) << f;
  }
}

TEST(ButtonHasName, IsInapplicableToLinksAndHiddenButtons) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-role-link-and-hidden.html").outcome, Outcome::inapplicable);
}

TEST(ButtonHasName, IsInapplicableWhenAStylesheetHidesIt) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-hidden-by-stylesheet.html").outcome, Outcome::inapplicable);
  auto maybe = run_rule_on(kRule, "<style>@media (max-width: 40em){.movil{display:none}}</style>"
                                  "<button class=movil></button>");
  ASSERT_EQ(maybe.outcome, Outcome::cant_tell);
  EXPECT_EQ(maybe.findings[0].message, "cant-tell.hidden-by-style");
}

TEST(ButtonHasName, PresentationalRoleOnAFocusableButtonIsIgnored) {
  // ARIA 1.2 §9.3: a focusable element keeps its role, so it still needs a name.
  EXPECT_EQ(run_rule_on(kRule, "<button role=\"none\"></button>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<button role=\"none\" disabled></button>").outcome, Outcome::inapplicable);
}

TEST(ButtonHasName, DisabledAndOffScreenButtonsStillNeedAName) {
  EXPECT_EQ(run_rule_on(kRule, "<button disabled>Eliminar</button>").outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<span role=\"button\" tabindex=\"0\"></span>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"button\">").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<button style=\"position:absolute;left:-9999px\"></button>").outcome,
            Outcome::failed);
}

TEST(ButtonHasName, LeavesImageButtonsToTheirOwnRule) {
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"IMAGE\" src=\"a.png\">").outcome, Outcome::inapplicable);
}

TEST(ButtonHasName, InlineDisplayNoneMakesItInapplicableUnlessAStylesheetCouldUndoIt) {
  EXPECT_EQ(run_rule_on(kRule, "<div style=\"display: none\"><button></button></div>").outcome,
            Outcome::inapplicable);
  // The cascade knows the stylesheet does not undo it.
  EXPECT_EQ(run_rule_on(kRule, "<style>p{}</style><button style=\"display:none\"></button>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<style>p{}</style><button style=\"display:none !important\"></button>").outcome,
            Outcome::inapplicable);
}

TEST(ButtonHasName, CannotTellWhatAShadowRootOrCustomElementRenders) {
  auto custom = run_rule_on(kRule, "<button><icono-accion></icono-accion></button>");
  ASSERT_EQ(custom.outcome, Outcome::cant_tell);
  EXPECT_EQ(custom.findings[0].message, "cant-tell.name-source");
}

TEST(ButtonHasName, LeavesOutWhatTheBrowserNeverShows) {
  // A closed dialog is display:none; object and video fallback shows only
  // when the resource fails.
  EXPECT_EQ(run_rule_on(kRule, "<dialog><button></button></dialog>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<dialog open><button></button></dialog>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<object data=\"a.svg\"><button></button></object>").outcome,
            Outcome::inapplicable);
}
