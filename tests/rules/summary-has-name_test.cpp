#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
const char* const kRule = "summary-has-name";
}

TEST(SummaryHasName, FailsOnAnEmptySummaryAndPointsAtIt) {
  auto result = run_rule(kRule, "failed-vacio.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.no-name");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 5}));
  EXPECT_EQ(result.findings[0].selector, "html > body > details > summary");
}

TEST(SummaryHasName, FailsOnADecorativeIconOnly) {
  auto result = run_rule(kRule, "failed-solo-icono.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 5}));
}

TEST(SummaryHasName, RoleNoneIsIgnoredOnAFocusableSummary) {
  EXPECT_EQ(run_rule_on(kRule, "<details><summary role=none></summary><p>x</p></details>").outcome,
            Outcome::failed);
}

TEST(SummaryHasName, OnlyTheFirstSummaryOfADetailsCounts) {
  auto second_empty = run_rule_on(kRule, "<details><summary>Requisitos</summary><summary></summary></details>");
  EXPECT_EQ(second_empty.outcome, Outcome::passed);
  auto first_empty = run_rule_on(kRule, "<details><summary></summary><summary>Requisitos</summary></details>");
  ASSERT_EQ(first_empty.outcome, Outcome::failed);
  ASSERT_EQ(first_empty.findings.size(), 1u);
  EXPECT_EQ(first_empty.findings[0].at, (SourcePos{.line = 1, .column = 10}));
  EXPECT_EQ(run_rule_on(kRule, "<details><p>Horario</p><summary>Horario</summary></details>").outcome,
            Outcome::passed);
}

TEST(SummaryHasName, PassesOnTextAriaLabelAndLabelledby) {
  EXPECT_EQ(run_rule(kRule, "passed-texto.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-aria-label.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<span id=t>Salario</span><details><summary aria-labelledby=t></summary></details>")
                .outcome,
            Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<details><summary><img src=i.png alt=\"Ver requisitos\"></summary></details>").outcome,
            Outcome::passed);
}

TEST(SummaryHasName, IsInapplicableOutsideDetailsWithARoleOrHidden) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-fuera-de-details.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-rol-explicito.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<details><div><summary></summary></div></details>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<details style=\"display:none\"><summary></summary></details>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<details aria-hidden=true><summary></summary></details>").outcome,
            Outcome::inapplicable);
}

TEST(SummaryHasName, FollowsTheCascadeForInlineHiding) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-oculto-con-style.html").outcome, Outcome::inapplicable);
}
