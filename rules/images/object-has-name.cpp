// An <object> that embeds an image, a sound or a video has an accessible
// name, so a screen reader user knows what the embedded content is (the
// recorded talk of a course, an infographic of a job fair). Implements ACT
// 8fc3b6 (WCAG 1.1.1).
#include <filesystem>
#include <system_error>

#include "common/rendering_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

enum class Kind { media, other, unknown };

// The MIME type's top-level type decides: image/*, audio/* and video/* are
// what ACT calls non-text content here.
Kind kind_of_mime(std::string_view mime) {
  std::string m = ascii_lower(trim(mime));
  if (m.empty()) return Kind::unknown;
  if (m.starts_with("image/") || m.starts_with("audio/") || m.starts_with("video/")) return Kind::media;
  return Kind::other;
}

// Without the server's Content-Type, the file extension is the best
// evidence; an extension we do not know decides nothing.
Kind kind_of_extension(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  std::size_t slash = url.find_last_of('/');
  std::string_view file = slash == std::string_view::npos ? url : url.substr(slash + 1);
  std::size_t dot = file.find_last_of('.');
  if (dot == std::string_view::npos) return Kind::unknown;
  std::string ext = ascii_lower(file.substr(dot + 1));
  static constexpr std::string_view kMedia[] = {
      "png", "jpg", "jpeg", "jfif", "gif", "svg", "svgz", "webp", "avif", "bmp", "ico", "tif", "tiff",
      "apng", "mp3", "wav", "oga", "ogg", "m4a", "aac", "flac", "opus", "weba", "mid", "midi",
      "mp4", "m4v", "webm", "ogv", "mov", "avi", "mkv", "mpg", "mpeg", "3gp"};
  static constexpr std::string_view kOther[] = {"html", "htm", "xhtml", "php", "asp", "aspx", "jsp",
                                                "pdf", "txt", "xml", "json", "swf", "doc", "docx"};
  for (std::string_view m : kMedia)
    if (ext == m) return Kind::media;
  for (std::string_view o : kOther)
    if (ext == o) return Kind::other;
  return Kind::unknown;
}

// What the object embeds, as far as markup tells: a data: URL names its own
// type; else the extension of data=; else the type attribute.
Kind embedded_kind(const Node& e) {
  std::string_view data = trim(e.attr(attr::data).value_or(""));
  if (ascii_lower(data.substr(0, 5)) == "data:") {
    std::string_view rest = data.substr(5);
    return kind_of_mime(rest.substr(0, rest.find_first_of(";,")));
  }
  Kind k = kind_of_extension(data);
  if (k == Kind::unknown) k = kind_of_mime(e.attr(attr::type).value_or(""));
  return k;
}

bool has_data(const Node& e) { return !is_blank(e.attr(attr::data).value_or("")); }

// Objects with an explicit role are other rules' targets (role="img" is
// image-has-name's); without data= nothing is embedded and the fallback
// content shows instead.
Targets applicability(const Page& page) {
  const Semantics& sem = page.semantics();
  Targets out;
  for (const Node* e : page.document().elements_named(tag::object)) {
    if (!e->is(tag::object) || !has_data(*e)) continue;
    const ElementSemantics& s = sem.of(*e);
    if (s.explicit_role || s.hidden == Tri::yes || s.presentational_child) continue;
    if (hidden_by_inline_style(page.document(), *e) == Tri::yes) continue;
    if (embedded_kind(*e) == Kind::other) continue;
    out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const Semantics& sem = page.semantics();
  std::string data(trim(e.attr(attr::data).value_or("")));
  // A named object passes whatever it embeds: were it no image, sound or
  // video, it would merely not have been a target.
  if (!sem.name(e).empty()) {
    out.pass(target, "passed");
    return;
  }
  if (embedded_kind(e) == Kind::unknown) {
    out.cant_tell(target, "cant-tell.unknown-type", {{"resource", data}});
    return;
  }
  if (sem.of(e).hidden == Tri::unknown || hidden_by_inline_style(page.document(), e) == Tri::unknown) {
    out.cant_tell(target, "cant-tell.maybe-hidden");
    return;
  }
  if (inside_object_fallback(e)) {
    out.cant_tell(target, "cant-tell.object-fallback");
    return;
  }
  // A local file that is not there cannot load: the object then shows its
  // fallback content and embeds nothing, or the copy audited is incomplete.
  if (auto local = page.resolve(data)) {
    std::error_code ec;
    if (!std::filesystem::exists(*local, ec)) {
      out.cant_tell(target, "cant-tell.missing-resource", {{"resource", data}});
      return;
    }
  }
  // alt is an img attribute; on an object browsers ignore it, and authors
  // who wrote one meant it as the name.
  if (auto alt = e.attr(attr::alt); alt && !is_blank(*alt)) {
    out.fail(target, "failed.alt-ignored", {{"resource", data}, {"alt", std::string(trim(*alt))}});
    return;
  }
  out.fail(target, "failed.no-name", {{"resource", data}});
}

}  // namespace

RAMPA_RULE(.id = "object-has-name", .wcag = {"1.1.1"}, .act = {"8fc3b6"},
           .impact = Impact::serious, .tags = {"images", "media", "text-alternatives"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/8fc3b6/",
           .messages = {"passed", "failed.no-name", "failed.alt-ignored", "cant-tell.unknown-type",
                        "cant-tell.missing-resource", "cant-tell.maybe-hidden", "cant-tell.object-fallback"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
