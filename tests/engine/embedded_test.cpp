#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "audit/page.hpp"
#include "parse/parsers.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa {
namespace {

namespace fs = std::filesystem;

struct Site {
  fs::path root = fs::temp_directory_path() / ("rampa-embedded-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  Site() { fs::create_directories(root / "frames"); }
  ~Site() { fs::remove_all(root); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(root / name, std::ios::binary) << text;
  }
  Page page(const std::string& html, std::size_t max_bytes = 1u << 20) const {
    return Page(std::move(parse_html(html, {})).value(), "index.html", root, root, PageContext{nullptr, {}, max_bytes});
  }
};

const Node& by_id(const Page& p, std::string_view id) { return *p.document().element_by_id(id); }

TEST(Page, LoadsFramesWithStylesOfTheirOwn) {
  Site site;
  site.write("frames/menu.html", "<link rel=stylesheet href=menu.css><a id=x href=/>Inicio</a>");
  site.write("frames/menu.css", "#x { display: none }");
  Page p = site.page(
      "<iframe id=local src='frames/menu.html'></iframe><iframe id=inline srcdoc=\"<button>Enviar</button>\"></iframe>"
      "<iframe id=blank></iframe><iframe id=remote src='https://example.org/'></iframe>"
      "<iframe id=missing src='frames/none.html'></iframe>");
  const Page* local = p.embedded(by_id(p, "local"));
  ASSERT_NE(local, nullptr);
  // Its sheet resolves against the frame's folder, not the page's.
  EXPECT_EQ(local->styles().of(*local->document().element_by_id("x")).display, css::Display::none);
  EXPECT_EQ(p.embedded(by_id(p, "local")), local);  // loaded once
  const Page* inline_frame = p.embedded(by_id(p, "inline"));
  ASSERT_NE(inline_frame, nullptr);
  EXPECT_EQ(inline_frame->document().elements_named(tag::button).size(), 1u);
  const Page* blank = p.embedded(by_id(p, "blank"));
  ASSERT_NE(blank, nullptr);
  EXPECT_TRUE(blank->document().elements_named(tag::a).empty());
  EXPECT_EQ(p.embedded(by_id(p, "remote")), nullptr);
  EXPECT_EQ(p.embedded(by_id(p, "missing")), nullptr);
}

TEST(Page, LoadsSvgImagesFromDataUrlsAndLocalFiles) {
  Site site;
  site.write("logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><text>Empleo</text></svg>");
  Page p = site.page(
      "<img id=file src='logo.svg?v=2'>"
      "<img id=data src=\"data:image/svg+xml,%3Csvg%3E%3Ccircle r='1'/%3E%3C/svg%3E\">"
      "<img id=b64 src='data:image/svg+xml;base64,PHN2Zz48dGV4dD5Ib2xhPC90ZXh0Pjwvc3ZnPg=='>"
      "<img id=png src='foto.png'><img id=gif src='data:image/gif;base64,R0lGOD'><p id=p>texto</p>");
  const Page* file = p.embedded(by_id(p, "file"));
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(file->document().elements_named(tag::svg).size(), 1u);
  const Page* data = p.embedded(by_id(p, "data"));
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(data->document().elements_named(tag::svg).size(), 1u);
  const Page* b64 = p.embedded(by_id(p, "b64"));
  ASSERT_NE(b64, nullptr);
  EXPECT_EQ(b64->document().text_content(*b64->document().elements_named(tag::svg).front()), "Hola");
  EXPECT_EQ(p.embedded(by_id(p, "png")), nullptr);
  EXPECT_EQ(p.embedded(by_id(p, "gif")), nullptr);
  EXPECT_EQ(p.embedded(by_id(p, "p")), nullptr);
}

TEST(Page, EmbeddedDocumentsObeyTheRunsLimits) {
  Site site;
  site.write("frames/big.html", "<p>" + std::string(2000, 'x') + "</p>");
  Page p = site.page("<iframe id=big src='frames/big.html'></iframe><iframe id=small srcdoc='<p>x</p>'></iframe>", 1000);
  EXPECT_EQ(p.embedded(by_id(p, "big")), nullptr);
  EXPECT_NE(p.embedded(by_id(p, "small")), nullptr);
}

}  // namespace
}  // namespace rampa
