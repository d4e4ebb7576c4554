#include <gtest/gtest.h>

#include "parse/encoding.hpp"

namespace rampa {
namespace {

TEST(Encoding, ReadsValidUtf8AsIs) {
  auto d = decode("<p>Capacitación</p>", Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "<p>Capacitación</p>");
  EXPECT_EQ(d->encoding, "utf-8");
  EXPECT_FALSE(d->guessed);
  EXPECT_EQ(d->replaced, 0u);
}

TEST(Encoding, DropsTheUtf8Bom) {
  auto d = decode("\xEF\xBB\xBF<p>x</p>", Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "<p>x</p>");
}

TEST(Encoding, ConvertsDeclaredWindows1252) {
  auto d = decode("<meta charset=\"windows-1252\"><p>contrase\xF1" "a</p>", Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_NE(d->utf8.find("contraseña"), std::string::npos);
}

TEST(Encoding, ReadsIso88591AsWindows1252LikeBrowsers) {
  // 0x93 and 0x94 are curly quotes in windows-1252, controls in ISO-8859-1.
  auto d = decode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                  "<p>\x93sesi\xF3n\x94</p>",
                  Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_NE(d->utf8.find("“sesión”"), std::string::npos);
}

TEST(Encoding, GuessesWindows1252ForUndeclaredLegacyBytes) {
  auto d = decode("<p>Postulaci\xF3n</p>", Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(d->guessed);
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_EQ(d->utf8, "<p>Postulación</p>");
}

TEST(Encoding, ReplacesInvalidUtf8AndSaysWhere) {
  auto d = decode("<meta charset=utf-8>\n<p>año \xFF\xFE fin</p>\n<p>ñ</p>", Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->replaced, 2u);
  EXPECT_EQ(d->first_bad_line, 2u);
  EXPECT_NE(d->utf8.find("año \xEF\xBF\xBD\xEF\xBF\xBD fin"), std::string::npos);
}

TEST(Encoding, KeepsUtf8WhenMostOfItIsUtf8) {
  // Undeclared, one stray byte among UTF-8 text: replacing it beats reading
  // every accented letter as two windows-1252 characters.
  auto d = decode("<p>ñandú \xE9 información</p>", Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "utf-8");
  EXPECT_EQ(d->replaced, 1u);
  EXPECT_NE(d->utf8.find("información"), std::string::npos);
}

TEST(Encoding, ReadsUtf16WithAndWithoutBom) {
  std::string le("\xFF\xFE<\0p\0>\0\xF1\0<\0/\0p\0>\0", 18);
  auto d = decode(le, Syntax::html);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "<p>ñ</p>");
  std::string no_bom("<\0h\0t\0m\0l\0>\0", 12);
  auto d2 = decode(no_bom, Syntax::html);
  ASSERT_TRUE(d2.ok());
  EXPECT_EQ(d2->utf8, "<html>");
  EXPECT_TRUE(d2->guessed);
}

TEST(Encoding, RefusesBinaryData) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  auto d = decode(png, Syntax::html);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().detail.find("binary"), std::string::npos);
}

TEST(Encoding, ReadsTheXmlDeclaration) {
  auto d = decode("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg><title>Se\xF1" "al</title></svg>",
                  Syntax::xml);
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->utf8.find("Señal"), std::string::npos);
}

}  // namespace
}  // namespace rampa
