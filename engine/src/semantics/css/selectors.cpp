#include "semantics/css/selectors.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <unordered_map>

#include "document/ascii.hpp"
#include "semantics/css/tokenizer.hpp"

namespace rampa::css {

namespace {

// :is(:not(:is(...))) nests by recursion in parsing and matching; real
// style sheets nest two or three deep, so anything deeper is invalid.
constexpr int kMaxArgumentNesting = 32;

bool is_ws(const Token& t) { return t.type == TokenType::whitespace; }

// HTML §4.16.2: attributes whose values selectors compare ignoring ASCII
// case in HTML documents.
bool html_value_case_insensitive(std::string_view attr) {
  static constexpr std::array<std::string_view, 46> kNames = {
      "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked",
      "clear", "codetype", "color", "compact", "declare", "defer", "dir", "direction",
      "disabled", "enctype", "face", "frame", "hreflang", "http-equiv", "lang", "language",
      "link", "media", "method", "multiple", "nohref", "noresize", "noshade", "nowrap",
      "readonly", "rel", "rev", "rules", "scope", "scrolling", "selected", "shape", "target",
      "text", "type", "valign", "valuetype", "vlink"};
  return std::find(kNames.begin(), kNames.end(), attr) != kNames.end();
}

struct PseudoInfo {
  std::string_view name;
  PseudoClass pseudo;
  bool dynamic;
};

// Selectors 4 and HTML §4.16.3 pseudo-classes without arguments.
constexpr std::array<PseudoInfo, 57> kPseudoClasses = {{
    {"root", PseudoClass::root, false}, {"empty", PseudoClass::empty, false},
    {"first-child", PseudoClass::first_child, false}, {"last-child", PseudoClass::last_child, false},
    {"only-child", PseudoClass::only_child, false}, {"first-of-type", PseudoClass::first_of_type, false},
    {"last-of-type", PseudoClass::last_of_type, false}, {"only-of-type", PseudoClass::only_of_type, false},
    {"link", PseudoClass::link, false}, {"any-link", PseudoClass::any_link, false},
    {"-webkit-any-link", PseudoClass::any_link, false},
    {"checked", PseudoClass::checked, true}, {"disabled", PseudoClass::disabled, false},
    {"enabled", PseudoClass::enabled, false}, {"required", PseudoClass::required, false},
    {"optional", PseudoClass::optional, false}, {"read-only", PseudoClass::read_only, false},
    {"read-write", PseudoClass::read_write, false},
    {"placeholder-shown", PseudoClass::placeholder_shown, true},
    {"defined", PseudoClass::defined, false}, {"scope", PseudoClass::scope, false},
    {"hover", PseudoClass::hover, true}, {"active", PseudoClass::active, true},
    {"focus", PseudoClass::focus, true}, {"focus-visible", PseudoClass::focus_visible, true},
    {"focus-within", PseudoClass::focus_within, true}, {"visited", PseudoClass::visited, true},
    {"target", PseudoClass::target, true}, {"target-within", PseudoClass::target, true},
    {"local-link", PseudoClass::unknown, false},
    {"host", PseudoClass::never, false},
    {"indeterminate", PseudoClass::unknown, true}, {"default", PseudoClass::unknown, false},
    {"valid", PseudoClass::unknown, true}, {"invalid", PseudoClass::unknown, true},
    {"user-valid", PseudoClass::unknown, true}, {"user-invalid", PseudoClass::unknown, true},
    {"in-range", PseudoClass::unknown, true}, {"out-of-range", PseudoClass::unknown, true},
    {"autofill", PseudoClass::unknown, true}, {"-webkit-autofill", PseudoClass::unknown, true},
    {"fullscreen", PseudoClass::unknown, true}, {"modal", PseudoClass::unknown, true},
    {"popover-open", PseudoClass::unknown, true}, {"open", PseudoClass::unknown, true},
    {"closed", PseudoClass::unknown, true}, {"playing", PseudoClass::unknown, true},
    {"paused", PseudoClass::unknown, true}, {"seeking", PseudoClass::unknown, true},
    {"muted", PseudoClass::unknown, true}, {"volume-locked", PseudoClass::unknown, true},
    {"blank", PseudoClass::unknown, true}, {"current", PseudoClass::unknown, true},
    {"past", PseudoClass::unknown, true}, {"future", PseudoClass::unknown, true},
    {"picture-in-picture", PseudoClass::unknown, true}, {"buffering", PseudoClass::unknown, true},
}};

// Selectors 4 §3.6.3: the four legacy pseudo-elements may be written with
// one colon.
bool is_legacy_pseudo_element(std::string_view n) {
  return n == "before" || n == "after" || n == "first-line" || n == "first-letter";
}

bool is_pseudo_element(std::string_view n) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "before", "after", "first-line", "first-letter", "marker", "placeholder", "selection",
      "backdrop", "file-selector-button", "target-text", "spelling-error", "grammar-error",
      "cue", "cue-region", "details-content", "search-text", "column"};
  // Vendor-prefixed pseudo-elements are accepted by the engines that know
  // them, and only ever style a pseudo-element.
  return std::find(kNames.begin(), kNames.end(), n) != kNames.end() || n.starts_with("-webkit-") ||
         n.starts_with("-moz-") || n.starts_with("-ms-");
}

Specificity add(Specificity x, Specificity y) { return {x.a + y.a, x.b + y.b, x.c + y.c}; }

class SelectorParser {
 public:
  SelectorParser(int depth, bool* too_deep) : depth_(depth), too_deep_(too_deep) {}

  // A list; with `forgiving`, invalid members are dropped instead of
  // invalidating the list.
  std::optional<SelectorList> list(std::span<const Token> t, bool forgiving) {
    SelectorList out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i) {
      if (i < t.size() && opens_block(t[i].type)) {
        i = skip_block(t, i + 1, t[i].type) - 1;
        continue;
      }
      if (i == t.size() || t[i].is(TokenType::comma)) {
        std::optional<ComplexSelector> c = complex(t.subspan(start, i - start));
        if (c) out.push_back(std::move(*c));
        else if (!forgiving) return std::nullopt;
        start = i + 1;
      }
    }
    return out;
  }

 private:
  std::optional<ComplexSelector> complex(std::span<const Token> t) {
    t_ = t;
    i_ = 0;
    ComplexSelector out;
    struct Part {
      std::vector<SimpleSelector> simples;
      Combinator left = Combinator::descendant;
    };
    std::vector<Part> parts;  // left to right
    skip_ws();
    if (i_ >= t_.size()) return std::nullopt;
    for (;;) {
      Part part;
      if (!out.pseudo_element.empty()) return std::nullopt;  // nothing may follow ::x but :states
      if (!compound(part.simples, out)) return std::nullopt;
      parts.push_back(std::move(part));
      bool space = skip_ws();
      if (i_ >= t_.size()) break;
      Combinator c = Combinator::descendant;
      if (t_[i_].is_delim('>')) c = Combinator::child;
      else if (t_[i_].is_delim('+')) c = Combinator::next_sibling;
      else if (t_[i_].is_delim('~')) c = Combinator::subsequent_sibling;
      else if (!space) return std::nullopt;
      if (c != Combinator::descendant) {
        ++i_;
        skip_ws();
        if (i_ >= t_.size()) return std::nullopt;
      }
      parts.back().left = c;  // stored on the left part for now
    }
    // Right to left; each compound keeps the combinator to its left.
    for (std::size_t k = parts.size(); k-- > 0;) {
      Compound c;
      c.begin = static_cast<std::uint32_t>(out.simples.size());
      for (SimpleSelector& s : parts[k].simples) out.simples.push_back(std::move(s));
      c.end = static_cast<std::uint32_t>(out.simples.size());
      c.combinator = k > 0 ? parts[k - 1].left : Combinator::descendant;
      if (k + 1 < parts.size() && (out.focus && !out.focus_beyond_subject)) {
        for (std::uint32_t s = c.begin; s < c.end; ++s)
          if (focus_related(out.simples[s])) out.focus_beyond_subject = true;
      }
      out.compounds.push_back(c);
    }
    for (const SimpleSelector& s : out.simples) out.specificity = add(out.specificity, specificity_of(s));
    if (!out.pseudo_element.empty()) out.specificity.c += 1;
    return out;
  }

  static bool focus_related(const SimpleSelector& s) {
    if (s.kind != SimpleSelector::Kind::pseudo_class) return false;
    if (s.pseudo == PseudoClass::focus || s.pseudo == PseudoClass::focus_visible ||
        s.pseudo == PseudoClass::focus_within)
      return true;
    for (const ComplexSelector& a : s.args)
      if (a.focus) return true;
    return false;
  }

  // Selectors 4 §17.
  static Specificity specificity_of(const SimpleSelector& s) {
    using K = SimpleSelector::Kind;
    switch (s.kind) {
      case K::id: return {1, 0, 0};
      case K::class_: case K::attribute: return {0, 1, 0};
      case K::type: return {0, 0, 1};
      case K::universal: return {};
      case K::pseudo_class: break;
    }
    Specificity max_arg;
    for (const ComplexSelector& a : s.args) max_arg = std::max(max_arg, a.specificity);
    switch (s.pseudo) {
      case PseudoClass::where: return {};
      case PseudoClass::is: case PseudoClass::not_: return max_arg;
      case PseudoClass::nth_child: case PseudoClass::nth_last_child: return add({0, 1, 0}, max_arg);
      default: return {0, 1, 0};
    }
  }

  bool skip_ws() {
    bool any = false;
    while (i_ < t_.size() && is_ws(t_[i_])) {
      ++i_;
      any = true;
    }
    return any;
  }

  bool at_end_of_compound() const {
    if (i_ >= t_.size()) return true;
    const Token& t = t_[i_];
    return is_ws(t) || t.is_delim('>') || t.is_delim('+') || t.is_delim('~');
  }

  // Skips a namespace prefix ("svg|", "*|", "|"): namespaces are not
  // followed, HTML documents style one namespace in practice.
  void skip_namespace_prefix() {
    auto is_name = [&](std::size_t k) {
      return k < t_.size() && (t_[k].is(TokenType::ident) || t_[k].is_delim('*'));
    };
    if (i_ < t_.size() && t_[i_].is_delim('|') && is_name(i_ + 1)) ++i_;
    else if (is_name(i_) && i_ + 1 < t_.size() && t_[i_ + 1].is_delim('|') && is_name(i_ + 2)) i_ += 2;
  }

  bool compound(std::vector<SimpleSelector>& out, ComplexSelector& cx) {
    std::size_t start = i_;
    skip_namespace_prefix();
    if (i_ < t_.size() && t_[i_].is(TokenType::ident)) {
      SimpleSelector s;
      s.kind = SimpleSelector::Kind::type;
      s.text = ascii_lower(t_[i_].value);
      s.name = known_name(s.text);
      out.push_back(std::move(s));
      ++i_;
    } else if (i_ < t_.size() && t_[i_].is_delim('*')) {
      out.push_back(SimpleSelector{});
      ++i_;
    }
    while (!at_end_of_compound()) {
      if (!cx.pseudo_element.empty() && !t_[i_].is(TokenType::colon)) return false;
      if (!subclass(out, cx)) return false;
    }
    return i_ > start;
  }

  bool subclass(std::vector<SimpleSelector>& out, ComplexSelector& cx) {
    const Token& t = t_[i_];
    SimpleSelector s;
    if (t.is(TokenType::hash)) {
      if (!t.hash_is_id) return false;
      s.kind = SimpleSelector::Kind::id;
      s.text = t.value;
      ++i_;
    } else if (t.is_delim('.')) {
      if (i_ + 1 >= t_.size() || !t_[i_ + 1].is(TokenType::ident)) return false;
      s.kind = SimpleSelector::Kind::class_;
      s.text = t_[i_ + 1].value;
      i_ += 2;
    } else if (t.is(TokenType::open_square)) {
      std::size_t end = skip_block(t_, i_ + 1, TokenType::open_square);
      bool ok = end <= t_.size() && end > i_ + 1 && t_[end - 1].is(TokenType::close_square) &&
                attribute(t_.subspan(i_ + 1, end - i_ - 2), s);
      if (!ok) return false;
      i_ = end;
    } else if (t.is(TokenType::colon)) {
      return pseudo(out, cx);
    } else {
      return false;
    }
    out.push_back(std::move(s));
    return true;
  }

  // Selectors 4 §6: [ns|name], [name op value flag?]
  static bool attribute(std::span<const Token> t, SimpleSelector& s) {
    std::size_t k = 0;
    auto ws = [&] { while (k < t.size() && is_ws(t[k])) ++k; };
    ws();
    if (k + 1 < t.size() && (t[k].is_delim('|') || t[k].is_delim('*') || t[k].is(TokenType::ident)) &&
        t[k + 1].is_delim('|') && !(k + 2 < t.size() && t[k + 2].is_delim('='))) {
      k += 2;  // namespace prefix
    } else if (k < t.size() && t[k].is_delim('|')) {
      ++k;
    }
    if (k >= t.size() || !t[k].is(TokenType::ident)) return false;
    s.kind = SimpleSelector::Kind::attribute;
    s.text = ascii_lower(t[k].value);
    s.name = known_name(s.text);
    ++k;
    ws();
    if (k >= t.size()) return true;
    if (t[k].is_delim('=')) {
      s.op = AttrOp::equals;
      ++k;
    } else if (k + 1 < t.size() && t[k + 1].is_delim('=') && t[k].type == TokenType::delim) {
      switch (t[k].delim) {
        case '~': s.op = AttrOp::includes; break;
        case '|': s.op = AttrOp::dash; break;
        case '^': s.op = AttrOp::prefix; break;
        case '$': s.op = AttrOp::suffix; break;
        case '*': s.op = AttrOp::substring; break;
        default: return false;
      }
      k += 2;
    } else {
      return false;
    }
    ws();
    if (k >= t.size() || !(t[k].is(TokenType::ident) || t[k].is(TokenType::string))) return false;
    s.value = t[k].value;
    ++k;
    ws();
    s.html_case_insensitive = html_value_case_insensitive(s.text);
    if (k < t.size()) {
      if (t[k].is_ident("i")) {
        s.case_flag = SimpleSelector::CaseFlag::i;
      } else if (t[k].is_ident("s")) {
        s.case_flag = SimpleSelector::CaseFlag::s;
      } else {
        return false;
      }
      ++k;
      ws();
    }
    return k == t.size();
  }

  bool pseudo(std::vector<SimpleSelector>& out, ComplexSelector& cx) {
    ++i_;  // the colon
    bool element = false;
    if (i_ < t_.size() && t_[i_].is(TokenType::colon)) {
      element = true;
      ++i_;
    }
    if (i_ >= t_.size()) return false;
    const Token& t = t_[i_];
    std::string name = ascii_lower(t.value);
    if (t.is(TokenType::ident)) {
      ++i_;
      if (element || is_legacy_pseudo_element(name)) {
        if (!is_pseudo_element(name) || !cx.pseudo_element.empty()) return false;
        cx.pseudo_element = name;
        return true;
      }
      for (const PseudoInfo& p : kPseudoClasses) {
        if (p.name != name) continue;
        SimpleSelector s;
        s.kind = SimpleSelector::Kind::pseudo_class;
        s.pseudo = p.pseudo;
        note_flags(s, p.dynamic, cx);
        out.push_back(std::move(s));
        return true;
      }
      return false;
    }
    if (!t.is(TokenType::function)) return false;
    std::size_t end = skip_block(t_, i_ + 1, TokenType::function);
    if (end > t_.size() || end <= i_ + 1 || !t_[end - 1].is(TokenType::close_paren)) return false;
    std::span<const Token> args = t_.subspan(i_ + 1, end - i_ - 2);
    i_ = end;
    if (element) {
      // ::part(), ::slotted(), ::highlight(), ::cue(): arguments unchecked.
      if (!cx.pseudo_element.empty()) return false;
      cx.pseudo_element = name;
      return name == "part" || name == "slotted" || name == "highlight" || name == "cue" ||
             name == "cue-region" || name == "view-transition-group" ||
             name == "view-transition-image-pair" || name == "view-transition-old" ||
             name == "view-transition-new" || name.starts_with("-webkit-");
    }
    SimpleSelector s;
    s.kind = SimpleSelector::Kind::pseudo_class;
    if (name == "not" || name == "is" || name == "where" || name == "matches" || name == "-webkit-any") {
      if (depth_ >= kMaxArgumentNesting) return nested_too_deep();
      s.pseudo = name == "not" ? PseudoClass::not_ : name == "where" ? PseudoClass::where : PseudoClass::is;
      std::optional<SelectorList> inner = SelectorParser(depth_ + 1, too_deep_).list(args, s.pseudo != PseudoClass::not_);
      if (!inner) return false;
      for (const ComplexSelector& a : *inner)
        if (!a.pseudo_element.empty()) return false;
      s.args = std::move(*inner);
    } else if (name == "nth-child" || name == "nth-last-child" || name == "nth-of-type" ||
               name == "nth-last-of-type") {
      s.pseudo = name == "nth-child"        ? PseudoClass::nth_child
                 : name == "nth-last-child" ? PseudoClass::nth_last_child
                 : name == "nth-of-type"    ? PseudoClass::nth_of_type
                                            : PseudoClass::nth_last_of_type;
      std::size_t of = args.size();
      for (std::size_t k = 0; k < args.size(); ++k)
        if (args[k].is_ident("of")) of = k;
      if (!nth(args.first(of), s)) return false;
      if (of < args.size()) {
        bool of_allowed = s.pseudo == PseudoClass::nth_child || s.pseudo == PseudoClass::nth_last_child;
        if (!of_allowed) return false;
        if (depth_ >= kMaxArgumentNesting) return nested_too_deep();
        std::optional<SelectorList> inner = SelectorParser(depth_ + 1, too_deep_).list(args.subspan(of + 1), false);
        if (!inner || inner->empty()) return false;
        s.args = std::move(*inner);
      }
    } else if (name == "lang") {
      s.pseudo = PseudoClass::lang;
      for (const Token& a : args) {
        if (is_ws(a)) continue;
        if (a.is(TokenType::comma)) {
          s.text += ',';
        } else if (a.is(TokenType::ident) || a.is(TokenType::string)) {
          s.text += ascii_lower(a.value);
        } else {
          return false;
        }
      }
      if (s.text.empty()) return false;
    } else if (name == "has" || name == "dir" || name == "state" || name == "host-context" ||
               name == "host" || name == "heading" || name == "active-view-transition-type") {
      s.pseudo = name.starts_with("host") ? PseudoClass::never : PseudoClass::unknown;
    } else {
      return false;
    }
    note_flags(s, false, cx);
    out.push_back(std::move(s));
    return true;
  }

  static void note_flags(const SimpleSelector& s, bool dynamic, ComplexSelector& cx) {
    if (dynamic) cx.dynamic = true;
    // :lang() without a declared language and undefined custom elements
    // are unknown too.
    if (s.pseudo == PseudoClass::unknown || s.pseudo == PseudoClass::lang || s.pseudo == PseudoClass::defined)
      cx.indeterminate = true;
    if (s.pseudo == PseudoClass::focus || s.pseudo == PseudoClass::focus_visible ||
        s.pseudo == PseudoClass::focus_within)
      cx.focus = true;
    if (s.pseudo == PseudoClass::focus_within) cx.focus_beyond_subject = true;
    if ((s.pseudo >= PseudoClass::first_child && s.pseudo <= PseudoClass::nth_last_of_type) ||
        s.pseudo == PseudoClass::focus_within)
      cx.uses_structure = true;
    for (const ComplexSelector& a : s.args) {
      cx.uses_structure = cx.uses_structure || a.uses_structure;
      cx.dynamic = cx.dynamic || a.dynamic;
      cx.focus = cx.focus || a.focus;
      cx.focus_beyond_subject = cx.focus_beyond_subject || a.focus_beyond_subject;
      cx.indeterminate = cx.indeterminate || a.indeterminate;
    }
  }

  // CSS Syntax 3 §6, the An+B microsyntax, read from the tokens' values.
  static bool nth(std::span<const Token> t, SimpleSelector& s) {
    std::string text;
    bool after_sign = false;
    for (const Token& tok : t) {
      if (is_ws(tok)) continue;
      char buf[32];
      auto write_int = [&](double v, bool keep_sign) {
        long long n = v > 1e9 ? 1000000000LL : v < -1e9 ? -1000000000LL : static_cast<long long>(v);
        if (!keep_sign && n < 0) n = -n;
        auto r = std::to_chars(buf, buf + sizeof buf, n);
        if (keep_sign && n >= 0) text += '+';
        text.append(buf, r.ptr);
      };
      switch (tok.type) {
        case TokenType::ident: text += ascii_lower(tok.value); break;
        case TokenType::delim:
          if (tok.delim != '+' && tok.delim != '-') return false;
          text += tok.delim;
          after_sign = true;
          continue;
        case TokenType::number:
          if (!tok.is_integer) return false;
          write_int(tok.number, !after_sign && !text.empty());
          break;
        case TokenType::dimension:
          if (!tok.is_integer) return false;
          write_int(tok.number, false);
          if (tok.number < 0 && text.empty()) text.insert(0, "-");
          text += ascii_lower(tok.value);
          break;
        default: return false;
      }
      after_sign = false;
    }
    if (text == "odd") {
      s.a = 2, s.b = 1;
      return true;
    }
    if (text == "even") {
      s.a = 2, s.b = 0;
      return true;
    }
    std::size_t n = text.find('n');
    auto parse_int = [](std::string_view v, int& out) {
      if (!v.empty() && v.front() == '+') v.remove_prefix(1);
      if (v.empty()) return false;
      long long x = 0;
      auto r = std::from_chars(v.data(), v.data() + v.size(), x);
      if (r.ec != std::errc{} || r.ptr != v.data() + v.size()) return false;
      out = static_cast<int>(std::clamp<long long>(x, INT_MIN / 2, INT_MAX / 2));
      return true;
    };
    if (n == std::string::npos) {
      s.a = 0;
      return parse_int(text, s.b);
    }
    std::string_view a(text.data(), n), b(text.data() + n + 1, text.size() - n - 1);
    if (a.empty() || a == "+") s.a = 1;
    else if (a == "-") s.a = -1;
    else if (!parse_int(a, s.a)) return false;
    if (b.empty()) {
      s.b = 0;
      return true;
    }
    if (b.front() != '+' && b.front() != '-') return false;
    if (b.size() > 1 && (b[1] == '+' || b[1] == '-')) return false;
    return parse_int(b, s.b);
  }

  std::span<const Token> t_;
  std::size_t i_ = 0;
  // Valid CSS this checker will not follow: the caller learns that the
  // styles are incomplete rather than the selector being dropped unseen.
  bool nested_too_deep() {
    if (too_deep_ != nullptr) *too_deep_ = true;
    return false;
  }

  int depth_;
  bool* too_deep_;
};

const Node* parent_element(const Node& e) {
  const Node* p = e.parent;
  if (p == nullptr || !p->is_element()) return nullptr;
  // Template contents are a separate fragment: selectors do not cross it.
  if (p->is(tag::template_) && e.in_template) return nullptr;
  return p;
}

const Node* prev_element(const Node& e) {
  for (const Node* s = e.prev_sibling; s != nullptr; s = s->prev_sibling)
    if (s->is_element()) return s;
  return nullptr;
}

const Node* next_element(const Node& e) {
  for (const Node* s = e.next_sibling; s != nullptr; s = s->next_sibling)
    if (s->is_element()) return s;
  return nullptr;
}

bool same_type(const Node& a, const Node& b) { return a.name == b.name && a.ns == b.ns; }

bool nth_matches(int a, int b, std::int64_t index) {
  std::int64_t d = index - b;
  if (a == 0) return d == 0;
  return d % a == 0 && d / a >= 0;
}

bool equals_ci(std::string_view x, std::string_view y, bool ci) {
  if (x.size() != y.size()) return false;
  if (!ci) return x == y;
  return ascii_lower(x) == ascii_lower(y);
}

bool contains_ci(std::string_view hay, std::string_view needle, bool ci) {
  if (!ci) return hay.find(needle) != std::string_view::npos;
  return ascii_lower(hay).find(ascii_lower(needle)) != std::string::npos;
}

bool is_form_control(const Node& e) {
  return e.is(tag::button) || e.is(tag::input) || e.is(tag::select) || e.is(tag::textarea) ||
         e.is(tag::optgroup) || e.is(tag::option) || e.is(tag::fieldset);
}

// HTML §4.16.3 "disabled": the attribute, a disabled optgroup around an
// option, or a disabled fieldset around a control outside its first legend.
bool is_disabled(const Node& e) {
  if (!is_form_control(e)) return false;
  if (e.has(attr::disabled)) return true;
  if (e.is(tag::option) && e.parent != nullptr && e.parent->is(tag::optgroup) && e.parent->has(attr::disabled))
    return true;
  if (e.is(tag::optgroup) || e.is(tag::option)) return false;
  const Node* child = &e;
  for (const Node* p = e.parent; p != nullptr && p->is_element(); child = p, p = p->parent) {
    if (!p->is(tag::fieldset) || !p->has(attr::disabled)) continue;
    const Node* legend = nullptr;
    for (const Node& c : p->children())
      if (c.is(tag::legend)) {
        legend = &c;
        break;
      }
    if (child != legend) return true;
  }
  return false;
}

bool text_input_type(const Node& e) {
  std::string type = ascii_lower(e.attr(attr::type).value_or("text"));
  for (std::string_view t : {"text", "search", "url", "tel", "email", "password", "date", "month", "week",
                             "time", "datetime-local", "number"})
    if (type == t) return true;
  // An unknown type is the text state.
  for (std::string_view t : {"hidden", "checkbox", "radio", "file", "submit", "image", "reset", "button",
                             "range", "color"})
    if (type == t) return false;
  return true;
}

bool lang_matches(std::string_view ranges, std::string_view lang) {
  std::string l = ascii_lower(lang);
  std::size_t start = 0;
  while (start <= ranges.size()) {
    std::size_t comma = ranges.find(',', start);
    std::string_view r = ranges.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    // Selectors 4 §7.2: extended filtering; a range is a prefix ending at a
    // subtag boundary.
    if (!r.empty() && l.starts_with(r) && (l.size() == r.size() || l[r.size()] == '-')) return true;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return false;
}

// Small explicit stack for right-to-left matching: most selectors have a
// few compounds, so the common case never allocates.
template <class T, std::size_t N>
class SmallStack {
 public:
  bool empty() const { return size_ == 0; }
  T& top() { return size_ <= N ? inline_[size_ - 1] : heap_[size_ - N - 1]; }
  void push(T v) {
    if (size_ < N) inline_[size_] = v;
    else if (size_ - N < heap_.size()) heap_[size_ - N] = v;
    else heap_.push_back(v);
    ++size_;
  }
  void pop() { --size_; }

 private:
  std::array<T, N> inline_{};
  std::vector<T> heap_;
  std::size_t size_ = 0;
};

}  // namespace

std::optional<SelectorList> parse_selector_list(std::span<const Token> tokens, bool* too_deep) {
  std::size_t b = 0, e = tokens.size();
  while (b < e && is_ws(tokens[b])) ++b;
  while (e > b && is_ws(tokens[e - 1])) --e;
  if (b == e) return std::nullopt;
  return SelectorParser(0, too_deep).list(tokens.subspan(b, e - b), false);
}

std::optional<SelectorList> parse_selector_list(std::string_view text) {
  std::vector<Token> t = tokenize(text);
  return parse_selector_list(std::span<const Token>(t));
}

StructureIndex::StructureIndex(const Document& doc) : entries_(doc.elements().size()) {
  std::unordered_map<std::uint64_t, std::uint32_t> type_counts;
  auto key = [](const Node& n) { return (std::uint64_t{n.name.id} << 8) | static_cast<std::uint64_t>(n.ns); };
  auto number_children = [&](const Node& parent) {
    std::uint32_t count = 0;
    type_counts.clear();
    for (const Node& c : parent.children()) {
      if (!c.is_element()) continue;
      Entry& en = entries_[c.element_index];
      en.child_pos = ++count;
      en.type_pos = ++type_counts[key(c)];
    }
    for (const Node& c : parent.children()) {
      if (!c.is_element()) continue;
      Entry& en = entries_[c.element_index];
      en.child_count = count;
      en.type_count = type_counts[key(c)];
    }
  };
  number_children(doc.node());
  for (const Node* e : doc.elements()) number_children(*e);
  // Children before parents (reverse tree order), so each subtree's last
  // node comes from its last child's in O(1).
  const std::span<const Node* const> all = doc.elements().span();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const Node* last = (*it)->last_child;
    entries_[(*it)->element_index].last_descendant =
        last == nullptr ? (*it)->index : last->is_element() ? entries_[last->element_index].last_descendant : last->index;
  }
}

Tri Matcher::matches(const ComplexSelector& s, const Node& e, const Node* focused) const {
  if (!s.pseudo_element.empty()) return Tri::no;
  return matches_bounded(s, e, focused);
}

Tri Matcher::matches_originating(const ComplexSelector& s, const Node& e) const {
  return matches_bounded(s, e, nullptr);
}

Tri Matcher::matches_bounded(const ComplexSelector& s, const Node& e, const Node* focused) const {
  if (!e.is_element()) return Tri::no;
  if (!s.indeterminate) return tri(match_complex(s, e, focused, false));
  // Resolving every unknown pseudo-class once towards a match and once
  // against it gives both bounds; equal bounds make the answer known.
  if (!match_complex(s, e, focused, true)) return Tri::no;
  if (match_complex(s, e, focused, false)) return Tri::yes;
  return Tri::unknown;
}

Tri Matcher::matches(const SelectorList& list, const Node& e, const Node* focused) const {
  Tri any = Tri::no;
  for (const ComplexSelector& s : list) {
    any = any || matches(s, e, focused);
    if (any == Tri::yes) break;
  }
  return any;
}

// Right to left with bounded backtracking: a failure is classified as in
// the classic browser engines' matchers, so that when a descendant
// combinator's candidates cannot lead anywhere no further ancestor is
// tried, and `div div ... p` against deep nesting stays near-linear.
bool Matcher::match_complex(const ComplexSelector& s, const Node& e, const Node* focused, bool unknown_as) const {
  enum class R : std::uint8_t { matched, restart_sibling, restart_descendant, fail_global };
  struct Frame {
    std::uint32_t ci;      // this compound matched; its left neighbour is tried...
    const Node* cursor;    // ...at this element
  };
  auto step = [](const Node& n, Combinator c) {
    return c == Combinator::descendant || c == Combinator::child ? parent_element(n) : prev_element(n);
  };
  auto not_found = [](Combinator c) {
    return c == Combinator::next_sibling || c == Combinator::subsequent_sibling ? R::restart_descendant
                                                                                : R::fail_global;
  };
  const auto last = static_cast<std::uint32_t>(s.compounds.size() - 1);
  SmallStack<Frame, 8> stack;
  std::uint32_t ci = 0;
  const Node* el = &e;
  for (;;) {
    R r;
    const Compound& c = s.compounds[ci];
    if (!match_compound(s, c, *el, focused, unknown_as)) {
      r = R::restart_sibling;
    } else if (ci == last) {
      r = R::matched;
    } else if (const Node* next = step(*el, c.combinator); next == nullptr) {
      r = not_found(c.combinator);
    } else {
      stack.push({ci, next});
      ci = ci + 1;
      el = next;
      continue;
    }
    // Unwind until some frame has another candidate to try.
    for (;;) {
      if (stack.empty()) return r == R::matched;
      Frame& f = stack.top();
      Combinator comb = s.compounds[f.ci].combinator;
      if (r == R::matched || r == R::fail_global || comb == Combinator::next_sibling) {
        stack.pop();
        continue;
      }
      if (comb == Combinator::child) {
        r = R::restart_descendant;
        stack.pop();
        continue;
      }
      if (r == R::restart_descendant && comb == Combinator::subsequent_sibling) {
        stack.pop();
        continue;
      }
      const Node* next = step(*f.cursor, comb);
      if (next == nullptr) {
        r = not_found(comb);
        stack.pop();
        continue;
      }
      f.cursor = next;
      ci = f.ci + 1;
      el = next;
      break;
    }
  }
}

bool Matcher::match_compound(const ComplexSelector& s, const Compound& c, const Node& e, const Node* focused,
                             bool unknown_as) const {
  for (std::uint32_t k = c.begin; k < c.end; ++k)
    if (!match_simple(s.simples[k], e, focused, unknown_as)) return false;
  return true;
}

bool Matcher::match_simple(const SimpleSelector& s, const Node& e, const Node* focused, bool unknown_as) const {
  using K = SimpleSelector::Kind;
  switch (s.kind) {
    case K::universal: return true;
    case K::type:
      if (e.ns == Namespace::html) {
        if (s.name.known()) return e.name == s.name;
        return !e.name.known() && iequals(doc_.spelling(e.name), s.text);
      }
      // Other namespaces keep case (SVG's foreignObject); the selector was
      // lowercased, so compare ignoring case rather than miss a match.
      return iequals(doc_.spelling(e.name), s.text);
    case K::id: {
      std::optional<std::string_view> id = e.attr(attr::id);
      return id && *id == s.text;
    }
    case K::class_: {
      std::optional<std::string_view> cls = e.attr(attr::class_);
      return cls && ascii::any_token(*cls, [&](std::string_view c) { return c == s.text; });
    }
    case K::attribute: return match_attribute(s, e);
    case K::pseudo_class: return match_pseudo(s, e, focused, unknown_as);
  }
  return false;
}

bool Matcher::match_attribute(const SimpleSelector& s, const Node& e) const {
  const Attribute* found = nullptr;
  for (const Attribute& a : e.attributes()) {
    bool same = s.name.known() ? a.name == s.name
                               : (!a.name.known() && iequals(doc_.spelling(a.name), s.text));
    // XML attributes keep their case; HTML ones are lowercase already.
    if (!same && !s.name.known() && e.ns != Namespace::html) same = iequals(a.spelling, s.text);
    if (same) {
      found = &a;
      break;
    }
  }
  if (found == nullptr) return false;
  std::string_view v = found->value;
  const std::string& want = s.value;
  using CaseFlag = SimpleSelector::CaseFlag;
  bool ci = s.case_flag == CaseFlag::i ||
            (s.case_flag == CaseFlag::none && s.html_case_insensitive && e.ns == Namespace::html);
  switch (s.op) {
    case AttrOp::exists: return true;
    case AttrOp::equals: return equals_ci(v, want, ci);
    case AttrOp::includes: {
      if (want.empty() || want.find_first_of(" \t\n\r\f") != std::string::npos) return false;
      std::size_t i = 0;
      while (i < v.size()) {
        while (i < v.size() && std::string_view(" \t\n\r\f").find(v[i]) != std::string_view::npos) ++i;
        std::size_t j = i;
        while (j < v.size() && std::string_view(" \t\n\r\f").find(v[j]) == std::string_view::npos) ++j;
        if (j > i && equals_ci(v.substr(i, j - i), want, ci)) return true;
        i = j;
      }
      return false;
    }
    case AttrOp::dash:
      return equals_ci(v, want, ci) || (v.size() > want.size() && v[want.size()] == '-' &&
                                        equals_ci(v.substr(0, want.size()), want, ci));
    case AttrOp::prefix: return !want.empty() && v.size() >= want.size() && equals_ci(v.substr(0, want.size()), want, ci);
    case AttrOp::suffix:
      return !want.empty() && v.size() >= want.size() && equals_ci(v.substr(v.size() - want.size()), want, ci);
    case AttrOp::substring: return !want.empty() && contains_ci(v, want, ci);
  }
  return false;
}

bool Matcher::contains(const Node& ancestor, const Node& n) const {
  if (index_ != nullptr && ancestor.is_element())
    return ancestor.index <= n.index && n.index <= index_->at(ancestor).last_descendant;
  for (const Node* p = &n; p != nullptr; p = p->parent)
    if (p == &ancestor) return true;
  return false;
}

bool Matcher::match_nth(const SimpleSelector& s, const Node& e, const Node* focused, bool unknown_as) const {
  std::int64_t pos = 0;
  bool from_end = s.pseudo == PseudoClass::nth_last_child || s.pseudo == PseudoClass::nth_last_of_type;
  bool of_type = s.pseudo == PseudoClass::nth_of_type || s.pseudo == PseudoClass::nth_last_of_type;
  if (s.args.empty() && index_ != nullptr) {
    const StructureIndex::Entry& en = index_->at(e);
    if (of_type) pos = from_end ? en.type_count - en.type_pos + 1 : en.type_pos;
    else pos = from_end ? en.child_count - en.child_pos + 1 : en.child_pos;
    return nth_matches(s.a, s.b, pos);
  }
  // "of S" counts only siblings matching S; a walk over the siblings, which
  // is linear per element but rare in real style sheets.
  if (!s.args.empty()) {
    bool self = false;
    for (const ComplexSelector& a : s.args) self = self || match_complex(a, e, focused, unknown_as);
    if (!self) return false;
  }
  for (const Node* sib = &e; sib != nullptr; sib = from_end ? next_element(*sib) : prev_element(*sib)) {
    bool counts = of_type ? same_type(*sib, e) : true;
    if (counts && !s.args.empty()) {
      bool any = false;
      for (const ComplexSelector& a : s.args) any = any || match_complex(a, *sib, focused, unknown_as);
      counts = any;
    }
    if (counts) ++pos;
  }
  return nth_matches(s.a, s.b, pos);
}

bool Matcher::match_pseudo(const SimpleSelector& s, const Node& e, const Node* focused, bool unknown_as) const {
  auto first_or_last = [&](bool last, bool of_type) {
    for (const Node* sib = last ? next_element(e) : prev_element(e); sib != nullptr;
         sib = last ? next_element(*sib) : prev_element(*sib))
      if (!of_type || same_type(*sib, e)) return false;
    return true;
  };
  switch (s.pseudo) {
    case PseudoClass::root:
    case PseudoClass::scope:  // outside @scope and querySelector, :scope is :root
      return e.parent != nullptr && e.parent->kind == NodeKind::document;
    case PseudoClass::empty:
      for (const Node& c : e.children())
        if (c.is_element() || (c.is_text() && !c.text.empty())) return false;
      return true;
    case PseudoClass::first_child:
      if (index_ != nullptr) return index_->at(e).child_pos == 1;
      return first_or_last(false, false);
    case PseudoClass::last_child:
      if (index_ != nullptr) return index_->at(e).child_pos == index_->at(e).child_count;
      return first_or_last(true, false);
    case PseudoClass::only_child:
      if (index_ != nullptr) return index_->at(e).child_count == 1;
      return first_or_last(false, false) && first_or_last(true, false);
    case PseudoClass::first_of_type:
      if (index_ != nullptr) return index_->at(e).type_pos == 1;
      return first_or_last(false, true);
    case PseudoClass::last_of_type:
      if (index_ != nullptr) return index_->at(e).type_pos == index_->at(e).type_count;
      return first_or_last(true, true);
    case PseudoClass::only_of_type:
      if (index_ != nullptr) return index_->at(e).type_count == 1;
      return first_or_last(false, true) && first_or_last(true, true);
    case PseudoClass::nth_child: case PseudoClass::nth_last_child:
    case PseudoClass::nth_of_type: case PseudoClass::nth_last_of_type:
      return match_nth(s, e, focused, unknown_as);
    case PseudoClass::not_:
      // Negation flips which way an unknown is resolved (see matches()).
      for (const ComplexSelector& a : s.args)
        if (match_complex(a, e, focused, !unknown_as)) return false;
      return true;
    case PseudoClass::is: case PseudoClass::where:
      for (const ComplexSelector& a : s.args)
        if (match_complex(a, e, focused, unknown_as)) return true;
      return false;
    case PseudoClass::link: case PseudoClass::any_link:
      // Nothing has been visited in a static view, so every link is :link.
      return (e.is(tag::a) || e.is(tag::area)) && e.has(attr::href);
    case PseudoClass::checked:
      if (e.is(tag::input)) {
        std::string type = ascii_lower(e.attr(attr::type).value_or(""));
        return (type == "checkbox" || type == "radio") && e.has(attr::checked);
      }
      return e.is(tag::option) && e.has(attr::selected);
    case PseudoClass::disabled: return is_disabled(e);
    case PseudoClass::enabled: return is_form_control(e) && !is_disabled(e);
    case PseudoClass::required: case PseudoClass::optional: {
      bool applies = e.is(tag::input) || e.is(tag::select) || e.is(tag::textarea);
      if (!applies) return false;
      return e.has(attr::required) == (s.pseudo == PseudoClass::required);
    }
    case PseudoClass::read_write: case PseudoClass::read_only: {
      bool rw = false;
      if ((e.is(tag::input) && text_input_type(e)) || e.is(tag::textarea))
        rw = !e.has(attr::readonly) && !is_disabled(e);
      for (const Node* p = &e; !rw && p != nullptr && p->is_element(); p = p->parent) {
        std::optional<std::string_view> ce = p->attr(attr::contenteditable);
        if (!ce) continue;
        std::string v = ascii_lower(*ce);
        if (v == "false") break;
        rw = true;
      }
      return rw == (s.pseudo == PseudoClass::read_write);
    }
    case PseudoClass::placeholder_shown: {
      if (!(e.is(tag::input) || e.is(tag::textarea)) || !e.has(attr::placeholder)) return false;
      if (e.is(tag::textarea)) return e.first_child == nullptr;
      return e.attr(attr::value).value_or("").empty();
    }
    case PseudoClass::lang:
      for (const Node* p = &e; p != nullptr && p->is_element(); p = p->parent) {
        std::optional<std::string_view> l = p->attr(attr::xml_lang);
        if (!l) l = p->attr(attr::lang);
        if (l) return lang_matches(s.text, *l);
      }
      return unknown_as;  // no language declared: the HTTP header might set it
    case PseudoClass::defined:
      if (e.ns != Namespace::html || e.name.known()) return true;
      if (doc_.spelling(e.name).find('-') == std::string_view::npos) return true;
      return unknown_as;  // a custom element is defined only once its script runs
    case PseudoClass::focus: case PseudoClass::focus_visible: return focused == &e;
    case PseudoClass::focus_within: return focused != nullptr && contains(e, *focused);
    case PseudoClass::hover: case PseudoClass::active: case PseudoClass::visited:
    case PseudoClass::target: case PseudoClass::never:
      return false;
    case PseudoClass::unknown: return unknown_as;
  }
  return false;
}

namespace {

enum class HashKind : std::uint8_t { tag = 1, id = 2, class_ = 3 };

// FNV-1a over the kind and the text; tag names fold ASCII case, as type
// selectors compare them.
std::uint32_t name_hash(HashKind kind, std::string_view text) {
  std::uint32_t h = 2166136261u ^ static_cast<std::uint32_t>(kind);
  h *= 16777619u;
  for (char c : text) {
    if (kind == HashKind::tag && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

}  // namespace

AncestorHashes ancestor_hashes(const ComplexSelector& s) {
  AncestorHashes out;
  bool through_parent = false;
  for (std::size_t k = 0; k < s.compounds.size(); ++k) {
    if (through_parent) {
      for (std::uint32_t i = s.compounds[k].begin; i < s.compounds[k].end && out.count < out.hash.size(); ++i) {
        const SimpleSelector& simple = s.simples[i];
        using K = SimpleSelector::Kind;
        if (simple.kind == K::type) out.hash[out.count++] = name_hash(HashKind::tag, simple.text);
        else if (simple.kind == K::id) out.hash[out.count++] = name_hash(HashKind::id, simple.text);
        else if (simple.kind == K::class_) out.hash[out.count++] = name_hash(HashKind::class_, simple.text);
      }
    }
    // A compound left of a descendant or child combinator, and everything
    // further left, lies on the subject's ancestor chain.
    Combinator c = s.compounds[k].combinator;
    through_parent = through_parent || c == Combinator::descendant || c == Combinator::child;
  }
  return out;
}

bool never_matches(const ComplexSelector& s) {
  return std::any_of(s.simples.begin(), s.simples.end(), [](const SimpleSelector& x) {
    if (x.kind != SimpleSelector::Kind::pseudo_class) return false;
    switch (x.pseudo) {
      case PseudoClass::hover: case PseudoClass::active: case PseudoClass::visited:
      case PseudoClass::target: case PseudoClass::never:
        return true;
      default:
        return false;
    }
  });
}

void AncestorFilter::add(const Node& e, int delta) {
  const std::uint32_t mask = (std::uint32_t{1} << kBits) - 1;
  auto bump = [&](std::uint32_t h) {
    counts_[h & mask] += static_cast<std::uint32_t>(delta);
    counts_[(h >> kBits) & mask] += static_cast<std::uint32_t>(delta);
  };
  bump(name_hash(HashKind::tag, doc_.spelling(e.name)));
  if (std::optional<std::string_view> id = e.attr(attr::id)) bump(name_hash(HashKind::id, *id));
  if (std::optional<std::string_view> cls = e.attr(attr::class_))
    ascii::any_token(*cls, [&](std::string_view c) {
      bump(name_hash(HashKind::class_, c));
      return false;
    });
}

void AncestorFilter::move_to(const Node& e) {
  const Node* parent = parent_element(e);
  if (parent != nullptr && parent == last_) {
    add(*parent, 1);
    stack_.push_back(parent);
  } else {
    while (!stack_.empty() && stack_.back() != parent) {
      add(*stack_.back(), -1);
      stack_.pop_back();
    }
    if (stack_.empty() && parent != nullptr) {
      for (const Node* a = parent; a != nullptr; a = parent_element(*a)) stack_.push_back(a);
      std::reverse(stack_.begin(), stack_.end());
      for (const Node* a : stack_) add(*a, 1);
    }
  }
  last_ = &e;
}

bool AncestorFilter::may_match(const AncestorHashes& needed) const {
  const std::uint32_t mask = (std::uint32_t{1} << kBits) - 1;
  for (std::uint8_t k = 0; k < needed.count; ++k) {
    std::uint32_t h = needed.hash[k];
    if (counts_[h & mask] == 0 || counts_[(h >> kBits) & mask] == 0) return false;
  }
  return true;
}

}  // namespace rampa::css
