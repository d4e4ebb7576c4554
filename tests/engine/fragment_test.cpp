// A source that writes no document around its content (no doctype, no
// <html>, <head> or <body>, no title) is a piece another page shows: rampa
// says it read it so, and the document-level rules leave it alone.
#include <gtest/gtest.h>

#include <string>

#include "audit/page.hpp"
#include "document/document.hpp"
#include "parse/parsers.hpp"
#include "rampa/engine.hpp"

namespace rampa {
namespace {

bool fragment(std::string html) { return std::move(parse_html(std::move(html), {})).value()->fragment; }

TEST(Fragment, ContentWithNoDocumentAroundItIsAFragment) {
  EXPECT_TRUE(fragment("<div><h2>Pregunta 1</h2><input type=radio name=p></div>"));
  // Styles, scripts and comments come along with inserted pieces.
  EXPECT_TRUE(fragment("<!-- bloque -->\n<style>p{margin:0}</style><script>var a;</script><p>Hola</p>"));
  EXPECT_TRUE(fragment("<p>Dados<meta itemprop=\"name\" content=\"x\"></p>"));
  EXPECT_TRUE(fragment("<template><title>x</title></template><p>Olá</p>"));
}

TEST(Fragment, AnythingThatWritesTheDocumentMakesAPage) {
  EXPECT_FALSE(fragment("<!DOCTYPE html><p>Hola</p>"));
  EXPECT_FALSE(fragment("<html><p>Hola</p></html>"));
  EXPECT_FALSE(fragment("<head></head><p>Hola</p>"));
  EXPECT_FALSE(fragment("<script></script></head><body><p>Hola</p>"));
  EXPECT_FALSE(fragment("<title>Turnos</title><p>Hola</p>"));
  EXPECT_FALSE(fragment("<meta charset=utf-8><p>Hola</p>"));
  EXPECT_FALSE(fragment("<meta name=viewport content=\"width=device-width\"><p>Hola</p>"));
  EXPECT_FALSE(fragment("<base href=\"/\"><p>Hola</p>"));
  EXPECT_FALSE(fragment("<frameset><frame src=\"menu.html\"></frameset>"));
  // A stray html start tag later on still writes the root's attributes.
  EXPECT_FALSE(fragment("<p>Hola</p><html lang=es>"));
}

TEST(Fragment, TheReportSaysThePageWasReadAsAFragment) {
  Engine e = std::move(Engine::create({})).value();
  PageReport r = e.audit_bytes("<div><p>Responda as perguntas abaixo.</p></div>", "q.html");
  ASSERT_FALSE(r.error) << r.error->message();
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].kind, "html");
  EXPECT_EQ(r.notes[0].message_id, "html.fragment");
  EXPECT_TRUE(r.notes[0].args.empty());
  PageReport whole = e.audit_bytes("<!DOCTYPE html><p>Responda as perguntas abaixo.</p>", "q.html");
  EXPECT_TRUE(whole.notes.empty());
}

TEST(Fragment, WhatAFrameShowsIsAWholeDocument) {
  auto doc = std::move(parse_html(
                           "<!DOCTYPE html><html lang=es><title>Marco</title>"
                           "<iframe title=\"Aviso\" srcdoc=\"<p>Hola</p>\"></iframe>",
                           {}))
                 .value();
  Page page(std::move(doc), "f.html", ".", "");
  const Node* frame = page.document().elements_named(tag::iframe).front();
  const Page* shown = page.embedded(*frame);
  ASSERT_NE(shown, nullptr);
  EXPECT_FALSE(shown->document().fragment);
}

}  // namespace
}  // namespace rampa
