#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "link-has-name";
}

TEST(LinkHasName, FailsOnAnImageLinkWithoutAlt) {
  auto result = run_rule(kRule, "failed-image-without-alt.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.image-no-alt");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 1}));
}

TEST(LinkHasName, FailsOnAnEmptyLinkAndAnAreaWithoutAlt) {
  auto result = run_rule(kRule, "failed-empty-and-area.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 2u);
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
  EXPECT_EQ(result.findings[1].message, "failed.area-no-alt");
  EXPECT_EQ(result.findings[1].at, (SourcePos{.line = 7, .column = 21}));
}

TEST(LinkHasName, PassesOnTextAltAreasAndRoleLink) {
  for (const char* f : {"passed-text-and-alt.html", "passed-area-and-role-link.html"}) {
    auto result = run_rule(kRule, f);
    EXPECT_EQ(result.outcome, Outcome::passed) << f;
    EXPECT_TRUE(result.findings.empty()) << f;
  }
}

TEST(LinkHasName, IsInapplicableWithoutHrefHiddenOrInAnUnusedMap) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-no-href-and-hidden.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/x\" role=\"button\">Postular</a>").outcome, Outcome::inapplicable);
}

TEST(LinkHasName, CannotTellAboutTextWrittenByCss) {
  auto result = run_rule(kRule, "cant-tell-generated-content.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.generated-content");
  // Text a style writes for another element is no doubt about this one.
  auto elsewhere = run_rule(kRule, "failed-contenido-generado-en-otro-elemento.html");
  ASSERT_EQ(elsewhere.findings.size(), 1u);
  EXPECT_EQ(elsewhere.findings[0].message, "failed.empty");
}

TEST(LinkHasName, EdgeCases) {
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\"><img src=\"l.png\" role=\"presentation\"></a>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\"><img src=\"l.png\" alt=\"\" title=\"\"></a>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\" role=\"none\"> </a>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\"><img src=\"l.png\" aria-labelledby=\"nada\"></a>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\"><img src=\"l.png\" aria-labelledby=\"v\"></a><div id=\"v\"></div>")
                .outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "See [<a href=\"/r\" role=\"doc-biblioref\"><img src=\"a.png\" alt=\"\"></a>]").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\" style=\"display:none\"><img src=\"l.png\"></a>").outcome,
            Outcome::inapplicable);
}

TEST(LinkHasName, TakesNamesFromImageTitlesAndEarlierLabels) {
  // Both used to be missed by Semantics; the link is named in browsers.
  EXPECT_EQ(run_rule_on(kRule, "<a href=\"/\"><img src=\"l.png\" title=\"Inicio\"></a>").outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<p id=\"v\">Vacantes</p><a href=\"/\"><img src=\"l.png\" aria-labelledby=\"v\"></a>")
                .outcome,
            Outcome::passed);
}
