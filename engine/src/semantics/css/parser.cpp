#include "semantics/css/parser.hpp"

#include <algorithm>
#include <map>

namespace rampa::css {

namespace {

// Layers nest a handful deep in real sheets; the cap keeps layer names short
// so that registering their prefixes stays cheap.
constexpr std::size_t kMaxLayerDepth = 32;

bool is_ws(const Token& t) { return t.type == TokenType::whitespace; }

std::vector<Token> trimmed(const std::vector<Token>& t, std::size_t b, std::size_t e) {
  while (b < e && is_ws(t[b])) ++b;
  while (e > b && is_ws(t[e - 1])) --e;
  return {t.begin() + static_cast<std::ptrdiff_t>(b), t.begin() + static_cast<std::ptrdiff_t>(e)};
}

std::string text_of(std::string_view css, const std::vector<Token>& tokens) {
  if (tokens.empty()) return {};
  std::uint32_t b = tokens.front().begin, e = tokens.back().end;
  if (e > css.size() || b > e) return {};
  return std::string(css.substr(b, e - b));
}

// Parses declarations out of tokens [begin, end): the contents of a style
// rule's block, or a whole style attribute.
class DeclarationParser {
 public:
  DeclarationParser(std::string_view css, const std::vector<Token>& t, Stylesheet* sheet)
      : css_(css), t_(t), sheet_(sheet) {}

  // Syntax 3 §5.4.5 "consume a list of declarations", with the CSS Nesting
  // change that a {}-block at the top level of an item makes it a nested
  // rule, which is dropped with a note.
  void run(std::size_t begin, std::size_t end, std::vector<Declaration>& out) {
    std::size_t k = begin;
    while (k < end) {
      const Token& tok = t_[k];
      if (is_ws(tok) || tok.is(TokenType::semicolon)) {
        ++k;
        continue;
      }
      bool custom = tok.is(TokenType::ident) && tok.value.starts_with("--");
      Item item = scan_item(k, end, custom);
      if (item.nested_rule) {
        if (sheet_ != nullptr) {
          sheet_->notes.push_back({NoteKind::nested_style_rule, tok.begin});
          sheet_->lossy = true;
        }
      } else if (tok.is(TokenType::ident)) {
        make_declaration(k, item.stop, out);
      }
      k = item.next;
    }
  }

 private:
  struct Item {
    std::size_t stop;  // end of the item's own tokens
    std::size_t next;  // where the next item starts
    bool nested_rule;
  };

  Item scan_item(std::size_t k, std::size_t end, bool custom) {
    std::size_t j = k;
    while (j < end) {
      TokenType ty = t_[j].type;
      if (ty == TokenType::semicolon) return {j, j + 1, false};
      if (ty == TokenType::open_curly && !custom) {
        std::size_t after = std::min(skip_block(t_, j + 1, ty), end);
        return {after, after, true};
      }
      j = opens_block(ty) ? std::min(skip_block(t_, j + 1, ty), end) : j + 1;
    }
    return {end, end, false};
  }

  // Syntax 3 §5.4.6 "consume a declaration".
  void make_declaration(std::size_t k, std::size_t stop, std::vector<Declaration>& out) {
    const Token& name = t_[k];
    std::size_t m = k + 1;
    while (m < stop && is_ws(t_[m])) ++m;
    if (m >= stop || !t_[m].is(TokenType::colon)) return;  // not a declaration: dropped
    Declaration d;
    d.property = name.value.starts_with("--") ? name.value : ascii_lower(name.value);
    d.offset = name.begin;
    d.value = trimmed(t_, m + 1, stop);
    std::size_t n = d.value.size();
    if (n >= 2 && d.value[n - 1].is_ident("important")) {
      std::size_t bang = n - 1;
      while (bang > 0 && is_ws(d.value[bang - 1])) --bang;
      if (bang > 0 && d.value[bang - 1].is_delim('!')) {
        d.important = true;
        d.value.resize(bang - 1);
        while (!d.value.empty() && is_ws(d.value.back())) d.value.pop_back();
      }
    }
    d.text = text_of(css_, d.value);
    out.push_back(std::move(d));
  }

  std::string_view css_;
  const std::vector<Token>& t_;
  Stylesheet* sheet_;
};

class SheetParser {
 public:
  explicit SheetParser(std::string_view css) : css_(css), t_(tokenize(css)) {}

  Stylesheet run() {
    frames_.push_back(Frame{});
    std::size_t i = 0;
    while (i < t_.size()) {
      const Token& tok = t_[i];
      bool top = frames_.size() == 1;
      if (is_ws(tok) || tok.is(TokenType::cdo) || tok.is(TokenType::cdc)) {
        ++i;
      } else if (tok.is(TokenType::close_curly) && !top) {
        frames_.pop_back();
        ++i;
      } else if (tok.is(TokenType::at_keyword)) {
        i = at_rule(i);
      } else {
        i = qualified_rule(i);
      }
    }
    if (frames_.size() > 1 && !t_.empty()) out_.notes.push_back({NoteKind::unclosed_block, t_.back().end});
    return std::move(out_);
  }

 private:
  struct Frame {
    Condition condition;
    std::vector<std::string> layer;  // the enclosing layer's path; empty when unlayered
  };

  // Scans from `i` to the first top-level token of a kind in `stops`, or a
  // `}` closing the enclosing rule list; returns its index (or the end).
  template <class Stop>
  std::size_t scan(std::size_t i, Stop stops) const {
    bool nested = frames_.size() > 1;
    while (i < t_.size()) {
      TokenType ty = t_[i].type;
      if (stops(ty) || (nested && ty == TokenType::close_curly)) return i;
      i = opens_block(ty) ? skip_block(t_, i + 1, ty) : i + 1;
    }
    return i;
  }

  // Syntax 3 §5.4.3 "consume a qualified rule": a style rule.
  std::size_t qualified_rule(std::size_t i) {
    std::size_t open = scan(i, [](TokenType ty) { return ty == TokenType::open_curly; });
    if (open >= t_.size() || !t_[open].is(TokenType::open_curly)) return open;  // no block: dropped
    bool closed = false;
    std::size_t after = skip_block(t_, open + 1, TokenType::open_curly, &closed);
    std::size_t body_end = closed ? after - 1 : after;
    if (!closed) out_.notes.push_back({NoteKind::unclosed_block, t_[open].begin});
    StyleRule rule;
    rule.prelude = trimmed(t_, i, open);
    rule.selector_text = text_of(css_, rule.prelude);
    rule.offset = t_[i].begin;
    rule.condition = frames_.back().condition;
    rule.layer = frames_.back().layer.empty() ? kUnlayered : layer_index(frames_.back().layer);
    DeclarationParser(css_, t_, &out_).run(open + 1, body_end, rule.declarations);
    out_.rules.push_back(std::move(rule));
    return after;
  }

  // Syntax 3 §5.4.2 "consume an at-rule"; what each at-rule means is ours.
  std::size_t at_rule(std::size_t i) {
    std::string name = ascii_lower(t_[i].value);
    std::size_t j = scan(i + 1, [](TokenType ty) {
      return ty == TokenType::semicolon || ty == TokenType::open_curly;
    });
    std::span<const Token> prelude(t_.data() + i + 1, j - (i + 1));
    bool has_block = j < t_.size() && t_[j].is(TokenType::open_curly);
    if (!has_block) {
      if (name == "import") import(prelude, t_[i].begin);
      else if (name == "layer") layer_statement(prelude);
      return j < t_.size() && t_[j].is(TokenType::semicolon) ? j + 1 : j;
    }
    // Only blocks that are skipped need their end; the others are parsed
    // as they come, which keeps deeply nested blocks linear.
    auto after = [&] { return skip_block(t_, j + 1, TokenType::open_curly); };
    Frame inner = frames_.back();
    if (name == "media") {
      inner.condition = inner.condition && evaluate_media(prelude);
    } else if (name == "supports" || name == "container" || name == "scope") {
      // Feature support, container size and scoping roots are not known
      // here, so the rules inside may or may not apply.
      inner.condition =
          inner.condition && Condition{Tri::unknown, name == "container", Tri::unknown, Tri::unknown, false};
    } else if (name == "layer") {
      std::vector<std::vector<std::string>> names = layer_names(prelude);
      if (names.size() > 1) return after();  // a block takes at most one name
      if (names.empty()) names.push_back({std::string(1, '\0') + std::to_string(anonymous_++)});
      for (std::string& part : names.front()) inner.layer.push_back(std::move(part));
      if (inner.layer.size() > kMaxLayerDepth) {
        out_.notes.push_back({NoteKind::nesting_too_deep, t_[i].begin});
        out_.lossy = true;
        return after();
      }
      layer_index(inner.layer);
    } else {
      // @font-face, @keyframes, @page, @starting-style... style no element
      // in its resting state.
      out_.skipped_at_rules.push_back({name, t_[i].begin});
      return after();
    }
    if (frames_.size() >= kMaxRuleNesting) {
      out_.notes.push_back({NoteKind::nesting_too_deep, t_[i].begin});
      out_.lossy = true;
      return after();
    }
    frames_.push_back(std::move(inner));
    return j + 1;
  }

  // CSS Cascade 5 §2.1: @import url [layer] [supports()] [media list].
  void import(std::span<const Token> prelude, std::uint32_t offset) {
    // An @import after any style rule, or inside a block, is invalid.
    if (!out_.rules.empty() || frames_.size() > 1) return;
    std::size_t k = 0;
    while (k < prelude.size() && is_ws(prelude[k])) ++k;
    if (k >= prelude.size()) return;
    Import imp;
    imp.offset = offset;
    const Token& target = prelude[k];
    if (target.is(TokenType::url) || target.is(TokenType::string)) {
      imp.href = target.value;
      ++k;
    } else if (target.is_function("url")) {
      std::size_t m = k + 1;
      while (m < prelude.size() && is_ws(prelude[m])) ++m;
      if (m >= prelude.size() || !prelude[m].is(TokenType::string)) return;
      imp.href = prelude[m].value;
      while (k < prelude.size() && !prelude[k].is(TokenType::close_paren)) ++k;
      ++k;
    } else {
      return;
    }
    while (k < prelude.size() && is_ws(prelude[k])) ++k;
    if (k < prelude.size() && (prelude[k].is_ident("layer") || prelude[k].is_function("layer"))) {
      // A layered import cascades as unlayered: imports are rare enough in
      // the pages we audit that layer order inside them is not followed.
      k = prelude[k].is(TokenType::function) ? skip_block(prelude, k + 1, TokenType::function) : k + 1;
      while (k < prelude.size() && is_ws(prelude[k])) ++k;
    }
    if (k < prelude.size() && prelude[k].is_function("supports")) {
      imp.condition.applies = imp.condition.portrait = imp.condition.landscape = Tri::unknown;
      k = skip_block(prelude, k + 1, TokenType::function);
    }
    if (k < prelude.size()) imp.condition = imp.condition && evaluate_media(prelude.subspan(k));
    out_.imports.push_back(std::move(imp));
  }

  void layer_statement(std::span<const Token> prelude) {
    for (std::vector<std::string>& n : layer_names(prelude)) {
      std::vector<std::string> path = frames_.back().layer;
      for (std::string& part : n) path.push_back(std::move(part));
      layer_index(path);
    }
  }

  // "a.b, c" -> {{a, b}, {c}}; anything malformed gives no names.
  static std::vector<std::vector<std::string>> layer_names(std::span<const Token> prelude) {
    std::vector<std::vector<std::string>> names;
    std::vector<std::string> cur;
    bool want_name = true;
    for (const Token& tok : prelude) {
      if (is_ws(tok)) continue;
      if (want_name && tok.is(TokenType::ident)) {
        if (cur.size() >= kMaxLayerDepth) return {};
        cur.push_back(tok.value);
        want_name = false;
      } else if (!want_name && tok.is_delim('.')) {
        want_name = true;
      } else if (!want_name && tok.is(TokenType::comma)) {
        names.push_back(std::move(cur));
        cur.clear();
        want_name = true;
      } else {
        return {};
      }
    }
    if (!cur.empty()) {
      if (want_name) return {};
      names.push_back(std::move(cur));
    } else if (!names.empty()) {
      return {};  // a trailing comma
    }
    return names;
  }

  // The layer's index; every prefix of a dotted name is a layer too, and
  // comes first.
  std::uint32_t layer_index(const std::vector<std::string>& path) {
    std::uint32_t id = kUnlayered;
    std::vector<std::string> prefix;
    for (const std::string& part : path) {
      prefix.push_back(part);
      auto [it, added] = layer_ids_.emplace(prefix, static_cast<std::uint32_t>(out_.layers.size()));
      if (added) out_.layers.push_back({prefix});
      id = it->second;
    }
    return id;
  }

  std::string_view css_;
  std::vector<Token> t_;
  Stylesheet out_;
  std::vector<Frame> frames_;
  std::map<std::vector<std::string>, std::uint32_t> layer_ids_;
  std::uint32_t anonymous_ = 0;
};

// Media Queries 4 §3: features whose value is the viewport's geometry.
bool is_viewport_feature(std::string_view name) {
  std::string n = ascii_lower(name);
  for (std::string_view prefix : {"min-", "max-"})
    if (n.starts_with(prefix)) n.erase(0, prefix.size());
  if (n.starts_with("-webkit-")) n.erase(0, 8);
  return n == "width" || n == "height" || n == "aspect-ratio" || n == "orientation" ||
         n == "device-width" || n == "device-height" || n == "device-aspect-ratio" ||
         n == "resolution" || n == "device-pixel-ratio";
}

// One media query: [not|only]? type [and condition]? | condition.
Condition evaluate_query(std::span<const Token> q) {
  std::vector<const Token*> top;  // significant top-level tokens
  bool has_feature = false, viewport = false;
  for (std::size_t k = 0; k < q.size(); ++k) {
    const Token& tok = q[k];
    if (is_ws(tok)) continue;
    top.push_back(&tok);
    if (opens_block(tok.type)) {
      has_feature = true;
      std::size_t after = skip_block(q, k + 1, tok.type);
      for (std::size_t m = k + 1; m < after; ++m)
        if (q[m].is(TokenType::ident) && is_viewport_feature(q[m].value)) viewport = true;
      k = after - 1;
    }
  }
  if (top.empty()) return {Tri::no, false};
  std::size_t k = 0;
  bool negate = false;
  if (top[0]->is_ident("not")) {
    negate = true;
    ++k;
  } else if (top[0]->is_ident("only")) {
    ++k;
  }
  if (k >= top.size()) return {Tri::no, false};
  Tri result;
  if (top[k]->is(TokenType::ident)) {
    std::string type = ascii_lower(top[k]->value);
    if (type == "and" || type == "or" || type == "not" || type == "only" || type == "layer")
      return {Tri::no, false};
    result = tri(type == "all" || type == "screen");
    ++k;
    if (k < top.size()) {
      if (!top[k]->is_ident("and") || k + 1 >= top.size()) return {Tri::no, false};
      result = result && Tri::unknown;
    }
  } else if (top[k]->is(TokenType::open_paren) || top[k]->is(TokenType::function)) {
    // A bare condition, "(x)" or "not (x)": both depend on the screen.
    negate = false;
    result = Tri::unknown;
  } else {
    return {Tri::no, false};
  }
  if (!has_feature && result == Tri::unknown) result = Tri::no;
  if (negate) result = !result;
  return {result, viewport && result == Tri::unknown};
}

}  // namespace

Stylesheet parse_stylesheet(std::string_view css) { return SheetParser(css).run(); }

ParsedSheet read_sheet(std::string text) {
  ParsedSheet p;
  p.text = std::move(text);
  p.sheet = parse_stylesheet(p.text);
  p.selectors.reserve(p.sheet.rules.size());
  for (const StyleRule& rule : p.sheet.rules) {
    RuleSelectors& s = p.selectors.emplace_back();
    s.list = parse_selector_list(std::span<const Token>(rule.prelude), &s.too_deep);
  }
  p.line_starts_.push_back(0);
  for (std::size_t i = 0; i < p.text.size(); ++i)
    if (p.text[i] == '\n') p.line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  return p;
}

SourcePos ParsedSheet::position(std::uint32_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  if (after == line_starts_.begin()) return {1, offset + 1};
  auto line = static_cast<std::uint32_t>(after - line_starts_.begin());
  return {line, offset - *(after - 1) + 1};
}

std::vector<Declaration> parse_declarations(std::string_view css) {
  std::vector<Token> t = tokenize(css);
  std::vector<Declaration> out;
  DeclarationParser(css, t, nullptr).run(0, t.size(), out);
  return out;
}

namespace {

// A media query list held against each orientation (Condition::portrait and
// landscape). Apart from `orientation`, the same grammar as evaluate_query
// reads; anything else is unknown, never guessed.
struct Orientations {
  Tri p = Tri::yes, l = Tri::yes;
  bool orientation = false;
};

Orientations operator&&(Orientations a, Orientations b) {
  return {a.p && b.p, a.l && b.l, a.orientation || b.orientation};
}
Orientations operator||(Orientations a, Orientations b) {
  return {a.p || b.p, a.l || b.l, a.orientation || b.orientation};
}

// One "(feature...)" of a media query.
Orientations orientation_feature(std::span<const Token> inner) {
  std::vector<const Token*> t;
  for (const Token& tok : inner)
    if (!is_ws(tok)) t.push_back(&tok);
  if (!t.empty() && t[0]->is_ident("orientation")) {
    if (t.size() == 1) return {Tri::yes, Tri::yes, true};
    if (t.size() == 3 && t[1]->is(TokenType::colon) && t[2]->is(TokenType::ident)) {
      if (t[2]->is_ident("portrait")) return {Tri::yes, Tri::no, true};
      if (t[2]->is_ident("landscape")) return {Tri::no, Tri::yes, true};
    }
    // Media Queries 4 §3.2: an unknown value makes the query false.
    return {Tri::no, Tri::no, true};
  }
  return {Tri::unknown, Tri::unknown, false};
}

// [only] [all|screen|<type>] [and (f)]* or (f) [and (f)]*; `not`, `or` and
// nested conditions are unknown.
Orientations orientation_query(std::span<const Token> q) {
  std::vector<std::size_t> top;
  for (std::size_t k = 0; k < q.size(); ++k) {
    if (is_ws(q[k])) continue;
    top.push_back(k);
    if (opens_block(q[k].type)) k = skip_block(q, k + 1, q[k].type) - 1;
  }
  Orientations out;
  std::size_t k = 0;
  bool mentions = false;
  for (const Token& tok : q) mentions = mentions || tok.is_ident("orientation");
  Orientations unknown{Tri::unknown, Tri::unknown, mentions};
  if (k < top.size() && q[top[k]].is_ident("only")) ++k;
  if (k < top.size() && q[top[k]].is(TokenType::ident)) {
    const Token& type = q[top[k]];
    if (type.is_ident("not")) return unknown;
    if (!type.is_ident("all") && !type.is_ident("screen")) return {Tri::no, Tri::no, mentions};
    ++k;
    if (k == top.size()) return out;
    if (!q[top[k]].is_ident("and")) return {Tri::no, Tri::no, mentions};
    ++k;
  }
  bool expect_feature = true;
  for (; k < top.size(); ++k) {
    const Token& tok = q[top[k]];
    if (expect_feature) {
      if (!tok.is(TokenType::open_paren)) return unknown;
      std::size_t end = skip_block(q, top[k] + 1, TokenType::open_paren);
      out = out && orientation_feature(q.subspan(top[k] + 1, end - top[k] - 2));
    } else if (!tok.is_ident("and")) {
      return unknown;
    }
    expect_feature = !expect_feature;
  }
  if (expect_feature) return unknown;  // nothing after "and", or no feature at all
  return out;
}

Orientations orientation_list(std::span<const Token> list) {
  Orientations out{Tri::no, Tri::no, false};
  std::size_t start = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size() && opens_block(list[i].type)) {
      i = skip_block(list, i + 1, list[i].type) - 1;
      continue;
    }
    if (i == list.size() || list[i].is(TokenType::comma)) {
      out = out || orientation_query(list.subspan(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace

Condition evaluate_media(std::span<const Token> query_list) {
  std::size_t k = 0;
  while (k < query_list.size() && is_ws(query_list[k])) ++k;
  if (k == query_list.size()) return {};  // no query: all media
  Condition any{Tri::no, false};
  std::size_t start = 0;
  for (std::size_t i = 0; i <= query_list.size(); ++i) {
    bool at_end = i == query_list.size();
    if (!at_end && opens_block(query_list[i].type)) {
      i = skip_block(query_list, i + 1, query_list[i].type) - 1;
      continue;
    }
    if (at_end || query_list[i].is(TokenType::comma)) {
      Condition c = evaluate_query(query_list.subspan(start, i - start));
      any.applies = any.applies || c.applies;
      any.viewport_dependent = any.viewport_dependent || c.viewport_dependent;
      start = i + 1;
    }
  }
  if (any.applies != Tri::unknown) any.viewport_dependent = false;
  Orientations held = orientation_list(query_list);
  any.portrait = held.p;
  any.landscape = held.l;
  any.orientation = held.orientation;
  return any;
}

Condition evaluate_media(std::string_view query_list) {
  std::vector<Token> t = tokenize(query_list);
  return evaluate_media(std::span<const Token>(t));
}

}  // namespace rampa::css
