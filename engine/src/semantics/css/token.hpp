#pragma once
// A CSS token (Syntax 3 §4), the blocks tokens form and the ASCII case rules
// CSS keywords follow: what parsed style sheets are made of, for readers of
// parsed values, who never tokenize text themselves (tokenizer.hpp does).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace rampa::css {

enum class TokenType : std::uint8_t {
  ident, function, at_keyword, hash, string, bad_string, url, bad_url, delim,
  number, percentage, dimension, whitespace, cdo, cdc, colon, semicolon, comma,
  open_square, close_square, open_paren, close_paren, open_curly, close_curly,
};

struct Token {
  TokenType type = TokenType::delim;
  // Syntax 3 §4.2: a hash whose value would be a valid identifier has the
  // "id" type flag; only those may be id selectors.
  bool hash_is_id = false;
  // number/percentage/dimension: "integer" versus "number" type flag.
  bool is_integer = false;
  // delim: the code point; only ASCII reaches a delim (any other code point
  // starts an ident), so one byte suffices.
  char delim = 0;
  double number = 0;   // number, percentage (45% is 45) and dimension
  // Unescaped: the name of ident/function/at-keyword/hash, the contents of
  // string/url, the unit of a dimension (as written; compare ASCII-lowercased).
  std::string value;
  // Byte offsets into the text given to tokenize(), [begin, end): callers
  // turn them into line:column and slice source text for messages.
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  bool is(TokenType t) const noexcept { return type == t; }
  bool is_delim(char c) const noexcept { return type == TokenType::delim && delim == c; }
  // An ident whose value equals `lower` ignoring ASCII case.
  bool is_ident(std::string_view lower) const noexcept;
  bool is_function(std::string_view lower) const noexcept;
};

// Whether the token opens a block: {, (, [ or a function.
bool opens_block(TokenType t) noexcept;

// Syntax 3 §5.4.8 "consume a simple block" (and §5.4.9 for a function)
// without recursion: `i` is just after the opening token; returns the index
// just after its matching closer, or t.size() when the tokens end first
// (`closed` says which). A closer of another kind inside is an ordinary
// token, as the spec says.
std::size_t skip_block(std::span<const Token> t, std::size_t i, TokenType opener, bool* closed = nullptr);

// ASCII-only case folding: CSS keywords are ASCII and case-insensitive, while
// non-ASCII characters are compared as written.
std::string ascii_lower(std::string_view s);
bool iequals(std::string_view a, std::string_view lower);
bool istarts_with(std::string_view s, std::string_view lower_prefix);

}  // namespace rampa::css
