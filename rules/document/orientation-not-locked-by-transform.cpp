// No element is turned a quarter turn by CSS only in portrait or only in
// landscape orientation. Such a rotation undoes the device's own: a person
// whose tablet is mounted on a wheelchair, or who cannot turn a phone, sees
// the page sideways in the orientation they are held to.
// Implements ACT b33eff (WCAG 1.3.4).
//
// The cascade answers "unknown" for anything under an orientation query, so
// this rule takes the page's parsed style rules that set transform or rotate,
// each with its conditions held once in portrait and once in landscape
// (css::Condition), and finds the winning transform and rotate of each
// element in both.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "rule.hpp"
#include "semantics/css/cascade.hpp"
#include "semantics/css/selectors.hpp"

namespace rampa::rules {
namespace {

using css::Token;
using css::TokenType;

// Whether something applies with the screen in portrait (p) and in
// landscape (l), from the cascade's conditions.
struct Applies {
  Tri p = Tri::yes, l = Tri::yes;
  bool orientation = false;  // an orientation feature took part
};

bool significant(const Token& t) { return !t.is(TokenType::whitespace); }

// -- angles -------------------------------------------------------------------

std::optional<double> angle_deg(const Token& t) {
  if (t.is(TokenType::number) && t.number == 0) return 0.0;
  if (!t.is(TokenType::dimension)) return std::nullopt;
  std::string unit = css::ascii_lower(t.value);
  if (unit == "deg") return t.number;
  if (unit == "rad") return t.number * 180.0 / 3.14159265358979323846;
  if (unit == "grad") return t.number * 0.9;
  if (unit == "turn") return t.number * 360.0;
  return std::nullopt;
}

// The arguments of a function whose arguments are plain numbers or
// dimensions; nullopt when one is anything else (calc(), var()...).
std::optional<std::vector<const Token*>> plain_args(std::span<const Token> inner) {
  std::vector<const Token*> args;
  for (const Token& t : inner) {
    if (!significant(t) || t.is(TokenType::comma)) continue;
    if (!t.is(TokenType::number) && !t.is(TokenType::dimension) && !t.is(TokenType::percentage)) return std::nullopt;
    args.push_back(&t);
  }
  return args;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-6; }

// Rotation about the z axis of a 2D matrix (a b c d), when it is one: a
// rotation times a positive uniform scale.
std::optional<double> matrix_rotation(double a, double b, double c, double d) {
  if (!near(a, d) || !near(b, -c) || a * d - b * c <= 0) return std::nullopt;
  return std::atan2(b, a) * 180.0 / 3.14159265358979323846;
}

bool is_wide_keyword_resetting(const std::vector<const Token*>& t) {
  return t.size() == 1 && (t[0]->is_ident("none") || t[0]->is_ident("initial") || t[0]->is_ident("unset") ||
                           t[0]->is_ident("revert") || t[0]->is_ident("revert-layer"));
}

// The rotation a transform value turns its element by, in degrees, when
// only rotations, translations and positive uniform scales take part
// (these compose to one rotation); nullopt for anything else.
std::optional<double> transform_rotation(std::span<const Token> value) {
  std::vector<const Token*> top;
  for (const Token& t : value)
    if (significant(t)) top.push_back(&t);
  if (is_wide_keyword_resetting(top)) return 0.0;
  double deg = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const Token& f = value[i];
    if (!significant(f)) continue;
    if (!f.is(TokenType::function)) return std::nullopt;
    std::size_t end = css::skip_block(value, i + 1, TokenType::function);
    std::optional<std::vector<const Token*>> args = plain_args(value.subspan(i + 1, end - i - 2));
    i = end - 1;
    if (!args) return std::nullopt;
    std::string name = css::ascii_lower(f.value);
    const std::vector<const Token*>& a = *args;
    if (name == "rotate" || name == "rotatez") {
      if (a.size() != 1) return std::nullopt;
      std::optional<double> r = angle_deg(*a[0]);
      if (!r) return std::nullopt;
      deg += *r;
    } else if (name == "rotate3d") {
      if (a.size() != 4) return std::nullopt;
      std::optional<double> r = angle_deg(*a[3]);
      if (!r || a[0]->number != 0 || a[1]->number != 0 || a[2]->number == 0) return std::nullopt;
      deg += a[2]->number > 0 ? *r : -*r;
    } else if (name == "translate" || name == "translatex" || name == "translatey" || name == "translatez" ||
               name == "translate3d") {
      continue;
    } else if (name == "scale" || name == "scale3d") {
      for (const Token* t : a)
        if (!t->is(TokenType::number) || t->number <= 0 || !near(t->number, a[0]->number)) return std::nullopt;
    } else if (name == "matrix") {
      if (a.size() != 6) return std::nullopt;
      std::optional<double> r = matrix_rotation(a[0]->number, a[1]->number, a[2]->number, a[3]->number);
      if (!r) return std::nullopt;
      deg += *r;
    } else if (name == "matrix3d") {
      if (a.size() != 16) return std::nullopt;
      // Column-major; only a 2D rotation with translations is understood.
      for (int k : {2, 3, 6, 7, 8, 9, 11})
        if (!near(a[static_cast<std::size_t>(k)]->number, 0)) return std::nullopt;
      if (!near(a[10]->number, 1) || !near(a[15]->number, 1)) return std::nullopt;
      std::optional<double> r = matrix_rotation(a[0]->number, a[1]->number, a[4]->number, a[5]->number);
      if (!r) return std::nullopt;
      deg += *r;
    } else {
      return std::nullopt;
    }
  }
  return deg;
}

// The `rotate` property (CSS Transforms 2): none, an angle, or an axis and
// an angle; only turns about the z axis count.
std::optional<double> rotate_property(std::span<const Token> value) {
  std::vector<const Token*> t;
  for (const Token& tok : value)
    if (significant(tok)) t.push_back(&tok);
  if (is_wide_keyword_resetting(t)) return 0.0;
  if (t.size() == 1) return angle_deg(*t[0]);
  if (t.size() == 2) {
    const Token* axis = t[0]->is(TokenType::ident) ? t[0] : t[1];
    const Token* angle = axis == t[0] ? t[1] : t[0];
    std::optional<double> r = angle_deg(*angle);
    if (r && axis->is_ident("z")) return r;
    if (r && *r == 0) return 0.0;
    return std::nullopt;
  }
  if (t.size() == 4 && t[0]->is(TokenType::number) && t[1]->is(TokenType::number) && t[2]->is(TokenType::number)) {
    std::optional<double> r = angle_deg(*t[3]);
    if (!r || t[0]->number != 0 || t[1]->number != 0 || t[2]->number == 0) return std::nullopt;
    return t[2]->number > 0 ? *r : -*r;
  }
  return std::nullopt;
}

// Only these transform functions can turn an element (ACT b33eff
// applicability); a translate alone under an orientation query is fine.
bool can_rotate(const css::Declaration& d) {
  if (d.property == "rotate") return true;
  for (const Token& t : d.value)
    if (t.is_function("rotate") || t.is_function("rotate3d") || t.is_function("rotatez") ||
        t.is_function("matrix") || t.is_function("matrix3d"))
      return true;
  return false;
}

// -- the page's style rules that set transform or rotate ----------------------

struct Candidate {
  const css::Declaration* decl;
  const css::SelectorList* selectors;  // null for the style attribute
  Applies applies;
  bool uncertain = false;  // in a layer
  std::uint32_t order = 0;
};

struct Sheets {
  std::vector<Candidate> candidates;
  bool unscanned = false;  // a sheet that could not be read, or nested rules that are dropped
};

// The page's style rules that declare transform or rotate (the others
// cannot matter, and most sheets are mostly others), each with the
// conditions of its sheet and at-rules in both orientations.
Sheets read_sheets(const Page& page) {
  Sheets s;
  s.unscanned = !page.styles().unreadable().empty();
  for (const css::AuthorSheet& sheet : page.styles().sheets()) {
    const css::Stylesheet& parsed = sheet.parsed->sheet;
    for (const css::Note& note : parsed.notes)
      if (note.kind == css::NoteKind::nested_style_rule) s.unscanned = true;
    for (std::size_t r = 0; r < parsed.rules.size(); ++r) {
      const css::StyleRule& rule = parsed.rules[r];
      const std::optional<css::SelectorList>& selectors = sheet.parsed->selectors[r].list;
      if (!selectors) continue;
      const css::Condition c = sheet.condition && rule.condition;
      for (const css::Declaration& d : rule.declarations)
        if (d.property == "transform" || d.property == "rotate")
          // A layer changes the cascade order, which this rule does not
          // follow: never a failure through one.
          s.candidates.push_back({&d, &*selectors, {c.portrait, c.landscape, c.orientation},
                                  rule.layer != css::kUnlayered, static_cast<std::uint32_t>(s.candidates.size())});
    }
  }
  return s;
}

// -- one element --------------------------------------------------------------

struct Match {
  const Candidate* c;
  Tri matches;
  bool important, inline_;
  css::Specificity specificity;
};

// The winning value of `property` with the screen in one orientation, or
// nullopt when it cannot be told which declaration wins.
std::optional<std::optional<double>> winner(const std::vector<Match>& sorted, std::string_view property,
                                            bool portrait) {
  for (const Match& m : sorted) {
    if (m.c->decl->property != property) continue;
    Tri applies = (portrait ? m.c->applies.p : m.c->applies.l) && m.matches;
    if (applies == Tri::no) continue;
    if (applies == Tri::unknown || m.c->uncertain) return std::nullopt;
    std::span<const Token> v(m.c->decl->value);
    return property == "rotate" ? rotate_property(v) : transform_rotation(v);
  }
  return std::optional<double>(0.0);  // none: the initial value of both
}

std::optional<double> rotation(const std::vector<Match>& sorted, bool portrait) {
  std::optional<std::optional<double>> t = winner(sorted, "transform", portrait);
  std::optional<std::optional<double>> r = winner(sorted, "rotate", portrait);
  if (!t || !*t || !r || !*r) return std::nullopt;
  return **t + **r;
}

struct Analysis {
  bool applicable = false;
  std::optional<double> portrait, landscape;
};

Analysis analyse(const Node& e, const css::Matcher& matcher, const Sheets& sheets,
                 const std::vector<Candidate>& inline_cands) {
  std::vector<Match> matches;
  for (const Candidate& c : sheets.candidates) {
    Tri m = Tri::no;
    css::Specificity spec;
    for (const css::ComplexSelector& sel : *c.selectors) {
      if (!sel.pseudo_element.empty()) continue;
      Tri one = matcher.matches(sel, e);
      if (one == Tri::no) continue;
      m = m || one;
      spec = std::max(spec, sel.specificity);
    }
    if (m != Tri::no) matches.push_back({&c, m, c.decl->important, false, spec});
  }
  for (const Candidate& c : inline_cands) matches.push_back({&c, Tri::yes, c.decl->important, true, {}});
  Analysis out;
  for (const Match& m : matches)
    if (m.c->applies.orientation && can_rotate(*m.c->decl)) out.applicable = true;
  if (!out.applicable) return out;
  // CSS Cascade 5 §6: importance, then the style attribute, then
  // specificity, then order.
  std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    if (a.important != b.important) return a.important;
    if (a.inline_ != b.inline_) return a.inline_;
    if (a.specificity != b.specificity) return a.specificity > b.specificity;
    return a.c->order > b.c->order;
  });
  out.portrait = rotation(matches, true);
  out.landscape = rotation(matches, false);
  return out;
}

std::vector<Candidate> inline_candidates(const std::vector<css::Declaration>& decls) {
  std::vector<Candidate> out;
  for (const css::Declaration& d : decls)
    if (d.property == "transform" || d.property == "rotate")
      out.push_back({&d, nullptr, Applies{}, false, static_cast<std::uint32_t>(out.size())});
  return out;
}

Analysis analyse(const Node& e, const css::Styles& page_styles, const css::Matcher& matcher, const Sheets& sheets) {
  std::vector<css::Declaration> decls = page_styles.style_attribute(e);
  std::vector<Candidate> cands = inline_candidates(decls);
  return analyse(e, matcher, sheets, cands);
}

// Some rule under an orientation query sets a rotating transform: only
// then can any element be a target.
bool any_orientation_rotation(const Sheets& sheets) {
  for (const Candidate& c : sheets.candidates)
    if (c.applies.orientation && can_rotate(*c.decl)) return true;
  return false;
}

Targets applicability(const Page& page) {
  const Sheets& sheets = page.derived<Sheets>(read_sheets);
  Targets out;
  if (!any_orientation_rotation(sheets)) {
    // A sheet we cannot read might lock the orientation; say so once.
    const Node* root = page.document().root();
    if (sheets.unscanned && root != nullptr && root->is(tag::html)) out.push_back(*root);
    return out;
  }
  css::StructureIndex index(page.document());
  css::Matcher matcher(page.document(), &index);
  for (const Node* e : page.document().elements()) {
    if (e->ns != Namespace::html || e->in_template) continue;
    if (page.semantics().of(*e).visible == Tri::no) continue;
    if (analyse(*e, page.styles(), matcher, sheets).applicable) out.push_back(*e);
  }
  if (out.empty() && sheets.unscanned) {
    const Node* root = page.document().root();
    if (root != nullptr && root->is(tag::html)) out.push_back(*root);
  }
  return out;
}

std::string format_degrees(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", d);
  return buf;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const Sheets& sheets = page.derived<Sheets>(read_sheets);
  // One target: a matcher without the structure index costs less than
  // building the index for it.
  css::Matcher matcher(page.document());
  Analysis a = analyse(e, page.styles(), matcher, sheets);
  if (!a.applicable) {
    out.cant_tell(target, "cant-tell.stylesheet");
    return;
  }
  if (page.semantics().of(e).visible == Tri::unknown) {
    out.cant_tell(target, "cant-tell.visibility");
    return;
  }
  if (!a.portrait || !a.landscape) {
    out.cant_tell(target, "cant-tell.rotation");
    return;
  }
  double diff = std::fmod(*a.portrait - *a.landscape, 360.0);
  if (diff < 0) diff += 360.0;
  // A quarter turn either way, give or take a degree of rounding
  // (1.5708rad is 90.0002deg).
  bool quarter = std::abs(diff - 90.0) <= 1.0 || std::abs(diff - 270.0) <= 1.0;
  if (!quarter) {
    out.pass(target, "passed");
    return;
  }
  if (sheets.unscanned || page.styles().complete() != Tri::yes) {
    out.cant_tell(target, "cant-tell.stylesheet");
    return;
  }
  out.fail(target, "failed.quarter-turn",
           {{"angle", format_degrees(diff > 180.0 ? 360.0 - diff : diff)},
            {"portrait", format_degrees(std::fmod(std::fmod(*a.portrait, 360.0) + 360.0, 360.0))},
            {"landscape", format_degrees(std::fmod(std::fmod(*a.landscape, 360.0) + 360.0, 360.0))}});
}

}  // namespace

RAMPA_RULE(.id = "orientation-not-locked-by-transform", .wcag = {"1.3.4"}, .act = {"b33eff"},
           .impact = Impact::serious, .tags = {"document", "orientation"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/b33eff/",
           .messages = {"passed", "failed.quarter-turn", "cant-tell.stylesheet", "cant-tell.visibility",
                        "cant-tell.rotation"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
