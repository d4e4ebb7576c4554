#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(HtmlHasLang, FailsWithoutLangAndPointsAtTheHtmlElement) {
  auto result = run_rule("html-has-lang", "failed-missing.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.missing");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 1}));
  EXPECT_EQ(result.findings[0].selector, "html");
}

TEST(HtmlHasLang, FailsOnABlankLangAndPointsAtTheAttribute) {
  auto result = run_rule("html-has-lang", "failed-blank.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.blank");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 7}));
}

TEST(HtmlHasLang, FailsOnXmlLangAloneInHtml) {
  auto result = run_rule("html-has-lang", "failed-xml-lang-only.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.xml-lang-only");
  EXPECT_TRUE(result.findings[0].args.empty());
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 1}));
}

TEST(HtmlHasLang, LangOnBodyDoesNotCount) {
  auto result = run_rule("html-has-lang", "failed-lang-on-body-only.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.missing");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 1}));
}

TEST(HtmlHasLang, PassesWithLangAndReportsItOnlyWhenAsked) {
  auto result = run_rule("html-has-lang", "passed-es.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());

  auto with_passed = run_rule("html-has-lang", "passed-es.html", /*include_passed=*/true);
  ASSERT_EQ(with_passed.findings.size(), 1u);
  EXPECT_EQ(with_passed.findings[0].outcome, Outcome::passed);
  EXPECT_EQ(with_passed.findings[0].message, "passed");
  EXPECT_EQ(with_passed.findings[0].at, (SourcePos{.line = 2, .column = 7}));
}

TEST(HtmlHasLang, PassesOnXhtmlWithLangBesideXmlLang) {
  auto result = run_rule("html-has-lang", "passed-xhtml-lang-and-xml-lang.xhtml", true);
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 44}));
}

TEST(HtmlHasLang, IsInapplicableOnAnSvgRoot) {
  auto result = run_rule("html-has-lang", "inapplicable-svg-root.svg");
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(result.outcome, Outcome::inapplicable);
  EXPECT_TRUE(result.findings.empty());
}

TEST(HtmlHasLang, EdgeCasesInline) {
  // An empty lang is blank, not missing.
  auto empty = run_rule_on("html-has-lang", "<html lang=\"\"><title>Empleo</title></html>");
  ASSERT_EQ(empty.findings.size(), 1u);
  EXPECT_EQ(empty.findings[0].message, "failed.blank");
  EXPECT_EQ(empty.findings[0].at, (SourcePos{.line = 1, .column = 7}));
  // A blank lang beside xml:lang is still a blank lang.
  auto blank_with_xml = run_rule_on("html-has-lang", "<html lang=\" \" xml:lang=\"es\"><title>Empleo</title></html>");
  ASSERT_EQ(blank_with_xml.findings.size(), 1u);
  EXPECT_EQ(blank_with_xml.findings[0].message, "failed.blank");
  // Whether the value is a real language is html-lang-valid's concern.
  EXPECT_EQ(run_rule_on("html-has-lang", "<html lang=\"espanol\"><title>Empleo</title></html>").outcome,
            Outcome::passed);
  // The attribute name is case-insensitive in HTML.
  EXPECT_EQ(run_rule_on("html-has-lang", "<html LANG=\"es\"><title>Empleo</title></html>").outcome,
            Outcome::passed);
}

TEST(HtmlHasLang, AFragmentTakesTheLangOfThePageThatShowsIt) {
  auto result = run_rule("html-has-lang", "inapplicable-fragment.html");
  EXPECT_EQ(result.outcome, Outcome::inapplicable);
  EXPECT_TRUE(result.findings.empty());
  // A written head with a title makes a whole page, which has no lang
  // without <html>: the inserted root is where the fix goes.
  auto page = run_rule("html-has-lang", "failed-head-without-html.html");
  ASSERT_EQ(page.outcome, Outcome::failed);
  ASSERT_EQ(page.findings.size(), 1u);
  EXPECT_EQ(page.findings[0].message, "failed.missing");
  EXPECT_EQ(page.findings[0].at, (SourcePos{.line = 2, .column = 1}));
  // Content with only a doctype around it is a whole page too.
  EXPECT_EQ(run_rule_on("html-has-lang", "<!DOCTYPE html><p>Turnos</p>").outcome, Outcome::failed);
}
