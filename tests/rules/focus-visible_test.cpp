#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "focus-visible";

std::string page(std::string_view css, std::string_view body) {
  return "<!DOCTYPE html><html lang=\"es\"><title>Empleo</title><style>" + std::string(css) + "</style><body>" +
         std::string(body) + "</body></html>";
}
std::string first(const std::string& html) {
  auto r = run_rule_on(kRule, html);
  return r.findings.empty() ? std::string("none") : r.findings[0].message;
}
}  // namespace

TEST(FocusVisible, FailsWhenFocusOnlyRemovesTheOutline) {
  auto r = run_rule(kRule, "failed-sin-contorno.html");
  ASSERT_EQ(r.outcome, Outcome::failed);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "failed.no-indicator");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 11, .column = 1}));
  auto zero = run_rule(kRule, "failed-outline-zero.html");
  ASSERT_EQ(zero.outcome, Outcome::failed);
  ASSERT_EQ(zero.findings.size(), 1u);
  EXPECT_EQ(zero.findings[0].at, (SourcePos{.line = 10, .column = 1}));
}

TEST(FocusVisible, PassesWithTheDefaultRingOrAnotherChange) {
  EXPECT_EQ(run_rule(kRule, "passed-enlace-por-defecto.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-fundo-no-foco.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, page("a:focus{outline:none} a:focus-visible{outline:2px solid #036}",
                                    "<a href=/v>Vacantes</a>"))
                .outcome,
            Outcome::passed);
}

TEST(FocusVisible, IsInapplicableOutsideTheTabOrder) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-tabindex-negativo.html").outcome, Outcome::inapplicable);
}

TEST(FocusVisible, CannotTellWhenSomethingElseMayShowFocus) {
  auto r = run_rule(kRule, "cant-tell-script.html");
  ASSERT_EQ(r.outcome, Outcome::cant_tell);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "cant-tell.script");
  EXPECT_EQ(first(page("a:focus{outline:none;text-decoration:underline}", "<a href=/v>Vacantes</a>")),
            "cant-tell.other-styles");
  EXPECT_EQ(first(page("a:focus{outline:none} a:focus + span{background:navy}", "<a href=/v>Vacantes</a><span></span>")),
            "cant-tell.other-styles");
  EXPECT_EQ(first(page("a:focus{outline:none} li:focus-within{color:red}", "<ul><li><a href=/v>Vacantes</a></li></ul>")),
            "cant-tell.other-styles");
  EXPECT_EQ(first(page("a:focus{outline:none;box-shadow:0 0 0 2px red}", "<a href=/v>Vacantes</a>")), "none");
  EXPECT_EQ(first(page("a:focus{outline:none}", "<button>Buscar</button>")), "none");
}

TEST(FocusVisible, LeavesCaretsAndEmbeddedContentToABrowser) {
  EXPECT_EQ(first(page("*:focus{outline:none}", "<div contenteditable tabindex=0>Carta de presentación</div>")),
            "cant-tell.native");
  EXPECT_EQ(first(page("*:focus{outline:none}", "<input name=cv>")), "cant-tell.native");
}

TEST(FocusVisible, AFocusRuleForOtherElementsDoesNotHideTheFailure) {
  // .saltar:focus moves the skip link on screen (a property not compared):
  // it casts doubt on the skip link only, not on every link of the page.
  auto result = rampa::testing::run_rule_on(
      "focus-visible",
      "<html lang=es><title>Vacantes</title><style>a:focus{outline:none} .saltar{position:absolute;left:-9999px}"
      " .saltar:focus{left:1rem}</style><a class=saltar href=#main>Saltar</a><a href=/vacantes>Vacantes</a></html>");
  ASSERT_EQ(result.outcome, rampa::Outcome::failed);
  ASSERT_EQ(result.findings.size(), 2u);
  EXPECT_EQ(result.findings[0].outcome, rampa::Outcome::cant_tell);
  EXPECT_EQ(result.findings[0].message, "cant-tell.other-styles");
  EXPECT_EQ(result.findings[1].outcome, rampa::Outcome::failed);
  EXPECT_EQ(result.findings[1].message, "failed.no-indicator");
}

TEST(FocusVisible, AnUnreadableStylesheetIsOneFindingForThePage) {
  auto result = rampa::testing::run_rule_on(
      "focus-visible", "<html lang=es><link rel=stylesheet href=/no/such.css><title>x</title>"
                       "<a href=/a>a</a><a href=/b>b</a><button>c</button></html>");
  ASSERT_EQ(result.outcome, rampa::Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.stylesheet");
  EXPECT_EQ(result.findings[0].selector, "html");
}
