#include <gtest/gtest.h>

#include <random>

#include "semantics/css/parser.hpp"

namespace rampa::css {
namespace {

TEST(CssParser, ReadsStyleRulesAndDeclarations) {
  std::string css = "h1, .a > b { color: RED; Margin : 0 !important }\n p{}";
  Stylesheet s = parse_stylesheet(css);
  ASSERT_EQ(s.rules.size(), 2u);
  const StyleRule& r = s.rules[0];
  EXPECT_EQ(r.selector_text, "h1, .a > b");
  ASSERT_EQ(r.declarations.size(), 2u);
  EXPECT_EQ(r.declarations[0].property, "color");
  EXPECT_EQ(r.declarations[0].text, "RED");
  EXPECT_FALSE(r.declarations[0].important);
  EXPECT_EQ(r.declarations[1].property, "margin");
  EXPECT_EQ(r.declarations[1].text, "0");
  EXPECT_TRUE(r.declarations[1].important);
  EXPECT_EQ(r.declarations[1].offset, css.find("Margin"));
  EXPECT_EQ(r.condition.applies, Tri::yes);
  EXPECT_TRUE(s.rules[1].declarations.empty());
}

// The rule on orientation locks asks how a condition holds in each
// orientation, every other feature staying unknown.
TEST(CssParser, HoldsMediaConditionsAgainstEachOrientation) {
  Condition p = evaluate_media("screen and (orientation: portrait)");
  EXPECT_EQ(p.applies, Tri::unknown);
  EXPECT_EQ(p.portrait, Tri::yes);
  EXPECT_EQ(p.landscape, Tri::no);
  EXPECT_TRUE(p.orientation);
  Condition both = evaluate_media("(orientation: portrait), (orientation: landscape)");
  EXPECT_EQ(both.portrait, Tri::yes);
  EXPECT_EQ(both.landscape, Tri::yes);
  Condition width = evaluate_media("(orientation: landscape) and (min-width: 40em)");
  EXPECT_EQ(width.portrait, Tri::no);
  EXPECT_EQ(width.landscape, Tri::unknown);
  EXPECT_EQ(evaluate_media("(orientation: sideways)").portrait, Tri::no);  // unknown value: false
  EXPECT_EQ(evaluate_media("not screen and (orientation: portrait)").portrait, Tri::unknown);
  EXPECT_FALSE(evaluate_media("(min-width: 40em)").orientation);
  EXPECT_EQ(evaluate_media("print").portrait, Tri::no);

  Stylesheet s = parse_stylesheet(
      "@media (orientation: landscape) { @supports (display: grid) { a { rotate: 90deg } } b { rotate: 90deg } }");
  ASSERT_EQ(s.rules.size(), 2u);
  EXPECT_EQ(s.rules[0].condition.portrait, Tri::no);  // no && unknown
  EXPECT_EQ(s.rules[0].condition.landscape, Tri::unknown);
  EXPECT_EQ(s.rules[1].condition.landscape, Tri::yes);
  EXPECT_TRUE(s.rules[1].condition.orientation);
}

TEST(CssParser, KeepsTheNamesOfAtRulesThatStyleNoElement) {
  Stylesheet s = parse_stylesheet("@font-face { font-family: x } @KEYFRAMES spin { to { rotate: 1turn } } a {}");
  ASSERT_EQ(s.skipped_at_rules.size(), 2u);
  EXPECT_EQ(s.skipped_at_rules[0].name, "font-face");
  EXPECT_EQ(s.skipped_at_rules[0].offset, 0u);
  EXPECT_EQ(s.skipped_at_rules[1].name, "keyframes");
  EXPECT_EQ(s.rules.size(), 1u);
}

TEST(CssParser, ReadsASheetOnceWithItsSelectorsAndLines) {
  ParsedSheet p = read_sheet("a, b:focus { color: red }\n!!! { x: y }\n\n  p { margin: 0 }");
  ASSERT_EQ(p.sheet.rules.size(), 3u);
  ASSERT_EQ(p.selectors.size(), 3u);
  ASSERT_TRUE(p.selectors[0].list.has_value());
  EXPECT_EQ(p.selectors[0].list->size(), 2u);
  EXPECT_TRUE((*p.selectors[0].list)[1].focus);
  EXPECT_FALSE(p.selectors[1].list.has_value());  // invalid: the rule is dropped
  EXPECT_EQ(p.position(0), (SourcePos{1, 1}));
  EXPECT_EQ(p.position(p.sheet.rules[2].offset), (SourcePos{4, 3}));
  EXPECT_EQ(p.position(p.sheet.rules[1].offset), (SourcePos{2, 1}));
}

TEST(CssParser, DetectsImportantWithSpacesAndCase) {
  auto d = parse_declarations("a: 1 ! IMPORTANT; b: 2!important; c: !important; d: x important");
  ASSERT_EQ(d.size(), 4u);
  EXPECT_TRUE(d[0].important);
  EXPECT_EQ(d[0].text, "1");
  EXPECT_TRUE(d[1].important);
  EXPECT_TRUE(d[2].important);
  EXPECT_TRUE(d[2].value.empty());
  EXPECT_FALSE(d[3].important);
}

TEST(CssParser, KeepsCustomPropertyNamesAsWritten) {
  auto d = parse_declarations("--Main-Color: { a } ; COLOR: var(--Main-Color)");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].property, "--Main-Color");
  EXPECT_EQ(d[1].property, "color");
}

TEST(CssParser, RecoversFromJunkDeclarations) {
  auto d = parse_declarations("color red; ;; 12: x; width: 1px; (a;b): c; height: 2px");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].property, "width");
  EXPECT_EQ(d[1].property, "height");
}

TEST(CssParser, FlattensMediaRulesWithTheirCondition) {
  Stylesheet s = parse_stylesheet(
      "@media screen { a { color: red } }"
      "@media print { b { color: red } }"
      "@media (max-width: 600px) { c { color: red } }"
      "@media screen and (prefers-reduced-motion: reduce) { d { color: red } }"
      "@media not print { e { x: y } }"
      "@media print, screen { f { x: y } }"
      "@supports (display: grid) { g { x: y } }");
  ASSERT_EQ(s.rules.size(), 7u);
  EXPECT_EQ(s.rules[0].condition.applies, Tri::yes);
  EXPECT_EQ(s.rules[1].condition.applies, Tri::no);
  EXPECT_EQ(s.rules[2].condition.applies, Tri::unknown);
  EXPECT_TRUE(s.rules[2].condition.viewport_dependent);
  EXPECT_EQ(s.rules[3].condition.applies, Tri::unknown);
  EXPECT_FALSE(s.rules[3].condition.viewport_dependent);
  EXPECT_EQ(s.rules[4].condition.applies, Tri::yes);
  EXPECT_EQ(s.rules[5].condition.applies, Tri::yes);
  EXPECT_EQ(s.rules[6].condition.applies, Tri::unknown);
}

TEST(CssParser, EvaluatesMediaQueryLists) {
  EXPECT_EQ(evaluate_media("").applies, Tri::yes);
  EXPECT_EQ(evaluate_media("all").applies, Tri::yes);
  EXPECT_EQ(evaluate_media("SCREEN").applies, Tri::yes);
  EXPECT_EQ(evaluate_media("print").applies, Tri::no);
  EXPECT_EQ(evaluate_media("speech").applies, Tri::no);
  EXPECT_EQ(evaluate_media("only screen and (min-width: 40em)").applies, Tri::unknown);
  EXPECT_EQ(evaluate_media("print and (min-width: 40em)").applies, Tri::no);
  EXPECT_EQ(evaluate_media("(orientation: portrait)").viewport_dependent, true);
  EXPECT_EQ(evaluate_media("screen and").applies, Tri::no);  // malformed: not all
}

TEST(CssParser, CombinesNestedConditions) {
  Stylesheet s = parse_stylesheet("@media screen { @media print { a{x:y} } @media (min-width:1px) { b{x:y} } }");
  ASSERT_EQ(s.rules.size(), 2u);
  EXPECT_EQ(s.rules[0].condition.applies, Tri::no);
  EXPECT_EQ(s.rules[1].condition.applies, Tri::unknown);
}

TEST(CssParser, IgnoresAtRulesThatStyleNoElement) {
  Stylesheet s = parse_stylesheet(
      "@charset \"utf-8\"; @font-face { font-family: x; } @keyframes k { from { color: red } }"
      "@page { margin: 0 } a { color: blue }");
  ASSERT_EQ(s.rules.size(), 1u);
  EXPECT_EQ(s.rules[0].selector_text, "a");
}

TEST(CssParser, RecordsImportsBeforeRulesOnly) {
  Stylesheet s = parse_stylesheet(
      "@import url(a.css); @import \"b.css\" print; @import url(\"c.css\") screen; a{} @import 'late.css';");
  ASSERT_EQ(s.imports.size(), 3u);
  EXPECT_EQ(s.imports[0].href, "a.css");
  EXPECT_EQ(s.imports[1].href, "b.css");
  EXPECT_EQ(s.imports[1].condition.applies, Tri::no);
  EXPECT_EQ(s.imports[2].href, "c.css");
}

TEST(CssParser, NumbersLayersInOrderOfFirstAppearance) {
  Stylesheet s = parse_stylesheet("@layer base, theme; @layer theme { a{x:y} } @layer { b{x:y} } c{x:y}");
  ASSERT_EQ(s.layers.size(), 3u);
  EXPECT_EQ(s.layers[0].path, std::vector<std::string>{"base"});
  ASSERT_EQ(s.rules.size(), 3u);
  EXPECT_EQ(s.rules[0].layer, 1u);
  EXPECT_EQ(s.rules[1].layer, 2u);
  EXPECT_EQ(s.rules[2].layer, kUnlayered);
}

TEST(CssParser, DropsNestedStyleRulesWithANote) {
  Stylesheet s = parse_stylesheet("a { color: red; &:hover { color: blue } b { x: y } width: 1px }");
  ASSERT_EQ(s.rules.size(), 1u);
  ASSERT_EQ(s.rules[0].declarations.size(), 2u);
  EXPECT_EQ(s.rules[0].declarations[1].property, "width");
  EXPECT_TRUE(s.lossy);
}

TEST(CssParser, ClosesUnclosedBlocksAtTheEnd) {
  Stylesheet s = parse_stylesheet("@media screen { a { color: red");
  ASSERT_EQ(s.rules.size(), 1u);
  ASSERT_EQ(s.rules[0].declarations.size(), 1u);
  EXPECT_EQ(s.rules[0].declarations[0].text, "red");
  EXPECT_FALSE(s.notes.empty());
}

TEST(CssParser, TreatsStrayClosersAsJunk) {
  Stylesheet s = parse_stylesheet("} a { color: red } ) b { color: blue }");
  // "} a" and ") b" are invalid selectors later, but both rules are read.
  ASSERT_EQ(s.rules.size(), 2u);
}

TEST(CssParser, SurvivesDeepNestingWithoutRecursion) {
  std::string curly(100'000, '{');
  EXPECT_NO_THROW(parse_stylesheet(curly));
  std::string parens = "a { b: " + std::string(100'000, '(') + "}";
  Stylesheet s = parse_stylesheet(parens);
  EXPECT_EQ(s.rules.size(), 1u);
  std::string media;
  for (int i = 0; i < 100'000; ++i) media += "@media screen{";
  media += "a{color:red}";
  Stylesheet m = parse_stylesheet(media);
  EXPECT_TRUE(m.lossy);
  EXPECT_TRUE(m.rules.empty());
  std::string decl = std::string(100'000, '[') + ";color:red";
  EXPECT_NO_THROW(parse_declarations(decl));
}

TEST(CssParser, SurvivesRandomInput) {
  std::mt19937 rng(7);
  const std::string alphabet = "{}()[];:@!,. \"'\\/*-a1#%<>";
  for (int round = 0; round < 300; ++round) {
    std::string s(static_cast<std::size_t>(rng() % 300), ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    Stylesheet sheet = parse_stylesheet(s);
    for (const StyleRule& r : sheet.rules)
      for (const Declaration& d : r.declarations) EXPECT_LE(d.offset, s.size());
  }
}

TEST(CssParser, StaysLinearOnManyRules) {
  std::string css;
  for (int i = 0; i < 50'000; ++i) css += ".c" + std::to_string(i) + "{color:red}";
  EXPECT_EQ(parse_stylesheet(css).rules.size(), 50'000u);
  std::string layers = "@layer ";
  for (int i = 0; i < 20'000; ++i) layers += "l" + std::to_string(i) + ",";
  layers += "z;";
  EXPECT_EQ(parse_stylesheet(layers).layers.size(), 20'001u);
}

}  // namespace
}  // namespace rampa::css
