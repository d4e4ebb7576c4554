#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/page.hpp"
#include "semantics/css/cascade.hpp"
#include "parse/parsers.hpp"
#include "rampa/catalog.hpp"
#include "rampa/engine.hpp"
#include "rampa/writers.hpp"
#include "rule.hpp"

namespace fs = std::filesystem;

namespace rampa {
namespace {

// A rule that throws, to prove one broken rule does not stop an audit.
// Tagged test-only: the every-rule checks skip it.
rules::Targets throwing_applicability(const Page& page) {
  if (page.document().element_by_id("boom") != nullptr) throw std::runtime_error("boom");
  return {};
}
void never(const rules::Target&, const Page&, rules::Verdicts&) {}
RAMPA_RULE(.id = "test-throws", .wcag = {}, .act = {}, .impact = Impact::minor,
           .tags = {"test-only"}, .help = "https://example.org/", .messages = {"passed"},
           .applicability = throwing_applicability, .evaluate = never);

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("rampa-test-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, std::string_view content) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
};

Engine make(Config c = {}) { return std::move(Engine::create(std::move(c))).value(); }

TEST(Engine, RejectsAnUnknownRuleAndARootThatIsNoDirectory) {
  auto e = Engine::create({.rules = {"no-such-rule"}});
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().code, ErrorCode::bad_config);
  auto r = Engine::create({.root = "/no/such/dir"});
  ASSERT_FALSE(r.ok());
}

TEST(Engine, ListsRulesSortedById) {
  auto engine = make();
  auto rules = engine.rules();
  ASSERT_GE(rules.size(), 8u);
  for (std::size_t i = 1; i < rules.size(); ++i) EXPECT_LT(rules[i - 1].id, rules[i].id);
}

TEST(Engine, ReportsEachBadInputAsAPageError) {
  TempDir t;
  auto engine = make();
  auto missing = engine.audit_file(t.path / "nope.html", "nope.html");
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->code, ErrorCode::not_found);
  EXPECT_EQ(missing.error->path, "nope.html");

  auto empty = engine.audit_file(t.write("empty.html", ""));
  ASSERT_TRUE(empty.error);
  EXPECT_NE(empty.error->detail.find("empty"), std::string::npos);

  auto blank = engine.audit_file(t.write("blank.html", "  \n\t\n"));
  ASSERT_TRUE(blank.error);

  auto binary = engine.audit_file(t.write("logo.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  ASSERT_TRUE(binary.error);
  EXPECT_NE(binary.error->detail.find("binary"), std::string::npos);

  auto dir = engine.audit_file(t.path);
  ASSERT_TRUE(dir.error);
  EXPECT_TRUE(dir.rules.empty());
  EXPECT_TRUE(dir.findings.empty());
}

// A format the user names and the file contradicts would read as a form
// with no fields and no findings: a clean report of nothing.
TEST(Engine, AnInputFormatTheInputContradictsIsAnInputError) {
  Engine e = make();
  auto detail = [&](std::string_view bytes, std::string name, InputKind kind) {
    PageReport r = e.audit_bytes(bytes, std::move(name), kind);
    if (!r.error) return std::string("no error");
    EXPECT_EQ(r.error->code, ErrorCode::bad_input);
    return r.error->detail;
  };
  const std::string package = R"({"name":"portal","version":"1.0.0","dependencies":{}})";
  EXPECT_EQ(detail(package, "package.json", InputKind::json_schema),
            "has no field that a JSON Schema form holds, though the input format (--input-format) says it is one");
  EXPECT_EQ(detail(package, "package.json", InputKind::surveyjs),
            "has no field that a SurveyJS definition holds, though the input format (--input-format) says it is one");
  const std::string formio = R"({"components":[{"type":"textfield","key":"nombre","label":"Nombre"}]})";
  EXPECT_EQ(detail(formio, "registro.json", InputKind::surveyjs),
            "is a Form.io definition, not a SurveyJS definition as the input format (--input-format) says");
  EXPECT_EQ(detail(formio, "registro.json", InputKind::html),
            "is JSON, not HTML as the input format (--input-format) says");
  // A schema whose fields the reader cannot reach (allOf is not followed)
  // is said so, never reported as a form without problems.
  const std::string schema = R"({"type":"object","allOf":[{"properties":{"nombre":{"type":"string"}}}]})";
  EXPECT_EQ(detail(schema, "registro.json", InputKind::json_schema),
            "has no field that a JSON Schema form holds, though the input format (--input-format) says it is one");
  EXPECT_EQ(detail(R"({"type":"object","properties":{"nombre":{"type":"string"}}})", "r.json", InputKind::json_schema),
            "no error");
  // A page template that starts with a brace is still a page.
  EXPECT_FALSE(e.audit_bytes("{% extends 'base.html' %}<p>hola</p>", "t.html", InputKind::html).error);
  EXPECT_FALSE(e.audit_bytes(formio, "registro.json", InputKind::formio).error);
}

TEST(Engine, RefusesUnreadableFiles) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  TempDir t;
  auto p = t.write("secret.html", "<p>x</p>");
  fs::permissions(p, fs::perms::none);
  auto r = make().audit_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, ErrorCode::unreadable);
}

TEST(Engine, RefusesPagesOverTheSizeLimitWithoutTruncating) {
  TempDir t;
  auto p = t.write("big.html", std::string(5000, 'x'));
  auto r = make({.max_page_bytes = 4096}).audit_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->detail.find("over the limit of 4096 bytes"), std::string::npos);
}

TEST(Engine, AuditsAFiftyMegabytePage) {
  std::string page = "<!DOCTYPE html><html lang=\"es\"><title>Vacantes</title><body>";
  const std::string row = "<p>Auxiliar administrativo, jornada completa, Ciudad de Andalia.</p>\n";
  while (page.size() < 50u << 20) page += row;
  auto r = make().audit_bytes(page, "big.html");
  EXPECT_FALSE(r.error);
  EXPECT_FALSE(r.rules.empty());
  for (const auto& f : r.findings) EXPECT_NE(f.outcome, Outcome::failed) << f.rule->id;
}

// Over the default depth limit (hostile_test checks the refusal), so the
// limit is raised: what is tested is that nothing after the parse recurses.
TEST(Engine, AuditsAHundredThousandLevelsDeep) {
  std::string page = "<!DOCTYPE html><html lang=\"es\"><title>x</title><body>";
  for (int i = 0; i < 100'000; ++i) page += "<div>";
  page += "<p id=a></p><p id=a></p>";
  auto r = make({.max_depth = 100'010}).audit_bytes(page, "deep.html");
  ASSERT_FALSE(r.error);
  std::vector<const Finding*> failed;
  for (const auto& f : r.findings)
    if (f.outcome == Outcome::failed) failed.push_back(&f);
  ASSERT_EQ(failed.size(), 1u);  // the duplicate id, found and located
  EXPECT_EQ(failed[0]->rule->id, "id-unique");
  EXPECT_GT(failed[0]->selector.size(), 100'000u);
}

TEST(Engine, NotesInvalidBytesOnceAndGoesOn) {
  auto r = make().audit_bytes("<html lang=\"es\"><meta charset=utf-8><title>Empleo \xFF\xFE</title>\n\xC3", "bad.html");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].message_id, "encoding.replaced");
  EXPECT_FALSE(r.rules.empty());
}

TEST(Engine, IsolatesARuleThatThrows) {
  auto engine = make({.rules = {"test-throws", "page-has-title"}});
  auto r = engine.audit_bytes("<html><p id=boom></p></html>", "boom.html");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.rules.size(), 2u);
  const RuleResult* throws = nullptr;
  const RuleResult* title = nullptr;
  for (const auto& rr : r.rules) (rr.rule->id == "test-throws" ? throws : title) = &rr;
  ASSERT_TRUE(throws->internal_error);
  EXPECT_EQ(*throws->internal_error, "boom");
  EXPECT_EQ(title->outcome, Outcome::failed);  // the other rule still ran
}

TEST(Engine, ListsFindingsInSourceOrderWhicheverRuleFoundThem) {
  auto engine = make({.rules = {"image-has-name", "id-unique"}});
  auto r = engine.audit_bytes(
      "<html lang=es><title>Empleo</title>\n"
      "<img src=a.png id=d>\n"
      "<p id=d>otra</p>\n"
      "<img src=b.png> <p id=d>y otra</p>\n",
      "order.html");
  ASSERT_FALSE(r.error);
  std::vector<std::string> seen;
  for (const Finding& f : r.findings)
    seen.push_back(std::string(f.rule->id) + "@" + std::to_string(f.at.line) + ":" + std::to_string(f.at.column));
  EXPECT_EQ(seen, (std::vector<std::string>{"image-has-name@2:1", "id-unique@3:4", "image-has-name@4:1",
                                            "id-unique@4:20"}));
}

TEST(Engine, ReadsXhtmlAndSvgAsXml) {
  TempDir t;
  auto engine = make({.rules = {"html-has-lang"}});
  auto x = engine.audit_file(t.write("p.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head></html>"));
  ASSERT_FALSE(x.error);
  EXPECT_EQ(x.rules[0].outcome, Outcome::failed);
  auto bad = engine.audit_file(t.write("p.svg", "<svg><g></svg>"));
  ASSERT_TRUE(bad.error);
  EXPECT_NE(bad.error->detail.find("not well-formed XML"), std::string::npos);
}

TEST(Page, ResolvesRelativeAndRootAbsoluteUrlsLikeAStaticServer) {
  auto doc = [] { return std::move(parse_html("<p>x</p>", {})).value(); };
  Page page(doc(), "site/empleo/registro.html", "/srv/site/empleo", "/srv/site");
  EXPECT_EQ(page.resolve("css/a.css"), fs::path("/srv/site/empleo/css/a.css"));
  EXPECT_EQ(page.resolve("../img/logo%20azul.png?v=2#x"), fs::path("/srv/site/img/logo azul.png"));
  EXPECT_EQ(page.resolve("/css/site.css"), fs::path("/srv/site/css/site.css"));
  EXPECT_EQ(page.resolve("/../../etc/passwd"), std::nullopt);
  EXPECT_EQ(page.resolve("https://example.org/a.css"), std::nullopt);
  EXPECT_EQ(page.resolve("//cdn.example.org/a.css"), std::nullopt);
  EXPECT_EQ(page.resolve("data:text/css,p{}"), std::nullopt);
  EXPECT_EQ(page.resolve("  "), std::nullopt);
  Page no_root(doc(), "a.html", "/srv/x", "");
  EXPECT_EQ(no_root.resolve("/css/site.css"), std::nullopt);
}

TEST(Page, DerivesAFactOnceForEveryRuleThatAsks) {
  Page page(std::move(parse_html("<style>a::after{content:'x'}</style>", {})).value(), "a.html", ".", "");
  struct Count {
    int value;
  };
  struct Other {
    int value;
  };
  int made = 0;
  auto make = [&](const Page&) { return Count{++made}; };
  EXPECT_EQ(page.derived<Count>(make).value, 1);
  EXPECT_EQ(page.derived<Count>(make).value, 1);
  EXPECT_EQ(&page.derived<Count>(make), &page.derived<Count>(make));
  EXPECT_EQ(made, 1);
  EXPECT_EQ(page.derived<Other>([](const Page& p) { return Other{static_cast<int>(p.styles().sheets().size())}; }).value, 1);
}

TEST(Catalog, FillsNamedPlaceholdersInAnyOrder) {
  const Catalog& es = Catalog::get("es_MX.UTF-8");
  EXPECT_EQ(es.locale(), "es");
  std::string text = es.format("html-lang-valid", "failed.unknown", {{"value", "english"}});
  EXPECT_NE(text.find("lang=\"english\" no es un idioma conocido"), std::string::npos) << text;
  EXPECT_EQ(Catalog::get("pt-BR").locale(), "pt");
  EXPECT_EQ(Catalog::get("fr").locale(), "en");
  EXPECT_EQ(es.format("no-such-rule", "title"), "[no-such-rule.title]");
}

TEST(Catalog, TakesTheLocaleFromTheEnvironment) {
  ::setenv("LC_ALL", "", 1);
  ::setenv("LC_MESSAGES", "", 1);
  ::setenv("LANG", "pt_BR.UTF-8", 1);
  EXPECT_EQ(Catalog::locale_from_environment(), "pt");
  ::setenv("LC_ALL", "es_AR.UTF-8", 1);
  EXPECT_EQ(Catalog::locale_from_environment(), "es");
  ::setenv("LC_ALL", "C", 1);
  EXPECT_EQ(Catalog::locale_from_environment(), "en");
  ::unsetenv("LC_ALL");
  ::unsetenv("LANG");
  EXPECT_EQ(Catalog::locale_from_environment(), "en");
}

}  // namespace
}  // namespace rampa

namespace rampa {
namespace {
TEST(Engine, NotesStylesheetsItCannotRead) {
  auto r = make().audit_bytes("<html lang=es><link rel=stylesheet href=/css/missing.css><title>x</title></html>",
                              "page.html");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].message_id, "styles.unreadable");
  EXPECT_EQ(r.notes[0].args[1].second, "/css/missing.css");
}
}  // namespace
}  // namespace rampa

namespace rampa {
namespace {

// A title naming an element must read as the element's name, not vanish
// into HTML or turn into emphasis, a link or a new table cell.
TEST(RulesMarkdown, ShowsMarkupInTitlesAndDescriptionsLiterally) {
  const Catalog catalog("en", R"({"x-rule": {"title": "<marquee> | a_b", "description": "*[x]* `y`"}})");
  const RuleInfo rule{.id = "x-rule", .help = "https://example.org/"};
  std::ostringstream out;
  write_rules_markdown(out, std::span<const RuleInfo>(&rule, 1), catalog);
  EXPECT_NE(out.str().find(R"(| \<marquee\> \| a\_b |)"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find(R"(\*\[x\]\* \`y\`)"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace rampa
