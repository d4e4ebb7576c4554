// The rampa command end to end, as CI pipelines and auditors call it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "cli_support.hpp"

using namespace cli_test;
using nlohmann::json;

namespace {

const json* page(const json& report, const std::string& suffix) {
  for (const auto& p : report["pages"])
    if (p["path"].get<std::string>().ends_with(suffix)) return &p;
  return nullptr;
}

bool has_finding(const json& p, const std::string& rule, int line) {
  for (const auto& f : p["findings"])
    if (f["rule"] == rule && f["line"] == line) return true;
  return false;
}

TEST(Cli, AuditsTheSamplePortalAsDocumentedInTheReadme) {
  CliRun r = rampa("check " + kSite + " --root " + kSite + " --format json");
  ASSERT_EQ(r.code, 1) << r.err;  // barriers found
  json report = json::parse(r.out);
  EXPECT_EQ(report["version"], 1);
  EXPECT_EQ(report["tool"]["name"], "rampa");
  // Seven HTML pages; formularios/ adds the forms as definitions, each
  // audited as a page of its own, and none of them is an error.
  int html_pages = 0;
  for (const auto& p : report["pages"])
    if (p["path"].get<std::string>().ends_with(".html")) ++html_pages;
  EXPECT_EQ(html_pages, 7);
  EXPECT_GE(report["summary"]["pages"].get<int>(), 7 + 4);
  EXPECT_EQ(report["summary"]["errors"], 0);
  const json* vacante = page(report, "empleo/vacante.html");
  ASSERT_NE(vacante, nullptr);
  EXPECT_TRUE(has_finding(*vacante, "html-lang-valid", 2));
  const json* cursos = page(report, "empleo/cursos.html");
  ASSERT_NE(cursos, nullptr);
  EXPECT_TRUE(has_finding(*cursos, "meta-viewport-allows-zoom", 5));
  EXPECT_TRUE(has_finding(*cursos, "page-has-title", 6));
  const json* login = page(report, "empleo/login.html");
  ASSERT_NE(login, nullptr);
  EXPECT_TRUE(has_finding(*login, "html-has-lang", 2));
  ASSERT_EQ((*login)["notes"].size(), 1u);  // windows-1252, converted
  EXPECT_EQ((*login)["notes"][0]["kind"], "encoding");
  const json* vacantes = page(report, "empleo/vacantes.html");
  ASSERT_NE(vacantes, nullptr);
  EXPECT_TRUE(has_finding(*vacantes, "meta-refresh-no-delay", 6));
  EXPECT_TRUE(has_finding(*vacantes, "id-unique", 42));
  const json* registro = page(report, "empleo/registro.html");
  ASSERT_NE(registro, nullptr);
  EXPECT_TRUE(has_finding(*registro, "html-xml-lang-match", 2));
}

TEST(Cli, WritesTheJsonShapeOfTheDesign) {
  CliRun r = rampa("check --format json -", "LANG=C", "<html lang=\"english\"><title>Empleo</title></html>");
  ASSERT_EQ(r.code, 1) << r.err;
  json report = json::parse(r.out);
  for (const char* key : {"version", "tool", "locale", "pages", "summary"}) EXPECT_TRUE(report.contains(key)) << key;
  const json& p = report["pages"][0];
  EXPECT_EQ(p["path"], "-");
  EXPECT_TRUE(p["error"].is_null());
  EXPECT_TRUE(p["notes"].is_array());
  ASSERT_FALSE(p["rules"].empty());
  for (const auto& rr : p["rules"])
    for (const char* key : {"rule", "outcome", "actIds", "wcag", "impact"}) EXPECT_TRUE(rr.contains(key)) << key;
  // Rules needing a person's judgement (is the title descriptive?) add
  // cantTell findings to any page; the one failure is what this test pins.
  std::vector<json> failures;
  for (const auto& finding : p["findings"])
    if (finding["outcome"] == "failed") failures.push_back(finding);
  ASSERT_EQ(failures.size(), 1u);
  const json& f = failures[0];
  EXPECT_EQ(f["rule"], "html-lang-valid");
  EXPECT_EQ(f["outcome"], "failed");
  EXPECT_EQ(f["actIds"], json::array({"bf051a"}));
  EXPECT_EQ(f["wcag"], json::array({"3.1.1"}));
  EXPECT_EQ(f["selector"], "html");
  EXPECT_EQ(f["line"], 1);
  EXPECT_EQ(f["column"], 7);
  EXPECT_EQ(f["snippet"], "<html lang=\"english\">");
  EXPECT_EQ(f["messageId"], "failed.unknown");
  EXPECT_NE(f["message"].get<std::string>().find("english"), std::string::npos);
  for (const char* key : {"pages", "errors", "failed", "cantTell"}) EXPECT_TRUE(report["summary"].contains(key)) << key;
}

TEST(Cli, PrintsPathLineColumnImpactRuleAndMessage) {
  CliRun r = rampa("check " + kSite + "/vacante.html");
  ASSERT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(kSite + "/vacante.html:2:7  serious    html-lang-valid  lang=\"espanol\" is not a known language"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("      <html lang=\"espanol\">"), std::string::npos);
  EXPECT_NE(r.out.find("1 page(s): 1 failure(s)"), std::string::npos);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "no colour when stdout is not a terminal";
}

TEST(Cli, SpeaksSpanishAndPortuguese) {
  CliRun es = rampa("check " + kSite + "/vacante.html", "LC_ALL= LC_MESSAGES= LANG=es_CL.UTF-8");
  EXPECT_NE(es.out.find("no es un idioma conocido"), std::string::npos) << es.out;
  EXPECT_NE(es.out.find("grave"), std::string::npos);
  CliRun pt = rampa("check --locale pt " + kSite + "/vacante.html");
  EXPECT_NE(pt.out.find("não é um idioma conhecido"), std::string::npos) << pt.out;
  CliRun json_es = rampa("check --format json --locale es " + kSite + "/vacante.html");
  EXPECT_EQ(json::parse(json_es.out)["locale"], "es");
}

TEST(Cli, FailOnSetsTheThreshold) {
  // vacante.html has one serious failure and nothing critical.
  EXPECT_EQ(rampa("check --fail-on serious " + kSite + "/vacante.html").code, 1);
  EXPECT_EQ(rampa("check --fail-on critical " + kSite + "/vacante.html").code, 0);
  EXPECT_EQ(rampa("check --fail-on nothing " + kSite + "/vacante.html").code, 2);
}

TEST(Cli, GoesOnPastBadInputAndExitsTwo) {
  TempDir t;
  t.write("empty.html", "");
  t.write("binary.html", std::string("\0\1\2\3PK\3\4", 8));
  t.write("nopages/readme.txt", "no pages here");
  t.write("bad-utf8.html", "<html lang=\"es\"><title>Empleo \xFF</title></html>");
  t.write("good.html", "<html lang=\"es\"><title>Empleo</title></html>");
  CliRun r = rampa("check --format json " + (t.path / "missing.html").string() + " " + (t.path / "empty.html").string() +
                " " + (t.path / "binary.html").string() + " " + (t.path / "nopages").string() + " " +
                (t.path / "bad-utf8.html").string() + " " + (t.path / "good.html").string());
  EXPECT_EQ(r.code, 2);
  json report = json::parse(r.out);
  ASSERT_EQ(report["pages"].size(), 6u);
  EXPECT_EQ(report["summary"]["errors"], 4);
  auto error_of = [&](const std::string& suffix) { return (*page(report, suffix))["error"]; };
  EXPECT_NE(error_of("missing.html").get<std::string>().find("no such file"), std::string::npos);
  EXPECT_NE(error_of("empty.html").get<std::string>().find("empty"), std::string::npos);
  EXPECT_NE(error_of("binary.html").get<std::string>().find("binary"), std::string::npos);
  EXPECT_NE(error_of("nopages").get<std::string>().find("no pages"), std::string::npos);
  EXPECT_TRUE(error_of("bad-utf8.html").is_null());
  EXPECT_EQ((*page(report, "bad-utf8.html"))["notes"].size(), 1u);
  EXPECT_TRUE(error_of("good.html").is_null());
  // Each error also reaches stderr, naming the file.
  EXPECT_NE(r.err.find((t.path / "missing.html").string() + ": no such file"), std::string::npos) << r.err;
}

TEST(Cli, WalksDirectoriesAndGlobsInAStableOrder) {
  TempDir t;
  t.write("b.html", "<html lang=es><title>b</title></html>");
  t.write("a/z.htm", "<html lang=es><title>z</title></html>");
  t.write("a/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  t.write("a/page.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head><title>x</title></head></html>");
  t.write("a/math.xml", "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"/>");
  t.write("a/sitemap.xml", "<urlset/>");
  t.write("a/notes.txt", "x");
  CliRun r = rampa("check --format json " + t.path.string());
  json report = json::parse(r.out);
  std::vector<std::string> paths;
  for (const auto& p : report["pages"]) paths.push_back(fs::path(p["path"].get<std::string>()).lexically_relative(t.path).string());
  EXPECT_EQ(paths, (std::vector<std::string>{"a/logo.svg", "a/math.xml", "a/page.xhtml", "a/z.htm", "b.html"}));
  CliRun g = rampa("check --format json '" + (t.path / "a" / "*.htm").string() + "'");
  EXPECT_EQ(json::parse(g.out)["pages"].size(), 1u);
  CliRun none = rampa("check '" + (t.path / "*.nothing").string() + "'");
  EXPECT_EQ(none.code, 2);
  EXPECT_NE(none.err.find("no file matches"), std::string::npos);
}

// A directory of a real project holds JSON and XML that are not pages: they
// are left out (JSON with a note), and only real definitions and pages, found
// by their top-level keys and root element, are audited.
TEST(Cli, WalksPastJsonAndXmlThatAreNotPages) {
  TempDir t;
  t.write("index.html", "<html lang=es><title>Empleo</title></html>");
  t.write("package.json", R"({"name":"portal","version":"1.0.0","description":"pages, elements, components"})");
  // "components" and "schema" deep inside, as OpenAPI has them.
  t.write("api.json", R"({"openapi":"3.0.0","paths":{},"components":{"schemas":{"a":{"properties":{}}}}})");
  t.write("report.json", R"({"version":1,"pages":{"count":3}})");
  // The keys that make it a survey come after 70 KB of other members.
  t.write("encuesta.json", R"({"description":")" + std::string(70'000, 'x') +
                               R"(","pages":[{"elements":[{"type":"text","name":"q","title":"Correo"}]}]})");
  t.write("xhtml.xml", "<?xml version=\"1.0\"?>\n<!-- <notes> -->\n<!DOCTYPE html [ <!ENTITY e \"x\"> ]>\n"
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"><head><title>x</title></head></html>");
  t.write("config.xml", "<!-- " + std::string(5000, '-') + " --><configuration/>");
  CliRun r = rampa("check --format json " + t.path.string());
  json report = json::parse(r.out);
  std::vector<std::string> paths;
  for (const auto& p : report["pages"]) paths.push_back(fs::path(p["path"].get<std::string>()).filename().string());
  EXPECT_EQ(paths, (std::vector<std::string>{"encuesta.json", "index.html", "xhtml.xml"}));
  EXPECT_EQ(report["summary"]["errors"], 0);
  EXPECT_NE(r.err.find("api.json: JSON but not a form definition"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("package.json: JSON but not a form definition"), std::string::npos) << r.err;
  EXPECT_LT(r.err.find("api.json"), r.err.find("package.json"));
  EXPECT_EQ(r.err.find("config.xml"), std::string::npos);
}

// Named on the command line, a file is audited as asked; a format that the
// file contradicts is an error, never a clean report.
TEST(Cli, AnInputFormatTheFileContradictsExitsTwo) {
  TempDir t;
  t.write("package.json", R"({"name":"portal","version":"1.0.0"})");
  CliRun r = rampa("check --input-format surveyjs " + (t.path / "package.json").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("says it is one"), std::string::npos) << r.err;
}

TEST(Cli, ParallelJobsKeepTheOrderAndTheResult) {
  // The portal five times over: pages of very different sizes finish out of
  // order on several threads, and are written in order all the same.
  std::string paths;
  for (int i = 0; i < 5; ++i) paths += " " + kSite;
  CliRun one = rampa("check --format json --jobs 1" + paths);
  for (const char* jobs : {"2", "4", "16"}) {
    CliRun many = rampa(std::string("check --format json --jobs ") + jobs + paths);
    EXPECT_EQ(one.out, many.out) << jobs;
    EXPECT_EQ(one.code, many.code) << jobs;
  }
  json report = json::parse(one.out);
  const std::size_t per_site = report["pages"].size() / 5;
  ASSERT_GT(per_site, 10u);
  for (std::size_t i = 0; i < report["pages"].size(); ++i)
    EXPECT_EQ(report["pages"][i]["path"], report["pages"][i % per_site]["path"]);
}

TEST(Cli, WritesTheOutputFileAtomically) {
  TempDir t;
  fs::path out = t.path / "report.json";
  CliRun r = rampa("check --format json --output " + out.string() + " " + kSite + "/vacante.html");
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(json::parse(slurp(out))["pages"].size(), 1u);
  for (const auto& e : fs::directory_iterator(t.path)) EXPECT_EQ(e.path().filename(), "report.json");

  CliRun bad = rampa("check --output /no/such/dir/report.json " + kSite + "/vacante.html");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("/no/such/dir/report.json"), std::string::npos) << bad.err;

  if (::geteuid() != 0) {
    fs::path locked = t.path / "locked";
    fs::create_directories(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    CliRun denied = rampa("check --output " + (locked / "r.json").string() + " " + kSite + "/vacante.html");
    EXPECT_EQ(denied.code, 2);
  }
}

TEST(Cli, ResolvesRootAndRejectsAMissingRoot) {
  EXPECT_EQ(rampa("check --root /no/such/root " + kSite + "/vacante.html").code, 2);
}

TEST(Cli, ListsRulesAsTextJsonAndMarkdown) {
  CliRun text = rampa("rules");
  EXPECT_EQ(text.code, 0);
  EXPECT_NE(text.out.find("html-lang-valid"), std::string::npos);
  EXPECT_NE(text.out.find("ACT bf051a"), std::string::npos);
  CliRun j = rampa("rules --format json");
  json rules = json::parse(j.out)["rules"];
  ASSERT_GE(rules.size(), 8u);
  for (const auto& r : rules)
    for (const char* key : {"id", "title", "description", "wcag", "actIds", "impact", "tags", "help"})
      EXPECT_TRUE(r.contains(key)) << key;
  CliRun md = rampa("rules --format markdown --locale es");
  EXPECT_NE(md.out.find("[bf051a](https://www.w3.org/WAI/standards-guidelines/act/rules/bf051a/)"), std::string::npos);
  EXPECT_NE(md.out.find("El idioma de la página es un idioma real"), std::string::npos);
}

TEST(Cli, DocumentsItsOptionsAndExitCodes) {
  CliRun help = rampa("check --help");
  EXPECT_EQ(help.code, 0);
  for (const char* opt : {"--format", "--output", "--locale", "--jobs", "--fail-on", "--root", "Exit status"})
    EXPECT_NE(help.out.find(opt), std::string::npos) << opt;
  EXPECT_EQ(rampa("check").code, 2);
  EXPECT_EQ(rampa("frobnicate").code, 2);
  EXPECT_EQ(rampa("check --format xml x.html").code, 2);
}

TEST(Cli, AuditsHugeAndDeepPages) {
  TempDir t;
  std::string deep = "<html lang=es><title>x</title><body>";
  for (int i = 0; i < 100'000; ++i) deep += "<div>";
  t.write("deep.html", deep);
  std::string big = "<html lang=es><title>Vacantes</title><body>";
  while (big.size() < 50u << 20) big += "<p>Operario de producción, turno mañana.</p>\n";
  t.write("big.html", big);
  CliRun r = rampa("check --max-depth 100010 --format json " + t.path.string());
  EXPECT_EQ(r.code, 0) << r.err;
  json report = json::parse(r.out);
  EXPECT_EQ(report["summary"]["errors"], 0);
  EXPECT_EQ(report["pages"].size(), 2u);
}

TEST(Cli, LimitsAreOptionsOfCheckAndTreeAndAPageOverOneIsAnError) {
  TempDir t;
  std::string deep = "<html lang=es><title>x</title><body>";
  for (int i = 0; i < 50; ++i) deep += "<div>";
  t.write("deep.html", deep);
  t.write("attrs.html", "<html lang=es><title>x</title><body><p a b c d e f>x</p>");
  t.write("ok.html", "<html lang=es><title>x</title><body><p>x</p>");
  for (const char* command : {"check", "tree"}) {
    CliRun r = rampa(std::string(command) + " --max-depth 20 --max-attributes 5 --max-bytes 1000 --format json " +
                     t.path.string());
    EXPECT_EQ(r.code, 2) << command;
    EXPECT_NE(r.err.find("deep.html: elements nest deeper than the limit of 20 levels (line 1); raise it with --max-depth"),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find("attrs.html: an element has more than the limit of 5 attributes (line 1)"),
              std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("ok.html"), std::string::npos) << r.err;
    json report = json::parse(r.out);
    EXPECT_EQ(report["pages"].size(), 3u);
  }
  EXPECT_EQ(rampa("check --max-depth 0 " + t.path.string()).code, 2);
  CliRun help = rampa("check --help");
  for (const char* opt : {"--max-bytes", "--max-depth", "--max-attributes"})
    EXPECT_NE(help.out.find(opt), std::string::npos) << opt;
}

}  // namespace

namespace {
TEST(Cli, VerboseListsPassedChecksAsPassed) {
  CliRun r = rampa("check --verbose --rule html-lang-valid " + kSite + "/index.html");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find(":2:7  passed     html-lang-valid"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("  review "), std::string::npos);
}
}  // namespace

namespace {
const json* node_at(const json& page, int line, const std::string& tag) {
  for (const auto& n : page["nodes"])
    if (n["line"] == line && n["tag"] == tag) return &n;
  return nullptr;
}

TEST(Cli, TreeShowsRolesNamesAndFocusOfThePortal) {
  CliRun r = rampa("tree --format json " + kSite + "/vacantes.html");
  ASSERT_EQ(r.code, 0) << r.err;
  json tree = json::parse(r.out);
  const json& p = tree["pages"][0];
  EXPECT_TRUE(p["error"].is_null());
  for (const auto& n : p["nodes"])
    for (const char* key : {"selector", "line", "column", "tag", "role", "name", "description", "hidden", "focusable"})
      ASSERT_TRUE(n.contains(key)) << key;
  // The label for="buscar" reaches the first of two #buscar fields only.
  const json* first = node_at(p, 16, "input");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ((*first)["role"], "searchbox");
  EXPECT_EQ((*first)["name"], "Puesto o palabra clave");
  const json* second = node_at(p, 42, "input");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ((*second)["name"], "");
  const json* icon = node_at(p, 17, "button");
  ASSERT_NE(icon, nullptr);
  EXPECT_EQ((*icon)["role"], "button");
  EXPECT_EQ((*icon)["name"], "");
  EXPECT_EQ((*icon)["focusable"], true);
  const json* head = node_at(p, 3, "head");
  ASSERT_NE(head, nullptr);
  EXPECT_EQ((*head)["hidden"], true);
}

TEST(Cli, TreeIsIndentedTextByDefault) {
  CliRun r = rampa("tree " + kSite + "/login.html");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("  document  <html> 2:1"), std::string::npos) << r.out.substr(0, 400);
  EXPECT_NE(r.out.find("    generic  <body>"), std::string::npos);
  EXPECT_EQ(rampa("tree /no/such/page.html").code, 2);
}
}  // namespace

namespace {

// Runs `rampa ARGS` from `dir`, where a .rampa.json may be found.
CliRun rampa_in(const fs::path& dir, const std::string& args) {
  return rampa(args, "LC_ALL= LC_MESSAGES= LANG=C", "", dir);
}

constexpr std::string_view kUnnamedImage = "<html lang=\"es\"><title>Vacantes</title><img src=\"logo.png\"></html>";

}  // namespace

TEST(Cli, ReadsTheProjectConfigFromTheDirectoryOrAParent) {
  TempDir t;
  t.write("site/index.html", kUnnamedImage);
  t.write(".rampa.json", R"({"paths": ["site"], "format": "json", "rules": ["image-has-name"], "locale": "es"})");
  fs::create_directories(t.path / "site" / "deeper");
  for (const fs::path& from : {t.path, t.path / "site" / "deeper"}) {
    CliRun r = rampa_in(from, "check");
    EXPECT_EQ(r.code, 1) << from << r.err;
    const std::string& out = r.out;
    json report = json::parse(out);
    EXPECT_EQ(report["locale"], "es");
    ASSERT_EQ(report["pages"].size(), 1u);
    EXPECT_TRUE(report["pages"][0]["path"].get<std::string>().ends_with("site/index.html"));
    for (const auto& rr : report["pages"][0]["rules"]) EXPECT_EQ(rr["rule"], "image-has-name");
  }
}

TEST(Cli, TheCommandLineOverridesTheConfig) {
  TempDir t;
  t.write("site/index.html", kUnnamedImage);
  fs::path config = t.write("ci.json", R"({"paths": ["site"], "format": "json", "failOn": "critical"})");
  // image-has-name is critical: exit 1 under the config's threshold.
  CliRun r = rampa("check --config " + config.string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(json::accept(r.out));
  // --format text wins over "json"; an explicit PATH wins over "paths".
  fs::path other = t.write("other.html", "<html lang=\"es\"><title>Cursos</title></html>");
  r = rampa("check --config " + config.string() + " --format text " + other.string());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("other.html"), std::string::npos);
  EXPECT_EQ(r.out.find("index.html"), std::string::npos);
  EXPECT_FALSE(json::accept(r.out));
}

TEST(Cli, NoConfigIgnoresTheProjectFile) {
  TempDir t;
  t.write("site/index.html", kUnnamedImage);
  t.write(".rampa.json", R"({"rules": ["no-such-rule"]})");
  CliRun bad = rampa_in(t.path, "check site");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find(".rampa.json: line 1, column 12: there is no rule named \"no-such-rule\""), std::string::npos)
      << bad.err;
  CliRun ignored = rampa_in(t.path, "check --no-config site");
  EXPECT_EQ(ignored.code, 1) << ignored.err;
}

TEST(Cli, AConfigPointingOutsideItsTreeIsRefused) {
  TempDir t;
  t.write("project/site/index.html", kUnnamedImage);
  t.write("secret/page.html", kUnnamedImage);
  fs::path config = t.write("project/.rampa.json", R"({"paths": ["../secret"]})");
  CliRun r = rampa("check --config " + config.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("points outside the config file's directory"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  t.write("project/.rampa.json", R"({"paths": ["site"], "root": "/etc"})");
  r = rampa("check --config " + config.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("not absolute"), std::string::npos) << r.err;
  t.write("project/.rampa.json", R"({"paths": ["site"], "output": "../report.json"})");
  r = rampa("check --config " + config.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_FALSE(fs::exists(t.path / "report.json"));
}

TEST(Cli, AMissingOrBrokenConfigIsAnError) {
  TempDir t;
  CliRun r = rampa("check --config " + (t.path / "nope.json").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nope.json: no such config file"), std::string::npos) << r.err;
  fs::path broken = t.write("broken.json", "{\"paths\": [\"site\",}");
  r = rampa("check --config " + broken.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("broken.json: is not valid JSON at line 1"), std::string::npos) << r.err;
  // Neither PATH nor "paths": say what is missing.
  t.write("empty/.rampa.json", "{}");
  r = rampa_in(t.path / "empty", "check");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("name the pages to audit"), std::string::npos) << r.err;
}
