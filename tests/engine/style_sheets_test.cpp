#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "audit/page.hpp"
#include "audit/style_sheets.hpp"
#include "parse/parsers.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa {
namespace {

namespace fs = std::filesystem;

struct Dir {
  fs::path path = fs::temp_directory_path() / ("rampa-sheets-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  Dir() { fs::create_directories(path); }
  ~Dir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

TEST(StyleSheetStore, ParsesAFileOnceAndAgainWhenItChanges) {
  Dir dir;
  dir.write("a.css", "p { color: red }");
  StyleSheetStore store;
  auto first = store.load(dir.path / "a.css");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->sheet.rules.size(), 1u);
  EXPECT_EQ(store.load(dir.path / "a.css"), first);  // the same parse, shared
  dir.write("a.css", "p { color: red } q { color: blue }");
  auto changed = store.load(dir.path / "a.css");
  ASSERT_NE(changed, nullptr);
  EXPECT_NE(changed, first);
  EXPECT_EQ(changed->sheet.rules.size(), 2u);
  EXPECT_EQ(first->sheet.rules.size(), 1u);  // a page still holding the old parse keeps it whole
}

TEST(StyleSheetStore, ReadsOnlyRegularFilesOfModestSize) {
  Dir dir;
  StyleSheetStore store;
  EXPECT_EQ(store.load(dir.path / "missing.css"), nullptr);
  EXPECT_EQ(store.load(dir.path), nullptr);  // a directory
  dir.write("huge.css", std::string(StyleSheetStore::kMaxSheetBytes + 1, ' '));
  EXPECT_EQ(store.load(dir.path / "huge.css"), nullptr);
}

// Two pages of a run that link one sheet share its parse.
TEST(StyleSheetStore, PagesOfARunShareTheSheetsTheyLink) {
  Dir dir;
  dir.write("site.css", "#a { display: none }");
  StyleSheetStore store;
  auto page = [&](const std::string& html) {
    return Page(std::move(parse_html(html, {})).value(), "p.html", dir.path, dir.path, PageContext{&store, {}, 1u << 20});
  };
  Page one = page("<link rel=stylesheet href=site.css><p id=a>a</p>");
  Page two = page("<link rel=stylesheet href=/site.css><p id=a>b</p>");
  ASSERT_EQ(one.styles().sheets().size(), 1u);
  ASSERT_EQ(two.styles().sheets().size(), 1u);
  EXPECT_EQ(one.styles().sheets()[0].parsed, two.styles().sheets()[0].parsed);
  EXPECT_EQ(two.styles().of(*two.document().element_by_id("a")).display, css::Display::none);
}

}  // namespace
}  // namespace rampa
