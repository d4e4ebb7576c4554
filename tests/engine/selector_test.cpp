#include <gtest/gtest.h>

#include "audit/selector.hpp"
#include "parse/parsers.hpp"

namespace rampa {
namespace {

std::unique_ptr<Document> html(std::string text) { return std::move(parse_html(std::move(text), {})).value(); }

TEST(Selector, UsesAUniqueId) {
  auto doc = html("<div id=\"buscar\"><input id=\"q\"></div>");
  SelectorBuilder s(*doc);
  EXPECT_EQ(s.selector(*doc->element_by_id("q")), "#q");
}

TEST(Selector, BuildsAShortPathWhenTheIdRepeats) {
  auto doc = html("<main id=m><p>a</p><input id=x><p><input id=x></p></main>");
  SelectorBuilder s(*doc);
  auto same = doc->by_id("x");
  ASSERT_EQ(same.size(), 2u);
  EXPECT_EQ(s.selector(*same[0]), "#m > input");
  EXPECT_EQ(s.selector(*same[1]), "#m > p:nth-of-type(2) > input");
}

TEST(Selector, StartsAtTheRootWithoutIds) {
  auto doc = html("<ul><li>a</li><li>b</li></ul>");
  SelectorBuilder s(*doc);
  const Node* second = nullptr;
  for (const Node* e : doc->elements())
    if (e->is(tag::li)) second = e;
  EXPECT_EQ(s.selector(*second), "html > body > ul > li:nth-of-type(2)");
  EXPECT_EQ(s.selector(*doc->root()), "html");
}

TEST(Selector, EscapesIdsThatAreNotIdentifiers) {
  EXPECT_EQ(css_escape_identifier("1a"), "\\31 a");
  EXPECT_EQ(css_escape_identifier("a.b"), "a\\.b");
  EXPECT_EQ(css_escape_identifier("año"), "año");
  EXPECT_EQ(css_escape_identifier("-"), "\\-");
}

}  // namespace
}  // namespace rampa
