#pragma once
// JSON with a source position for every value and key, for form definitions.
// nlohmann's SAX parser reads the text through an iterator that counts what
// it consumed; each event's offset becomes line:column. Values live in one
// flat vector linked by index, so neither building nor destroying a deeply
// nested document recurses.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/arena.hpp"
#include "rampa/vocabulary.hpp"
#include "rampa/result.hpp"

namespace rampa::json {

enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

inline constexpr std::uint32_t npos = 0xFFFFFFFFu;

struct Value {
  Kind kind = Kind::null;
  bool boolean = false;
  std::string_view text;  // a string's value (unescaped), a number as written
  std::string_view key;   // the member name, when the parent is an object
  SourcePos pos;          // where the value starts
  SourcePos key_pos;      // where the member name starts (members only)
  std::uint32_t index = 0;
  std::uint32_t parent = npos;
  std::uint32_t first_child = npos;
  std::uint32_t next_sibling = npos;
  std::uint32_t size = 0;     // members or items
  std::uint32_t ordinal = 0;  // position among its siblings

  bool is_object() const noexcept { return kind == Kind::object; }
  bool is_array() const noexcept { return kind == Kind::array; }
  bool is_string() const noexcept { return kind == Kind::string; }
  bool is_true() const noexcept { return kind == Kind::boolean && boolean; }
};

struct Limits {
  std::size_t max_depth = 1000;
};

class Doc;
class Builder;
// Parses UTF-8 JSON. An error says where ("line 4, column 12") and what.
Result<Doc> parse(std::string utf8, const Limits& limits = {});

class Doc {
 public:
  Doc() = default;
  Doc(Doc&&) = default;
  Doc& operator=(Doc&&) = default;

  const Value& root() const noexcept { return values_.front(); }
  const Value& at(std::uint32_t i) const noexcept { return values_[i]; }
  std::size_t size() const noexcept { return values_.size(); }

  // The member `key` of an object (the last one when repeated), or nullptr.
  const Value* get(const Value& object, std::string_view key) const noexcept;
  // A member's string value, or "" when absent or not a string.
  std::string_view string(const Value& object, std::string_view key) const noexcept;

  // Children of an array or object, in document order.
  struct Range {
    const Doc* doc;
    std::uint32_t first;
    struct It {
      const Doc* doc;
      std::uint32_t i;
      const Value& operator*() const { return doc->values_[i]; }
      It& operator++() {
        i = doc->values_[i].next_sibling;
        return *this;
      }
      bool operator!=(const It& o) const { return i != o.i; }
    };
    It begin() const { return {doc, first}; }
    It end() const { return {doc, npos}; }
  };
  Range children(const Value& v) const noexcept { return {this, v.first_child}; }

  // RFC 6901 pointer of a value: "/properties/nombre/title".
  std::string pointer(const Value& v) const;
  // The value at a pointer ("#/definitions/x" and "/definitions/x" alike), or nullptr.
  const Value* resolve(std::string_view pointer) const;
  // The source text of a value or member, on one line and at most ~120 characters.
  std::string snippet(const Value& v) const;

  std::string_view source() const noexcept { return source_; }

 private:
  friend class Builder;
  friend Result<Doc> parse(std::string utf8, const Limits& limits);
  std::string source_;
  std::vector<Value> values_;
  std::vector<std::uint32_t> offsets_;      // byte offset of each value's start
  std::vector<std::uint32_t> key_offsets_;  // of its key, or npos
  std::vector<std::uint32_t> ends_;         // byte offset just past each value
  std::unique_ptr<Arena> strings_ = std::make_unique<Arena>();
};



}  // namespace rampa::json
