// A line-height set with !important in a style attribute is at least 1.5
// times the font size wherever the text wraps. Nothing an author or a
// browser extension writes can override such a declaration, so a person
// with low vision or dyslexia who spaces lines apart to keep their place
// is stuck with the page's lines. Implements ACT 78fd32 (WCAG 1.4.12).
#include "text_spacing.hpp"

namespace rampa::rules {
namespace {

using text_spacing::Property;

Targets applicability(const Page& page) { return text_spacing::applicability(page, Property::line_height); }

void evaluate(const Target& style_attr, const Page& page, Verdicts& out) {
  const Node& e = style_attr.element();
  if (text_spacing::text_visible(e, page) == Tri::unknown) {
    out.cant_tell(style_attr, "cant-tell.visibility");
    return;
  }
  const css::ComputedStyle& style = page.styles().of(e);
  if (!style.line_height || !style.font_size_px || *style.font_size_px <= 0) {
    out.cant_tell(style_attr, "cant-tell.value");
    return;
  }
  // The used value of `normal` depends on the font; browsers give common
  // text fonts about 1.2, well below 1.5.
  double ratio = 1.2;
  if (style.line_height->kind == css::LineHeight::Kind::number) ratio = style.line_height->value;
  if (style.line_height->kind == css::LineHeight::Kind::px) ratio = style.line_height->value / *style.font_size_px;
  if (ratio + 1e-9 >= 1.5) {
    out.pass(style_attr, "passed");
    return;
  }
  std::optional<css::Declaration> decl =
      text_spacing::declaration_at(page, e, style.inline_line_height.offset);
  if (!decl || text_spacing::mentions_var(*decl) || page.styles().complete() != Tri::yes) {
    out.cant_tell(style_attr, "cant-tell.value");
    return;
  }
  // ACT applies only to text with a soft wrap; one line of text has no
  // line spacing to lose. Without layout, only a provable wrap can fail.
  if (text_spacing::soft_wraps(e, page) != Tri::yes) {
    out.cant_tell(style_attr, "cant-tell.wrapping", {{"value", decl->text}});
    return;
  }
  out.fail(style_attr, "failed.too-tight",
           {{"value", decl->text},
            {"ratio", text_spacing::format_number(ratio)},
            {"size", text_spacing::format_number(*style.font_size_px)}});
}

}  // namespace

RAMPA_RULE(.id = "important-line-height-wide-enough", .wcag = {"1.4.12"}, .act = {"78fd32"},
           .impact = Impact::serious, .tags = {"structure", "text-spacing"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/78fd32/",
           .messages = {"passed", "failed.too-tight", "cant-tell.visibility", "cant-tell.value",
                        "cant-tell.wrapping"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
