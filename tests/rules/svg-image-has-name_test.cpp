#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
const char* const kRule = "svg-image-has-name";
}

TEST(SvgImageHasName, FailsOnAnSvgNamedOnlyByDrawnText) {
  auto result = run_rule(kRule, "failed-solo-texto.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.no-name");
  EXPECT_EQ(result.findings[0].args.at("role"), "img");
  EXPECT_EQ(result.findings[0].args.at("element"), "svg");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(SvgImageHasName, FailsOnAnEmptyTitleAndOnAnUnnamedShape) {
  auto result = run_rule(kRule, "failed-title-vacio.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 2u);
  EXPECT_EQ(result.findings[0].message, "failed.empty-title");
  EXPECT_EQ(result.findings[0].args.at("role"), "graphics-document");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
  EXPECT_EQ(result.findings[1].message, "failed.no-name");
  EXPECT_EQ(result.findings[1].args.at("role"), "graphics-symbol");
  EXPECT_EQ(result.findings[1].args.at("element"), "rect");
  EXPECT_EQ(result.findings[1].at, (SourcePos{.line = 8, .column = 5}));
}

TEST(SvgImageHasName, PassesOnTitleAriaLabelAndAShapesOwnTitle) {
  EXPECT_EQ(run_rule(kRule, "passed-title.html").outcome, Outcome::passed);
  auto shapes = run_rule(kRule, "passed-formas-con-nombre.html", /*include_passed=*/true);
  ASSERT_EQ(shapes.outcome, Outcome::passed);
  EXPECT_EQ(shapes.findings.size(), 2u);
  EXPECT_EQ(run_rule_on(kRule, "<p id=n>Vagas</p><svg role=img aria-labelledby=n></svg>").outcome,
            Outcome::passed);
}

TEST(SvgImageHasName, IsInapplicableWithoutAnImageRoleOrWhenNotDrawn) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-sin-rol.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-oculto-o-sin-dibujar.html").outcome, Outcome::inapplicable);
  // The implicit graphics-document of <svg> is not an explicit role.
  EXPECT_EQ(run_rule_on(kRule, "<svg><circle r=4></circle></svg>").outcome, Outcome::inapplicable);
  // HTML elements with role="img" are image-has-name's.
  EXPECT_EQ(run_rule_on(kRule, "<div role=img></div>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<svg role=img style=\"display:none\"></svg>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<svg><circle role=img display=none r=4></circle></svg>").outcome,
            Outcome::inapplicable);
}

TEST(SvgImageHasName, FollowsTheCascadeForInlineHiding) {
  auto result = run_rule_on(kRule, "<style>svg{fill:red}</style><svg role=img style=\"display:none\"></svg>");
  EXPECT_EQ(result.outcome, Outcome::inapplicable);
}
