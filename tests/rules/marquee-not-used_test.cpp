#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;

TEST(MarqueeNotUsed, FailsOnEachMarqueeAtItsStartTag) {
  auto result = run_rule("marquee-not-used", "failed-two-marquees.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 2u);  // one finding per element
  EXPECT_EQ(result.findings[0].message, "failed.used");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
  EXPECT_EQ(result.findings[1].message, "failed.used");
  EXPECT_EQ(result.findings[1].at, (SourcePos{.line = 7, .column = 3}));
}

TEST(MarqueeNotUsed, IsInapplicableWithoutAMarquee) {
  auto result = run_rule("marquee-not-used", "inapplicable-no-marquee.html");
  EXPECT_EQ(result.outcome, Outcome::inapplicable);
  EXPECT_TRUE(result.findings.empty());
}
