#include <gtest/gtest.h>

#include <string>

#include "support/rule_test.hpp"

namespace {
// A page whose body is `body`, all on line 1 from column 33.
std::string page(const std::string& body) { return "<html lang=\"es\"><title>E</title>" + body + "</html>"; }
}  // namespace

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(IdUnique, FailsOnTheSecondFormFieldAndPointsAtItsId) {
  auto result = run_rule("id-unique", "failed-duplicate-form-field.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);  // the first "correo" is the one labels reach
  EXPECT_EQ(result.findings[0].message, "failed.duplicate");
  EXPECT_EQ(result.findings[0].args.size(), 3u);
  EXPECT_EQ(result.findings[0].args.at("id"), "correo");
  EXPECT_EQ(result.findings[0].args.at("first-line"), "6");
  EXPECT_EQ(result.findings[0].args.at("count"), "2");
  // Column in characters: "dirección" earlier on the line is one character, two bytes.
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 58}));
}

TEST(IdUnique, EveryLaterDuplicateIsAFinding) {
  auto result = run_rule("id-unique", "failed-three-vacancies.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 2u);
  for (const auto& f : result.findings) {
    EXPECT_EQ(f.message, "failed.duplicate");
    EXPECT_EQ(f.args.at("id"), "vaga");
    EXPECT_EQ(f.args.at("first-line"), "5");
    EXPECT_EQ(f.args.at("count"), "3");
  }
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 10}));
  EXPECT_EQ(result.findings[1].at, (SourcePos{.line = 7, .column = 10}));
}

TEST(IdUnique, PassesOnUniqueIds) {
  auto result = run_rule("id-unique", "passed-unique-ids.html", true);
  EXPECT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 3u);  // one passed finding per id
  EXPECT_EQ(result.findings[0].message, "passed");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 43}));
  EXPECT_TRUE(run_rule("id-unique", "passed-unique-ids.html").findings.empty());
}

TEST(IdUnique, IdsInsideATemplateDoNotCount) {
  auto result = run_rule("id-unique", "passed-template-copy.html", true);
  EXPECT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);  // only the li outside the template
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 9}));
}

TEST(IdUnique, IsInapplicableWithoutIdsInThePage) {
  EXPECT_EQ(run_rule("id-unique", "inapplicable-no-ids.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule("id-unique", "inapplicable-ids-only-in-template.html").outcome, Outcome::inapplicable);
  // An empty id is no id.
  EXPECT_EQ(run_rule_on("id-unique", page("<p id=\"\">a</p><p id=\"\">b</p>")).outcome,
            Outcome::inapplicable);
}

TEST(IdUnique, EdgeCasesInline) {
  // ids are case-sensitive.
  EXPECT_EQ(run_rule_on("id-unique", page("<p id=\"cv\">a</p><p id=\"CV\">b</p>")).outcome,
            Outcome::passed);
  // A template copy before the real element does not make the real one a duplicate.
  EXPECT_EQ(run_rule_on("id-unique",
                        page("<template><p id=\"cv\">a</p></template><p id=\"cv\">b</p>"))
                .outcome,
            Outcome::passed);
  // Different element types and an id on an svg element count alike.
  auto mixed = run_rule_on("id-unique",
                           page("<h2 id=\"logo\">Empleo</h2>\n<svg><g id=\"logo\"></g></svg>"));
  EXPECT_EQ(mixed.outcome, Outcome::failed);
  ASSERT_EQ(mixed.findings.size(), 1u);
  EXPECT_EQ(mixed.findings[0].args.at("first-line"), "1");
  EXPECT_EQ(mixed.findings[0].at, (SourcePos{.line = 2, .column = 9}));
}

TEST(IdUnique, NoscriptContentIsTextWhereScriptsRun) {
  auto copy = run_rule("id-unique", "passed-noscript-copy.html", true);
  EXPECT_EQ(copy.outcome, Outcome::passed);
  ASSERT_EQ(copy.findings.size(), 1u);  // the menu outside noscript, only
  EXPECT_EQ(copy.findings[0].at, (SourcePos{.line = 6, .column = 5}));
  // Two real elements still clash, and the count leaves the noscript copy out.
  auto two = run_rule_on("id-unique", page("<body><noscript><p id=\"a\">x</p></noscript><p id=\"a\">y</p>\n<p id=\"a\">z</p>"));
  ASSERT_EQ(two.outcome, Outcome::failed);
  ASSERT_EQ(two.findings.size(), 1u);
  EXPECT_EQ(two.findings[0].args.at("count"), "2");
  EXPECT_EQ(two.findings[0].at, (SourcePos{.line = 2, .column = 4}));
  EXPECT_EQ(run_rule_on("id-unique", page("<body><noscript><p id=\"a\">x</p><p id=\"a\">y</p></noscript>")).outcome,
            Outcome::inapplicable);
}
