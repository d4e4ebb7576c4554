#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(RoleAttributeValid, FailsOnATypoAndPointsAtTheRole) {
  auto result = run_rule("role-attribute-valid", "failed-typo.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.unknown-role");
  EXPECT_EQ(result.findings[0].args.at("value"), "buton");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 7}));
}

TEST(RoleAttributeValid, FailsWhenNoTokenIsARole) {
  auto result = run_rule("role-attribute-valid", "failed-no-valid-token.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "vaga cartao");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 6}));
}

TEST(RoleAttributeValid, PassesOnFallbacksAndDpubRoles) {
  EXPECT_EQ(run_rule("role-attribute-valid", "passed-fallback-list.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule("role-attribute-valid", "passed-dpub-role.html").outcome, Outcome::passed);
}

TEST(RoleAttributeValid, IsInapplicableWhenBlankOrHidden) {
  EXPECT_EQ(run_rule("role-attribute-valid", "inapplicable-hidden-and-blank.html").outcome,
            Outcome::inapplicable);
}

TEST(RoleAttributeValid, IsInapplicableWhenAStylesheetHidesIt) {
  EXPECT_EQ(run_rule("role-attribute-valid", "inapplicable-hidden-by-stylesheet.html").outcome,
            Outcome::inapplicable);
}

TEST(RoleAttributeValid, CannotTellWhenAMediaQueryMayShowIt) {
  auto result = run_rule_on("role-attribute-valid",
                            "<style>@media (max-width: 500px){.p{display:none}}</style>"
                            "<div class=p role=tarjeta>x</div>");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.style");
}

TEST(RoleAttributeValid, EdgeCases) {
  // display:none in style="" takes it out of the tree.
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<div style=\"display: none\" role=tarjeta>x</div>").outcome,
            Outcome::inapplicable);
  // Inside a button, children are flattened and never exposed.
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<button>Enviar <span role=icono>→</span></button>").outcome,
            Outcome::inapplicable);
  // An abstract role is not a role an author may use.
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<div role=widget>x</div>").outcome, Outcome::failed);
  // A <style> that hides nothing does not stand in the way.
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<style>a{color:red}</style><span role=lnik>x</span>").outcome,
            Outcome::failed);
}

TEST(RoleAttributeValid, ReadsStyleAttributesExactly) {
  // "none" belongs to border: the element stays rendered.
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<div style=\"display:block; border:none\" role=tarjeta>x</div>")
                .outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<div style=\"color:red\" role=tarjeta>x</div>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on("role-attribute-valid", "<div style=\"DISPLAY: None !important\" role=tarjeta>x</div>")
                .outcome,
            Outcome::inapplicable);
}
