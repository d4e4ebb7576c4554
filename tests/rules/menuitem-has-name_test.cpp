#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "menuitem-has-name";
}

TEST(MenuitemHasName, FailsOnAnIconOnlyItem) {
  auto result = run_rule(kRule, "failed-icon-only.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(MenuitemHasName, FailsOnlyOnTheItemWithABlankLabel) {
  auto result = run_rule(kRule, "failed-empty-label.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);  // the named sibling passes
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 3}));
}

TEST(MenuitemHasName, PassesOnTextAndOnAHiddenLabellingSpan) {
  EXPECT_EQ(run_rule(kRule, "passed-text.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-aria-labelledby.html").outcome, Outcome::passed);
}

TEST(MenuitemHasName, IsInapplicableToNativeMenusAndHiddenMenus) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-native-menu.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<div role=\"menu\" hidden><div role=\"menuitem\"></div></div>").outcome,
            Outcome::inapplicable);
}

TEST(MenuitemHasName, CheckboxAndRadioItemsAreFormFields) {
  EXPECT_EQ(run_rule_on(kRule, "<div role=\"menu\"><div role=\"menuitemcheckbox\"></div></div>").outcome,
            Outcome::inapplicable);
}

TEST(MenuitemHasName, TitleNamesAnItem) {
  EXPECT_EQ(run_rule_on(kRule, "<div role=\"menu\"><button role=\"menuitem\" title=\"Nuevo\"></button></div>").outcome,
            Outcome::passed);
}
