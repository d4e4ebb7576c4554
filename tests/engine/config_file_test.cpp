// .rampa.json: what a project may set, and every way a bad file is refused
// with the file, the line and column, and what is wrong.
#include "rampa/config_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

struct Project {
  fs::path dir = fs::temp_directory_path() / ("rampa-config-" + std::to_string(::getpid()) + "-" +
                                              std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  Project() { fs::create_directories(dir / "site"); }
  ~Project() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  rampa::Result<rampa::ConfigFile> parse(std::string_view text) const {
    return rampa::parse_config_file(text, dir / ".rampa.json");
  }
  std::string error(std::string_view text) const {
    auto r = parse(text);
    EXPECT_FALSE(r.ok()) << text;
    if (r.ok()) return {};
    EXPECT_EQ(r.error().code, rampa::ErrorCode::bad_config);
    EXPECT_EQ(r.error().path, (dir / ".rampa.json").string());
    return r.error().detail;
  }
};

TEST(ConfigFile, ReadsEverySetting) {
  Project p;
  auto r = p.parse(R"({
    "$schema": "https://example.org/rampa.schema.json",
    "paths": ["site", "site/*.html"],
    "rules": ["image-has-name", "html-has-lang"],
    "format": "json", "output": "reports/rampa.json", "locale": "es", "jobs": 3,
    "failOn": "serious", "root": "site", "verbose": true, "inputFormat": "html",
    "maxBytes": 1000, "maxDepth": 64, "maxAttributes": 10
  })");
  ASSERT_TRUE(r.ok()) << r.error().message();
  const rampa::ConfigFile& c = *r;
  ASSERT_EQ(c.paths.size(), 2u);
  EXPECT_EQ(c.paths[0], (p.dir / "site").string());
  EXPECT_EQ(c.paths[1], (p.dir / "site/*.html").string());
  EXPECT_EQ(c.rules, (std::vector<std::string>{"image-has-name", "html-has-lang"}));
  EXPECT_EQ(c.format, "json");
  EXPECT_EQ(c.output, (p.dir / "reports/rampa.json").string());
  EXPECT_EQ(c.locale, "es");
  EXPECT_EQ(c.jobs, 3u);
  EXPECT_EQ(c.fail_on, "serious");
  EXPECT_EQ(c.root, p.dir / "site");
  EXPECT_EQ(c.verbose, true);
  EXPECT_EQ(c.input_format, "html");
  EXPECT_EQ(c.max_bytes, 1000u);
  EXPECT_EQ(c.max_depth, 64u);
  EXPECT_EQ(c.max_attributes, 10u);
}

TEST(ConfigFile, AnEmptyObjectSetsNothing) {
  Project p;
  auto r = p.parse("{}");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->paths.empty());
  EXPECT_FALSE(r->format.has_value());
  EXPECT_FALSE(r->jobs.has_value());
}

TEST(ConfigFile, NamesTheLineAndColumnOfWhatIsWrong) {
  Project p;
  EXPECT_NE(p.error("{\n  \"formt\": \"json\"\n}").find("line 2, column 3: unknown setting \"formt\""),
            std::string::npos);
  EXPECT_NE(p.error("{\"format\": \"xml\"}").find("line 1, column 12: \"format\" must be one of text, json"),
            std::string::npos);
  EXPECT_NE(p.error("{\"jobs\": 0}").find("\"jobs\" must be a whole number from 1 to 1024"), std::string::npos);
  EXPECT_NE(p.error("{\"jobs\": 2.5}").find("whole number"), std::string::npos);
  EXPECT_NE(p.error("{\"jobs\": \"2\"}").find("whole number"), std::string::npos);
  EXPECT_NE(p.error("{\"maxDepth\": -1}").find("whole number"), std::string::npos);
  EXPECT_NE(p.error("{\"maxBytes\": 99999999999999999999999}").find("whole number"), std::string::npos);
  EXPECT_NE(p.error("{\"verbose\": \"yes\"}").find("true or false"), std::string::npos);
  EXPECT_NE(p.error("{\"rules\": \"image-has-name\"}").find("list of rule ids"), std::string::npos);
  EXPECT_NE(p.error("{\"rules\": [\"no-such-rule\"]}").find("line 1, column 12: there is no rule named"),
            std::string::npos);
  EXPECT_NE(p.error("{\"paths\": [3]}").find("non-empty string"), std::string::npos);
  EXPECT_NE(p.error("{\"locale\": \"es\", \"locale\": \"pt\"}").find("\"locale\" is set twice"), std::string::npos);
  EXPECT_NE(p.error("[\"site\"]").find("must be a JSON object"), std::string::npos);
  EXPECT_NE(p.error("{\"paths\": [\"site\"").find("is not valid JSON at line 1"), std::string::npos);
  EXPECT_NE(p.error("").find("is not valid JSON"), std::string::npos);
}

TEST(ConfigFile, RefusesDeepNestingAndHugeFiles) {
  Project p;
  EXPECT_NE(p.error("{\"x\":" + std::string(100'000, '[') + std::string(100'000, ']') + "}").find("nested deeper"),
            std::string::npos);
  EXPECT_NE(p.error(std::string(2u << 20, ' ')).find("not a config file"), std::string::npos);
}

TEST(ConfigFile, PathsStayInsideTheProject) {
  Project p;
  for (const char* bad : {R"({"paths": ["../other"]})", R"({"paths": ["site/../../other"]})",
                          R"({"root": "../"})", R"({"output": "../../tmp/report.json"})",
                          R"({"paths": ["../*.html"]})"})
    EXPECT_NE(p.error(bad).find("points outside the config file's directory"), std::string::npos) << bad;
  for (const char* bad : {R"({"paths": ["/etc"]})", R"({"root": "/"})", R"({"output": "/tmp/x.json"})"})
    EXPECT_NE(p.error(bad).find("not absolute"), std::string::npos) << bad;
  // "site/.." is the project itself: inside.
  EXPECT_TRUE(p.parse(R"({"paths": ["site/..", "./site"]})").ok());
}

TEST(ConfigFile, LinksOutOfTheProjectAreRefused) {
  Project p;
  Project elsewhere;
  fs::create_symlink(elsewhere.dir / "site", p.dir / "linked");
  EXPECT_NE(p.error(R"({"paths": ["linked"]})").find("through a link"), std::string::npos);
  EXPECT_NE(p.error(R"({"paths": ["linked/*.html"]})").find("through a link"), std::string::npos);
  EXPECT_NE(p.error(R"({"root": "linked"})").find("through a link"), std::string::npos);
  // A link that stays inside is fine.
  fs::create_symlink(p.dir / "site", p.dir / "alias");
  EXPECT_TRUE(p.parse(R"({"paths": ["alias"]})").ok());
}

TEST(ConfigFile, PathsThatCannotBeFollowedAreRefused) {
  Project p;
  // Found by fuzz_config: a name longer than the system allows cannot be
  // resolved, so where it leads cannot be checked.
  EXPECT_NE(p.error("{\"paths\": [\"" + std::string(300, 's') + "\"]}").find("cannot be resolved"),
            std::string::npos);
  fs::create_symlink(p.dir / "loop-b", p.dir / "loop-a");
  fs::create_symlink(p.dir / "loop-a", p.dir / "loop-b");
  EXPECT_NE(p.error(R"({"paths": ["loop-a/page.html"]})").find("cannot be resolved"), std::string::npos);
}

TEST(ConfigFile, RootMustBeADirectory) {
  Project p;
  EXPECT_NE(p.error(R"({"root": "missing"})").find("names no directory"), std::string::npos);
}

TEST(ConfigFile, ReadFromDiskAndFoundFromASubdirectory) {
  Project p;
  std::ofstream(p.dir / ".rampa.json") << R"({"locale": "pt"})";
  auto r = rampa::read_config_file(p.dir / ".rampa.json");
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->locale, "pt");

  auto found = rampa::find_config_file(p.dir / "site");
  ASSERT_TRUE(found.has_value());
  EXPECT_TRUE(fs::equivalent(*found, p.dir / ".rampa.json"));

  auto missing = rampa::read_config_file(p.dir / "nope.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, rampa::ErrorCode::not_found);
  auto dir = rampa::read_config_file(p.dir / "site");
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.error().detail.find("is a directory"), std::string::npos);
}

}  // namespace
