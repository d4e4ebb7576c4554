#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
rampa::testing::RuleRun run(const char* html) { return run_rule_on("role-has-required-states", html); }
}  // namespace

TEST(RoleHasRequiredStates, FailsOnACheckboxWithoutItsState) {
  auto result = run_rule("role-has-required-states", "failed-checkbox-without-state.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.missing");
  EXPECT_EQ(result.findings[0].args.at("role"), "checkbox");
  EXPECT_EQ(result.findings[0].args.at("missing"), "aria-checked");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
}

TEST(RoleHasRequiredStates, FailsOnAHeadingWithoutLevel) {
  auto result = run_rule("role-has-required-states", "failed-heading-without-level.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("missing"), "aria-level");
}

TEST(RoleHasRequiredStates, Passes) {
  EXPECT_EQ(run_rule("role-has-required-states", "passed-switch-with-state.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule("role-has-required-states", "passed-static-separator.html").outcome, Outcome::passed);
}

TEST(RoleHasRequiredStates, TakesTheCheckedStateOfANativeCheckboxGivenAnotherRole) {
  auto result = run_rule("role-has-required-states", "passed-native-checkbox-switch.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
  // Only inputs that have a checked state supply it.
  auto text = run("<input type=text role=switch>");
  ASSERT_EQ(text.findings.size(), 1u);
  EXPECT_EQ(text.findings[0].args.at("missing"), "aria-checked");
  EXPECT_EQ(run("<div role=switch></div>").outcome, Outcome::failed);
  EXPECT_EQ(run("<input type=RADIO role=menuitemradio>").outcome, Outcome::passed);
}

TEST(RoleHasRequiredStates, IsInapplicableOnRepeatedImplicitRolesAndHiddenElements) {
  EXPECT_EQ(run_rule("role-has-required-states", "inapplicable-native-checkbox.html").outcome,
            Outcome::inapplicable);
}

TEST(RoleHasRequiredStates, EdgeCases) {
  // A focusable separator is a widget and needs its value.
  auto separator = run("<div role=separator tabindex=0></div>");
  ASSERT_EQ(separator.findings.size(), 1u);
  EXPECT_EQ(separator.findings[0].args.at("missing"), "aria-valuenow");
  // combobox: aria-expanded is required, aria-controls is not held against it.
  auto combobox = run("<input role=combobox aria-controls=lista>");
  ASSERT_EQ(combobox.findings.size(), 1u);
  EXPECT_EQ(combobox.findings[0].args.at("missing"), "aria-expanded");
  EXPECT_EQ(run("<input role=combobox aria-expanded=false>").outcome, Outcome::passed);
  // Set but empty is not set.
  EXPECT_EQ(run("<div role=heading aria-level=\"\">Vagas</div>").outcome, Outcome::failed);
  // A scrollbar's value has a default; what it scrolls does not.
  auto scrollbar = run("<div role=scrollbar></div>");
  ASSERT_EQ(scrollbar.findings.size(), 1u);
  EXPECT_EQ(scrollbar.findings[0].args.at("missing"), "aria-controls");
  EXPECT_EQ(run("<div role=slider tabindex=0 aria-label=Salario></div>").outcome, Outcome::passed);
  EXPECT_EQ(run("<div role=checkbox aria-hidden=true></div>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run("<style>.x{display:none}</style><div class=x role=checkbox></div>").outcome,
            Outcome::inapplicable);
}
