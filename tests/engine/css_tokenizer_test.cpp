#include <gtest/gtest.h>

#include <random>

#include "semantics/css/tokenizer.hpp"

namespace rampa::css {
namespace {

std::vector<Token> significant(std::string_view css) {
  std::vector<Token> out;
  for (Token& t : tokenize(css))
    if (!t.is(TokenType::whitespace)) out.push_back(std::move(t));
  return out;
}

TEST(CssTokenizer, ReadsIdentsFunctionsAtKeywordsAndHashes) {
  auto t = significant("color rgb( @media #main #1a");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].type, TokenType::ident);
  EXPECT_EQ(t[0].value, "color");
  EXPECT_EQ(t[1].type, TokenType::function);
  EXPECT_EQ(t[1].value, "rgb");
  EXPECT_EQ(t[2].type, TokenType::at_keyword);
  EXPECT_EQ(t[2].value, "media");
  EXPECT_EQ(t[3].type, TokenType::hash);
  EXPECT_TRUE(t[3].hash_is_id);
  EXPECT_EQ(t[4].type, TokenType::hash);
  EXPECT_FALSE(t[4].hash_is_id);  // "#1a" is a colour, never an id selector
}

TEST(CssTokenizer, ReadsNumbersPercentagesAndDimensions) {
  auto t = significant("12 -3.5 +.5e2 45% 10px 1e3em -0");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].type, TokenType::number);
  EXPECT_TRUE(t[0].is_integer);
  EXPECT_DOUBLE_EQ(t[0].number, 12);
  EXPECT_DOUBLE_EQ(t[1].number, -3.5);
  EXPECT_FALSE(t[1].is_integer);
  EXPECT_DOUBLE_EQ(t[2].number, 50);
  EXPECT_EQ(t[3].type, TokenType::percentage);
  EXPECT_DOUBLE_EQ(t[3].number, 45);
  EXPECT_EQ(t[4].type, TokenType::dimension);
  EXPECT_EQ(t[4].value, "px");
  EXPECT_DOUBLE_EQ(t[5].number, 1000);
  EXPECT_EQ(t[5].value, "em");
  EXPECT_EQ(t[6].type, TokenType::number);
}

TEST(CssTokenizer, ReadsStringsAndBadStrings) {
  auto t = significant("'a\\'b' \"c\\\nd\" \"open\nx");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].type, TokenType::string);
  EXPECT_EQ(t[0].value, "a'b");
  EXPECT_EQ(t[1].value, "cd");  // an escaped newline continues the string
  EXPECT_EQ(t[2].type, TokenType::bad_string);
  EXPECT_EQ(t[3].type, TokenType::ident);
}

TEST(CssTokenizer, ReadsUrlsAndBadUrls) {
  auto t = significant("url( a.png ) url(\"b.png\") url(c d) url(e\"f) x");
  ASSERT_GE(t.size(), 6u);
  EXPECT_EQ(t[0].type, TokenType::url);
  EXPECT_EQ(t[0].value, "a.png");
  EXPECT_EQ(t[1].type, TokenType::function);  // url("...") is a function with a string
  EXPECT_EQ(t[2].type, TokenType::string);
  EXPECT_EQ(t[3].type, TokenType::close_paren);
  EXPECT_EQ(t[4].type, TokenType::bad_url);
  EXPECT_EQ(t[5].type, TokenType::bad_url);
  EXPECT_TRUE(t.back().is_ident("x"));
}

TEST(CssTokenizer, DecodesEscapes) {
  auto t = significant("\\31 a \\0 \\110000x \\e9t\xC3\xA9");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].value, "1a");
  EXPECT_EQ(t[1].value, "\xEF\xBF\xBD\xEF\xBF\xBDx");  // NUL and beyond-Unicode become U+FFFD
  EXPECT_EQ(t[2].value, "\xC3\xA9t\xC3\xA9");
}

TEST(CssTokenizer, ReadsPunctuationCdoCdcAndDelims) {
  auto t = significant("<!-- --> : ; , [ ] ( ) { } ! > ~");
  std::vector<TokenType> want = {TokenType::cdo, TokenType::cdc, TokenType::colon, TokenType::semicolon,
                                 TokenType::comma, TokenType::open_square, TokenType::close_square,
                                 TokenType::open_paren, TokenType::close_paren, TokenType::open_curly,
                                 TokenType::close_curly, TokenType::delim, TokenType::delim, TokenType::delim};
  ASSERT_EQ(t.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(t[i].type, want[i]) << i;
  EXPECT_TRUE(t[11].is_delim('!'));
}

TEST(CssTokenizer, SkipsCommentsIncludingAnUnclosedOne) {
  auto t = tokenize("a/* x */b /* never closed");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_TRUE(t[0].is_ident("a"));
  EXPECT_TRUE(t[1].is_ident("b"));
  EXPECT_EQ(t[2].type, TokenType::whitespace);
}

TEST(CssTokenizer, GivesByteOffsets) {
  auto t = tokenize("a { color: red }");
  ASSERT_GE(t.size(), 5u);
  EXPECT_EQ(t[4].begin, 4u);
  EXPECT_EQ(t[4].end, 9u);
}

TEST(CssTokenizer, SurvivesRandomBytesAndTruncatedInput) {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string s(static_cast<std::size_t>(rng() % 400), '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    auto t = tokenize(s);
    for (const Token& tok : t) EXPECT_LE(tok.end, s.size());
  }
  for (std::string_view s : {"\\", "#", "url(", "'", "@", "-", "1e", "u", "<!-", "url(a\\", "/x"})
    EXPECT_FALSE(tokenize(s).empty()) << s;
}

TEST(CssTokenizer, StaysLinearOnLongInputs) {
  std::string parens(100'000, '(');
  EXPECT_EQ(tokenize(parens).size(), 100'000u);
  std::string urls;
  for (int i = 0; i < 20'000; ++i) urls += "url(a b";
  EXPECT_FALSE(tokenize(urls).empty());
  std::string escapes(200'000, '\\');
  EXPECT_FALSE(tokenize(escapes).empty());
}

}  // namespace
}  // namespace rampa::css
