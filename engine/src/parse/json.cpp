#include "parse/json.hpp"

#include <nlohmann/json.hpp>

#include <iterator>

namespace rampa::json {

namespace {

// Walks the text for nlohmann's parser and publishes how far it got, so the
// SAX handler knows the offset at each event.
struct CountingIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* p = nullptr;
  const char* base = nullptr;
  std::size_t* consumed = nullptr;

  reference operator*() const { return *p; }
  CountingIterator& operator++() {
    ++p;
    *consumed = static_cast<std::size_t>(p - base);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& o) const { return p == o.p; }
  bool operator!=(const CountingIterator& o) const { return p != o.p; }
};

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

}  // namespace

class Builder : public nlohmann::json_sax<nlohmann::json> {
 public:
  Builder(Doc& doc, const std::size_t& consumed, const Limits& limits)
      : doc_(doc), src_(doc.source_), consumed_(consumed), limits_(limits) {}

  bool null() override { return scalar(Kind::null, {}, false, consumed_ - 4); }
  bool boolean(bool v) override { return scalar(Kind::boolean, {}, v, consumed_ - (v ? 4 : 5)); }
  bool number_integer(number_integer_t) override { return number(); }
  bool number_unsigned(number_unsigned_t) override { return number(); }
  bool number_float(number_float_t, const string_t&) override { return number(); }
  bool string(string_t& val) override {
    return scalar(Kind::string, doc_.strings_->copy(val), false, string_start(consumed_));
  }
  bool binary(binary_t&) override { return false; }

  bool start_object(std::size_t) override { return open(Kind::object); }
  bool start_array(std::size_t) override { return open(Kind::array); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& val) override {
    key_ = doc_.strings_->copy(val);
    key_offset_ = string_start(consumed_);
    has_key_ = true;
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    // nlohmann says "[json.exception.parse_error.101] parse error at line 1,
    // column 5: syntax error ..."; we give our own position in characters.
    if (auto p = what.find(": "); p != std::string::npos && what.find("column") < p) what.erase(0, p + 2);
    else if (auto b = what.find("] "); b != std::string::npos) what.erase(0, b + 2);
    // The lexer stops on the character it could not take, except at the end
    // of the text, where there is none: point just past the last one.
    // A token the parser did not expect was read whole: point at its start.
    if (what.find("unexpected end of input") != std::string::npos) error_at_ = src_.size();
    else if (what.find("unexpected string literal") != std::string::npos) error_at_ = string_start(consumed_);
    else if (what.find("unexpected number literal") != std::string::npos) error_at_ = number_start();
    else if (what.find("unexpected true literal") != std::string::npos) error_at_ = consumed_ - 4;
    else if (what.find("unexpected false literal") != std::string::npos) error_at_ = consumed_ - 5;
    else if (what.find("unexpected null literal") != std::string::npos) error_at_ = consumed_ - 4;
    else error_at_ = std::min(consumed_ == 0 ? 0 : consumed_ - 1, src_.size());
    error_ = what;
    return false;
  }

  std::string error_;
  std::size_t error_at_ = 0;
  bool too_deep_ = false;

  SourcePos pos_at(std::size_t offset) {
    // Events arrive in text order, so the cursor only moves forward.
    offset = std::min(offset, src_.size());
    while (cursor_ < offset) {
      unsigned char c = static_cast<unsigned char>(src_[cursor_++]);
      if (c == '\n') {
        ++line_;
        column_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column_;
      }
    }
    return {line_, column_};
  }

 private:
  std::size_t string_start(std::size_t end) const {
    // `end` is just past the closing quote; the opening one is the nearest
    // quote before it that no backslash escapes.
    if (end < 2) return 0;
    std::size_t i = end - 2;
    while (true) {
      if (src_[i] == '"') {
        std::size_t slashes = 0;
        while (i >= slashes + 1 && src_[i - slashes - 1] == '\\') ++slashes;
        if (slashes % 2 == 0) return i;
      }
      if (i == 0) return 0;
      --i;
    }
  }

  // The lexer reads one character past a number to see where it ends.
  std::size_t number_end() const {
    std::size_t end = std::min(consumed_, src_.size());
    while (end > 0 && !number_char(src_[end - 1])) --end;
    return end;
  }
  std::size_t number_start() const {
    std::size_t start = number_end();
    while (start > 0 && number_char(src_[start - 1])) --start;
    return start;
  }

  bool number() {
    std::size_t end = number_end();
    std::size_t start = number_start();
    // Copied: a short source lives inside the std::string, which moves with the Doc.
    std::string_view text = doc_.strings_->copy(std::string_view(src_).substr(start, end - start));
    return scalar(Kind::number, text, false, start, end);
  }

  bool scalar(Kind kind, std::string_view text, bool b, std::size_t start, std::size_t end = std::string::npos) {
    Value& v = add(kind, start);
    v.text = text;
    v.boolean = b;
    doc_.ends_.back() = static_cast<std::uint32_t>(end == std::string::npos ? consumed_ : end);
    return true;
  }

  bool open(Kind kind) {
    if (stack_.size() >= limits_.max_depth) {
      too_deep_ = true;
      error_ = "nested deeper than " + std::to_string(limits_.max_depth) + " levels";
      error_at_ = consumed_ == 0 ? 0 : consumed_ - 1;
      return false;
    }
    Value& v = add(kind, consumed_ - 1);
    stack_.push_back({v.index, npos});
    return true;
  }

  bool close() {
    std::uint32_t i = stack_.back().container;
    stack_.pop_back();
    doc_.ends_[i] = static_cast<std::uint32_t>(consumed_);
    return true;
  }

  Value& add(Kind kind, std::size_t start) {
    auto index = static_cast<std::uint32_t>(doc_.values_.size());
    Value v;
    v.kind = kind;
    v.index = index;
    std::uint32_t key_offset = npos;
    if (has_key_) {
      v.key = key_;
      key_offset = static_cast<std::uint32_t>(key_offset_);
      v.key_pos = pos_at(key_offset_);
      has_key_ = false;
    }
    v.pos = pos_at(start);
    if (!stack_.empty()) {
      Open& parent = stack_.back();
      Value& p = doc_.values_[parent.container];
      v.parent = parent.container;
      v.ordinal = p.size++;
      if (parent.last == npos) p.first_child = index;
      else doc_.values_[parent.last].next_sibling = index;
      parent.last = index;
    }
    doc_.values_.push_back(v);
    doc_.offsets_.push_back(static_cast<std::uint32_t>(start));
    doc_.key_offsets_.push_back(key_offset);
    doc_.ends_.push_back(static_cast<std::uint32_t>(start));
    return doc_.values_.back();
  }

  struct Open {
    std::uint32_t container;
    std::uint32_t last;
  };
  Doc& doc_;
  const std::string& src_;
  const std::size_t& consumed_;
  const Limits& limits_;
  std::vector<Open> stack_;
  std::string_view key_;
  std::size_t key_offset_ = 0;
  bool has_key_ = false;
  std::size_t cursor_ = 0;
  std::uint32_t line_ = 1, column_ = 1;
};

const Value* Doc::get(const Value& object, std::string_view key) const noexcept {
  if (object.kind != Kind::object) return nullptr;
  const Value* found = nullptr;
  for (const Value& m : children(object))
    if (m.key == key) found = &m;
  return found;
}

std::string_view Doc::string(const Value& object, std::string_view key) const noexcept {
  const Value* v = get(object, key);
  return v != nullptr && v->kind == Kind::string ? v->text : std::string_view{};
}

std::string Doc::pointer(const Value& v) const {
  std::vector<const Value*> chain;
  for (const Value* c = &v; c->parent != npos; c = &values_[c->parent]) chain.push_back(c);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Value& c = **it;
    out += '/';
    if (values_[c.parent].kind == Kind::array) {
      out += std::to_string(c.ordinal);
      continue;
    }
    for (char ch : c.key) {
      if (ch == '~') out += "~0";
      else if (ch == '/') out += "~1";
      else out += ch;
    }
  }
  return out;
}

const Value* Doc::resolve(std::string_view p) const {
  if (values_.empty()) return nullptr;
  // A "#..." pointer is a URI fragment (RFC 6901, section 6): percent-decode
  // it first, then "~1" and "~0" are escapes as in any pointer.
  std::string decoded;
  if (p.starts_with('#')) {
    p.remove_prefix(1);
    decoded.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
      int hi = i + 2 < p.size() && p[i] == '%' ? hex(p[i + 1]) : -1;
      int lo = hi >= 0 ? hex(p[i + 2]) : -1;
      if (lo >= 0) {
        decoded += static_cast<char>(hi * 16 + lo);
        i += 2;
      } else {
        decoded += p[i];
      }
    }
    p = decoded;
  }
  const Value* cur = &root();
  while (!p.empty()) {
    if (p.front() != '/') return nullptr;
    p.remove_prefix(1);
    auto slash = p.find('/');
    std::string seg(p.substr(0, slash));
    p = slash == std::string_view::npos ? std::string_view{} : p.substr(slash);
    for (std::size_t i = 0; (i = seg.find('~', i)) != std::string::npos; ++i) {
      if (i + 1 < seg.size() && seg[i + 1] == '1') seg.replace(i, 2, "/");
      else if (i + 1 < seg.size() && seg[i + 1] == '0') seg.replace(i, 2, "~");
    }
    if (cur->kind == Kind::object) {
      cur = get(*cur, seg);
    } else if (cur->kind == Kind::array) {
      const Value* hit = nullptr;
      for (const Value& c : children(*cur))
        if (std::to_string(c.ordinal) == seg) hit = &c;
      cur = hit;
    } else {
      return nullptr;
    }
    if (cur == nullptr) return nullptr;
  }
  return cur;
}

std::string Doc::snippet(const Value& v) const {
  std::size_t start = key_offsets_[v.index] != npos ? key_offsets_[v.index] : offsets_[v.index];
  std::size_t end = std::max<std::size_t>(ends_[v.index], start);
  constexpr std::size_t kMax = 120;
  std::string out;
  bool space = false;
  for (std::size_t i = start; i < end && i < source_.size(); ++i) {
    char c = source_[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (out.size() >= kMax && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      out += "…";
      break;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Result<Doc> parse(std::string utf8, const Limits& limits) {
  Doc doc;
  doc.source_ = std::move(utf8);
  std::size_t consumed = 0;
  const char* b = doc.source_.data();
  CountingIterator first{b, b, &consumed};
  CountingIterator last{b + doc.source_.size(), b, &consumed};
  Builder sax(doc, consumed, limits);
  bool ok = nlohmann::json::sax_parse(first, last, &sax, nlohmann::json::input_format_t::json, true);
  if (!ok || doc.values_.empty()) {
    SourcePos at = sax.pos_at(sax.error_at_);
    std::string what = sax.error_.empty() ? std::string("is not JSON") : sax.error_;
    return Error{ErrorCode::bad_input, {},
                 "is not valid JSON at line " + std::to_string(at.line) + ", column " +
                     std::to_string(at.column) + ": " + what};
  }
  return doc;
}

}  // namespace rampa::json
