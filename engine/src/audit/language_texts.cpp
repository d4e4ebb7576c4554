#include "audit/language_texts.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rampa {

namespace {

// Text in them is code, data or a list of choices, not prose in the page's
// language; script and style are not text at all.
bool holds_no_prose(const Node& e) {
  return e.is(tag::code) || e.is(tag::pre) || e.is(tag::kbd) || e.is(tag::samp) || e.is(tag::var) ||
         e.is(tag::select) || e.is(tag::datalist) || e.is(tag::textarea) || e.is(tag::script) ||
         e.is(tag::style) || e.is(tag::template_) || e.is(tag::noscript) || e.is_in(Namespace::mathml, tag::math);
}

// Elements that sit inside a line of text: their text joins the run around
// them, so "<p>Lea <a>las bases</a> antes</p>" is one sentence.
bool inline_element(const Node& e) {
  return e.is(tag::a) || e.is(tag::abbr) || e.is(tag::b) || e.is(tag::bdi) || e.is(tag::bdo) ||
         e.is(tag::cite) || e.is(tag::data) || e.is(tag::dfn) || e.is(tag::em) || e.is(tag::font) ||
         e.is(tag::i) || e.is(tag::ins) || e.is(tag::del) || e.is(tag::label) || e.is(tag::mark) ||
         e.is(tag::q) || e.is(tag::s) || e.is(tag::small) || e.is(tag::span) || e.is(tag::strong) ||
         e.is(tag::sub) || e.is(tag::sup) || e.is(tag::time) || e.is(tag::u) || e.is(tag::wbr);
}

// A control or a line break ends the line of text before it: the labels of
// two fields in a row are two labels, not one sentence.
bool ends_line(const Node& e) {
  return e.is(tag::input) || e.is(tag::button) || e.is(tag::select) || e.is(tag::textarea) || e.is(tag::br);
}

struct Count {
  std::uint32_t words = 0;
  std::uint32_t capitalised = 0;
};

Count count_words(std::string_view s) {
  Count c;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  bool in_word = false, lettered = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 cp = bytes[i];
    bool space, letter, capital;
    // Most of the text is ASCII: no need to ask ICU about it.
    if (cp < 0x80) {
      ++i;
      space = cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f';
      capital = cp >= 'A' && cp <= 'Z';
      letter = capital || (cp >= 'a' && cp <= 'z');
    } else {
      U8_NEXT(bytes, i, length, cp);
      space = cp < 0 || u_isUWhiteSpace(cp);
      letter = !space && u_isalpha(cp);
      capital = letter && (u_isupper(cp) || u_istitle(cp));
    }
    if (space) {
      in_word = false;
      continue;
    }
    if (!in_word) {
      in_word = true;
      lettered = false;
    }
    if (!lettered && letter) {
      lettered = true;
      ++c.words;
      if (capital) ++c.capitalised;
    }
  }
  return c;
}

bool perceivable(const ElementSemantics& s) { return !(s.visible == Tri::no && s.hidden == Tri::yes); }
bool shown_or_exposed(const ElementSemantics& s) { return s.visible == Tri::yes || s.hidden == Tri::no; }

struct Frame {
  std::uint32_t owner;
  const Node* block;
  bool prose;
};

class Gatherer {
 public:
  Gatherer(const Semantics& sem, std::vector<LanguageText>& texts) : sem_(sem), texts_(texts) {}

  std::uint32_t add_owner(const Node& e) {
    texts_.push_back({});
    texts_.back().owner = &e;
    open_.push_back({});
    return static_cast<std::uint32_t>(texts_.size() - 1);
  }

  void element(const Node& e, std::uint32_t owner) {
    const ElementSemantics& s = sem_.of(e);
    if (s.hidden == Tri::no && !sem_.name(e).empty()) texts_[owner].any_text = true;
    if (ends_line(e)) close(owner);
  }

  void text(const Node& t, const Frame& f) {
    const ElementSemantics& s = sem_.of(*t.parent);
    if (!perceivable(s) || blank(t.text)) return;
    texts_[f.owner].any_text = true;
    if (!f.prose || !shown_or_exposed(s)) return;
    Open& open = open_[f.owner];
    if (open.block != f.block) close(f.owner);
    open.block = f.block;
    append_collapsed(open.text, t.text);
  }

  void finish() {
    for (std::uint32_t k = 0; k < open_.size(); ++k) close(k);
  }

 private:
  struct Open {
    const Node* block = nullptr;
    std::string text;
  };

  static bool blank(std::string_view s) {
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
    return true;
  }

  // Runs of spaces (and no-break spaces, which the guesser would take for
  // letters) become one space.
  static void append_collapsed(std::string& out, std::string_view s) {
    auto is_space = [&](std::size_t i) {
      char c = s[i];
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
             (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0');
    };
    bool space = !out.empty();
    for (std::size_t i = 0; i < s.size();) {
      if (is_space(i)) {
        space = true;
        i += s[i] == '\xC2' ? 2 : 1;
        continue;
      }
      std::size_t end = i + 1;
      while (end < s.size() && !is_space(end)) ++end;
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(s.substr(i, end - i));
      i = end;
    }
  }

  void close(std::uint32_t owner) {
    Open& open = open_[owner];
    if (!open.text.empty()) {
      Count c = count_words(open.text);
      if (c.words >= LanguageText::kRunWords && c.capitalised * 3 <= c.words * 2) {
        LanguageText& lt = texts_[owner];
        lt.text += open.text;
        lt.text += '\n';
        lt.runs.push_back({static_cast<std::uint32_t>(lt.text.size()), c.words});
        lt.words += c.words;
      }
    }
    open.text.clear();
    open.block = nullptr;
  }

  const Semantics& sem_;
  std::vector<LanguageText>& texts_;
  std::vector<Open> open_;  // parallel to texts_
};

}  // namespace

LanguageTexts::LanguageTexts(const Document& doc, const Semantics& semantics) {
  const Node* root = doc.root();
  if (root == nullptr) return;
  Gatherer g(semantics, texts_);
  index_.emplace(root, g.add_owner(*root));
  g.element(*root, 0);
  // One walk, keeping what each open element passes to its children: whose
  // language the text is in, which block it belongs to, whether it is prose.
  std::vector<Frame> stack{{0, root, !holds_no_prose(*root)}};
  const Node* cur = root->first_child;
  while (cur != nullptr) {
    if (cur->is_element()) {
      Frame f = stack.back();
      if (cur->has(attr::lang)) {
        f.owner = g.add_owner(*cur);
        index_.emplace(cur, f.owner);
      }
      if (!inline_element(*cur)) f.block = cur;
      if (cur->in_template || holds_no_prose(*cur)) f.prose = false;
      g.element(*cur, f.owner);
      if (cur->first_child != nullptr) {
        stack.push_back(f);
        cur = cur->first_child;
        continue;
      }
    } else if (cur->is_text() && cur->parent != nullptr && cur->parent->is_element()) {
      g.text(*cur, stack.back());
    }
    while (cur != nullptr && cur->next_sibling == nullptr) {
      cur = cur->parent;
      stack.pop_back();
      if (stack.empty()) cur = nullptr;
    }
    if (cur != nullptr) cur = cur->next_sibling;
  }
  g.finish();
}

const LanguageText* LanguageTexts::of(const Node& element) const {
  auto it = index_.find(&element);
  return it == index_.end() ? nullptr : &texts_[it->second];
}

}  // namespace rampa
