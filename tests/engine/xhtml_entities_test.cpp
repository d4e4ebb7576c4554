// XHTML 1.x pages use the HTML named entities their DTD declares; rampa
// reads no DTD, so it gives them from a table built from the W3C entity sets.
#include <gtest/gtest.h>

#include <string>

#include "rampa/engine.hpp"

namespace rampa {
namespace {

Engine make() { return std::move(Engine::create({})).value(); }

std::string page(std::string_view doctype, std::string_view body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + std::string(doctype) +
         "\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head><title>Empleo</title></head><body>" +
         std::string(body) + "</body></html>\n";
}

constexpr std::string_view kStrict =
    R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">)";

std::string name_of(const PageTree& t, std::string_view tag) {
  for (const TreeNode& n : t.nodes)
    if (n.tag == tag) return n.name;
  return "(none)";
}

TEST(XhtmlEntities, NamedEntitiesOfXhtml1AreTextInContentAndAttributes) {
  Engine e = make();
  PageTree t = e.tree_bytes(page(kStrict, "<button>Inscripci&oacute;n&nbsp;&raquo;</button>"
                                          "<a href=\"/\"><img src=\"a.png\" alt=\"Caf&eacute; &amp; t&#233;\"/></a>"),
                            "p.xhtml");
  ASSERT_FALSE(t.error) << t.error->message();
  EXPECT_EQ(name_of(t, "button"), "Inscripción\u00a0»");
  EXPECT_EQ(name_of(t, "img"), "Café & té");
  EXPECT_TRUE(t.notes.empty());
  // XHTML 1.1 and Basic carry the same sets.
  PageTree t11 = e.tree_bytes(page(R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "x">)",
                                   "<button>&euro;&thinsp;5 &mdash; &copy;</button>"),
                              "p.xhtml");
  EXPECT_EQ(name_of(t11, "button"), "€\u2009""5 — ©");
}

TEST(XhtmlEntities, AnEntityNothingDeclaresIsANoteNeverSilence) {
  Engine e = make();
  // Not XHTML 1.x: the HTML entities are not its to use.
  PageReport svg = e.audit_bytes(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Mapa\"><title>&oacute;</title></svg>",
      "m.svg");
  ASSERT_FALSE(svg.error) << svg.error->message();
  ASSERT_EQ(svg.notes.size(), 1u);
  EXPECT_EQ(svg.notes[0].message_id, "xml.entities-unexpanded");
  PageReport r = e.audit_bytes(page(kStrict, "<p>uno &foo; dos</p>\n<p title=\"&bar;\">x</p>"), "p.xhtml");
  ASSERT_FALSE(r.error) << r.error->message();
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].message_id, "xml.entities-unexpanded");
  EXPECT_EQ(r.notes[0].args, (MessageArgs{{"count", "2"}, {"name", "foo"}, {"line", "3"}}));
}

}  // namespace
}  // namespace rampa
