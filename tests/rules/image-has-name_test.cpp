#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
const char* const kRule = "image-has-name";
}

TEST(ImageHasName, FailsOnAnImgWithoutAltAndPointsAtIt) {
  auto result = run_rule(kRule, "failed-sin-alt.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.no-alt");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 3}));
  EXPECT_EQ(result.findings[0].selector, "html > body > img");
}

TEST(ImageHasName, FailsOnBlankAltAndOnRoleImgWithoutName) {
  auto blank = run_rule(kRule, "failed-alt-en-blanco.html");
  ASSERT_EQ(blank.outcome, Outcome::failed);
  ASSERT_EQ(blank.findings.size(), 1u);
  EXPECT_EQ(blank.findings[0].message, "failed.blank-alt");
  EXPECT_EQ(blank.findings[0].at, (SourcePos{.line = 6, .column = 3}));

  auto role = run_rule(kRule, "failed-rol-img-sin-nombre.html");
  ASSERT_EQ(role.outcome, Outcome::failed);
  ASSERT_EQ(role.findings.size(), 1u);
  EXPECT_EQ(role.findings[0].message, "failed.no-name");
  EXPECT_EQ(role.findings[0].args.at("element"), "div");
  EXPECT_EQ(role.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(ImageHasName, FailsWhenFocusOverridesTheDecorativeMark) {
  auto result = run_rule(kRule, "failed-decorativa-enfocable.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.decorative-ignored");
  EXPECT_EQ(run_rule_on(kRule, "<img src=a.png role=none tabindex=0>").findings.at(0).message,
            "failed.decorative-ignored");
  EXPECT_EQ(run_rule_on(kRule, "<img src=a.png role=presentation aria-label=\"\" aria-describedby=x>").outcome,
            Outcome::failed);
}

TEST(ImageHasName, PassesNamedAndDecorativeImages) {
  auto named = run_rule(kRule, "passed-logo-y-grafico.html", /*include_passed=*/true);
  ASSERT_EQ(named.outcome, Outcome::passed);
  ASSERT_EQ(named.findings.size(), 2u);
  EXPECT_EQ(named.findings[0].message, "passed");
  EXPECT_EQ(named.findings[1].message, "passed");
  auto decorative = run_rule(kRule, "passed-decorativas.html", /*include_passed=*/true);
  ASSERT_EQ(decorative.outcome, Outcome::passed);
  ASSERT_EQ(decorative.findings.size(), 2u);
  EXPECT_EQ(decorative.findings[0].message, "passed.decorative");
  EXPECT_EQ(decorative.findings[1].message, "passed.decorative");
  EXPECT_EQ(run_rule_on(kRule, "<img src=a.png title=\"Oficina de empleo\">").outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<p id=l>Mapa</p><div role=img aria-labelledby=l></div>").outcome,
            Outcome::passed);
}

TEST(ImageHasName, IsInapplicableToHiddenImages) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-aria-hidden.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-oculta-en-linea.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<div hidden><img src=a.png></div>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<span style=\"visibility:hidden\"><img src=a.png></span>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<template><img src=a.png></template>").outcome, Outcome::inapplicable);
  // A button's children are presentational: the button's name is what counts.
  EXPECT_EQ(run_rule_on(kRule, "<button><img src=a.png></button>").outcome, Outcome::inapplicable);
  // SVG content is svg-image-has-name's.
  EXPECT_EQ(run_rule_on(kRule, "<svg role=img></svg>").outcome, Outcome::inapplicable);
}

TEST(ImageHasName, OffScreenImagesStillNeedANameButVisibilityVisibleWins) {
  EXPECT_EQ(run_rule_on(kRule, "<div style=\"margin-left:-9999px\"><img src=a.png></div>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<div style=\"visibility:hidden\"><img style=\"visibility:visible\" src=a.png></div>")
                .outcome,
            Outcome::failed);
}

TEST(ImageHasName, CannotTellWhatStylesheetsOrObjectFallbackMayHide) {
  // The cascade decides what style="" and the stylesheet leave visible.
  EXPECT_EQ(run_rule(kRule, "inapplicable-oculta-con-style.html").outcome, Outcome::inapplicable);

  // Semantics takes an object's resource as usable, so its fallback is not drawn.
  EXPECT_EQ(run_rule(kRule, "inapplicable-respaldo-de-object.html").outcome, Outcome::inapplicable);
}
