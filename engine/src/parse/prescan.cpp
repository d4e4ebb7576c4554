#include "parse/prescan.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace rampa {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// What an HTML start tag does to the open elements, for the estimate.
enum Flag : std::uint8_t {
  kVoid = 1,        // never has content
  kRawText = 2,     // content is text up to its end tag
  kIgnored = 4,     // html, head, body: the parser merges repeats, never nests them
  kClosesP = 8,     // closes an open <p>
  kForeign = 16,    // svg, math: self-closing tags inside are really closed
  kPlaintext = 32,  // everything after it is text
};

// Elements that close an open element of their own family instead of
// nesting inside it (<li> in <li>, <td> in <td>, <a> in <a>...).
enum Family : std::uint8_t { kNone, kP, kLi, kDtDd, kOption, kRow, kCell, kSection, kRuby, kA, kButton,
                             kForm, kSelect, kNobr, kTable, kHeading, kFamilies };

struct Known {
  std::uint8_t flags;
  Family family;
};

const std::unordered_map<std::string_view, Known>& html_table() {
  static const auto table = [] {
    std::unordered_map<std::string_view, Known> t;
    for (auto v : {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
                   "input", "keygen", "link", "meta", "param", "source", "track", "wbr"})
      t[v] = {kVoid, kNone};
    for (auto v : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"})
      t[v] = {kRawText, kNone};
    t["plaintext"] = {kPlaintext, kNone};
    for (auto v : {"html", "head", "body"}) t[v] = {kIgnored, kNone};
    for (auto v : {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
                   "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
                   "nav", "ol", "pre", "listing", "section", "summary", "ul"})
      t[v] = {kClosesP, kNone};
    t["p"] = {kClosesP, kP};
    t["li"] = {kClosesP, kLi};
    t["dt"] = {kClosesP, kDtDd};
    t["dd"] = {kClosesP, kDtDd};
    t["option"] = {0, kOption};
    t["optgroup"] = {0, kOption};
    t["tr"] = {0, kRow};
    t["td"] = {0, kCell};
    t["th"] = {0, kCell};
    for (auto v : {"thead", "tbody", "tfoot", "caption", "colgroup"}) t[v] = {0, kSection};
    for (auto v : {"rb", "rt", "rp", "rtc"}) t[v] = {0, kRuby};
    t["a"] = {0, kA};
    t["button"] = {kClosesP, kButton};
    t["form"] = {kClosesP, kForm};
    t["select"] = {0, kSelect};
    t["nobr"] = {0, kNobr};
    t["table"] = {kClosesP, kTable};
    for (auto v : {"h1", "h2", "h3", "h4", "h5", "h6"}) t[v] = {kClosesP, kHeading};
    t["svg"] = {kForeign, kNone};
    t["math"] = {kForeign, kNone};
    return t;
  }();
  return table;
}

class Scanner {
 public:
  Scanner(std::string_view text, MarkupSyntax syntax, const ParseLimits& limits)
      : s_(text), xml_(syntax == MarkupSyntax::xml), limits_(limits) {}

  std::optional<std::string> run() {
    while (i_ < s_.size()) {
      std::size_t lt = s_.find('<', i_);
      if (lt == std::string_view::npos || lt + 1 >= s_.size()) break;
      i_ = lt + 1;
      char c = s_[i_];
      if (c == '!') {
        declaration();
      } else if (c == '?') {
        skip_past(xml_ ? "?>" : ">");
      } else if (c == '/') {
        ++i_;
        if (i_ < s_.size() && (is_alpha(s_[i_]) || (xml_ && s_[i_] != '>'))) end_tag();
        else skip_past(">");
      } else if (is_alpha(c) || (xml_ && c != ' ' && c != '=')) {
        if (auto error = start_tag()) return error;
        if (plaintext_) break;
      }
    }
    return std::nullopt;
  }

 private:
  void skip_past(std::string_view end) {
    std::size_t p = s_.find(end, i_);
    i_ = p == std::string_view::npos ? s_.size() : p + end.size();
  }

  void declaration() {
    if (s_.substr(i_).starts_with("!--")) {
      i_ += 3;
      skip_past("-->");
    } else if (xml_ && s_.substr(i_).starts_with("![CDATA[")) {
      skip_past("]]>");
    } else if (xml_ && s_.substr(i_).starts_with("!DOCTYPE")) {
      // An internal subset may hold '>' in its declarations.
      std::size_t bracket = s_.find('[', i_), close = s_.find('>', i_);
      if (bracket != std::string_view::npos && bracket < close) {
        i_ = bracket;
        skip_past("]");
      }
      skip_past(">");
    } else {
      skip_past(">");
    }
  }

  std::string read_name() {
    std::string name;
    while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '/' && s_[i_] != '>') {
      name += xml_ ? s_[i_] : lower(s_[i_]);
      ++i_;
    }
    return name;
  }

  std::uint32_t id_of(const std::string& name) {
    auto [it, inserted] = ids_.try_emplace(name, static_cast<std::uint32_t>(counts_.size()));
    if (inserted) {
      Known k{0, kNone};
      if (!xml_) {
        auto known = html_table().find(name);
        if (known != html_table().end()) k = known->second;
      }
      counts_.push_back(0);
      known_.push_back(k);
    }
    return it->second;
  }

  // Reads the attributes up to '>'; returns whether the tag closed itself.
  std::optional<bool> attributes(std::size_t& count) {
    bool self_closing = false;
    while (i_ < s_.size()) {
      self_closing = false;
      while (i_ < s_.size() && (is_space(s_[i_]) || s_[i_] == '/')) {
        self_closing = s_[i_] == '/';
        ++i_;
      }
      if (i_ >= s_.size()) break;
      if (s_[i_] == '>') {
        ++i_;
        return self_closing;
      }
      // An attribute name: the first character may be '='.
      ++i_;
      while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '/' && s_[i_] != '>' && s_[i_] != '=') ++i_;
      ++count;
      while (i_ < s_.size() && is_space(s_[i_])) ++i_;
      if (i_ < s_.size() && s_[i_] == '=') {
        ++i_;
        while (i_ < s_.size() && is_space(s_[i_])) ++i_;
        if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) {
          char q = s_[i_++];
          std::size_t close = s_.find(q, i_);
          i_ = close == std::string_view::npos ? s_.size() : close + 1;
        } else {
          while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '>') ++i_;
        }
      }
    }
    return std::nullopt;  // the file ended inside the tag
  }

  std::optional<std::string> start_tag() {
    std::size_t at = i_;
    std::string name = read_name();
    std::size_t count = 0;
    auto closed = attributes(count);
    if (count > limits_.max_attributes) return attribute_limit_message(limits_.max_attributes, line_of(at));
    if (!closed) return std::nullopt;
    std::uint32_t id = id_of(name);
    Known k = known_[id];
    if (k.flags & (kVoid | kIgnored)) return std::nullopt;
    if (k.flags & kPlaintext) {
      plaintext_ = true;
      return std::nullopt;
    }
    if (*closed && (xml_ || foreign_ > 0)) return std::nullopt;
    if (k.flags & kRawText) {
      skip_raw_text(name);
      return std::nullopt;
    }
    if ((k.flags & kClosesP) && family_[kP] > 0) pop_through_family(kP);
    if (k.family != kNone && k.family != kP && family_[k.family] > 0) {
      if (k.family == kForm) return std::nullopt;  // a nested form is dropped, not nested
      pop_through_family(k.family);
    }
    push(id);
    if (stack_.size() > limits_.max_depth) return depth_limit_message(limits_.max_depth, line_of(at));
    return std::nullopt;
  }

  void end_tag() {
    std::string name = read_name();
    skip_past(">");
    auto it = ids_.find(name);
    if (it == ids_.end() || counts_[it->second] == 0) return;  // closes nothing open
    while (!stack_.empty()) {
      std::uint32_t top = pop();
      if (top == it->second) break;
    }
  }

  void skip_raw_text(const std::string& name) {
    while (i_ < s_.size()) {
      std::size_t p = s_.find("</", i_);
      if (p == std::string_view::npos) {
        i_ = s_.size();
        return;
      }
      i_ = p + 2;
      std::size_t k = 0;
      while (k < name.size() && i_ + k < s_.size() && lower(s_[i_ + k]) == name[k]) ++k;
      std::size_t after = i_ + k;
      if (k == name.size() && (after >= s_.size() || is_space(s_[after]) || s_[after] == '/' || s_[after] == '>')) {
        skip_past(">");
        return;
      }
    }
  }

  void push(std::uint32_t id) {
    stack_.push_back(id);
    ++counts_[id];
    ++family_[known_[id].family];
    if (known_[id].flags & kForeign) ++foreign_;
  }
  std::uint32_t pop() {
    std::uint32_t top = stack_.back();
    stack_.pop_back();
    --counts_[top];
    --family_[known_[top].family];
    if (known_[top].flags & kForeign) --foreign_;
    return top;
  }
  void pop_through_family(Family f) {
    while (!stack_.empty())
      if (known_[pop()].family == f) break;
  }

  std::size_t line_of(std::size_t offset) const {
    return 1 + static_cast<std::size_t>(std::count(s_.begin(), s_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  }

  std::string_view s_;
  bool xml_;
  const ParseLimits& limits_;
  std::size_t i_ = 0;
  bool plaintext_ = false;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::uint32_t> counts_;
  std::vector<Known> known_;
  std::vector<std::uint32_t> stack_;
  std::uint32_t family_[kFamilies] = {};
  std::uint32_t foreign_ = 0;
};

}  // namespace

std::optional<std::string> prescan_limits(std::string_view text, MarkupSyntax syntax, const ParseLimits& limits) {
  return Scanner(text, syntax, limits).run();
}

std::string depth_limit_message(std::size_t max_depth, std::size_t line) {
  std::string m = "elements nest deeper than the limit of " + std::to_string(max_depth) + " levels";
  if (line > 0) m += " (line " + std::to_string(line) + ")";
  return m + "; raise it with --max-depth";
}

std::string attribute_limit_message(std::size_t max_attributes, std::size_t line) {
  std::string m = "an element has more than the limit of " + std::to_string(max_attributes) + " attributes";
  if (line > 0) m += " (line " + std::to_string(line) + ")";
  return m + "; raise it with --max-attributes";
}

}  // namespace rampa
