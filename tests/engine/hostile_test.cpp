// Hostile inputs (issue #6): each either audits in reasonable time or is a
// clear error for its page; nothing crashes, hangs, recurses deeply or leaks
// a file it should not read. Inputs are generated here, never committed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "rampa/catalog.hpp"
#include "rampa/engine.hpp"
#include "rampa/writers.hpp"

namespace fs = std::filesystem;

namespace rampa {
namespace {

Engine make(Config config = {}) {
  auto e = Engine::create(std::move(config));
  EXPECT_TRUE(e.ok()) << e.error().message();
  return std::move(e).value();
}

std::string json_of(const PageReport& r) {
  std::ostringstream out;
  write_json(out, {r}, Catalog::get("en"));
  return out.str();
}
std::string text_of(const PageReport& r) {
  std::ostringstream out;
  write_text(out, {r}, Catalog::get("en"), {});
  return out.str();
}
std::string tree_json_of(const PageTree& t) {
  std::ostringstream out;
  write_tree_json(out, {t}, Catalog::get("en"));
  return out.str();
}
std::string tree_text_of(const PageTree& t) {
  std::ostringstream out;
  write_tree_text(out, {t}, Catalog::get("en"));
  return out.str();
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const Finding* first_failed(const PageReport& r, std::string_view rule) {
  for (const auto& f : r.findings)
    if (f.outcome == Outcome::failed && f.rule->id == rule) return &f;
  return nullptr;
}

std::string arg(const PageNote& n, std::string_view key) {
  for (const auto& [k, v] : n.args)
    if (k == key) return v;
  return {};
}

const TreeNode* node_at(const PageTree& t, std::string_view selector) {
  for (const auto& n : t.nodes)
    if (n.selector == selector) return &n;
  return nullptr;
}

// -- nesting ------------------------------------------------------------------

// Spans, not divs: Gumbo's scope checks make each <div> cost the depth, so
// 100,000 of them spend half a minute in Gumbo alone; spans cost it nothing,
// and everything after the parse walks the same 100,000 levels.
std::string deep_spans(int depth) {
  std::string page = "<!DOCTYPE html><html lang=es><title>Profundo</title><body><button id=b>";
  for (int i = 0; i < depth; ++i) page += "<span id=s" + std::to_string(i) + ">";
  // A button's content is presentational, so the unnamed image goes down a
  // second chain of its own.
  page += "Postular</button><div id=w>";
  for (int i = 0; i < depth; ++i) page += "<span id=t" + std::to_string(i) + ">";
  page += "<img src=x.png></div><p id=d></p><p id=d></p>";
  return page;
}

TEST(Hostile, HundredThousandLevelsAuditAndTreeUnderARaisedLimit) {
  constexpr int kDepth = 100'000;
  Engine engine = make({.max_depth = kDepth + 10});
  std::string page = deep_spans(kDepth);

  PageReport r = engine.audit_bytes(page, "deep.html");
  ASSERT_FALSE(r.error) << r.error->message();
  const Finding* dup = first_failed(r, "id-unique");
  ASSERT_NE(dup, nullptr);
  EXPECT_EQ(dup->at.line, 1u);
  const Finding* img = first_failed(r, "image-has-name");
  ASSERT_NE(img, nullptr);  // the image at the bottom, found and located by its parent's id
  EXPECT_EQ(img->selector, "#t" + std::to_string(kDepth - 1) + " > img");
  auto report = nlohmann::json::parse(json_of(r));
  EXPECT_EQ(report["pages"][0]["error"], nullptr);
  EXPECT_NE(text_of(r).find("image-has-name"), std::string::npos);

  PageTree t = engine.tree_bytes(page, "deep.html");
  ASSERT_FALSE(t.error);
  const TreeNode* button = node_at(t, "#b");
  ASSERT_NE(button, nullptr);
  EXPECT_EQ(button->role, "button");
  EXPECT_EQ(button->name, "Postular");  // name from content, 100,000 levels down
  const TreeNode* bottom = node_at(t, "#s" + std::to_string(kDepth - 1));
  ASSERT_NE(bottom, nullptr);
  EXPECT_EQ(bottom->depth, static_cast<unsigned>(kDepth + 2));  // html > body > button > spans
  auto tree = nlohmann::json::parse(tree_json_of(t));
  EXPECT_EQ(tree["pages"][0]["nodes"].size(), t.nodes.size());
  // Text indentation stops growing, so the output stays linear in the depth.
  std::string text = tree_text_of(t);
  EXPECT_LT(text.size(), t.nodes.size() * 200);
  EXPECT_NE(text.find("[100001] "), std::string::npos);
}

TEST(Hostile, NestingOverTheLimitIsAPageErrorBeforeGumboSpendsTime) {
  Engine engine = make();
  ASSERT_EQ(engine.config().max_depth, 2'048u);
  std::string page = "<!DOCTYPE html><html lang=es><title>x</title><body>\n";
  for (int i = 0; i < 100'000; ++i) page += "<div>";
  auto start = std::chrono::steady_clock::now();
  PageReport r = engine.audit_bytes(page, "deep.html");
  PageTree t = engine.tree_bytes(page, "deep.html");
  EXPECT_LT(seconds_since(start), 10.0);  // Gumbo alone would take half a minute
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, ErrorCode::bad_input);
  EXPECT_EQ(r.error->detail,
            "elements nest deeper than the limit of 2048 levels (line 2); raise it with --max-depth");
  EXPECT_TRUE(r.findings.empty());
  ASSERT_TRUE(t.error);
  EXPECT_EQ(t.error->detail, r.error->detail);
  auto report = nlohmann::json::parse(json_of(r));
  EXPECT_EQ(report["pages"][0]["error"], r.error->detail);
}

TEST(Hostile, DepthJustUnderTheLimitAuditsAndJustOverIsRefused) {
  Engine engine = make({.max_depth = 300});
  auto nested = [](int n) {
    std::string p = "<!DOCTYPE html><html lang=es><title>x</title><body>";
    for (int i = 0; i < n; ++i) p += "<div>";
    return p + "fondo";
  };
  // html and body count: 298 divs are 300 levels.
  EXPECT_FALSE(engine.audit_bytes(nested(298), "ok.html").error);
  PageReport over = engine.audit_bytes(nested(400), "over.html");
  ASSERT_TRUE(over.error);
  EXPECT_NE(over.error->detail.find("limit of 300 levels"), std::string::npos);
}

TEST(Hostile, UnclosedParagraphsAndListItemsAreNotMistakenForDepth) {
  // Each <p> and <li> closes the previous one, and </li> closes an unclosed
  // <span>: the pre-scan must not count these as nesting.
  std::string page = "<!DOCTYPE html><html lang=es><title>x</title><body><ul>";
  for (int i = 0; i < 30'000; ++i) page += "<li><span>item</li><p>texto";
  PageReport r = make().audit_bytes(page, "flat.html");
  EXPECT_FALSE(r.error) << r.error->message();
}

TEST(Hostile, DeepXmlIsAClearErrorAtLibxml2sLimit) {
  std::string page = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n";
  for (int i = 0; i < 1'000; ++i) page += "<g>";
  for (int i = 0; i < 1'000; ++i) page += "</g>";
  page += "</svg>";
  PageReport r = make().audit_bytes(page, "deep.svg");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->detail, "elements nest deeper than 256 levels, the most rampa reads in XML (line 2)");
}

TEST(Hostile, JsonDefinitionNestedAHundredThousandDeepIsAnError) {
  std::string def = "{\"type\":\"object\",\"properties\":{\"a\":";
  for (int i = 0; i < 100'000; ++i) def += "[";
  for (int i = 0; i < 100'000; ++i) def += "]";
  def += "}}";
  for (InputKind kind : {InputKind::detect, InputKind::json_schema, InputKind::surveyjs, InputKind::formio}) {
    PageReport r = make().audit_bytes(def, "deep.json", kind);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, ErrorCode::bad_input);
    EXPECT_NE(r.error->detail.find("nested deeper than 2048 levels"), std::string::npos) << r.error->detail;
  }
}

// -- size ---------------------------------------------------------------------

TEST(Hostile, AMillionAttributesOnOneElementIsAPageError) {
  std::string page = "<!DOCTYPE html><html lang=es><title>x</title><body>\n<div";
  for (int i = 0; i < 1'000'000; ++i) page += " a" + std::to_string(i);
  page += ">x</div>";
  auto start = std::chrono::steady_clock::now();
  PageReport r = make().audit_bytes(page, "attrs.html");
  EXPECT_LT(seconds_since(start), 10.0);  // Gumbo would take hours
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->detail,
            "an element has more than the limit of 1000 attributes (line 2); raise it with --max-attributes");

  std::string xml = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g";
  for (int i = 0; i < 1'000'000; ++i) xml += " a" + std::to_string(i) + "=\"\"";
  xml += "/></svg>";
  PageReport x = make().audit_bytes(xml, "attrs.svg");
  ASSERT_TRUE(x.error);
  EXPECT_NE(x.error->detail.find("more than the limit of 1000 attributes (line 2)"), std::string::npos);
}

TEST(Hostile, AttributesUpToTheLimitAreRead) {
  std::string page = "<!DOCTYPE html><html lang=es><title>x</title><body><img id=i src=a.png";
  for (int i = 0; i < 990; ++i) page += " data-a" + std::to_string(i) + "=v";
  page += " alt=''>";
  PageReport r = make().audit_bytes(page, "attrs.html");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(first_failed(r, "image-has-name"), nullptr);  // alt='' at the end was seen
}

TEST(Hostile, AFiftyMegabytePageAuditsAndOneOverTheLimitIsRefused) {
  std::string page = "<!DOCTYPE html><html lang=es><title>Vacantes</title><body>";
  // Passing rows: a million findings would measure the report, not the page.
  const std::string row = "<p>Operario de producción <a href=/v>ver</a> <img src=v.png alt=Vacante></p>\n";
  while (page.size() < (50u << 20)) page += row;
  page += "<img src=sin-nombre.png>";
  auto start = std::chrono::steady_clock::now();
  PageReport r = make().audit_bytes(page, "big.html");
  EXPECT_LT(seconds_since(start), 400.0);  // linear; quadratic would take hours
  ASSERT_FALSE(r.error);
  const Finding* img = first_failed(r, "image-has-name");
  ASSERT_NE(img, nullptr);
  EXPECT_EQ(img->snippet, "<img src=sin-nombre.png>");

  PageReport over = make({.max_page_bytes = 50u << 20}).audit_bytes(page + "<p>", "big.html");
  ASSERT_TRUE(over.error);
  EXPECT_EQ(over.error->detail,
            "is " + std::to_string(page.size() + 3) + " bytes, over the limit of 52428800 bytes");
  EXPECT_TRUE(over.findings.empty());
}

TEST(Hostile, LimitsOfZeroOrBeyondWhatTheParsersReadAreConfigErrors) {
  EXPECT_FALSE(Engine::create({.max_page_bytes = 0}).ok());
  EXPECT_FALSE(Engine::create({.max_page_bytes = std::size_t{1} << 30}).ok());
  EXPECT_FALSE(Engine::create({.max_depth = 0}).ok());
  EXPECT_FALSE(Engine::create({.max_attributes = 0}).ok());
  EXPECT_EQ(Engine::create({.max_depth = 0}).error().code, ErrorCode::bad_config);
}

// -- references and selectors ---------------------------------------------------

TEST(Hostile, LabelledbyCyclesAndLongChainsEnd) {
  std::string page =
      "<!DOCTYPE html><html lang=es><title>x</title><body>"
      "<button id=a aria-labelledby=b>A</button><span id=b aria-labelledby=a>Bee</span>"
      "<button id=self aria-labelledby=self>Propio</button>";
  constexpr int kChain = 50'000;
  for (int i = 0; i < kChain; ++i)
    page += "<span id=c" + std::to_string(i) + " aria-labelledby=c" + std::to_string(i + 1) + ">" +
            std::to_string(i) + "</span>";
  page += "<button id=chain aria-labelledby=c0>x</button>";
  PageTree t = make().tree_bytes(page, "cycles.html");
  ASSERT_FALSE(t.error);
  // accname 1.2 step 2B: a referenced element's own aria-labelledby is not followed.
  EXPECT_EQ(node_at(t, "#a")->name, "Bee");
  EXPECT_EQ(node_at(t, "#self")->name, "Propio");
  EXPECT_EQ(node_at(t, "#chain")->name, "0");
}

TEST(Hostile, TenThousandDeepDescendantRulesAndNestedPseudoClasses) {
  std::string page = "<!DOCTYPE html><html lang=es><title>x</title><style>";
  for (int i = 0; i < 10'000; ++i) {
    for (int k = 0; k < 30; ++k) page += "div ";
    page += ".c" + std::to_string(i) + " { color: red }\n";
  }
  // Within the selector parser's 32 levels of nested arguments; deeper ones
  // (a thousand :is( below) drop their rule, as an invalid selector would.
  std::string is_nest = "p", not_nest = "p", too_deep = "p";
  for (int i = 0; i < 15; ++i) is_nest = ":is(" + is_nest + ", x" + std::to_string(i) + ")";
  for (int i = 0; i < 10; ++i) not_nest = ":not(:not(" + not_nest + "))";
  for (int i = 0; i < 1'000; ++i) too_deep = ":is(" + too_deep + ")";
  page += "#h" + is_nest + " { display: none }\n#v" + not_nest + " { visibility: hidden }\n" + too_deep +
          " { color: blue }</style><body>";
  for (int i = 0; i < 2'000; ++i) page += "<div>";
  page += "<p id=h>oculto</p><p id=v>invisible</p><p id=s class=c9999>visible</p>";
  auto start = std::chrono::steady_clock::now();
  PageTree t = make().tree_bytes(page, "selectors.html");
  EXPECT_LT(seconds_since(start), 60.0);
  ASSERT_FALSE(t.error) << t.error->message();
  ASSERT_NE(node_at(t, "#h"), nullptr);
  EXPECT_EQ(node_at(t, "#h")->hidden, std::optional<bool>(true));
  EXPECT_EQ(node_at(t, "#v")->hidden, std::optional<bool>(true));
  EXPECT_EQ(node_at(t, "#s")->hidden, std::optional<bool>(false));
}

// -- XML: entities and external files -----------------------------------------

struct MarkerFile {
  fs::path path = fs::temp_directory_path() / ("rampa-xxe-" + std::to_string(::getpid()) + ".txt");
  std::string marker = "MARKER-" + std::to_string(::getpid()) + "-SECRET";
  MarkerFile() { std::ofstream(path) << marker; }
  ~MarkerFile() { fs::remove(path); }
};

// Every output of both commands, so a leak anywhere shows.
std::string all_output(const Engine& engine, const std::string& page, const std::string& name) {
  PageReport r = engine.audit_bytes(page, name);
  PageTree t = engine.tree_bytes(page, name);
  return json_of(r) + text_of(r) + tree_json_of(t) + tree_text_of(t);
}

TEST(Hostile, XxeNeverReadsTheFile) {
  MarkerFile m;
  Engine engine = make({.include_passed = true});
  const std::string uri = "file://" + m.path.string();
  const std::string pages[] = {
      // A general entity in content and in an attribute.
      "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM \"" + uri + "\">]>\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head><title>&x;</title></head>"
      "<body><p>&x;</p><img src=\"a.png\" alt=\"&x;\"/></body></html>",
      // A parameter entity pulling in the file as DTD text.
      "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head><title>t</title></head></html>",
      // The file as the external DTD.
      "<?xml version=\"1.0\"?>\n<!DOCTYPE html SYSTEM \"" + uri + "\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head><title>t</title></head></html>",
      // As an XForm.
      "<?xml version=\"1.0\"?>\n<!DOCTYPE h:html [<!ENTITY x SYSTEM \"" + uri + "\">]>\n"
      "<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\" xmlns=\"http://www.w3.org/2002/xforms\"><h:head>"
      "<h:title>&x;</h:title><model><instance><d><n/></d></instance></model></h:head>"
      "<h:body><input ref=\"/d/n\"><label>&x;</label></input></h:body></h:html>",
  };
  for (const auto& page : pages) {
    std::string out = all_output(engine, page, "xxe.xhtml") + all_output(engine, page, "xxe.xml");
    EXPECT_EQ(out.find(m.marker), std::string::npos) << out.substr(0, 2000);
  }
}

TEST(Hostile, AnExternalDtdIsNeverLoadedNorItsEntitiesRead) {
  MarkerFile m;
  fs::path dtd = fs::temp_directory_path() / ("rampa-dtd-" + std::to_string(::getpid()) + ".dtd");
  std::ofstream(dtd) << "<!ENTITY nbsp \"" << m.marker << "\">";
  std::string page = "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" +
                     dtd.string() + "\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head>"
                     "<title>Empleo&nbsp;público</title></head><body><p>Hola</p></body></html>";
  Engine engine = make();
  PageReport r = engine.audit_bytes(page, "page.xhtml");
  std::string out = all_output(engine, page, "page.xhtml");
  fs::remove(dtd);
  EXPECT_EQ(out.find(m.marker), std::string::npos);
  // The usual XHTML doctype with &nbsp; is still a page, not an error.
  EXPECT_FALSE(r.error) << r.error->message();
  EXPECT_FALSE(r.rules.empty());
}

TEST(Hostile, BillionLaughsIsRefusedQuickly) {
  std::string page = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  page += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
  for (int i = 2; i <= 9; ++i) {
    std::string prev = "&lol" + std::to_string(i - 1) + ";";
    page += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) page += prev;
    page += "\">\n";
  }
  const std::string body = "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"&lol9;\"><title>&lol9;</title></svg>";
  auto start = std::chrono::steady_clock::now();
  Engine engine = make();
  PageReport r = engine.audit_bytes(page + body, "lol.svg");
  PageTree t = engine.tree_bytes(page + body, "lol.svg");
  EXPECT_LT(seconds_since(start), 10.0);
  // Either way, no billion laughs in memory or in the output.
  std::string out = json_of(r) + tree_json_of(t);
  EXPECT_EQ(out.find("lollollollollol"), std::string::npos);
  EXPECT_LT(out.size(), 100'000u);
}

// -- bytes ----------------------------------------------------------------------

TEST(Hostile, InvalidUtf8IsReplacedAndNotedWithItsLine) {
  // Declared UTF-8: undeclared bytes like these would be read as windows-1252.
  std::string page = "<!DOCTYPE html><html lang=es><meta charset=utf-8><title>Empleo</title>\n<p>caf\xC3 \xFF\xFE\xED\xA0\x80 ok</p>"
                     "<img src=a.png alt=\"\xF5\x80\">";
  PageReport r = make().audit_bytes(page, "bad.html");
  ASSERT_FALSE(r.error);
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0].message_id, "encoding.replaced");
  EXPECT_EQ(arg(r.notes[0], "line"), "2");
  auto report = nlohmann::json::parse(json_of(r));  // the writer emits valid UTF-8 JSON
  EXPECT_EQ(report["pages"][0]["error"], nullptr);
}

TEST(Hostile, Utf16WithoutBomIsGuessedAndRead) {
  std::string utf8 = "<!DOCTYPE html><html lang=\"es\"><title>Empleo público</title><img src=a.png></html>";
  std::string le;
  for (unsigned char c : std::string("<!DOCTYPE html><html lang=\"es\"><title>Empleo p")) {
    le += static_cast<char>(c);
    le += '\0';
  }
  le += "\xFA";  // ú
  le += '\0';
  for (unsigned char c : std::string("blico</title><img src=a.png></html>")) {
    le += static_cast<char>(c);
    le += '\0';
  }
  PageReport r = make().audit_bytes(le, "utf16.html");
  ASSERT_FALSE(r.error) << r.error->message();
  bool guessed = false;
  for (const auto& n : r.notes) guessed |= n.message_id == "encoding.guessed" && arg(n, "encoding") == "utf-16le";
  EXPECT_TRUE(guessed);
  const Finding* img = first_failed(r, "image-has-name");
  ASSERT_NE(img, nullptr);
  EXPECT_EQ(img->snippet, "<img src=a.png>");
}

TEST(Hostile, NulBytesAreBinaryUpFrontAndReplacedFurtherIn) {
  std::string binary = std::string("<html>\0\0\0", 9) + "<title>x</title>";
  PageReport b = make().audit_bytes(binary, "nul.html");
  ASSERT_TRUE(b.error);
  EXPECT_EQ(b.error->detail, "looks like binary data, not a text page");

  std::string late = "<!DOCTYPE html><html lang=es><title>x</title><body>" + std::string(10'000, 'a') +
                     std::string("<img src=a.png alt=\"a\0b\"><p id=\"x\0y\">\0</p>", 41);
  PageReport r = make().audit_bytes(late, "nul.html");
  ASSERT_FALSE(r.error) << r.error->message();
  auto report = nlohmann::json::parse(json_of(r));
  EXPECT_EQ(report["pages"][0]["error"], nullptr);
  EXPECT_EQ(first_failed(r, "image-has-name"), nullptr);  // the alt is not empty

  std::string xml = std::string(10'000, ' ') + std::string("<svg xmlns=\"http://www.w3.org/2000/svg\">\0</svg>", 48);
  PageReport x = make().audit_bytes(xml, "nul.svg");
  ASSERT_TRUE(x.error);
  EXPECT_NE(x.error->detail.find("not well-formed XML"), std::string::npos);
}

}  // namespace
}  // namespace rampa
