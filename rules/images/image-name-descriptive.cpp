// The accessible name of an image, canvas or svg describes it. Only a person
// can judge that, so every image is left for review, except names that markup
// alone proves useless to a screen reader user: the image's file name
// ("IMG_0231.jpg") or a bare word such as "imagen" or "foto" (WCAG failure
// F30). Implements ACT qt1vmo (WCAG 1.1.1).
#include <filesystem>
#include <system_error>

#include "common/rendering_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool ends_with_image_extension(std::string_view lower) {
  static constexpr std::string_view kExtensions[] = {"png", "jpg", "jpeg", "jfif", "gif", "svg", "webp",
                                                     "avif", "bmp", "ico", "tif", "tiff", "apng"};
  std::size_t dot = lower.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0 || is_space(lower[dot - 1])) return false;
  std::string_view ext = lower.substr(dot + 1);
  for (std::string_view e : kExtensions)
    if (ext == e) return true;
  return false;
}

// The last path segment of a URL, without query or fragment.
std::string_view file_name_of(std::string_view url) {
  url = trim(url);
  url = url.substr(0, url.find_first_of("?#"));
  std::size_t slash = url.find_last_of('/');
  return slash == std::string_view::npos ? url : url.substr(slash + 1);
}

// Words that name the kind of thing, never the thing (F30's placeholder
// text), in the languages of our users. "W3C logo" or "Logo del SENA" are
// not here: only the bare word is.
bool is_placeholder(std::string_view lower) {
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ':' || lower.back() == '!')) lower.remove_suffix(1);
  lower = trim(lower);
  static constexpr std::string_view kWords[] = {
      "image", "images", "imagen", "imágen", "imagenes", "imágenes", "imagem", "imagens", "img",
      "foto", "fotos", "fotografía", "fotografia", "photo", "photos", "picture", "pic", "logo",
      "logotipo", "icon", "icono", "ícono", "ícone", "icone", "graphic", "gráfico", "grafico",
      "spacer", "alt", "untitled", "sin título", "sem título", "placeholder"};
  for (std::string_view w : kWords)
    if (lower == w) return true;
  return false;
}

// ACT "named from author": the name comes from attributes or referenced
// elements rather than from content. Such an ancestor's name replaces the
// image's for a screen reader user (a button with aria-label around an icon).
bool named_from_author(const Node& a, const Semantics& sem) {
  if (a.labelledby() != nullptr) return true;
  if (auto l = a.attr(attr::aria_label); l && !is_blank(*l)) return true;
  if (auto t = a.attr(attr::title); t && !is_blank(*t)) return true;
  const ElementSemantics& s = sem.of(a);
  bool from_contents = s.role == "link" || s.role == "button" || s.role == "heading" || s.role == "cell" ||
                       s.role == "gridcell" || s.role == "columnheader" || s.role == "rowheader" ||
                       s.role == "listitem" || s.role == "option" || s.role == "menuitem" ||
                       s.role == "tab" || s.role == "treeitem" || s.role == "tooltip" || s.role == "row" ||
                       s.role == "generic" || s.role == "paragraph" || s.role.empty();
  return !from_contents && !sem.name(a).empty();
}

bool ancestor_named_from_author(const Node& e, const Semantics& sem) {
  for (const Node* a = e.parent; a != nullptr && a->is_element(); a = a->parent)
    if (named_from_author(*a, sem)) return true;
  return false;
}

Targets applicability(const Page& page) {
  const Semantics& sem = page.semantics();
  const Document& doc = page.document();
  Targets out;
  std::vector<const Node*> candidates;
  for (Name n : {tag::img, tag::canvas, tag::svg})
    candidates.insert(candidates.end(), doc.elements_named(n).begin(), doc.elements_named(n).end());
  sort_in_tree_order(candidates);
  for (const Node* e : candidates) {
    bool img = e->is(tag::img);
    if (!img && !e->is(tag::canvas) && !e->is_in(Namespace::svg, tag::svg)) continue;
    const ElementSemantics& s = sem.of(*e);
    // An element out of the accessibility tree has no name to read out;
    // alt="" title="..." leaves an img presentational even though Semantics
    // still computes a name from title.
    if (s.visible == Tri::no || s.hidden == Tri::yes || s.visually_hidden == Tri::yes ||
        s.presentational_child || s.role == "none" || s.role == "presentation")
      continue;
    if (sem.name(*e).empty()) continue;
    // An image that has nothing to load is never "completely available".
    if (img && is_blank(e->attr(attr::src).value_or("")) && is_blank(e->attr(attr::srcset).value_or("")))
      continue;
    if (hidden_by_inline_style(doc, *e) == Tri::yes || ancestor_named_from_author(*e, sem)) continue;
    out.push_back(*e);
  }
  return out;
}

// Whether the image's file can be shown: data: URLs and local files that
// exist; remote files and missing ones may be broken, and then ACT does not
// ask for a name at all.
bool image_available(const Node& e, const Page& page) {
  std::string_view src = trim(e.attr(attr::src).value_or(""));
  if (src.empty()) return false;  // srcset alone: which candidate loads is the browser's choice
  if (ascii_lower(src.substr(0, 5)) == "data:") return true;
  auto local = page.resolve(src);
  std::error_code ec;
  return local && std::filesystem::is_regular_file(*local, ec);
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const Semantics& sem = page.semantics();
  const ElementSemantics& s = sem.of(e);
  std::string name(sem.name(e));
  std::string lower = ascii_lower(name);
  MessageArgs args = {{"name", name}};

  const char* failure = nullptr;
  std::string_view src_file = e.is(tag::img) ? file_name_of(e.attr(attr::src).value_or("")) : "";
  if (ends_with_image_extension(lower) || (!src_file.empty() && lower == ascii_lower(src_file)))
    failure = "failed.file-name";
  else if (is_placeholder(lower))
    failure = "failed.placeholder";
  if (failure == nullptr) {
    out.cant_tell(target, "cant-tell.review", std::move(args));
    return;
  }
  // The name is useless; whether a person ever meets it is what remains.
  if (s.visible == Tri::unknown || s.hidden == Tri::unknown || s.visually_hidden == Tri::unknown ||
      hidden_by_inline_style(page.document(), e) == Tri::unknown || may_be_out_of_view_by_inline_style(e)) {
    out.cant_tell(target, "cant-tell.maybe-hidden", std::move(args));
  } else if (inside_object_fallback(e)) {
    out.cant_tell(target, "cant-tell.object-fallback", std::move(args));
  } else if (e.is(tag::img) && !image_available(e, page)) {
    out.cant_tell(target, "cant-tell.image-unavailable", std::move(args));
  } else {
    out.fail(target, failure, std::move(args));
  }
}

}  // namespace

// Tagged needs-review: whether a name describes its image is a person's call,
// so this rule never passes anything by itself.
RAMPA_RULE(.id = "image-name-descriptive", .wcag = {"1.1.1"}, .act = {"qt1vmo"},
           .impact = Impact::serious, .tags = {"images", "text-alternatives", "needs-review"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/qt1vmo/",
           .messages = {"passed", "failed.file-name", "failed.placeholder", "cant-tell.review",
                        "cant-tell.maybe-hidden", "cant-tell.object-fallback", "cant-tell.image-unavailable"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
