#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::forms::FormModel;
using rampa::forms::TimeLimit;
using rampa::testing::run_form_rule;

namespace {

FormModel limited(std::string seconds, bool adjustable, bool shown) {
  FormModel form;
  form.origin = rampa::forms::Origin::surveyjs;
  TimeLimit t;
  t.seconds = std::move(seconds);
  t.adjustable = adjustable;
  t.shown = shown;
  t.at.path = "/timeLimit";
  t.at.pos = {4, 3};
  form.time_limits.push_back(t);
  return form;
}

}  // namespace

TEST(FormTimeLimitAdjustable, FailsOnAFixedLimitWithATimer) {
  auto run = run_form_rule("form-time-limit-adjustable", limited("600", false, true));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::failed);
  EXPECT_EQ(run.verdicts[0].message, "failed.fixed");
  EXPECT_EQ(run.verdicts[0].args.at("seconds"), "600");
  EXPECT_EQ(run.verdicts[0].args.at("duration"), "10 min");
  EXPECT_EQ(run.verdicts[0].path, "/timeLimit");
  EXPECT_EQ(run.verdicts[0].at, (SourcePos{.line = 4, .column = 3}));
}

TEST(FormTimeLimitAdjustable, FailsHarderOnAHiddenLimit) {
  auto run = run_form_rule("form-time-limit-adjustable", limited("5430", false, false));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.hidden");
  EXPECT_EQ(run.verdicts[0].args.at("duration"), "1 h 30 min 30 s");
}

TEST(FormTimeLimitAdjustable, PassesWhenAdjustableOrOverTwentyHours) {
  EXPECT_EQ(run_form_rule("form-time-limit-adjustable", limited("600", true, true)).outcome, Outcome::passed);
  auto run = run_form_rule("form-time-limit-adjustable", limited("90000", false, true));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "passed.over-twenty-hours");
  EXPECT_EQ(run.verdicts[0].args.at("duration"), "25 h");
}

TEST(FormTimeLimitAdjustable, ZeroIsNoLimit) {
  EXPECT_EQ(run_form_rule("form-time-limit-adjustable", limited("0", false, false)).outcome, Outcome::inapplicable);
}
