#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "text-contrast-enhanced";
}  // namespace

TEST(TextContrastEnhanced, FailsBelowSevenToOne) {
  auto r = run_rule(kRule, "failed-cinza-medio.html");
  ASSERT_EQ(r.outcome, Outcome::failed);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "failed.low-contrast");
  EXPECT_EQ(r.findings[0].args.at("ratio"), "5.74");
  EXPECT_EQ(r.findings[0].args.at("required"), "7");
  EXPECT_EQ(r.findings[0].args.at("foreground"), "#666666");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 6, .column = 1}));
}

TEST(TextContrastEnhanced, FailsOnTranslucentTextAndOnAnAriaButton) {
  auto r = run_rule(kRule, "failed-color-semitransparente.html");
  ASSERT_EQ(r.outcome, Outcome::failed);
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].args.at("foreground"), "#666666");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 6, .column = 1}));
  EXPECT_EQ(r.findings[1].args.at("ratio"), "6.42");
  EXPECT_EQ(r.findings[1].at, (SourcePos{.line = 7, .column = 1}));
}

TEST(TextContrastEnhanced, LargeBoldTextNeedsFourAndAHalf) {
  auto r = run_rule(kRule, "passed-negrito-grande.html", true);
  EXPECT_EQ(r.outcome, Outcome::passed);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].args.at("required"), "4.5");
  EXPECT_EQ(run_rule(kRule, "passed-texto-negro.html").outcome, Outcome::passed);
  // 18.5px bold is not large: black on #777 (4.69:1) falls short of 7:1
  EXPECT_EQ(run_rule_on(kRule, "<html lang=es><title>x</title><p style='color:#000;background:#777;"
                               "font-size:18.5px;font-weight:bold'>Vacantes</p>")
                .outcome,
            Outcome::failed);
}

TEST(TextContrastEnhanced, InapplicableAndCantTell) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-solo-imagen.html").outcome, Outcome::inapplicable);
  auto r = run_rule(kRule, "cant-tell-sombra.html");
  ASSERT_EQ(r.outcome, Outcome::cant_tell);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "cant-tell.text-shadow");
}

TEST(TextContrastEnhanced, InAFragmentTheSizeDecidesOnlyWhenWrittenOnTheText) {
  auto r = run_rule("text-contrast-enhanced", "cant-tell-fragmento-tamano.html");
  ASSERT_EQ(r.outcome, Outcome::cant_tell);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "cant-tell.fragment");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 2, .column = 1}));
  auto sized = run_rule_on("text-contrast-enhanced",
                           "<p style='font-size:16px;color:#0072bb;background:#fff'>Sus respuestas se guardaron.</p>");
  ASSERT_EQ(sized.outcome, Outcome::failed);
  EXPECT_EQ(sized.findings.at(0).args.at("ratio"), "5.09");
  // Under the large-text threshold too: no size could pass it.
  EXPECT_EQ(run_rule_on("text-contrast-enhanced", "<p style='color:#999;background:#fff'>Turnos</p>").outcome,
            Outcome::failed);
}
