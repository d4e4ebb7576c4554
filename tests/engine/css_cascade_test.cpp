#include <gtest/gtest.h>

#include <map>

#include "parse/parsers.hpp"
#include "semantics/css/cascade.hpp"
#include "semantics/css/parser.hpp"
#include "semantics/css/values.hpp"

namespace rampa::css {
namespace {

struct Page {
  std::unique_ptr<Document> doc;
  Styles styles;
  const ComputedStyle& of(std::string_view id) const { return styles.of(*doc->element_by_id(id)); }
};

Page page(std::string text, CascadeOptions options = {}) {
  auto doc = parse_html(std::move(text), ParseLimits{});
  EXPECT_TRUE(doc.ok());
  std::unique_ptr<Document> d = std::move(doc).value();
  Styles s = Styles::compute(*d, options);
  return {std::move(d), std::move(s)};
}

Rgba rgb(double r, double g, double b, double a = 1) { return {r, g, b, a}; }

TEST(CssCascade, HigherSpecificityWinsThenLaterOrder) {
  Page p = page(
      "<style>#x { color: red } .a.b { color: green } p { color: blue } .a { color: black }"
      ".c { color: red } .c { color: lime }</style>"
      "<p id=x class='a b'>1</p><p id=y class='a b'>2</p><p id=z class=c>3</p>");
  EXPECT_EQ(p.of("x").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("y").color, rgb(0, 128, 0));
  EXPECT_EQ(p.of("z").color, rgb(0, 255, 0));
}

// Equal styles are one object wherever the elements are, so a page of
// 100,000 elements holds a few dozen styles; unequal ones never share.
TEST(CssCascade, ElementsWithEqualStylesShareOneAnywhereInThePage) {
  Page p = page(
      "<style>.hint { color: #555 }</style>"
      "<ul><li><b id=b1>1</b></li></ul><div><ul><li><i>x</i><b id=b2>2</b></li></ul></div>"
      "<form><fieldset><span class=hint id=h1>a</span></fieldset><div><p><span class=hint id=h2>b</span></p></div>"
      "<b id=b3 style='color: red'>3</b></form>");
  EXPECT_EQ(&p.of("b1"), &p.of("b2"));
  EXPECT_EQ(&p.of("h1"), &p.of("h2"));
  EXPECT_NE(&p.of("b1"), &p.of("b3"));
  EXPECT_EQ(p.of("b3").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("h2").color, rgb(0x55, 0x55, 0x55));
  // Each distinct style is listed once; every element's is among them.
  auto distinct = p.styles.distinct();
  for (const char* id : {"b1", "b2", "h1", "h2", "b3"})
    EXPECT_EQ(std::count_if(distinct.begin(), distinct.end(), [&](const ComputedStyle& s) { return &s == &p.of(id); }), 1)
        << id;
  for (std::size_t i = 0; i < distinct.size(); ++i)
    for (std::size_t j = i + 1; j < distinct.size(); ++j) EXPECT_FALSE(distinct[i] == distinct[j]) << i << " " << j;
}

TEST(CssCascade, ImportanceAndTheStyleAttribute) {
  Page p = page(
      "<style>#a { color: red !important } #b { color: green } .c { color: red !important }</style>"
      "<p id=a style='color: blue'>a</p><p id=b style='color: blue'>b</p>"
      "<p id=c class=c style='color: blue !important'>c</p>");
  EXPECT_EQ(p.of("a").color, rgb(255, 0, 0));   // !important beats inline normal
  EXPECT_EQ(p.of("b").color, rgb(0, 0, 255));   // inline beats any selector
  EXPECT_EQ(p.of("c").color, rgb(0, 0, 255));   // inline !important beats sheet !important
}

TEST(CssCascade, LayersOrderBeforeSpecificity) {
  Page p = page(
      "<style>@layer base, theme; @layer theme { p { color: green } } @layer base { #a { color: red } }"
      "p { color: blue } @layer base { .i { color: green !important } } .i { color: red !important }</style>"
      "<p id=a>a</p><div id=b><p id=c class=i>c</p></div>");
  EXPECT_EQ(p.of("a").color, rgb(0, 0, 255));  // unlayered beats layered for normal declarations
  EXPECT_EQ(p.of("c").color, rgb(0, 128, 0));  // and loses for important ones
}

TEST(CssCascade, InheritsInheritedPropertiesOnly) {
  Page p = page(
      "<style>div { color: #123456; opacity: .5; letter-spacing: 2px; display: flex }</style>"
      "<div id=d><span id=s>x</span></div>");
  EXPECT_EQ(p.of("s").color, rgb(0x12, 0x34, 0x56));
  EXPECT_EQ(p.of("s").letter_spacing_px, 2.0);
  EXPECT_EQ(p.of("s").opacity, 1.0);
  EXPECT_EQ(p.of("s").display, Display::inline_);
  EXPECT_EQ(p.styles.effective_opacity(*p.doc->element_by_id("s")), 0.5);
}

TEST(CssCascade, HandlesCssWideKeywords) {
  Page p = page(
      "<style>div { color: red; border: 2px solid } #i { color: inherit; border-top-style: inherit }"
      "#n { color: initial } #u { color: unset; display: unset } #r { display: revert }</style>"
      "<div id=d><span id=i>i</span><span id=n>n</span><p id=u>u</p><p id=r style='display:none'>r</p></div>");
  EXPECT_EQ(p.of("i").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("i").border_style[0], LineStyle::solid);
  EXPECT_EQ(p.of("n").color, rgb(0, 0, 0));
  EXPECT_EQ(p.of("u").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("u").display, Display::inline_);
  EXPECT_EQ(p.of("r").display, Display::none);  // the style attribute still wins
}

TEST(CssCascade, DropsInvalidDeclarationsSoEarlierOnesApply) {
  Page p = page("<p id=a style='color: red; color: nonsense; width: -5px; width: 10px; width: 1furlong'>a</p>");
  EXPECT_EQ(p.of("a").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("a").width, (Length{false, 10}));
}

TEST(CssCascade, ParsesColoursPerCssColor4) {
  struct Case {
    std::string_view text;
    std::optional<Rgba> want;  // nullopt: valid but unknown
  };
  const Case cases[] = {
      {"red", rgb(255, 0, 0)}, {"RebeccaPurple", rgb(102, 51, 153)}, {"transparent", rgb(0, 0, 0, 0)},
      {"#abc", rgb(0xaa, 0xbb, 0xcc)}, {"#abcd", rgb(0xaa, 0xbb, 0xcc, 0xdd / 255.0)},
      {"#a1b2c3", rgb(0xa1, 0xb2, 0xc3)}, {"#a1b2c380", rgb(0xa1, 0xb2, 0xc3, 0x80 / 255.0)},
      {"rgb(1, 2, 3)", rgb(1, 2, 3)}, {"rgba(1,2,3,.5)", rgb(1, 2, 3, .5)},
      {"rgb(100% 0% 50% / 25%)", rgb(255, 0, 127.5, .25)}, {"rgb(300 -1 0)", rgb(255, 0, 0)},
      {"rgb(1 2 3 / 0.5)", rgb(1, 2, 3, .5)}, {"hsl(120, 100%, 25%)", rgb(0, 127.5, 0)},
      {"hsla(0deg 100% 50% / 1)", rgb(255, 0, 0)}, {"hsl(0.5turn 100% 50%)", rgb(0, 255, 255)},
      {"Canvas", std::nullopt}, {"color-mix(in srgb, red, blue)", std::nullopt},
      {"oklch(0.5 0.1 30)", std::nullopt}, {"rgb(calc(1) 2 3)", std::nullopt},
  };
  for (const Case& c : cases) {
    Parsed<ColorValue> v = parse_color(c.text);
    if (c.want) {
      ASSERT_TRUE(v.ok()) << c.text;
      EXPECT_NEAR(v.value.rgba.r, c.want->r, 0.01) << c.text;
      EXPECT_NEAR(v.value.rgba.g, c.want->g, 0.01) << c.text;
      EXPECT_NEAR(v.value.rgba.b, c.want->b, 0.01) << c.text;
      EXPECT_NEAR(v.value.rgba.a, c.want->a, 0.01) << c.text;
    } else {
      EXPECT_EQ(v.state, Parsed<ColorValue>::State::unknown) << c.text;
    }
  }
  for (std::string_view bad : {"nope", "#ab", "#abcde", "rgb(1, 2)", "rgb(1 2 3 4)", "rgb(1, 2%, 3)",
                               "rgb(1, 2, 3 / 1)", "hsl(1, 2, 3)", "12px"})
    EXPECT_TRUE(parse_color(bad).is_invalid()) << bad;
  EXPECT_TRUE(parse_color("currentColor").value.current);
}

TEST(CssCascade, ResolvesCurrentColorAndBackgrounds) {
  Page p = page(
      "<style>#a { color: lime; background: currentcolor url(x.png) no-repeat }"
      "#b { background: linear-gradient(red, blue) } #c { background-color: rgb(0 0 0 / 50%) }</style>"
      "<p id=a>a</p><p id=b>b</p><p id=c>c</p><p id=d>d</p>");
  EXPECT_EQ(p.of("a").background_color, rgb(0, 255, 0));
  EXPECT_EQ(p.of("a").background_image, Tri::yes);
  EXPECT_EQ(p.of("b").background_image, Tri::yes);
  EXPECT_EQ(p.of("b").background_color, rgb(0, 0, 0, 0));
  EXPECT_EQ(p.of("c").background_color, rgb(0, 0, 0, 0.5));
  EXPECT_EQ(p.of("d").background_image, Tri::no);
}

TEST(CssCascade, ChainsFontSizesThroughEmPercentAndRem) {
  Page p = page(
      "<style>html { font-size: 20px } #a { font-size: 1.5em } #b { font-size: 50% } #c { font-size: 2rem }"
      "#d { font-size: 12pt } #e { font-size: larger } #f { font-size: x-large } #g { font-size: 2vw }"
      "#h { line-height: 1.5; letter-spacing: .1em; word-spacing: 0.5em } #i { line-height: 150% }"
      "#j { font: bold 10px/2 serif } #k { font-weight: bolder } #l { font-size: calc(10px) }</style>"
      "<div id=a><div id=b><span id=c>c</span><span id=d>d</span><span id=e>e</span></div></div>"
      "<p id=f>f</p><p id=g><span id=g2>g</span></p><p id=h>h</p><p id=i>i</p><p id=j><b id=k>k</b></p>"
      "<h1 id=h1>h</h1><p id=l>l</p>");
  EXPECT_EQ(p.of("a").font_size_px, 30.0);
  EXPECT_EQ(p.of("b").font_size_px, 15.0);
  EXPECT_EQ(p.of("c").font_size_px, 40.0);
  EXPECT_NEAR(*p.of("d").font_size_px, 16.0, 1e-9);
  EXPECT_NEAR(*p.of("e").font_size_px, 18.0, 1e-9);
  EXPECT_EQ(p.of("f").font_size_px, 24.0);
  EXPECT_EQ(p.of("g").font_size_px, std::nullopt);
  EXPECT_EQ(p.of("g2").font_size_px, std::nullopt);  // unknown is inherited as unknown
  EXPECT_EQ(p.of("h").line_height, (LineHeight{LineHeight::Kind::number, 1.5}));
  EXPECT_NEAR(*p.of("h").letter_spacing_px, 2.0, 1e-9);
  EXPECT_NEAR(*p.of("h").word_spacing_px, 10.0, 1e-9);
  EXPECT_EQ(p.of("i").line_height, (LineHeight{LineHeight::Kind::px, 30}));
  EXPECT_EQ(p.of("j").font_weight, 700.0);
  EXPECT_EQ(p.of("j").font_size_px, 10.0);
  EXPECT_EQ(p.of("j").line_height, (LineHeight{LineHeight::Kind::number, 2}));
  EXPECT_EQ(p.of("k").font_weight, 900.0);
  EXPECT_EQ(p.of("h1").font_size_px, 40.0);
  EXPECT_EQ(p.of("h1").font_weight, 700.0);
  EXPECT_EQ(p.of("l").font_size_px, 10.0);
}

TEST(CssCascade, ResolvesVarAndLeavesTheRestUnknown) {
  Page p = page(
      "<style>:root { --fg: #00f; --size: 20px; --bad: var(--missing) } #a { color: var(--fg) }"
      "#b { color: var(--nope, green) } #c { color: var(--nope) } #d { font-size: calc(1em + 2px) }"
      "#e { outline: var(--size) solid } #f { width: env(safe-area-inset-left) }</style>"
      "<p id=a>a</p><p id=b>b</p><p id=c>c</p><p id=d>d</p><p id=e>e</p><p id=f>f</p>");
  EXPECT_EQ(p.of("a").color, rgb(0, 0, 255));
  EXPECT_EQ(p.of("b").color, rgb(0, 128, 0));
  EXPECT_EQ(p.of("c").color, rgb(0, 0, 0));  // invalid at computed-value time: unset
  EXPECT_EQ(p.of("d").font_size_px, std::nullopt);
  EXPECT_EQ(p.of("e").outline_width_px, 20.0);
  EXPECT_EQ(p.of("e").outline_style, LineStyle::solid);
  EXPECT_EQ(p.of("f").width, std::nullopt);
}

TEST(CssCascade, AppliesMediaConditions) {
  Page p = page(
      "<style>@media print { #a { display: none } } @media screen { #b { display: none } }"
      "@media (max-width: 600px) { #c { display: none } } #d { display: block } @media (min-width: 1px) { #d { display: block } }</style>"
      "<style media=print>#e { display: none }</style>"
      "<span id=a>a</span><span id=b>b</span><span id=c>c</span><div id=d>d</div><span id=e>e</span>");
  EXPECT_EQ(p.of("a").display, Display::inline_);
  EXPECT_EQ(p.of("b").display, Display::none);
  EXPECT_EQ(p.of("c").display, std::nullopt);
  EXPECT_TRUE(p.of("c").viewport_dependent);
  EXPECT_EQ(p.of("d").display, Display::block);  // the same value either way
  EXPECT_EQ(p.of("e").display, Display::inline_);
}

TEST(CssCascade, AppliesTheUserAgentDisplayDefaults) {
  Page p = page(
      "<div id=d hidden>x</div><div id=s hidden style='display:block'>y</div><input id=h type=hidden>"
      "<details><summary id=sum>s</summary><p id=in>x</p></details><table><tr id=tr><td id=td>1</td></tr></table>"
      "<template><p id=t>t</p></template><li id=li>l</li><noscript><p id=ns>n</p></noscript>");
  EXPECT_EQ(p.of("d").display, Display::none);
  EXPECT_EQ(p.of("s").display, Display::block);  // author beats the UA's [hidden]
  EXPECT_EQ(p.of("h").display, Display::none);
  EXPECT_EQ(p.of("sum").display, Display::list_item);
  EXPECT_EQ(p.of("in").display, Display::none);
  EXPECT_EQ(p.of("tr").display, Display::table_row);
  EXPECT_EQ(p.of("td").display, Display::table_cell);
  EXPECT_EQ(p.of("li").display, Display::list_item);
  EXPECT_EQ(p.styles.of(*p.doc->element_by_id("li")->parent).display, Display::block);  // body
  const Node* head = p.doc->root()->first_child;
  EXPECT_EQ(p.styles.of(*head).display, Display::none);
}

TEST(CssCascade, DetectsVisuallyHiddenPatterns) {
  Page p = page(
      "<style>.sr { position: absolute; clip: rect(0 0 0 0) } .sr2 { position: absolute; clip: rect(1px, 1px, 1px, 1px) }"
      ".px { width: 1px; height: 1px; overflow: hidden } .cp { clip-path: inset(50%) }"
      ".off { position: absolute; left: -9999px } .static-clip { clip: rect(0 0 0 0) }"
      ".circle { clip-path: circle(0) } .big { clip-path: circle(50%) } .pct { width: 50% }</style>"
      "<span id=a class=sr>a</span><span id=b class=sr2>b</span><span id=c class=px>c</span>"
      "<span id=d class=cp>d</span><span id=e class=off>e</span><span id=f class=static-clip>f</span>"
      "<span id=g class=circle>g</span><span id=h class=big>h</span><span id=i>i</span>"
      "<span id=j class=pct style='overflow:hidden'>j</span><span id=k style='display:none'>k</span>");
  EXPECT_EQ(visually_hidden(p.of("a")), Tri::yes);
  EXPECT_EQ(visually_hidden(p.of("b")), Tri::yes);
  EXPECT_EQ(visually_hidden(p.of("c")), Tri::yes);
  EXPECT_EQ(visually_hidden(p.of("d")), Tri::yes);
  EXPECT_EQ(visually_hidden(p.of("e")), Tri::yes);
  EXPECT_EQ(visually_hidden(p.of("f")), Tri::no);  // clip needs absolute positioning
  EXPECT_EQ(visually_hidden(p.of("g")), Tri::yes);
  EXPECT_EQ(visually_hidden(p.of("h")), Tri::no);
  EXPECT_EQ(visually_hidden(p.of("i")), Tri::no);
  EXPECT_EQ(visually_hidden(p.of("j")), Tri::unknown);
  EXPECT_EQ(visually_hidden(p.of("k")), Tri::no);  // display:none is a different property
}

TEST(CssCascade, ReadsLinkedAndImportedSheetsThroughTheResolver) {
  std::map<std::string, std::string> files = {
      {"css/main.css", "@import 'theme.css'; #a { display: none }"},
      {"css/theme.css", "#b { visibility: hidden }"},
  };
  CascadeOptions options;
  options.resolve = [&](std::string_view href) -> std::shared_ptr<const ParsedSheet> {
    auto it = files.find(std::string(href));
    if (it == files.end()) return nullptr;
    return std::make_shared<const ParsedSheet>(read_sheet(it->second));
  };
  Page ok = page("<link rel=stylesheet href=css/main.css><p id=a>a</p><p id=b>b</p>", options);
  EXPECT_EQ(ok.styles.complete(), Tri::yes);
  EXPECT_EQ(ok.of("a").display, Display::none);
  EXPECT_EQ(ok.of("b").visibility, Visibility::hidden);
  Page missing = page("<link rel='Stylesheet' href=gone.css><link rel='alternate stylesheet' href=alt.css><p id=a>a</p>", options);
  EXPECT_EQ(missing.styles.complete(), Tri::unknown);
  ASSERT_EQ(missing.styles.unreadable().size(), 1u);
  EXPECT_EQ(missing.styles.unreadable()[0], "gone.css");
  Page none = page("<link rel=stylesheet href=x.css><p id=a>a</p>");
  EXPECT_EQ(none.styles.complete(), Tri::unknown);
  EXPECT_EQ(page("<p id=a>a</p>").styles.complete(), Tri::yes);
}

// One file linked again and again (query strings that change nothing)
// is applied once, in its last place: the later copy wins every tie anyway,
// so "a, b, a" still ends with a's values.
TEST(CssCascade, ASheetLinkedManyTimesIsAppliedOnceInItsLastPlace) {
  auto a = std::make_shared<const ParsedSheet>(read_sheet("p { color: red }"));
  auto b = std::make_shared<const ParsedSheet>(read_sheet("p { color: blue }"));
  CascadeOptions options;
  options.resolve = [&](std::string_view href) -> std::shared_ptr<const ParsedSheet> {
    return href.starts_with("a.css") ? a : b;
  };
  std::string links;
  for (int i = 0; i < 200; ++i) links += "<link rel=stylesheet href='a.css?v=" + std::to_string(i) + "'>";
  Page many = page(links + "<link rel=stylesheet href=b.css><link rel=stylesheet href=a.css><p id=x>x</p>", options);
  EXPECT_EQ(many.styles.sheets().size(), 2u);
  EXPECT_EQ(many.of("x").color, rgb(255, 0, 0));
  EXPECT_EQ(many.styles.complete(), Tri::yes);
  Page once = page("<link rel=stylesheet href=a.css><link rel=stylesheet href=b.css><p id=x>x</p>", options);
  EXPECT_EQ(once.of("x").color, rgb(0, 0, 255));
}

// The page's CSS has a size limit: sheets past it are left out, named, and
// the styles are incomplete.
TEST(CssCascade, SheetsPastTheCssLimitAreLeftOut) {
  CascadeOptions options;
  options.max_css_bytes = 40;
  options.resolve = [](std::string_view) -> std::shared_ptr<const ParsedSheet> {
    return std::make_shared<const ParsedSheet>(read_sheet("#x { display: none } #y { display: none }"));
  };
  Page p = page("<style>#x { color: red }</style><link rel=stylesheet href=big.css><p id=x>x</p>", options);
  ASSERT_EQ(p.styles.over_css_limit().size(), 1u);
  EXPECT_EQ(p.styles.over_css_limit()[0], "big.css");
  EXPECT_EQ(p.styles.complete(), Tri::unknown);
  EXPECT_EQ(p.of("x").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("x").display, Display::block);
}

// Selectors no index narrows cost elements times rules: past the matching
// budget, the elements left get styles of unknown values, so no rule
// concludes from them, and the styles are incomplete.
TEST(CssCascade, PastTheMatchingBudgetStylesAreUnknown) {
  std::string css;
  for (int i = 0; i < 200; ++i) css += "div *:not(.c" + std::to_string(i) + ") { color: red }";
  std::string body;
  for (int i = 0; i < 100; ++i) body += "<div><p id=p" + std::to_string(i) + ">x</p></div>";
  CascadeOptions options;
  options.max_match_work = 5000;
  Page p = page("<style>" + css + "</style>" + body, options);
  EXPECT_TRUE(p.styles.over_match_budget());
  EXPECT_EQ(p.styles.complete(), Tri::unknown);
  EXPECT_EQ(p.of("p0").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("p99").display, std::nullopt);
  EXPECT_EQ(p.of("p99").color, std::nullopt);
  Page within = page("<style>" + css + "</style>" + body);
  EXPECT_FALSE(within.styles.over_match_budget());
  EXPECT_EQ(within.of("p99").color, rgb(255, 0, 0));
}

// Rules ask the cascade what the page's CSS says; they see the sheets it
// applied, in cascade order, and where each declaration is.
TEST(CssCascade, ShowsTheSheetsItAppliedWithTheirOwnersAndPositions) {
  std::map<std::string, std::string> files = {
      {"main.css", "@import 'theme.css';\n\n#a {\n  color: red }"},
      {"theme.css", "#b { color: blue }"},
      {"print.css", "#a { color: green }"},
  };
  CascadeOptions options;
  options.resolve = [&](std::string_view href) -> std::shared_ptr<const ParsedSheet> {
    auto it = files.find(std::string(href));
    return it == files.end() ? nullptr : std::make_shared<const ParsedSheet>(read_sheet(it->second));
  };
  Page p = page("<!doctype html>\n<link rel=stylesheet href=main.css>\n<link rel=stylesheet media=print href=print.css>\n"
                "<style>\n#b {\n  outline: none }</style><p id=a>a</p><p id=b>b</p>",
                options);
  std::span<const AuthorSheet> sheets = p.styles.sheets();
  ASSERT_EQ(sheets.size(), 3u);  // print.css never applies on a screen
  EXPECT_EQ(sheets[0].href, "theme.css");  // imported: before its importer
  EXPECT_EQ(sheets[1].href, "main.css");
  EXPECT_TRUE(sheets[0].owner->is(tag::link));
  EXPECT_EQ(sheets[0].owner, sheets[1].owner);
  EXPECT_EQ(sheets[2].href, "");
  EXPECT_TRUE(sheets[2].owner->is(tag::style));

  const Declaration& color = sheets[1].parsed->sheet.rules.at(0).declarations.at(0);
  EXPECT_EQ(color.property, "color");
  EXPECT_EQ(p.styles.position(sheets[1], color.offset), (SourcePos{4, 3}));  // in main.css
  const Declaration& outline = sheets[2].parsed->sheet.rules.at(0).declarations.at(0);
  EXPECT_EQ(p.styles.position(sheets[2], outline.offset), (SourcePos{6, 3}));  // in the page
  EXPECT_EQ(p.styles.position(sheets[2], sheets[2].parsed->sheet.rules.at(0).offset), (SourcePos{5, 1}));
  ASSERT_TRUE(sheets[2].parsed->selectors.at(0).list.has_value());
  EXPECT_EQ(sheets[2].parsed->selectors[0].list->size(), 1u);
}

TEST(CssCascade, ParsesAStyleAttributeWhenAsked) {
  Page p = page("<p id=a style='color: red; WIDTH: 3px !important'>a</p><p id=b>b</p>");
  std::vector<Declaration> a = p.styles.style_attribute(*p.doc->element_by_id("a"));
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].property, "width");
  EXPECT_TRUE(a[1].important);
  EXPECT_EQ(a[1].offset, 12u);
  EXPECT_TRUE(p.styles.style_attribute(*p.doc->element_by_id("b")).empty());
}

TEST(CssCascade, ASelectorNestedTooDeepToReadLeavesTheStylesIncomplete) {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += ":is(";
  deep += "p" + std::string(40, ')');
  Page p = page("<style>" + deep + " { display: none } p { color: red }</style><p id=a>a</p>");
  EXPECT_EQ(p.styles.complete(), Tri::unknown);
  EXPECT_EQ(p.of("a").color, rgb(255, 0, 0));  // the rest of the sheet still applies
  EXPECT_EQ(page("<style>:is(:is(p)) { display: none }</style><p id=a>a</p>").styles.complete(), Tri::yes);
}

TEST(CssCascade, AttributeSelectorsApplyWhereverTheAttributeIs) {
  Page p = page(
      "<style>[data-k=\"3\"] { color: red } [hidden] { display: block } [aria-expanded=true] p { color: blue }"
      "svg [fill] { display: none }</style>"
      "<p id=a data-k=3>a</p><p id=b data-k=4>b</p><p id=c hidden>c</p>"
      "<div aria-expanded=true><p id=d>d</p></div><svg><rect id=e FILL=red /></svg>");
  EXPECT_EQ(p.of("a").color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("b").color, rgb(0, 0, 0));
  EXPECT_EQ(p.of("c").display, Display::block);
  EXPECT_EQ(p.of("d").color, rgb(0, 0, 255));
  EXPECT_EQ(p.of("e").display, Display::none);
}

TEST(CssCascade, HoverAndVisitedNeverApplyAtRestOrUnderFocus) {
  Page p = page(
      "<style>a:hover { color: red } a:visited { color: purple } a:not(:hover) { outline: 1px solid }"
      "a:focus { color: green } a:focus:hover { color: red }</style><a id=a href=#>a</a>");
  EXPECT_EQ(p.of("a").color, rgb(0, 0, 238));
  EXPECT_EQ(p.of("a").outline_width_px, 1.0);
  EXPECT_EQ(p.styles.style_when_focused(*p.doc->element_by_id("a")).color, rgb(0, 128, 0));
}

TEST(CssCascade, ComputesOutlinesBordersAndTransforms) {
  Page p = page(
      "<style>#a { outline: 2px dashed red; border: 1px solid } #b { border-style: none solid; border-width: 0 }"
      "#c { transform: rotate(90deg) translateX(10px) } #d { transform: matrix(0, 1, -1, 0, 0, 0) }"
      "#e { transform: scale(2) } #f { rotate: 0.25turn; transform: rotate(-180deg) } #g { text-transform: UPPERCASE; text-shadow: 1px 1px red }</style>"
      "<p id=a>a</p><p id=b>b</p><p id=c>c</p><p id=d>d</p><p id=e>e</p><p id=f>f</p><p id=g>g</p><p id=h>h</p>");
  EXPECT_EQ(p.of("a").outline_style, LineStyle::dashed);
  EXPECT_EQ(p.of("a").outline_width_px, 2.0);
  EXPECT_EQ(p.of("a").outline_color, rgb(255, 0, 0));
  EXPECT_EQ(p.of("a").border_visible(), Tri::yes);
  EXPECT_EQ(p.of("b").border_visible(), Tri::no);
  EXPECT_EQ(p.of("h").border_visible(), Tri::no);
  EXPECT_EQ(p.of("h").outline_width_px, 0.0);
  EXPECT_EQ(p.of("c").rotation_deg(), 90.0);
  EXPECT_NEAR(*p.of("d").rotation_deg(), 90.0, 1e-9);
  EXPECT_EQ(p.of("e").transform, Tri::yes);
  EXPECT_EQ(p.of("e").rotation_deg(), std::nullopt);
  EXPECT_EQ(p.of("f").rotation_deg(), 270.0);
  EXPECT_EQ(p.of("g").text_transform, TextTransform::uppercase);
  EXPECT_EQ(p.of("g").text_shadow, Tri::yes);
}

TEST(CssCascade, ComputesListStyles) {
  Page p = page(
      "<style>.a{list-style:none} .b{list-style:square inside} .c{list-style:url(x.png) none}"
      ".d{list-style:none url(x.png)} .e{list-style-type:lower-latin} .f{list-style:disc none none}"
      ".g{list-style-type:'>'} .h{list-style:var(--x, circle)}</style>"
      "<ul><li id=ul>x<ul><li id=ul2>y<ol type=I><li id=ol>z<ul><li id=ul3>w</li></ul></li></ol></li></ul></li></ul>"
      "<ul class=a><li id=a>a</li></ul><ul class=b><li id=b>b</li></ul><ul class=c><li id=c>c</li></ul>"
      "<ul class=d><li id=d>d</li></ul><ol class=e><li id=e type=1>e</li></ol>"
      "<ol class=f><li id=f>f</li></ol><ul class=g><li id=g>g</li></ul><ul class=h><li id=h>h</li></ul>");
  EXPECT_EQ(p.of("ul").list_style_type, ListStyleType::disc);
  EXPECT_EQ(p.of("ul2").list_style_type, ListStyleType::circle);
  EXPECT_EQ(p.of("ol").list_style_type, ListStyleType::upper_roman);  // the type attribute
  EXPECT_EQ(p.of("ul3").list_style_type, ListStyleType::square);
  EXPECT_EQ(p.of("a").list_style_type, ListStyleType::none);
  EXPECT_EQ(p.of("a").list_style_image, Tri::no);
  EXPECT_EQ(p.of("b").list_style_type, ListStyleType::square);
  EXPECT_EQ(p.of("c").list_style_type, ListStyleType::none);  // none is the type: the image is given
  EXPECT_EQ(p.of("c").list_style_image, Tri::yes);
  EXPECT_EQ(p.of("d").list_style_type, ListStyleType::none);
  EXPECT_EQ(p.of("e").list_style_type, ListStyleType::decimal);  // the item's own type beats inheritance
  EXPECT_EQ(p.of("f").list_style_type, ListStyleType::decimal);  // invalid: the ol's user-agent value
  EXPECT_EQ(p.of("g").list_style_type, ListStyleType::other);
  EXPECT_EQ(p.of("h").list_style_type, ListStyleType::circle);
}

TEST(CssCascade, RecomputesStylesWhenAnElementHasFocus) {
  Page p = page(
      "<style>a:focus { outline: none } button:focus-visible { outline: 3px solid blue }"
      "nav:focus-within { color: red } .x:focus { outline-width: 0 }</style>"
      "<nav><a id=a href=x>a</a></nav><button id=b>b</button><input id=c class=x><a id=d href=y>d</a>");
  const Document& d = *p.doc;
  ComputedStyle a = p.styles.style_when_focused(*d.element_by_id("a"));
  EXPECT_EQ(a.outline_style, LineStyle::none);
  EXPECT_EQ(a.color, rgb(0, 0, 238));  // the link's own UA colour still wins over inheritance
  ComputedStyle b = p.styles.style_when_focused(*d.element_by_id("b"));
  EXPECT_EQ(b.outline_style, LineStyle::solid);
  EXPECT_EQ(b.outline_width_px, 3.0);
  EXPECT_EQ(p.of("b").outline_style, LineStyle::none);  // at rest
  ComputedStyle c = p.styles.style_when_focused(*d.element_by_id("c"));
  EXPECT_EQ(c.outline_width_px, 0.0);
  EXPECT_EQ(c.outline_style, LineStyle::auto_);  // the browser's ring, with no width left
}

TEST(CssCascade, RecordsTheStyleAttributesTextSpacing) {
  Page p = page(
      "<style>#b { letter-spacing: 1px !important }</style>"
      "<p id=a style='letter-spacing: 0.1em !important; line-height: 1'>a</p>"
      "<p id=b style='letter-spacing: 2px !important'>b</p><p id=c style='word-spacing: 3px'>c</p>");
  EXPECT_TRUE(p.of("a").inline_letter_spacing.declared);
  EXPECT_TRUE(p.of("a").inline_letter_spacing.important);
  EXPECT_TRUE(p.of("a").inline_letter_spacing.wins);
  EXPECT_EQ(p.of("a").inline_letter_spacing.offset, 0u);
  EXPECT_TRUE(p.of("a").inline_line_height.declared);
  EXPECT_FALSE(p.of("a").inline_line_height.important);
  EXPECT_TRUE(p.of("b").inline_letter_spacing.wins);
  EXPECT_FALSE(p.of("c").inline_word_spacing.important);
  EXPECT_FALSE(p.of("c").inline_letter_spacing.declared);
}

TEST(CssCascade, ComputesOneHundredThousandElementsInOnePass) {
  std::string text = "<style>.a { color: red } div > p { font-size: 2em } #z { display: none } p:nth-child(2n) { opacity: .5 }";
  for (int i = 0; i < 200; ++i) text += ".c" + std::to_string(i) + " .d { width: 1px }";
  text += "</style>";
  for (int i = 0; i < 50'000; ++i) text += "<div class=a><p>x</p></div>";
  Page p = page(text);
  EXPECT_EQ(p.doc->elements().size() > 100'000, true);
  const Node* last = p.doc->elements().back();
  EXPECT_EQ(p.styles.of(*last).font_size_px, 32.0);
  EXPECT_EQ(p.styles.of(*last).color, rgb(255, 0, 0));
}

TEST(CssCascade, SurvivesGarbageStyleSheets) {
  std::string garbage = "<style>" + std::string(100'000, '{') + "</style><style>a{" + std::string(50'000, '(') +
                        "</style><style>" + std::string(20'000, '[') + "p{color:red}</style><p id=p style='" +
                        std::string(10'000, '(') + "'>x</p>";
  Page p = page(garbage);
  EXPECT_NE(p.of("p").display, std::optional<Display>(Display::none));
}

}  // namespace
}  // namespace rampa::css
