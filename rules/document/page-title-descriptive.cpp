// The page title says what the page is about: it is the first thing a screen
// reader announces, and how everyone tells tabs, bookmarks and history apart.
// Whether a title describes a page is a person's judgement; the markup only
// proves the worst cases: an editor's placeholder ("Untitled", "Sin título",
// "Document") or a file name. Implements ACT c4a8a4 (WCAG 2.4.2).
#include <algorithm>
#include <iterator>
#include <filesystem>
#include <string>

#include "rule.hpp"

namespace rampa::rules {
namespace {

// Titles editors, templates and frameworks put in new pages, which describe
// no page at all. Compared after lower-casing and collapsing spaces.
constexpr std::string_view kPlaceholders[] = {
    "untitled", "untitled document", "untitled page", "new document", "new page", "document",
    "page", "title", "page title", "my page", "insert title here", "enter title here",
    "your title here", "title here", "title goes here", "page title here", "index", "default",
    "home page title", "react app", "vite app", "vite + react", "vite + react + ts", "vite + vue",
    "vite + vue + ts", "lorem ipsum", "sin título", "sin titulo", "documento sin título",
    "documento sin titulo", "documento", "nuevo documento", "página", "página sin título",
    "título", "titulo", "título de la página", "titulo de la pagina", "mi página", "sem título",
    "sem titulo", "documento sem título", "documento sem titulo", "novo documento",
    "página sem título", "título da página", "titulo da pagina", "minha página"};

// ASCII and Latin-1 capitals (Í, Ó, Ú...) to lower case; the rest as is.
std::string fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (is_space(static_cast<char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ', space = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    out += static_cast<char>(c);
    if (c == 0xC3 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[++i]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d = static_cast<unsigned char>(d + 0x20);
      out += static_cast<char>(d);
    }
  }
  return out;
}

// "ofertas.html", "index.php": a file name, which only repeats the URL.
bool looks_like_file_name(std::string_view t) {
  static constexpr std::string_view kExtensions[] = {
      ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm"};
  for (std::string_view ext : kExtensions) {
    if (!t.ends_with(ext) || t.size() == ext.size()) continue;
    std::string_view stem = t.substr(0, t.size() - ext.size());
    return std::all_of(stem.begin(), stem.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
             static_cast<unsigned char>(c) >= 0x80;
    });
  }
  return false;
}

const Node* first_title(const Document& doc) {
  for (const Node* e : doc.elements_named(tag::title))
    if (e->is(tag::title) && !e->in_template) return e;
  return nullptr;
}

std::string title_text(const Node& title) {
  std::string text;
  for (const Node& c : title.children())
    if (c.is_text()) text += c.text;
  return text;
}

// The page's main heading, when there is exactly one rendered h1.
std::string main_heading(const Page& page) {
  const Node* h1 = nullptr;
  for (const Node* e : page.document().elements_named(tag::h1)) {
    if (!e->is(tag::h1) || e->in_template || page.semantics().of(*e).rendered == Tri::no) continue;
    if (h1 != nullptr) return {};
    h1 = e;
  }
  return h1 != nullptr ? fold(page.document().text_content(*h1)) : std::string();
}

// An empty or missing title is page-has-title's finding.
Targets applicability(const Page& page) {
  const Node* root = page.document().root();
  if (root == nullptr || !root->is(tag::html)) return {};
  const Node* title = first_title(page.document());
  if (title == nullptr || is_unicode_blank(title_text(*title))) return {};
  return {*title};
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const std::string raw(trim(title_text(target.element())));
  const std::string title = fold(raw);
  if (std::find(std::begin(kPlaceholders), std::end(kPlaceholders), title) != std::end(kPlaceholders)) {
    out.fail(target, "failed.placeholder", {{"title", raw}});
    return;
  }
  const std::string file = fold(std::filesystem::path(page.path()).filename().string());
  if (title == file || looks_like_file_name(title)) {
    out.fail(target, "failed.file-name", {{"title", raw}});
    return;
  }
  // A title that repeats the page's one main heading names what the page is
  // about, if anything on the page does; a heading of one short word
  // ("Inicio") proves nothing.
  const std::string h1 = main_heading(page);
  if (h1.size() >= 8 && h1.find(' ') != std::string::npos && title.find(h1) != std::string::npos) {
    out.pass(target, "passed");
    return;
  }
  out.cant_tell(target, "cant-tell.needs-review", {{"title", raw}});
}

}  // namespace

RAMPA_RULE(.id = "page-title-descriptive", .wcag = {"2.4.2"}, .act = {"c4a8a4"},
           .impact = Impact::moderate, .tags = {"document"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/c4a8a4/",
           .messages = {"passed", "failed.placeholder", "failed.file-name", "cant-tell.needs-review"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
