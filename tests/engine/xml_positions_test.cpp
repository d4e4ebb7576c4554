// Large XML pages: libxml2 2.9.14's byte counter drifts once it has buffered
// about 32 KB through an encoding handler, and a reader trusting it put tags
// and attributes in the wrong place. Every page here is generated, so the test
// knows where each tag and attribute was written and checks the parser's
// reading against that, in every encoding the decoder reads XML in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/document.hpp"
#include "parse/encoding.hpp"
#include "parse/parsers.hpp"

namespace rampa {
namespace {

struct Written {
  std::string id;
  std::string title;      // the attribute value as written (no references)
  SourcePos element;
  SourcePos title_at;
};

struct Page {
  std::string utf8;
  std::vector<Written> written;
};

// Characters, not bytes, make columns: count them as the text is built.
struct Writer {
  std::string text;
  std::uint32_t line = 1, column = 1;
  void put(std::string_view s) {
    for (unsigned char c : s) {
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;
      }
    }
    text += s;
  }
  SourcePos here() const { return {line, column}; }
};

Page generate(std::size_t min_bytes, std::string_view declared) {
  Page page;
  Writer w;
  w.put("<?xml version=\"1.0\" encoding=\"" + std::string(declared) + "\"?>\n");
  w.put("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\">\n<body>\n");
  for (std::size_t i = 0; w.text.size() < min_bytes; ++i) {
    Written item;
    item.id = "e" + std::to_string(i);
    // Accented letters make bytes and characters differ, as on real pages.
    item.title = "Cañón " + std::to_string(i) + (i % 3 == 0 ? " élan" : "");
    w.put(i % 5 == 0 ? "  " : "");
    item.element = w.here();
    w.put("<p class=\"c\"  id=\"" + item.id + "\" ");
    item.title_at = w.here();
    w.put("title=\"" + item.title + "\">Texto número " + std::to_string(i) + "</p>");
    w.put(i % 4 == 0 ? "\n" : "");
    page.written.push_back(item);
  }
  w.put("\n</body>\n</html>\n");
  page.utf8 = std::move(w.text);
  return page;
}

std::string to_latin1(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      auto next = static_cast<unsigned char>(utf8[++i]);
      out += static_cast<char>(((c & 0x1F) << 6) | (next & 0x3F));
    }
  }
  return out;
}

std::string to_utf16(std::string_view utf8, bool big_endian) {
  std::string latin = to_latin1(utf8);  // the generator writes only Latin-1
  std::string out = big_endian ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
  for (char c : latin) {
    char hi = 0, lo = c;
    if (big_endian) {
      out += hi;
      out += lo;
    } else {
      out += lo;
      out += hi;
    }
  }
  return out;
}

struct Encoding {
  const char* label;
  std::string (*encode)(std::string_view);
};

const Encoding kEncodings[] = {
    {"utf-8", [](std::string_view s) { return std::string(s); }},
    {"windows-1252", [](std::string_view s) { return to_latin1(s); }},
    {"iso-8859-1", [](std::string_view s) { return to_latin1(s); }},
    {"utf-16", [](std::string_view s) { return to_utf16(s, false); }},
    {"utf-16be", [](std::string_view s) { return to_utf16(s, true); }},
};

TEST(XmlPositions, StayExactFrom40KilobytesToTwoMegabytesInEveryEncoding) {
  for (std::size_t size : {std::size_t{40'000}, std::size_t{70'000}, std::size_t{300'000}, std::size_t{2'000'000}}) {
    for (const Encoding& enc : kEncodings) {
      Page page = generate(size, enc.label);
      auto decoded = decode(enc.encode(page.utf8), Syntax::xml);
      ASSERT_TRUE(decoded.ok()) << enc.label;
      ASSERT_EQ(decoded->utf8, page.utf8) << enc.label << ": the decoder, not the parser, is off";
      auto doc = parse_xml(std::move(decoded->utf8), {});
      ASSERT_TRUE(doc.ok()) << enc.label << " " << size << ": " << doc.error().detail;
      std::size_t seen = 0;
      for (const Node* e : (*doc)->elements()) {
        if (e->spelling != "p") continue;
        ASSERT_LT(seen, page.written.size());
        const Written& w = page.written[seen++];
        const std::string where = std::string(enc.label) + " " + std::to_string(size) + " " + w.id;
        ASSERT_EQ(e->pos, w.element) << where;
        ASSERT_EQ(e->attr_count, 3u) << where;
        EXPECT_EQ(e->attrs[0].spelling, "class") << where;
        EXPECT_EQ(e->attrs[1].spelling, "id") << where;
        EXPECT_EQ(e->attrs[1].value, w.id) << where;
        ASSERT_EQ(e->attrs[2].spelling, "title") << where;
        ASSERT_EQ(e->attrs[2].value, w.title) << where;
        ASSERT_EQ(e->attrs[2].pos, w.title_at) << where;
      }
      EXPECT_EQ(seen, page.written.size()) << enc.label << " " << size;
    }
  }
}

}  // namespace
}  // namespace rampa
