// One test walks every rule: fixtures exist and behave as their names say,
// metadata is filled in, every message exists in en, es and pt. A failure
// names the rule, the locale and the key.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "parse/parsers.hpp"
#include "rampa/catalog.hpp"
#include "rule.hpp"
#include "support/rule_test.hpp"

namespace fs = std::filesystem;

namespace rampa {
// Test names and failures show the rule id, not the struct's bytes.
void PrintTo(const RuleInfo& rule, std::ostream* os) { *os << rule.id; }
}  // namespace rampa
using rampa::Catalog;
using rampa::Outcome;

namespace {

std::vector<rampa::RuleInfo> all_rules() {
  auto engine = rampa::Engine::create({});
  std::vector<rampa::RuleInfo> v;
  for (const auto& r : engine->rules())
    if (std::find(r.tags.begin(), r.tags.end(), "test-only") == r.tags.end()) v.push_back(r);
  return v;
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> out;
  static const std::regex re(R"(\{([a-zA-Z0-9_-]+)\})");
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it) out.insert((*it)[1]);
  return out;
}

class EveryRule : public ::testing::TestWithParam<rampa::RuleInfo> {};

TEST_P(EveryRule, HasMetadata) {
  const auto& r = GetParam();
  EXPECT_TRUE(std::regex_match(r.id, std::regex("[a-z0-9]+(-[a-z0-9]+)*"))) << r.id;
  EXPECT_EQ(r.help.rfind("https://", 0), 0u) << r.id << ": help must be an https URL";
  EXPECT_FALSE(r.tags.empty()) << r.id << ": no tags";
  for (const auto& sc : r.wcag) EXPECT_TRUE(std::regex_match(sc, std::regex(R"(\d\.\d\.\d+)"))) << r.id << ": " << sc;
  for (const auto& act : r.act_ids) EXPECT_TRUE(std::regex_match(act, std::regex("[a-z0-9]{6}"))) << r.id << ": " << act;
  if (r.wcag.empty()) {
    EXPECT_NE(std::find(r.tags.begin(), r.tags.end(), "best-practice"), r.tags.end())
        << r.id << ": a rule without WCAG criteria is tagged best-practice";
  }
}

TEST_P(EveryRule, LivesWhereItsIdSays) {
  const auto& r = GetParam();
  ASSERT_FALSE(r.tags.empty()) << r.id;
  // The first tag is the topic `rampa rules` shows, so it names the folder.
  const std::string& topic = r.tags.front();
  EXPECT_TRUE(fs::exists(rampa::testing::source_dir() / "rules" / topic / (r.id + ".cpp")))
      << r.id << ": its first tag is \"" << topic << "\", so it lives in rules/" << topic << "/" << r.id << ".cpp";
  EXPECT_TRUE(fs::exists(rampa::testing::source_dir() / "rules" / topic / (r.id + ".json")))
      << r.id << ": its messages live beside its .cpp, in rules/" << topic << "/" << r.id << ".json";
  EXPECT_TRUE(fs::exists(rampa::testing::source_dir() / "tests" / "rules" / (r.id + "_test.cpp")))
      << "tests/rules/" << r.id << "_test.cpp";
}

TEST_P(EveryRule, HasEveryMessageInEveryLocale) {
  const auto& r = GetParam();
  const Catalog& en = Catalog::get("en");
  std::vector<std::string> keys = {"title", "description"};
  keys.insert(keys.end(), r.messages.begin(), r.messages.end());
  for (const auto& locale : Catalog::locales()) {
    const Catalog& c = Catalog::get(locale);
    ASSERT_EQ(c.locale(), locale);
    for (const auto& key : keys) {
      EXPECT_TRUE(c.has(r.id, key)) << r.id << ": " << locale << " has no \"" << key << "\"";
      if (c.has(r.id, key) && en.has(r.id, key)) {
        EXPECT_EQ(placeholders(c.format(r.id, key, {})), placeholders(en.format(r.id, key, {})))
            << r.id << ": " << locale << " \"" << key << "\" has other placeholders than en";
      }
    }
  }
}

TEST_P(EveryRule, FixturesBehaveAsTheirNamesSay) {
  const auto& r = GetParam();
  fs::path dir = rampa::testing::source_dir() / "fixtures" / "rules" / r.id;
  ASSERT_TRUE(fs::is_directory(dir)) << "fixtures/rules/" << r.id << "/ is missing";
  int passed = 0, failed = 0, inapplicable = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    Outcome expected;
    if (name.rfind("passed-", 0) == 0) expected = Outcome::passed, ++passed;
    else if (name.rfind("failed-", 0) == 0) expected = Outcome::failed, ++failed;
    else if (name.rfind("inapplicable-", 0) == 0) expected = Outcome::inapplicable, ++inapplicable;
    else if (name.rfind("cant-tell-", 0) == 0) expected = Outcome::cant_tell;
    else {
      ADD_FAILURE() << r.id << "/" << name << ": a fixture's name starts with its expected outcome";
      continue;
    }
    std::ifstream in(entry.path());
    std::string first, second;
    std::getline(in, first);
    std::getline(in, second);
    // JSON has no comments: a definition says what it shows in a top-level
    // "$comment" (JSON Schema's own keyword; SurveyJS and Form.io ignore it).
    // XML may put its declaration first.
    if (entry.path().extension() == ".json")
      EXPECT_NE(second.find("\"$comment\""), std::string::npos)
          << r.id << "/" << name << ": its first member is a \"$comment\" saying what it shows";
    else
      EXPECT_TRUE(first.rfind("<!--", 0) == 0 || (first.rfind("<?xml", 0) == 0 && second.rfind("<!--", 0) == 0))
          << r.id << "/" << name << ": first line says what it shows";
    auto run = rampa::testing::run_rule(r.id, name);
    EXPECT_EQ(run.error, "") << r.id << "/" << name;
    EXPECT_EQ(run.outcome, expected) << r.id << "/" << name << ": got " << rampa::to_string(run.outcome);
  }
  // A rule tagged needs-review leaves every target to a person (is this name
  // descriptive?) and only fails what markup proves, so it never passes.
  bool needs_review = std::find(r.tags.begin(), r.tags.end(), "needs-review") != r.tags.end();
  // A rule with no "passed" message (a "must not be used" rule) can only fail
  // or be inapplicable: its fixtures show both, and none can pass.
  bool can_pass = std::find(r.messages.begin(), r.messages.end(), "passed") != r.messages.end();
  if (!can_pass) {
    EXPECT_EQ(passed, 0) << r.id << ": declares no \"passed\" message, so no passed- fixture";
    EXPECT_GE(inapplicable, 1) << r.id << ": declares no \"passed\" message, so needs an inapplicable- fixture";
  } else if (!needs_review) {
    EXPECT_GE(passed, 1) << r.id << ": needs a passed- fixture";
  }
  EXPECT_GE(failed, 1) << r.id << ": needs a failed- fixture";
}

INSTANTIATE_TEST_SUITE_P(Rules, EveryRule, ::testing::ValuesIn(all_rules()),
                         [](const auto& rule) {
                           std::string n = rule.param.id;
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

TEST(Catalogs, EveryLocaleHasTheSameKeysAsEnglish) {
  const auto& en = Catalog::get("en").entries();
  for (const auto& locale : Catalog::locales()) {
    const auto& other = Catalog::get(locale).entries();
    for (const auto& [section, keys] : en)
      for (const auto& [key, text] : keys) {
        auto s = other.find(section);
        EXPECT_TRUE(s != other.end() && s->second.count(key)) << locale << " lacks " << section << "." << key;
      }
    for (const auto& [section, keys] : other)
      for (const auto& [key, text] : keys) {
        auto s = en.find(section);
        EXPECT_TRUE(s != en.end() && s->second.count(key)) << locale << " has " << section << "." << key
                                                           << " that en has not";
      }
  }
}

TEST(Catalogs, HaveNoSectionForARuleThatDoesNotExist) {
  std::set<std::string> ids;
  auto engine = rampa::Engine::create({});
  for (const auto& r : engine->rules()) ids.insert(r.id);
  for (const auto& [section, keys] : Catalog::get("en").entries())
    if (section.front() != '_') {
      EXPECT_TRUE(ids.count(section)) << "catalog section " << section << " has no rule";
    }
}

// A message a rule does not declare has no text in any catalog: saying one
// is a bug in the rule, caught the moment it happens, however often the
// rule said declared ones before.
TEST(Verdicts, RefuseAMessageTheRuleDoesNotDeclare) {
  auto doc = rampa::parse_html("<p id=a>x</p>", {});
  const rampa::Node& p = *(*doc)->element_by_id("a");
  const std::vector<std::string_view> declared{"passed", "failed"};
  rampa::rules::Verdicts out(declared);
  for (int i = 0; i < 3; ++i) out.pass(p, "passed");
  const std::string failed = "failed";  // equal text elsewhere in memory counts
  out.fail(p, failed);
  EXPECT_THROW(out.fail(p, "failed.other"), std::logic_error);
  EXPECT_THROW(out.pass(p, "passed."), std::logic_error);
  EXPECT_EQ(out.all().size(), 4u);
}

// When the report leaves passes out they are not kept (a page has as many
// as it has elements), yet they still count for the rule's outcome; the
// next rule starts from nothing.
TEST(Verdicts, LeavePassesOutWhenAskedButCountThem) {
  auto doc = rampa::parse_html("<p id=a>x</p>", {});
  const rampa::Node& p = *(*doc)->element_by_id("a");
  const std::vector<std::string_view> declared{"passed", "cant-tell"};
  rampa::rules::Verdicts out(declared);
  out.start(declared, false);
  EXPECT_FALSE(out.keeps_passes());
  out.pass(p, "passed", {{"ratio", "7.00"}});
  EXPECT_TRUE(out.all().empty());
  EXPECT_EQ(out.strongest(), rampa::Outcome::passed);
  out.cant_tell(p, "cant-tell");
  EXPECT_EQ(out.all().size(), 1u);
  EXPECT_EQ(out.strongest(), rampa::Outcome::cant_tell);
  out.start(declared, true);
  EXPECT_EQ(out.strongest(), rampa::Outcome::inapplicable);
  out.pass(p, "passed");
  ASSERT_EQ(out.all().size(), 1u);
  EXPECT_EQ(out.all()[0].outcome, rampa::Outcome::passed);
}

}  // namespace
