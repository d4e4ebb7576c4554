#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
Outcome on(const std::string& body) {
  return run_rule_on("iframe-focusable-content-in-tab-order",
                     "<html lang=\"es\"><title>x</title><body>" + body + "</body></html>")
      .outcome;
}
}  // namespace

TEST(IframeFocusableContentInTabOrder, FailsOnANegativeTabindexAndPointsAtIt) {
  auto result = run_rule("iframe-focusable-content-in-tab-order", "failed-tabindex-negativo.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.excluded");
  EXPECT_EQ(result.findings[0].args.at("tabindex"), "-1");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 26}));
}

TEST(IframeFocusableContentInTabOrder, ReadsALocalFrameDocument) {
  auto result = run_rule("iframe-focusable-content-in-tab-order", "failed-documento-local.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("tabindex"), "-2");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 23}));
}

TEST(IframeFocusableContentInTabOrder, PassesWhenTheFrameStaysInTheTabOrder) {
  EXPECT_EQ(run_rule("iframe-focusable-content-in-tab-order", "passed-sin-tabindex.html").outcome, Outcome::passed);
  auto result = run_rule("iframe-focusable-content-in-tab-order", "passed-tabindex-cero.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(IframeFocusableContentInTabOrder, IsInapplicableWithoutReachableContent) {
  EXPECT_EQ(run_rule("iframe-focusable-content-in-tab-order", "inapplicable-sin-elementos-interactivos.html").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule("iframe-focusable-content-in-tab-order", "inapplicable-sem-marcos.html").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(on("<iframe tabindex=\"-1\" inert srcdoc=\"<a href='/'>Inicio</a>\"></iframe>"), Outcome::inapplicable);
  EXPECT_EQ(on("<iframe tabindex=\"-1\"></iframe>"), Outcome::inapplicable);
  // A remote frame in the tab order cannot fail, whatever it holds.
  EXPECT_EQ(on("<iframe src=\"https://example.org/\"></iframe>"), Outcome::inapplicable);
}

TEST(IframeFocusableContentInTabOrder, RemoteContentIsCantTell) {
  auto result = run_rule("iframe-focusable-content-in-tab-order", "cant-tell-marco-remoto.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.content-unknown");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 9}));
}

TEST(IframeFocusableContentInTabOrder, StylesThatMayHideAreCantTell) {
  // The page's own cascade decides for the frame itself.
  EXPECT_EQ(on("<iframe tabindex=\"-1\" style=\"display:none\" srcdoc=\"<a href='/'>Inicio</a>\"></iframe>"),
            Outcome::inapplicable);
  // The frame has a cascade of its own: a link it hides is not there to
  // reach, and one a media query may hide leaves the verdict to layout.
  EXPECT_EQ(on("<iframe tabindex=\"-1\" srcdoc=\"<a href='/' style='visibility:hidden'>Inicio</a>\"></iframe>"),
            Outcome::inapplicable);
  EXPECT_EQ(on("<iframe tabindex=\"-1\" srcdoc=\"<style>@media (max-width: 30em) { a { display: none } }</style>"
               "<a href='/'>Inicio</a>\"></iframe>"),
            Outcome::cant_tell);
  EXPECT_EQ(on("<iframe tabindex=\"-1\" width=\"10\" srcdoc=\"<a href='/'>Inicio</a>\"></iframe>"),
            Outcome::cant_tell);
}
