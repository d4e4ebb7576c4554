#include "semantics/css/tokenizer.hpp"

#include <charconv>
#include <cmath>
#include <limits>

#include "document/utf8.hpp"

namespace rampa::css {

bool Token::is_ident(std::string_view lower) const noexcept {
  return type == TokenType::ident && iequals(value, lower);
}

bool Token::is_function(std::string_view lower) const noexcept {
  return type == TokenType::function && iequals(value, lower);
}

bool opens_block(TokenType t) noexcept {
  return t == TokenType::open_curly || t == TokenType::open_paren || t == TokenType::open_square ||
         t == TokenType::function;
}

std::size_t skip_block(std::span<const Token> t, std::size_t i, TokenType opener, bool* closed) {
  auto closer_of = [](TokenType o) {
    if (o == TokenType::open_curly) return TokenType::close_curly;
    if (o == TokenType::open_square) return TokenType::close_square;
    return TokenType::close_paren;
  };
  std::vector<TokenType> expect{closer_of(opener)};
  while (i < t.size()) {
    TokenType ty = t[i++].type;
    if (ty == expect.back()) {
      expect.pop_back();
      if (expect.empty()) {
        if (closed != nullptr) *closed = true;
        return i;
      }
    } else if (opens_block(ty)) {
      expect.push_back(closer_of(ty));
    }
  }
  if (closed != nullptr) *closed = false;
  return t.size();
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool iequals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() && iequals(s.substr(0, lower_prefix.size()), lower_prefix);
}

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Appends one input byte to a value. Input preprocessing (Syntax 3 §3.3)
// turns NUL into U+FFFD; doing it here keeps token offsets equal to the
// caller's byte offsets.
void append_byte(std::string& out, char c) {
  if (c == '\0') append_utf8(out, kReplacement);
  else out += c;
}

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hex_value(int c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool is_newline(int c) { return c == '\n' || c == '\r' || c == '\f'; }
bool is_whitespace(int c) { return c == ' ' || c == '\t' || is_newline(c); }
// Bytes of non-ASCII characters are all ident code points, and so is NUL
// once it has become U+FFFD.
bool is_ident_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 || c == 0;
}
bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c) || c == '-'; }
bool is_non_printable(int c) { return (c >= 0 && c <= 8) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F; }

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view css) : s_(css) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    out.reserve(s_.size() / 4 + 1);
    for (;;) {
      skip_comments();
      if (pos_ >= s_.size()) break;
      Token t;
      t.begin = static_cast<std::uint32_t>(pos_);
      consume_token(t);
      t.end = static_cast<std::uint32_t>(pos_);
      out.push_back(std::move(t));
    }
    return out;
  }

 private:
  // -1 past the end, else the byte as unsigned.
  int at(std::size_t i) const { return i < s_.size() ? static_cast<unsigned char>(s_[i]) : -1; }
  int peek(std::size_t k = 0) const { return at(pos_ + k); }

  // §4.3.2: comments are not tokens; an unclosed one runs to the end.
  void skip_comments() {
    while (peek() == '/' && peek(1) == '*') {
      std::size_t close = s_.find("*/", pos_ + 2);
      pos_ = close == std::string_view::npos ? s_.size() : close + 2;
    }
  }

  // §4.3.8
  bool valid_escape(std::size_t i) const { return at(i) == '\\' && !is_newline(at(i + 1)); }
  // §4.3.9
  bool starts_ident(std::size_t i) const {
    int c = at(i);
    if (c == '-') return is_ident_start(at(i + 1)) || at(i + 1) == '-' || valid_escape(i + 1);
    if (is_ident_start(c)) return true;
    return c == '\\' && valid_escape(i);
  }
  // §4.3.10
  bool starts_number(std::size_t i) const {
    int c = at(i);
    if (c == '+' || c == '-') {
      if (is_digit(at(i + 1))) return true;
      return at(i + 1) == '.' && is_digit(at(i + 2));
    }
    if (c == '.') return is_digit(at(i + 1));
    return is_digit(c);
  }

  void consume_newline() {
    if (peek() == '\r' && peek(1) == '\n') pos_ += 2;
    else ++pos_;
  }

  // §4.3.7, called with the backslash already consumed.
  void consume_escape(std::string& out) {
    int c = peek();
    if (c < 0) {
      append_utf8(out, kReplacement);
      return;
    }
    if (!is_hex(c)) {
      append_byte(out, static_cast<char>(c));
      ++pos_;
      return;
    }
    char32_t cp = 0;
    for (int n = 0; n < 6 && is_hex(peek()); ++n, ++pos_) cp = cp * 16 + static_cast<char32_t>(hex_value(peek()));
    if (is_whitespace(peek())) consume_newline();
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
    append_utf8(out, cp);
  }

  // §4.3.11
  std::string consume_name() {
    std::string name;
    for (;;) {
      int c = peek();
      if (is_ident_char(c) && c >= 0) {
        append_byte(name, static_cast<char>(c));
        ++pos_;
      } else if (valid_escape(pos_)) {
        ++pos_;
        consume_escape(name);
      } else {
        return name;
      }
    }
  }

  // §4.3.12
  void consume_number(Token& t) {
    std::size_t start = pos_;
    t.is_integer = true;
    if (peek() == '+' || peek() == '-') ++pos_;
    while (is_digit(peek())) ++pos_;
    if (peek() == '.' && is_digit(peek(1))) {
      t.is_integer = false;
      pos_ += 2;
      while (is_digit(peek())) ++pos_;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
      t.is_integer = false;
      pos_ += is_digit(peek(1)) ? 1 : 2;
      while (is_digit(peek())) ++pos_;
    }
    std::string_view repr = s_.substr(start, pos_ - start);
    if (!repr.empty() && repr.front() == '+') repr.remove_prefix(1);  // from_chars takes no '+'
    double v = 0;
    auto [ptr, ec] = std::from_chars(repr.data(), repr.data() + repr.size(), v);
    if (ec == std::errc::result_out_of_range) {
      // A huge exponent overflows and a hugely negative one underflows; the
      // sign of the exponent tells which.
      std::size_t e = repr.find_first_of("eE");
      bool grows = e != std::string_view::npos && (e + 1 >= repr.size() || repr[e + 1] != '-');
      v = grows ? std::numeric_limits<double>::max() : 0.0;
      if (repr.front() == '-') v = -v;
    }
    (void)ptr;
    t.number = v;
  }

  // §4.3.3
  void consume_numeric(Token& t) {
    consume_number(t);
    if (starts_ident(pos_)) {
      t.type = TokenType::dimension;
      t.value = consume_name();
    } else if (peek() == '%') {
      ++pos_;
      t.type = TokenType::percentage;
    } else {
      t.type = TokenType::number;
    }
  }

  // §4.3.14
  void consume_bad_url_remnants() {
    for (;;) {
      int c = peek();
      if (c < 0) return;
      if (c == ')') {
        ++pos_;
        return;
      }
      if (valid_escape(pos_)) {
        std::string ignored;
        ++pos_;
        consume_escape(ignored);
      } else {
        ++pos_;
      }
    }
  }

  // §4.3.6, after "url(" and its leading whitespace.
  void consume_url(Token& t) {
    t.type = TokenType::url;
    while (is_whitespace(peek())) ++pos_;
    for (;;) {
      int c = peek();
      if (c < 0) return;
      if (c == ')') {
        ++pos_;
        return;
      }
      if (is_whitespace(c)) {
        while (is_whitespace(peek())) ++pos_;
        if (peek() == ')' || peek() < 0) {
          if (peek() == ')') ++pos_;
          return;
        }
        t.type = TokenType::bad_url;
        consume_bad_url_remnants();
        return;
      }
      if (c == '"' || c == '\'' || c == '(' || is_non_printable(c)) {
        t.type = TokenType::bad_url;
        consume_bad_url_remnants();
        return;
      }
      if (c == '\\') {
        if (!valid_escape(pos_)) {
          t.type = TokenType::bad_url;
          consume_bad_url_remnants();
          return;
        }
        ++pos_;
        consume_escape(t.value);
        continue;
      }
      append_byte(t.value, static_cast<char>(c));
      ++pos_;
    }
  }

  // §4.3.4
  void consume_ident_like(Token& t) {
    std::string name = consume_name();
    if (iequals(name, "url") && peek() == '(') {
      ++pos_;
      // Only whitespace up to a quote keeps url( a function whose argument
      // is a string token.
      std::size_t look = pos_;
      while (is_whitespace(at(look))) ++look;
      if (at(look) == '"' || at(look) == '\'') {
        if (look > pos_) pos_ = look - 1;  // the whitespace before the quote stays a token
        t.type = TokenType::function;
        t.value = std::move(name);
        return;
      }
      consume_url(t);
      return;
    }
    t.value = std::move(name);
    if (peek() == '(') {
      ++pos_;
      t.type = TokenType::function;
    } else {
      t.type = TokenType::ident;
    }
  }

  // §4.3.5
  void consume_string(Token& t, int quote) {
    t.type = TokenType::string;
    for (;;) {
      int c = peek();
      if (c < 0 || c == quote) {
        if (c == quote) ++pos_;
        return;
      }
      if (is_newline(c)) {  // left unconsumed: it becomes whitespace
        t.type = TokenType::bad_string;
        return;
      }
      if (c == '\\') {
        if (peek(1) < 0) {
          ++pos_;
        } else if (is_newline(peek(1))) {
          ++pos_;
          consume_newline();
        } else {
          ++pos_;
          consume_escape(t.value);
        }
        continue;
      }
      append_byte(t.value, static_cast<char>(c));
      ++pos_;
    }
  }

  // §4.3.1
  void consume_token(Token& t) {
    int c = peek();
    if (is_whitespace(c)) {
      while (is_whitespace(peek())) ++pos_;
      t.type = TokenType::whitespace;
      return;
    }
    switch (c) {
      case '"': case '\'':
        ++pos_;
        consume_string(t, c);
        return;
      case '#':
        if (is_ident_char(peek(1)) || valid_escape(pos_ + 1)) {
          ++pos_;
          t.type = TokenType::hash;
          t.hash_is_id = starts_ident(pos_);
          t.value = consume_name();
          return;
        }
        break;
      case '(': ++pos_; t.type = TokenType::open_paren; return;
      case ')': ++pos_; t.type = TokenType::close_paren; return;
      case '[': ++pos_; t.type = TokenType::open_square; return;
      case ']': ++pos_; t.type = TokenType::close_square; return;
      case '{': ++pos_; t.type = TokenType::open_curly; return;
      case '}': ++pos_; t.type = TokenType::close_curly; return;
      case ',': ++pos_; t.type = TokenType::comma; return;
      case ':': ++pos_; t.type = TokenType::colon; return;
      case ';': ++pos_; t.type = TokenType::semicolon; return;
      case '+': case '.':
        if (starts_number(pos_)) {
          consume_numeric(t);
          return;
        }
        break;
      case '-':
        if (starts_number(pos_)) {
          consume_numeric(t);
          return;
        }
        if (peek(1) == '-' && peek(2) == '>') {
          pos_ += 3;
          t.type = TokenType::cdc;
          return;
        }
        if (starts_ident(pos_)) {
          consume_ident_like(t);
          return;
        }
        break;
      case '<':
        if (peek(1) == '!' && peek(2) == '-' && peek(3) == '-') {
          pos_ += 4;
          t.type = TokenType::cdo;
          return;
        }
        break;
      case '@':
        if (starts_ident(pos_ + 1)) {
          ++pos_;
          t.type = TokenType::at_keyword;
          t.value = consume_name();
          return;
        }
        break;
      case '\\':
        if (valid_escape(pos_)) {
          consume_ident_like(t);
          return;
        }
        break;
      default:
        if (is_digit(c)) {
          consume_numeric(t);
          return;
        }
        if (is_ident_start(c)) {
          consume_ident_like(t);
          return;
        }
    }
    // Everything else is a delim of one code point; only ASCII can get here.
    t.type = TokenType::delim;
    t.delim = static_cast<char>(c);
    ++pos_;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view css) {
  // Offsets are 32-bit; nothing this large reaches the checker (parsers cap
  // input size), so the tail is simply not read.
  if (css.size() > std::numeric_limits<std::uint32_t>::max()) css = css.substr(0, std::numeric_limits<std::uint32_t>::max());
  return Tokenizer(css).run();
}

}  // namespace rampa::css
