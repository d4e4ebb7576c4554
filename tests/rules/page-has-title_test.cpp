#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(PageHasTitle, FailsWithoutATitleAndPointsAtTheHtmlElement) {
  auto result = run_rule("page-has-title", "failed-missing.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.missing");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 1}));
  EXPECT_EQ(result.findings[0].selector, "html");
}

TEST(PageHasTitle, FailsOnNoBreakSpacesAndPointsAtTheTitle) {
  auto result = run_rule("page-has-title", "failed-nbsp-only.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 3}));
}

TEST(PageHasTitle, OnlyTheFirstTitleCounts) {
  auto result = run_rule("page-has-title", "failed-empty-first-title.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 3, .column = 7}));
}

TEST(PageHasTitle, AnSvgTitleIsNotThePageTitle) {
  auto result = run_rule("page-has-title", "failed-svg-title-only.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.missing");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 1}));
}

TEST(PageHasTitle, PassesOnATitleInHeadOrFirstInBody) {
  auto head = run_rule("page-has-title", "passed-title-in-head.html", true);
  EXPECT_EQ(head.outcome, Outcome::passed);
  ASSERT_EQ(head.findings.size(), 1u);
  EXPECT_EQ(head.findings[0].message, "passed");
  EXPECT_EQ(head.findings[0].at, (SourcePos{.line = 3, .column = 7}));

  auto body = run_rule("page-has-title", "passed-first-title-in-body.html", true);
  EXPECT_EQ(body.outcome, Outcome::passed);
  ASSERT_EQ(body.findings.size(), 1u);
  EXPECT_EQ(body.findings[0].at, (SourcePos{.line = 5, .column = 1}));
  EXPECT_TRUE(run_rule("page-has-title", "passed-first-title-in-body.html").findings.empty());
}

TEST(PageHasTitle, IsInapplicableOnAnSvgRoot) {
  auto result = run_rule("page-has-title", "inapplicable-svg-root.svg");
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(result.outcome, Outcome::inapplicable);
  EXPECT_TRUE(result.findings.empty());
}

TEST(PageHasTitle, EdgeCasesInline) {
  auto empty = run_rule_on("page-has-title", "<html lang=\"es\"><head><title></title></head></html>");
  ASSERT_EQ(empty.findings.size(), 1u);
  EXPECT_EQ(empty.findings[0].message, "failed.empty");
  EXPECT_EQ(empty.findings[0].at, (SourcePos{.line = 1, .column = 23}));
  // Tabs and newlines are blank too.
  EXPECT_EQ(run_rule_on("page-has-title", "<html lang=\"es\"><title>\n\t </title></html>").outcome,
            Outcome::failed);
  // A title in a template is never the page's.
  auto in_template =
      run_rule_on("page-has-title", "<html lang=\"es\"><head><template><title>Empleo</title></template></head></html>");
  ASSERT_EQ(in_template.findings.size(), 1u);
  EXPECT_EQ(in_template.findings[0].message, "failed.missing");
  // Markup inside a title is text in HTML, so it counts.
  EXPECT_EQ(run_rule_on("page-has-title", "<html lang=\"es\"><title><b>Vacantes</b></title></html>").outcome,
            Outcome::passed);
  // A character reference that is not whitespace is text.
  EXPECT_EQ(run_rule_on("page-has-title", "<html lang=\"es\"><title>&#8212;</title></html>").outcome,
            Outcome::passed);
}

TEST(PageHasTitle, AFragmentIsTitledByThePageThatShowsIt) {
  auto result = run_rule("page-has-title", "inapplicable-fragment.html");
  EXPECT_EQ(result.outcome, Outcome::inapplicable);
  EXPECT_TRUE(result.findings.empty());
  // With a doctype the same omitted tags make a whole page without a title.
  auto page = run_rule("page-has-title", "failed-tags-omitted.html");
  ASSERT_EQ(page.outcome, Outcome::failed);
  ASSERT_EQ(page.findings.size(), 1u);
  EXPECT_EQ(page.findings[0].message, "failed.missing");
  EXPECT_EQ(page.findings[0].at, (SourcePos{.line = 3, .column = 1}));
}
