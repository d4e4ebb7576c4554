#include "semantics/css/generated.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "document/ascii.hpp"
#include "semantics/css/cascade.hpp"
#include "semantics/css/selectors.hpp"

namespace rampa::css {

namespace {

enum class Pseudo : std::uint8_t { before, after };

// One ::before or ::after selector of a rule that sets `content`.
struct Entry {
  const ComplexSelector* selector;
  const Declaration* content;
  Tri applies;   // the rule's condition (media queries and the sheet's)
  bool layered;  // in a cascade layer, whose order this reader does not follow
  std::uint32_t order;
  Pseudo pseudo;
};

// Cascade order for one pseudo-element, cascade layers left aside:
// importance, then specificity, then order of appearance.
bool beats(const Entry& a, const Entry& b) {
  if (a.content->important != b.content->important) return a.content->important;
  if (a.selector->specificity != b.selector->specificity) return a.selector->specificity > b.selector->specificity;
  return a.order > b.order;
}

// What a `content` value shows, and its alternative text after "/".
struct Value {
  std::string text, alt;
  bool has_alt = false;
  bool certain = true;
  bool none = false;  // none or normal: no box, no text
};

Value read_value(const Declaration& d, const Node& e, const Document& doc) {
  Value v;
  const std::vector<Token>& t = d.value;
  bool in_alt = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string& out = in_alt ? v.alt : v.text;
    const Token& k = t[i];
    if (k.is(TokenType::whitespace)) continue;
    if (k.is(TokenType::string)) {
      out += k.value;
    } else if (k.is_delim('/')) {
      in_alt = true;
      v.has_alt = true;
    } else if (k.is(TokenType::ident)) {
      if (k.is_ident("none") || k.is_ident("normal")) v.none = true;
      // Quotes speak nothing in a name; any other keyword (inherit, a
      // CSS-wide one) is a value this reader does not resolve.
      else if (!k.is_ident("open-quote") && !k.is_ident("close-quote") && !k.is_ident("no-open-quote") &&
               !k.is_ident("no-close-quote"))
        v.certain = false;
    } else if (k.is(TokenType::function)) {
      const std::size_t end = skip_block(t, i + 1, TokenType::function);
      if (k.is_function("attr")) {
        // attr(name): the element's attribute, or nothing.
        for (std::size_t j = i + 1; j < end; ++j)
          if (t[j].is(TokenType::ident)) {
            for (const Attribute& a : e.attributes())
              if (ascii_lower(doc.spelling(a.name)) == ascii_lower(t[j].value)) out += a.value;
            break;
          }
      } else if (!k.is_function("url") && !k.is_function("image-set") && !k.is_function("linear-gradient") &&
                 !k.is_function("radial-gradient")) {
        v.certain = false;  // counter(), counters() and the like: a number or text unknown here
      }
      i = end - 1;
    } else if (k.is(TokenType::url)) {
      // An image: it speaks only through the alternative text.
    } else {
      v.certain = false;
    }
  }
  return v;
}

// Private-use code points (icon fonts) and the whitespace around them are
// dropped: a glyph from an icon font reads as nothing, or as noise.
std::string without_private_use(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + len > s.size()) len = s.size() - i;
    char32_t cp = 0;
    if (len == 3) cp = ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (len == 4) cp = ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    const bool private_use = (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
    if (!private_use) out.append(s, i, len);
    i += len;
  }
  return ascii::blank(out) ? std::string() : out;
}

bool single_character(std::string_view s) {
  s = ascii::trim(s);
  if (s.empty()) return false;
  std::size_t starts = 0;
  for (char c : s) starts += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return starts == 1;
}

using Buckets = std::unordered_map<std::string, std::vector<std::uint32_t>>;

// Replaced and void elements have no ::before or ::after box.
bool replaced(const Node& e) {
  if (e.ns != Namespace::html) return true;
  for (Name n : {tag::img, tag::input, tag::textarea, tag::select, tag::iframe, tag::video, tag::audio, tag::canvas,
                 tag::embed, tag::object, tag::br, tag::wbr, tag::meta, tag::link, tag::script, tag::style})
    if (e.is(n)) return true;
  return false;
}

}  // namespace

GeneratedContent GeneratedContent::compute(const Document& doc, const Styles& styles) {
  GeneratedContent out;
  std::vector<Entry> entries;
  Buckets by_id, by_class, by_tag;
  std::vector<std::uint32_t> others;
  std::uint32_t order = 0;
  for (const AuthorSheet& sheet : styles.sheets()) {
    const ParsedSheet& parsed = *sheet.parsed;
    for (std::size_t r = 0; r < parsed.sheet.rules.size(); ++r, ++order) {
      const StyleRule& rule = parsed.sheet.rules[r];
      const Tri applies = (sheet.condition && rule.condition).applies;
      if (applies == Tri::no || !parsed.selectors[r].list) continue;
      const Declaration* content[2] = {nullptr, nullptr};  // normal, important: the last of each
      for (const Declaration& d : rule.declarations)
        if (d.property == "content") content[d.important ? 1 : 0] = &d;
      for (const Declaration* d : content) {
        if (d == nullptr) continue;
        for (const ComplexSelector& sel : *parsed.selectors[r].list) {
          if (sel.pseudo_element != "before" && sel.pseudo_element != "after") continue;
          if (never_matches(sel)) continue;
          const auto id = static_cast<std::uint32_t>(entries.size());
          entries.push_back({&sel, d, applies, rule.layer != kUnlayered, order,
                             sel.pseudo_element == "before" ? Pseudo::before : Pseudo::after});
          const SimpleSelector* best = nullptr;
          auto weight = [](const SimpleSelector* x) {
            if (x == nullptr) return 0;
            switch (x->kind) {
              case SimpleSelector::Kind::id: return 3;
              case SimpleSelector::Kind::class_: return 2;
              case SimpleSelector::Kind::type: return 1;
              default: return 0;
            }
          };
          const Compound& right = sel.compounds.front();
          for (std::uint32_t k = right.begin; k < right.end; ++k)
            if (weight(&sel.simples[k]) > weight(best)) best = &sel.simples[k];
          if (best == nullptr) others.push_back(id);
          else if (best->kind == SimpleSelector::Kind::id) by_id[best->text].push_back(id);
          else if (best->kind == SimpleSelector::Kind::class_) by_class[best->text].push_back(id);
          else by_tag[best->text].push_back(id);
        }
      }
    }
  }
  if (entries.empty()) return out;

  Matcher matcher(doc);
  std::vector<std::uint32_t> candidates;
  std::string tag;
  for (const Node* ep : doc.elements()) {
    const Node& e = *ep;
    if (e.in_template || replaced(e)) continue;
    candidates.clear();
    auto take = [&](const Buckets& m, std::string_view key) {
      if (m.empty()) return;
      if (auto it = m.find(std::string(key)); it != m.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    };
    if (auto id = e.attr(attr::id)) take(by_id, *id);
    if (auto cls = e.attr(attr::class_); cls && !by_class.empty())
      ascii::any_token(*cls, [&](std::string_view c) {
        take(by_class, c);
        return false;
      });
    tag = ascii_lower(doc.spelling(e.name));
    take(by_tag, tag);
    candidates.insert(candidates.end(), others.begin(), others.end());
    if (candidates.empty()) continue;
    // A class written twice brings its rules twice; once is enough.
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    const Entry* best[2] = {nullptr, nullptr};
    Tri matched[2] = {Tri::no, Tri::no};
    bool layered = false;
    for (std::uint32_t id : candidates) {
      const Entry& c = entries[id];
      const Tri m = c.applies && matcher.matches_originating(*c.selector, e);
      if (m == Tri::no) continue;
      layered = layered || c.layered;
      const auto p = static_cast<std::size_t>(c.pseudo);
      if (best[p] == nullptr || beats(c, *best[p])) {
        best[p] = &c;
        matched[p] = m;
      }
    }
    GeneratedText g;
    g.certain = !layered;
    for (std::size_t p = 0; p < 2; ++p) {
      if (best[p] == nullptr) continue;
      const Value v = read_value(*best[p]->content, e, doc);
      g.certain = g.certain && v.certain && matched[p] == Tri::yes;
      if (v.none) continue;
      std::string text = without_private_use(v.has_alt ? v.alt : v.text);
      // A lone character with no alternative text is most likely a glyph
      // of an icon font mapped onto a letter ('\7a' drawn as a magnifier):
      // browsers read it out, though it names nothing, so it is neither
      // taken as a name nor proof that there is none.
      if (!v.has_alt && single_character(text)) {
        g.certain = false;
        continue;
      }
      (p == 0 ? g.before : g.after) = std::move(text);
    }
    if (!g.before.empty() || !g.after.empty() || !g.certain) out.by_element_.emplace_back(e.element_index, std::move(g));
  }
  return out;
}

const GeneratedText* GeneratedContent::of(const Node& element) const {
  auto it = std::lower_bound(by_element_.begin(), by_element_.end(), element.element_index,
                             [](const auto& entry, std::uint32_t i) { return entry.first < i; });
  return it != by_element_.end() && it->first == element.element_index ? &it->second : nullptr;
}

}  // namespace rampa::css
