// Every input a fuzzer once crashed on (tests/regress/<target>/, named after
// the fuzz target without "fuzz_"), run the way that target runs it: audited
// with every rule, reported as JSON, shown as a tree. Each must give one page
// that is either audited or a clear error, and JSON that parses.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

#include "../../fuzz/config_oracle.hpp"
#include "../../fuzz/css_page.hpp"
#include "rampa/catalog.hpp"
#include "rampa/config_file.hpp"
#include "rampa/engine.hpp"
#include "rampa/writers.hpp"
#include "semantics/css/parser.hpp"
#include "semantics/css/selectors.hpp"
#include "semantics/css/tokenizer.hpp"

namespace fs = std::filesystem;

namespace rampa {
namespace {

struct Case {
  fs::path file;
  InputKind kind;
  std::string name;  // the name the fuzz target gives the bytes
};

std::vector<Case> cases() {
  std::vector<Case> out;
  const fs::path root = fs::path(RAMPA_SOURCE_DIR) / "tests" / "regress";
  const std::pair<const char*, std::vector<std::pair<InputKind, const char*>>> dirs[] = {
      {"html", {{InputKind::html, "fuzz.html"}}},
      {"css", {{InputKind::html, "fuzz-css.html"}}},
      {"xml", {{InputKind::xml, "fuzz.xhtml"}, {InputKind::xforms, "fuzz.xml"}}},
      {"json_forms",
       {{InputKind::json_schema, "fuzz.json"}, {InputKind::surveyjs, "fuzz.json"},
        {InputKind::formio, "fuzz.json"}, {InputKind::detect, "fuzz.json"}}},
  };
  for (const auto& [dir, kinds] : dirs) {
    std::error_code ec;
    if (!fs::is_directory(root / dir, ec)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(root / dir))
      if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
      for (const auto& [kind, name] : kinds) out.push_back({f, kind, name});
  }
  return out;
}

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(FuzzRegressions, EachOnceCrashingInputIsAuditedOrAClearError) {
  auto all = cases();
  ASSERT_FALSE(all.empty()) << "tests/regress/ has no inputs";
  Config config;
  config.max_page_bytes = 1u << 20;  // the fuzz targets' limits
  config.max_depth = 2'000;
  Engine engine = std::move(Engine::create(config)).value();
  const Catalog& en = Catalog::get("en");
  for (const Case& c : all) {
    SCOPED_TRACE(c.file.filename().string() + " as " + c.name);
    std::string bytes = bytes_of(c.file);
    std::string content = bytes;
    if (c.file.parent_path().filename() == "css") {
      (void)css::tokenize(bytes);
      (void)css::parse_stylesheet(bytes);
      (void)css::parse_declarations(bytes);
      (void)css::parse_selector_list(bytes);
      (void)css::evaluate_media(bytes);
      content = fuzz::css_page(bytes);
    }
    PageReport r = engine.audit_bytes(content, c.name, c.kind);
    if (r.error) {
      EXPECT_FALSE(r.error->detail.empty());
      EXPECT_TRUE(r.findings.empty());
    } else {
      EXPECT_FALSE(r.rules.empty());
    }
    std::ostringstream out;
    write_json(out, {r}, en);
    auto report = nlohmann::json::parse(out.str());
    ASSERT_EQ(report["pages"].size(), 1u);
    EXPECT_EQ(report["pages"][0]["path"], c.name);
    EXPECT_EQ(report["pages"][0]["error"].is_null(), !r.error);

    PageTree t = engine.tree_bytes(content, c.name, c.kind);
    EXPECT_EQ(static_cast<bool>(t.error), static_cast<bool>(r.error));
    std::ostringstream tree;
    write_tree_json(tree, {t}, en);
    auto tree_doc = nlohmann::json::parse(tree.str());
    EXPECT_EQ(tree_doc["pages"][0]["nodes"].size(), t.nodes.size());
  }
}

// Config files (tests/regress/config/) as fuzz_config reads them: refused
// with a reason, or accepted with every path inside the project.
TEST(FuzzRegressions, EachOnceCrashingConfigIsRefusedOrStaysInside) {
  const fs::path dir = fs::path(RAMPA_SOURCE_DIR) / "tests" / "regress" / "config";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) GTEST_SKIP() << "no config inputs";
  const fs::path project = fs::temp_directory_path() / ("rampa-regress-config-" + std::to_string(::getpid()));
  fs::create_directories(project / "site");
  auto inside = [&](const fs::path& p) { return fuzz::stays_inside(p, project); };
  for (const auto& entry : fs::directory_iterator(dir)) {
    SCOPED_TRACE(entry.path().filename().string());
    auto config = parse_config_file(bytes_of(entry.path()), project / ".rampa.json");
    if (!config) {
      EXPECT_FALSE(config.error().detail.empty());
      continue;
    }
    for (const std::string& p : config->paths) EXPECT_TRUE(inside(p)) << p;
    if (config->root) {
      EXPECT_TRUE(inside(*config->root));
    }
    if (config->output) {
      EXPECT_TRUE(inside(*config->output));
    }
  }
  fs::remove_all(project, ec);
}

}  // namespace
}  // namespace rampa
