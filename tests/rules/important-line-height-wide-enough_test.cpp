#include <gtest/gtest.h>

#include <string>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "important-line-height-wide-enough";
const std::string kLong =
    "Las personas desempleadas pueden inscribirse en línea o en cualquier oficina del servicio público de "
    "empleo de su provincia.";
}  // namespace

TEST(ImportantLineHeightWideEnough, FailsOnATightLineHeightInANarrowColumn) {
  auto result = run_rule(kRule, "failed-unitless-narrow-column.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.too-tight");
  EXPECT_EQ(result.findings[0].args.at("value"), "1.2");
  EXPECT_EQ(result.findings[0].args.at("ratio"), "1.20");
  EXPECT_EQ(result.findings[0].args.at("size"), "16.00");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 4}));
}

TEST(ImportantLineHeightWideEnough, FailsOnNormalInAColumnMeasuredInEm) {
  auto result = run_rule(kRule, "failed-normal-narrow-column.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "normal");
}

TEST(ImportantLineHeightWideEnough, PassesAtOrAboveOneAndAHalf) {
  EXPECT_EQ(run_rule(kRule, "passed-unitless-1-5.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-px-exactly-minimum.html").outcome, Outcome::passed);
}

TEST(ImportantLineHeightWideEnough, CannotTellWhetherTextWrapsWithoutAWidth) {
  auto result = run_rule(kRule, "cant-tell-width-unknown.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.wrapping");
  EXPECT_EQ(result.findings[0].args.at("value"), "1");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 4}));
}

TEST(ImportantLineHeightWideEnough, IsInapplicableWithoutImportantOrText) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-not-important.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-empty.html").outcome, Outcome::inapplicable);
}

TEST(ImportantLineHeightWideEnough, NeverFailsTextThatMayNotWrap) {
  auto run = [](const std::string& html) { return run_rule_on(kRule, html).outcome; };
  // Wide enough for the text: no proof of a wrap.
  EXPECT_EQ(run("<p style=\"line-height: 1 !important; max-width: 3000px\">" + kLong + "</p>"), Outcome::cant_tell);
  // nowrap anywhere, a <pre>, an inline element, a short text, a web font.
  EXPECT_EQ(run("<style>p { white-space: nowrap }</style><p style=\"line-height: 1 !important; max-width: 200px\">" +
                kLong + "</p>"),
            Outcome::cant_tell);
  EXPECT_EQ(run("<pre style=\"line-height: 1 !important; max-width: 200px\">" + kLong + "</pre>"), Outcome::cant_tell);
  EXPECT_EQ(run("<span style=\"line-height: 1 !important; max-width: 200px\">" + kLong + "</span>"),
            Outcome::cant_tell);
  EXPECT_EQ(run("<p style=\"line-height: 1 !important; max-width: 200px\">Vagas de emprego</p>"), Outcome::cant_tell);
  EXPECT_EQ(run("<style>@font-face { font-family: X; src: url(x.woff2) }</style>"
                "<p style=\"line-height: 1 !important; max-width: 200px\">" + kLong + "</p>"),
            Outcome::cant_tell);
  // A style sheet's !important max-width beats the attribute's.
  EXPECT_EQ(run("<style>p { max-width: none !important }</style>"
                "<p style=\"line-height: 1 !important; max-width: 200px\">" + kLong + "</p>"),
            Outcome::cant_tell);
  // A known width proves it as well as max-width.
  EXPECT_EQ(run("<p style=\"line-height: 1 !important; width: 200px\">" + kLong + "</p>"), Outcome::failed);
  // A percentage is relative to the font size, as em is.
  EXPECT_EQ(run("<p style=\"line-height: 160% !important\">" + kLong + "</p>"), Outcome::passed);
}
