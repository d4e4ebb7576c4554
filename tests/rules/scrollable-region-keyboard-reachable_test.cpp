#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "scrollable-region-keyboard-reachable";

std::string page(std::string_view body) {
  return "<!DOCTYPE html><html lang=\"es\"><title>Empleo</title><body>" + std::string(body) + "</body></html>";
}
std::string text(int words) {
  std::string t;
  for (int i = 0; i < words; ++i) t += "vacante ";
  return t;
}
}  // namespace

TEST(ScrollableRegionKeyboardReachable, FailsWhenTextCannotFitAndNothingTakesFocus) {
  auto r = run_rule(kRule, "failed-texto-largo.html");
  ASSERT_EQ(r.outcome, Outcome::failed);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "failed.unreachable");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 7, .column = 1}));
  auto y = run_rule(kRule, "failed-termo-de-adesao.html");
  ASSERT_EQ(y.outcome, Outcome::failed);  // overflow-y: scroll makes overflow-x auto
  ASSERT_EQ(y.findings.size(), 1u);
  EXPECT_EQ(y.findings[0].at, (SourcePos{.line = 10, .column = 1}));
}

TEST(ScrollableRegionKeyboardReachable, PassesWhenTheRegionOrItsContentIsInTheTabOrder) {
  EXPECT_EQ(run_rule(kRule, "passed-region-enfocable.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-links-dentro.html").outcome, Outcome::passed);
}

TEST(ScrollableRegionKeyboardReachable, IsInapplicableWithoutScrolling) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-sin-desplazamiento.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, page("<textarea style='height:20px'>" + text(200) + "</textarea>")).outcome,
            Outcome::inapplicable);
}

TEST(ScrollableRegionKeyboardReachable, CannotTellWhatOnlyLayoutShows) {
  auto r = run_rule(kRule, "cant-tell-texto-corto.html");
  ASSERT_EQ(r.outcome, Outcome::cant_tell);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "cant-tell.overflow");
  const std::string box = "<div style='height:40px;width:200px;overflow:auto";
  // min-height may make the box as tall as its text
  EXPECT_EQ(run_rule_on(kRule, page(box + ";min-height:400px'>" + text(200) + "</div>")).outcome,
            Outcome::cant_tell);
  // a flex item may be stretched; a height in % is unknown
  EXPECT_EQ(run_rule_on(kRule, page("<main style='display:flex'>" + box + "'>" + text(200) + "</div></main>")).outcome,
            Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, page("<div style='height:50%;width:200px;overflow:auto'>" + text(200) + "</div>"))
                .outcome,
            Outcome::cant_tell);
  // text in a clipping or transformed child may not add to the scrolling area
  EXPECT_EQ(run_rule_on(kRule, page(box + "'><p style='overflow:hidden;height:10px'>" + text(200) + "</p></div>"))
                .outcome,
            Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, page(box + "'><p style='transform:scale(.1)'>" + text(200) + "</p></div>")).outcome,
            Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, page(box + "'>" + text(200) + "</div>")).outcome, Outcome::failed);
}

TEST(ScrollableRegionKeyboardReachable, DoesNotCountTextThatMayNotScroll) {
  const std::string box = "<div style='height:40px;width:200px;overflow:auto'>";
  // icon ligatures are single words drawn as one glyph
  std::string icons;
  for (int i = 0; i < 300; ++i) icons += "<i>arrow_forward</i> ";
  EXPECT_EQ(run_rule_on(kRule, page(box + icons + "</div>")).outcome, Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, page(box + "<p style='margin-top:-900px'>" + text(200) + "</p></div>")).outcome,
            Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, page(box + "<p style='position:relative;top:-900px'>" + text(200) + "</p></div>"))
                .outcome,
            Outcome::cant_tell);
}
