#include <gtest/gtest.h>

#include <string>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
// A page with one viewport meta; its content attribute is at line 1, column 55.
std::string page(const std::string& content) {
  return "<html lang=\"es\"><title>E</title><meta name=\"viewport\" content=\"" + content + "\"></html>";
}
}  // namespace

TEST(MetaViewportAllowsZoom, FailsOnUserScalableNoAndPointsAtContent) {
  auto result = run_rule("meta-viewport-allows-zoom", "failed-user-scalable-no.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.user-scalable");
  EXPECT_EQ(result.findings[0].args.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "no");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 23}));
}

TEST(MetaViewportAllowsZoom, FailsOnMaximumScaleOne) {
  auto result = run_rule("meta-viewport-allows-zoom", "failed-maximum-scale-1.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.maximum-scale");
  EXPECT_EQ(result.findings[0].args.at("value"), "1.0");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 23}));
}

TEST(MetaViewportAllowsZoom, FailsOnMaximumScaleYesReadAsOne) {
  auto result = run_rule("meta-viewport-allows-zoom", "failed-maximum-scale-yes.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.maximum-scale");
  EXPECT_EQ(result.findings[0].args.at("value"), "yes");
}

TEST(MetaViewportAllowsZoom, PassesOnLargeUserScalableNegativeOrHighMaximumScale) {
  for (const char* fixture :
       {"passed-user-scalable-5.html", "passed-negative-maximum-scale.html", "passed-maximum-scale-3.html"}) {
    auto result = run_rule("meta-viewport-allows-zoom", fixture, true);
    EXPECT_EQ(result.outcome, Outcome::passed) << fixture;
    ASSERT_EQ(result.findings.size(), 1u) << fixture;
    EXPECT_EQ(result.findings[0].message, "passed") << fixture;
    EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 23})) << fixture;
  }
}

TEST(MetaViewportAllowsZoom, IsInapplicableWithoutScaleProperties) {
  EXPECT_EQ(run_rule("meta-viewport-allows-zoom", "inapplicable-width-only.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule("meta-viewport-allows-zoom", "inapplicable-no-content.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("")).outcome, Outcome::inapplicable);
  // Not a viewport meta at all.
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom",
                        "<html lang=\"es\"><title>E</title>"
                        "<meta name=\"description\" content=\"user-scalable=no\"></html>")
                .outcome,
            Outcome::inapplicable);
  // A viewport inside a template is not applied.
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom",
                        "<html lang=\"es\"><title>E</title><template><meta name=\"viewport\" "
                        "content=\"user-scalable=no\"></template></html>")
                .outcome,
            Outcome::inapplicable);
}

TEST(MetaViewportAllowsZoom, EdgeCasesInline) {
  auto at = run_rule_on("meta-viewport-allows-zoom", page("user-scalable=0"));
  ASSERT_EQ(at.findings.size(), 1u);
  EXPECT_EQ(at.findings[0].at, (SourcePos{.line = 1, .column = 55}));

  // user-scalable between -1 and 1 (exclusive) is "no"; an unknown keyword is 0.
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("user-scalable=0.5")).outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("user-scalable=invalid")).outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("user-scalable=yes")).outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("user-scalable=-1")).outcome, Outcome::passed);
  // maximum-scale: 2 is enough, device-width counts as 10, an unknown keyword as 0.
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=2.0")).outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=1.99")).outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=device-width")).outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=invalid")).outcome, Outcome::failed);
  // user-scalable=yes does not rescue a low maximum-scale.
  auto both = run_rule_on("meta-viewport-allows-zoom", page("user-scalable=yes, initial-scale=0.8, maximum-scale=1.5"));
  ASSERT_EQ(both.findings.size(), 1u);
  EXPECT_EQ(both.findings[0].message, "failed.maximum-scale");
  EXPECT_EQ(both.findings[0].args.at("value"), "1.5");
  // user-scalable is reported first when both block zoom.
  auto first = run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=1, user-scalable=no"));
  ASSERT_EQ(first.findings.size(), 1u);
  EXPECT_EQ(first.findings[0].message, "failed.user-scalable");
  // Names and keywords are case-insensitive, spaces around "=" and ";" separators are allowed.
  auto spaced = run_rule_on("meta-viewport-allows-zoom", page("width=device-width; User-Scalable = NO"));
  ASSERT_EQ(spaced.findings.size(), 1u);
  EXPECT_EQ(spaced.findings[0].message, "failed.user-scalable");
  EXPECT_EQ(spaced.findings[0].args.at("value"), "no");
  // The last occurrence of a property wins.
  EXPECT_EQ(run_rule_on("meta-viewport-allows-zoom", page("user-scalable=no, user-scalable=yes")).outcome,
            Outcome::passed);
  // Each viewport meta is judged: one that blocks zoom fails the page.
  auto two = run_rule_on("meta-viewport-allows-zoom",
                         "<html lang=\"es\"><title>E</title>\n<meta name=\"viewport\" content=\"maximum-scale=5\">\n"
                         "<meta name=\"viewport\" content=\"user-scalable=no\"></html>");
  EXPECT_EQ(two.outcome, Outcome::failed);
  ASSERT_EQ(two.findings.size(), 1u);
  EXPECT_EQ(two.findings[0].at, (SourcePos{.line = 3, .column = 23}));
}

TEST(MetaViewportAllowsZoom, ReadsOnlyDecimalNumbers) {
  auto page = [](const std::string& content) {
    return "<html lang=\"es\"><title>Empleo</title><meta name=\"viewport\" content=\"" + content + "\"></html>";
  };
  // Not numbers to a browser: 0, which blocks zoom.
  EXPECT_EQ(rampa::testing::run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=nan")).outcome,
            rampa::Outcome::failed);
  EXPECT_EQ(rampa::testing::run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=0x10")).outcome,
            rampa::Outcome::failed);
  EXPECT_EQ(rampa::testing::run_rule_on("meta-viewport-allows-zoom", page("maximum-scale=2.5x")).outcome,
            rampa::Outcome::passed);
}
