#include <gtest/gtest.h>

#include <map>

#include "document/document.hpp"
#include "parse/parsers.hpp"

namespace rampa {
namespace {

std::unique_ptr<Document> html(std::string text, ParseLimits limits = {}) {
  auto doc = parse_html(std::move(text), limits);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().detail);
  return std::move(doc).value();
}

const Node* first(const Document& doc, Name name) {
  for (const Node* e : doc.elements())
    if (e->name == name) return e;
  return nullptr;
}

TEST(Document, GivesLineAndColumnForElementsAttributesAndText) {
  auto doc = html("<!DOCTYPE html>\n<html lang=\"es\">\n<body>\n  <p class=\"x\">Año</p>\n</body></html>");
  const Node* p = first(*doc, tag::p);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->pos, (SourcePos{4, 3}));
  EXPECT_EQ(p->attribute(attr::class_)->pos, (SourcePos{4, 6}));
  ASSERT_NE(p->first_child, nullptr);
  EXPECT_TRUE(p->first_child->is_text());
  EXPECT_EQ(p->first_child->pos, (SourcePos{4, 16}));
  EXPECT_EQ(doc->root()->attribute(attr::lang)->pos, (SourcePos{2, 7}));
}

TEST(Document, CountsColumnsInCharactersNotBytes) {
  auto doc = html("<p>ñandú <b id=\"x\">y</b></p>");
  EXPECT_EQ(doc->element_by_id("x")->pos, (SourcePos{1, 10}));
}

TEST(Document, GivesParserInsertedElementsThePositionOfTheirContent) {
  auto doc = html("\n\n<p>hola</p>");
  EXPECT_EQ(doc->root()->pos, (SourcePos{3, 1}));  // html, head and body were never written
  EXPECT_EQ(first(*doc, tag::body)->pos, (SourcePos{3, 1}));
}

TEST(Document, InternsKnownAndUnknownNames) {
  auto doc = html("<x-card data-a=1></x-card><x-card data-a=2></x-card><div></div>");
  std::vector<const Node*> cards;
  for (const Node* e : doc->elements())
    if (doc->spelling(e->name) == "x-card") cards.push_back(e);
  ASSERT_EQ(cards.size(), 2u);
  EXPECT_EQ(cards[0]->name, cards[1]->name);
  EXPECT_FALSE(cards[0]->name.known());
  EXPECT_EQ(cards[0]->attrs[0].name, cards[1]->attrs[0].name);
  EXPECT_TRUE(first(*doc, tag::div)->name.known());
}

TEST(Document, KeepsNamespacesApart) {
  auto doc = html("<svg><title>logo</title></svg><title>Empleo</title>");
  int html_titles = 0, svg_titles = 0;
  for (const Node* e : doc->elements()) {
    html_titles += e->is(tag::title);
    svg_titles += e->is_in(Namespace::svg, tag::title);
  }
  EXPECT_EQ(html_titles, 1);
  EXPECT_EQ(svg_titles, 1);
}

TEST(Document, IndexesIdsOutsideTemplatesOnly) {
  auto doc = html("<p id=a></p><template><p id=a></p><p id=b></p></template><p id=a></p>");
  EXPECT_EQ(doc->by_id("a").size(), 2u);
  EXPECT_TRUE(doc->by_id("b").empty());
  EXPECT_EQ(doc->element_by_id("a"), doc->by_id("a").front());
}

TEST(Document, KeepsEachIdsElementsInTreeOrder) {
  auto doc = html("<p id=a>1</p><i id=b>2</i><p id=a>3</p><b id=c>4</b><i id=b>5</i><p id=a>6</p>");
  auto text = [&](std::span<const Node* const> found) {
    std::string s;
    for (const Node* n : found) s += doc->text_content(*n);
    return s;
  };
  EXPECT_EQ(text(doc->by_id("a")), "136");
  EXPECT_EQ(text(doc->by_id("b")), "25");
  EXPECT_EQ(text(doc->by_id("c")), "4");
  EXPECT_TRUE(doc->by_id("A").empty());
  EXPECT_TRUE(doc->by_id("").empty());
}

// References are looked up once, when the document is built, with
// getElementById's answer per token: the first element, nullptr for none.
TEST(Document, ResolvesIdReferencesOnceWithGetElementByIdsAnswer) {
  auto doc = html(
      "<span id=a>1</span><span id=b>2</span><span id=a>3</span>"
      "<input id=f aria-labelledby='  b missing\ta ' aria-describedby='' aria-label=x>"
      "<label for=f>L</label><label for='f b'>M</label><input list=b form=nowhere>"
      "<table><tr><td headers='a b'></td></tr></table><template><i id=t>t</i></template><p aria-owns=t aria-controls=a></p>");
  auto text = [&](std::span<const Node* const> found) {
    std::string s;
    for (const Node* n : found) s += n != nullptr ? doc->text_content(*n) : "-";
    return s;
  };
  const Node* input = doc->element_by_id("f");
  EXPECT_EQ(text(doc->references(*input->attribute(attr::aria_labelledby))), "2-1");
  EXPECT_TRUE(doc->references(*input->attribute(attr::aria_describedby)).empty());
  EXPECT_TRUE(doc->references(*input->attribute(attr::aria_label)).empty());  // not a reference
  EXPECT_TRUE(doc->references(*input->attribute(attr::id)).empty());
  auto labels = doc->elements_named(tag::label);
  EXPECT_EQ(doc->reference(*labels[0]->attribute(attr::for_)), input);
  EXPECT_EQ(doc->reference(*labels[1]->attribute(attr::for_)), nullptr);  // one id, spaces and all
  const Node* other = doc->elements_named(tag::input)[1];
  EXPECT_EQ(text(doc->references(*other->attribute(attr::list))), "2");
  EXPECT_EQ(doc->reference(*other->attribute(attr::form)), nullptr);
  EXPECT_EQ(text(doc->references(*doc->elements_named(tag::td)[0]->attribute(attr::headers))), "12");
  const Node* p = doc->elements_named(tag::p)[0];
  EXPECT_EQ(text(doc->references(*p->attribute(attr::aria_owns))), "-");  // template content is out of reach
  EXPECT_EQ(text(doc->references(*p->attribute(attr::aria_controls))), "1");
  // An id attribute knows its fellows.
  auto spans = doc->elements_named(tag::span);
  EXPECT_EQ(text(doc->same_id(*spans[2]->attribute(attr::id))), "13");
  EXPECT_EQ(text(doc->same_id(*spans[1]->attribute(attr::id))), "2");
  EXPECT_TRUE(doc->same_id(*doc->elements_named(tag::i)[0]->attribute(attr::id)).empty());
  EXPECT_TRUE(doc->same_id(*input->attribute(attr::aria_labelledby)).empty());
}

TEST(IdTable, NumbersEqualValuesAlikeInOrderOfFirstAppearance) {
  // Enough values to fill many cache lines of slots and wrap probes around
  // the table's end; every tenth a repeat of an earlier one.
  std::vector<std::string> owned;
  for (int i = 0; i < 5000; ++i) owned.push_back(i % 10 == 9 ? "v" + std::to_string(i / 2) : "v" + std::to_string(i));
  std::vector<std::string_view> values(owned.begin(), owned.end());
  IdTable table;
  std::vector<std::uint32_t> numbers;
  table.assign(values, numbers);
  ASSERT_EQ(numbers.size(), values.size());
  std::map<std::string_view, std::uint32_t> expected;
  for (std::string_view v : values) expected.try_emplace(v, static_cast<std::uint32_t>(expected.size()));
  for (std::size_t i = 0; i < values.size(); ++i) EXPECT_EQ(numbers[i], expected[values[i]]) << values[i];
  EXPECT_EQ(table.size(), expected.size());

  std::vector<std::string_view> asked = {"v0", "v4998", "nope", "", "v2"};
  std::vector<std::uint32_t> found;
  table.find_all(asked, found);
  EXPECT_EQ(found, (std::vector<std::uint32_t>{expected.at("v0"), expected.at("v4998"), IdTable::kNone, IdTable::kNone,
                                              expected.at("v2")}));
  EXPECT_EQ(table.find("v2"), expected.at("v2"));
  EXPECT_EQ(IdTable{}.find("v2"), IdTable::kNone);
}

// The lists read ahead of where they are walked: shorter and longer than
// that distance, every item comes once, in order, and nothing past the end
// is read (ASan in CI).
TEST(InOrder, WalksEveryItemOnceInOrderWhateverItsLength) {
  auto doc = html("<p></p><p></p><p></p><p></p><p></p><p></p><p></p><p></p><p></p><p></p>");
  const std::vector<const Node*> all(doc->elements().begin(), doc->elements().end());
  ASSERT_EQ(all.size(), 13u);  // html, head, body and ten p
  for (std::size_t n = 0; n <= all.size(); ++n) {
    const std::vector<const Node*> part(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
    InOrder<Node> list(part);
    EXPECT_EQ(list.size(), n);
    EXPECT_EQ(list.empty(), n == 0);
    std::vector<const Node*> walked;
    for (const Node* e : list) walked.push_back(e);
    EXPECT_EQ(walked, part) << n;
  }
}

// A node's first cache line holds what every pass reads; that only helps
// if nodes start on a line.
TEST(Document, NodesStartOnACacheLine) {
  std::string page;
  for (int i = 0; i < 3'000; ++i) page += "<p>texto <b>x</b></p><!-- c -->";
  auto doc = html(page);
  std::size_t nodes = 0;
  for_each_descendant(doc->node(), [&](const Node& n) {
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(&n) % 64, 0u);
    ++nodes;
    return true;
  });
  EXPECT_GT(nodes, 12'000u);
}

TEST(Document, ListsAriaAndEventHandlerAttributesInTreeOrderWhateverTheirCase) {
  // Names as interned: lower case from the HTML parser, as written in XML.
  auto names = [](const Document& doc, std::span<const Attribute* const> attributes) {
    std::string out;
    for (const Attribute* a : attributes) out += std::string(doc.spelling(a->name)) + " ";
    return out;
  };
  auto html_doc = html("<body onload=f()><p aria-label=a title=t aria-x=1><b ARIA-Hidden=true data-aria-k=2 ONCLICK=g() "
                       "data-on=1></b></p><i arial=1 one=1 o=2></i>");
  EXPECT_EQ(names(*html_doc, html_doc->aria_attributes()), "aria-label aria-x aria-hidden ");
  EXPECT_EQ(names(*html_doc, html_doc->event_handler_attributes()), "onload onclick one ");
  auto xml_doc = parse_xml(
      "<svg xmlns='http://www.w3.org/2000/svg'><g Aria-Label='x' aria-hidden='true' OnFocus='x()' o='1'/></svg>", {});
  ASSERT_TRUE(xml_doc.ok());
  EXPECT_EQ(names(**xml_doc, (*xml_doc)->aria_attributes()), "Aria-Label aria-hidden ");
  EXPECT_EQ(names(**xml_doc, (*xml_doc)->event_handler_attributes()), "OnFocus ");
}

TEST(Document, ListsElementsOfSeveralNamesInTreeOrder) {
  auto doc = html("<head><style></style><link rel=stylesheet></head><body><svg><style></style></svg><link></body>");
  std::string order;
  for (const Node* e : doc->elements_named({tag::link, tag::style}))
    order += std::string(doc->spelling(e->name)) + (e->ns == Namespace::svg ? "(svg) " : " ");
  EXPECT_EQ(order, "style link style(svg) link ");
  EXPECT_TRUE(doc->elements_named({tag::table, tag::img}).empty());
}

TEST(Document, IndexesElementsAndAttributesByName) {
  auto doc = html(
      "<p id=1 title=x>a</p><svg><title id=2>t</title></svg><p id=3><x-card id=4 title=y data-k=1></x-card></p>"
      "<template><p id=5></p></template>");
  auto ids = [](std::span<const Node* const> found) {
    std::string s;
    for (const Node* e : found) s += std::string(*e->attr(attr::id));
    return s;
  };
  auto owners = [&](std::span<const Attribute* const> found) {
    std::vector<const Node*> elements;
    for (const Attribute* a : found) elements.push_back(a->owner);
    return ids(elements);
  };
  EXPECT_EQ(ids(doc->elements_named(tag::p)), "135");  // templates included, as in elements()
  EXPECT_EQ(ids(doc->elements_named(tag::title)), "2");
  EXPECT_EQ(ids(doc->elements_named(doc->intern("x-card"))), "4");
  EXPECT_TRUE(doc->elements_named(tag::img).empty());
  EXPECT_EQ(owners(doc->attributes_named(attr::title)), "14");
  EXPECT_EQ(owners(doc->attributes_named(doc->intern("data-k"))), "4");
  EXPECT_EQ(doc->attributes_named(attr::id).size(), 5u);
  EXPECT_TRUE(doc->attributes_named(attr::alt).empty());
  EXPECT_TRUE(doc->elements_named(Name{}).empty());
}

TEST(Document, LinksParentsChildrenAndSiblingsInTreeOrder) {
  auto doc = html("<ul><li>a</li><li>b</li><li>c</li></ul>");
  const Node* ul = first(*doc, tag::ul);
  std::string order;
  for (const Node& li : ul->children()) {
    EXPECT_EQ(li.parent, ul);
    order += doc->text_content(li);
  }
  EXPECT_EQ(order, "abc");
  EXPECT_EQ(ul->last_child->prev_sibling->next_sibling, ul->last_child);
  std::uint32_t last = 0;
  for (const Node* e : doc->elements()) {
    EXPECT_GE(e->index, last);
    last = e->index;
  }
}

// 100,000 levels go through the whole engine in engine_test and cli_test;
// Gumbo's scope checks make that depth cost seconds, so here 25,000 do.
TEST(Document, BuildsDeepTreesWithoutRecursion) {
  constexpr int kDepth = 25'000;
  std::string page = "<!DOCTYPE html><html lang=es><title>x</title><body>";
  for (int i = 0; i < kDepth; ++i) page += "<div>";
  page += "fondo";
  auto doc = html(page, {.max_depth = kDepth + 10});
  std::uint32_t deepest = 0;
  for (const Node* e : doc->elements()) deepest = std::max(deepest, e->depth);
  EXPECT_GE(deepest, static_cast<std::uint32_t>(kDepth));
  EXPECT_EQ(doc->text_content(*doc->root()).substr(1), "fondo");
}

TEST(Document, RefusesNestingDeeperThanTheLimit) {
  std::string page;
  for (int i = 0; i < 50; ++i) page += "<div>";
  auto doc = parse_html(page, ParseLimits{.max_depth = 20});
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().detail.find("deeper than the limit of 20"), std::string::npos);
}

// Minified XML (a generated XForm) is one line: columns stay exact while
// text, elements and attributes ask for them out of order.
TEST(XmlDocument, KeepsColumnsExactOnOneLongLine) {
  std::string xml = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
  for (int i = 0; i < 200; ++i) xml += "<g id=\"g" + std::to_string(i) + "\">ñ</g>";
  xml += "</svg>";
  auto doc = parse_xml(xml, {});
  ASSERT_TRUE(doc.ok()) << doc.error().detail;
  for (int i : {0, 1, 57, 199}) {
    std::string id = "g" + std::to_string(i);
    const Node* g = (*doc)->element_by_id(id);
    ASSERT_NE(g, nullptr);
    std::size_t byte = xml.find("<g id=\"" + id + "\"");
    std::uint32_t column = 1;
    for (std::size_t k = 0; k < byte; ++k) column += (static_cast<unsigned char>(xml[k]) & 0xC0) != 0x80;
    EXPECT_EQ(g->pos, (SourcePos{1, column})) << id;
    EXPECT_EQ(g->attribute(attr::id)->pos, (SourcePos{1, column + 3})) << id;
  }
}

TEST(XmlDocument, ParsesXhtmlWithPositionsAndNamespaces) {
  auto doc = parse_xml(
      "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"es\" lang=\"es\">\n"
      "  <body><p id=\"a\" title=\"x &amp; y\">hola</p></body>\n</html>",
      {});
  ASSERT_TRUE(doc.ok()) << doc.error().detail;
  const Node* root = (*doc)->root();
  ASSERT_NE(root, nullptr);
  EXPECT_TRUE(root->is(tag::html));
  EXPECT_EQ(root->pos, (SourcePos{2, 1}));
  ASSERT_NE(root->attribute(attr::xml_lang), nullptr);
  EXPECT_EQ(root->attribute(attr::lang)->pos, (SourcePos{2, 58}));
  const Node* p = (*doc)->element_by_id("a");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->pos, (SourcePos{3, 9}));
  EXPECT_EQ(*p->attr(attr::title), "x & y");
  EXPECT_EQ((*doc)->text_content(*p), "hola");
}

TEST(XmlDocument, ReportsWhereItIsNotWellFormed) {
  auto doc = parse_xml("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().detail.find("line 2"), std::string::npos) << doc.error().detail;
}

TEST(XmlDocument, NeverReadsExternalEntities) {
  auto doc = parse_xml(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&secret;</text></svg>",
      {});
  if (doc.ok()) {
    EXPECT_EQ((*doc)->text_content((*doc)->node()).find("root:"), std::string::npos);
  }
}

TEST(XmlDocument, DoesNotExpandEntitiesExponentially) {
  // "Billion laughs": each entity is ten of the one before, 10^9 in all.
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY l0 \"ja\">";
  for (int level = 1; level <= 9; ++level) {
    bomb += "<!ENTITY l" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) bomb += "&l" + std::to_string(level - 1) + ";";
    bomb += "\">";
  }
  bomb += "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&l9;</text></svg>";
  auto doc = parse_xml(bomb, {});
  if (doc.ok()) {
    EXPECT_LT((*doc)->text_content((*doc)->node()).size(), 1000u);
  }
}

}  // namespace
}  // namespace rampa
