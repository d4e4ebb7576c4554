// Images do not carry text that could be real text: a person with low
// vision cannot enlarge it without blur, change its colours or spacing, or
// have it reflow, and a screen reader gets only what the alt says.
// Implements ACT 0va7u6 (WCAG 1.4.5, 1.4.9).
//
// A static check cannot see pixels, so most images are cantTell. Markup
// proves two things: an SVG image (data: URL or local file) whose only
// message is a <text> that its alt repeats is an image of text; and an SVG
// drawn from circles, rectangles and lines alone holds no text.
#include <optional>
#include <string>

#include "common/css_hints.hpp"
#include "rule.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa::rules {
namespace {

bool is_image_input(const Node& e) {
  return e.is(tag::input) && ascii_lower(trim(e.attr(attr::type).value_or(""))) == "image";
}

bool has_image_extension(std::string_view url) {
  std::string u = ascii_lower(url.substr(0, url.find_first_of("?#")));
  for (std::string_view ext : {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".ico"})
    if (u.ends_with(ext)) return true;
  return u.starts_with("data:image/");
}

bool has_background_image(const Node& e, const Page& page) {
  if (!e.has(attr::style)) return false;
  for (const css::Declaration& d : page.styles().style_attribute(e)) {
    if (d.property.find("background") == std::string::npos) continue;
    for (const css::Token& v : d.value)
      if (v.is(css::TokenType::url) || v.is_function("url")) return true;
  }
  return false;
}

// Where the image's pixels come from, or nothing for a CSS background.
std::optional<std::string_view> source_of(const Node& e) {
  if (e.is(tag::img) || is_image_input(e)) return e.attr(attr::src);
  if (e.is(tag::object)) return e.attr(attr::data);
  return std::nullopt;
}

bool renders_an_image(const Node& e, const Page& page) {
  if (e.is(tag::img)) {
    auto src = e.attr(attr::src);
    auto srcset = e.attr(attr::srcset);
    return (src && !is_blank(*src)) || (srcset && !is_blank(*srcset));
  }
  if (is_image_input(e)) return e.has(attr::src);
  if (e.is(tag::object)) {
    auto data = e.attr(attr::data);
    if (!data || is_blank(*data)) return false;
    auto type = e.attr(attr::type);
    return (type && ascii_lower(trim(*type)).starts_with("image/")) || has_image_extension(trim(*data));
  }
  return e.ns == Namespace::html && has_background_image(e, page);
}

Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  const Document& doc = page.document();
  std::vector<const Node*> candidates;
  for (Name n : {tag::img, tag::input, tag::object})
    candidates.insert(candidates.end(), doc.elements_named(n).begin(), doc.elements_named(n).end());
  for (const Attribute* style : doc.attributes_named(attr::style)) candidates.push_back(style->owner);
  sort_in_tree_order(candidates);
  for (const Node* e : candidates) {
    if (e->in_template || !renders_an_image(*e, page)) continue;
    if (sem.of(*e).visible == Tri::no) continue;
    out.push_back(*e);
  }
  return out;
}

struct SvgFacts {
  std::string text;         // what its <text> elements draw, spaces collapsed
  bool only_shapes = true;  // nothing but circles, rectangles, lines, gradients
  bool found_svg = false;
};

std::string collapse(std::string_view s) {
  std::string out;
  for (std::string_view w : split_spaces(s)) {
    if (!out.empty()) out += ' ';
    out += ascii_lower(w);
  }
  return out;
}

SvgFacts read_svg(const Document& d) {
  SvgFacts f;
  std::string text;
  for (const Node* e : d.elements()) {
    if (e->ns != Namespace::svg) continue;
    f.found_svg = true;
    std::string_view name = d.spelling(e->name);
    static constexpr std::string_view kShapes[] = {
        "svg", "g", "circle", "ellipse", "rect", "line", "defs", "lineargradient", "radialgradient",
        "stop", "title", "desc"};
    bool shape = false;
    for (std::string_view s : kShapes) shape = shape || ascii_lower(name) == s;
    if (!shape) f.only_shapes = false;
    if (ascii_lower(name) != "text") continue;
    // Text never drawn: in definitions, masks and the like, or display="none".
    bool drawn = true;
    for (const Node* a = e; a != nullptr && a->is_element(); a = a->parent) {
      std::string an = ascii_lower(d.spelling(a->name));
      if (an == "defs" || an == "symbol" || an == "mask" || an == "clippath" || an == "pattern" ||
          an == "marker")
        drawn = false;
      for (const Attribute& at : a->attributes())
        if (ascii_lower(at.spelling) == "display" && ascii_lower(trim(at.value)) == "none") drawn = false;
    }
    if (!drawn) continue;
    if (!text.empty()) text += ' ';
    text += d.text_content(*e);
  }
  f.text = collapse(text);
  return f;
}

// Logos and brand names may be images of text (WCAG 1.4.5 exception); any
// hint of one keeps a finding out.
bool may_be_logo(const Node& image) {
  for (const Node* n = &image; n != nullptr && n->is_element(); n = n->parent) {
    if (n->is(tag::a) || n->is(tag::header)) return true;
    for (Name a : {attr::alt, attr::src, attr::id, attr::class_, attr::title, attr::role}) {
      if (n != &image && a != attr::id && a != attr::class_ && a != attr::role) continue;
      std::string v = ascii_lower(n->attr(a).value_or(""));
      for (std::string_view hint : {"logo", "brand", "marca", "banner", "isotipo"})
        if (v.find(hint) != std::string::npos) return true;
    }
  }
  return false;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& image = target.element();
  // The engine loads SVG images the page holds (data: URLs, local files);
  // raster and remote images give nothing.
  const Page* svg_image = source_of(image) ? page.embedded(image) : nullptr;
  if (svg_image == nullptr) {
    out.cant_tell(image, "cant-tell.pixels");
    return;
  }
  SvgFacts svg = read_svg(svg_image->document());
  if (!svg.found_svg) {
    out.cant_tell(image, "cant-tell.pixels");
    return;
  }
  if (svg.text.empty()) {
    if (svg.only_shapes) out.pass(image, "passed");
    else out.cant_tell(image, "cant-tell.pixels");
    return;
  }
  // The image says in drawn letters exactly what its alt says: the text
  // could have been text.
  const std::string name = collapse(page.semantics().name(image));
  if (name == svg.text && !may_be_logo(image) && !inline_css_may_hide(page, image, CssHiding::removal)) {
    out.fail(image, "failed.svg-text", {{"text", std::string(trim(page.semantics().name(image)))}});
  } else {
    out.cant_tell(image, "cant-tell.svg-text", {{"text", svg.text}});
  }
}

}  // namespace

RAMPA_RULE(.id = "image-no-text", .wcag = {"1.4.5", "1.4.9"}, .act = {"0va7u6"},
           .impact = Impact::moderate, .tags = {"images"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/0va7u6/",
           .messages = {"passed", "failed.svg-text", "cant-tell.svg-text", "cant-tell.pixels"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
