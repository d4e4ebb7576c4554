#pragma once
// What a rule sees of a page: its document and where it came from. Built by
// the engine, read-only for rules.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <span>
#include <unordered_map>
#include <vector>

#include "audit/language_texts.hpp"
#include "document/document.hpp"
#include "forms/form_model.hpp"
#include "parse/parsers.hpp"
#include "semantics/semantics.hpp"

namespace rampa {

namespace css {
class Styles;
}
class StyleSheetStore;
class LanguageGuesser;

// What a page takes from its run: the style sheets shared with the run's
// other pages, and the user's limits, which the documents it embeds obey too.
struct PageContext {
  StyleSheetStore* sheets = nullptr;  // null: the page reads its own
  ParseLimits limits;
  std::size_t max_embedded_bytes = 128u << 20;  // of one embedded document, as read
  const LanguageGuesser* languages = nullptr;  // the Engine's; null: no guesses
};

class Page {
 public:
  // Computes the page's styles and Semantics once; read-only afterwards.
  Page(std::unique_ptr<Document> doc, std::string path, std::filesystem::path base_dir,
       std::filesystem::path root, const PageContext& context = {});
  // A form definition: no markup (every HTML rule is inapplicable), one form.
  Page(forms::FormModel form, std::string path, std::filesystem::path base_dir);
  ~Page();

  // The page's forms: one per <form> (and one for controls outside any form)
  // in HTML, built on first use; the definition's one form otherwise.
  const std::vector<forms::FormModel>& forms() const;
  bool is_definition() const noexcept { return definition_; }

  // The <label for=id> elements, in tree order; built on first use, so that
  // rules asking per control stay linear.
  std::span<const Node* const> labels_for(std::string_view id) const;

  // A fact several rules derive from the page (is there CSS generated
  // content anywhere?), computed by the first rule that asks and kept for the
  // others: one per type T, made by `make(page)`. Rules ask once per target,
  // so a type finds its slot by a number fixed on first use, not by a hash.
  template <class T, class Make>
  const T& derived(Make&& make) const {
    static const std::size_t number = next_derived_number();
    if (derived_.size() <= number) derived_.resize(number + 1);
    std::shared_ptr<void>& slot = derived_[number];
    if (!slot) slot = std::make_shared<T>(make(*this));
    return *static_cast<const T*>(slot.get());
  }

  const Document& document() const noexcept { return *doc_; }
  const Semantics& semantics() const noexcept { return *semantics_; }
  // Every element's computed style (the CSS cascade of the page).
  const css::Styles& styles() const noexcept { return *styles_; }

  const std::string& path() const noexcept { return path_; }

  // The running text of the root and of every element with a lang
  // attribute, gathered in one pass on first ask (language_texts.hpp).
  const LanguageTexts& language_texts() const;
  // What guesses the language of a text: the Engine's, loaded once and
  // shared by its pages; null for a page made without one.
  const LanguageGuesser* language_guesser() const noexcept { return context_.languages; }

  // The local file a URL in this page points to: relative URLs resolve
  // against the page's directory, root-absolute ones (/css/a.css) under the
  // configured root. Remote URLs, data: URLs and anything escaping resolve to
  // nothing. Query and fragment are dropped.
  std::optional<std::filesystem::path> resolve(std::string_view url) const;

  // The document an element shows, loaded on first ask with the run's limits
  // and sheets, with styles and Semantics of its own: for an <iframe>, its
  // srcdoc, its local src, or about:blank without one; for an <img>, an
  // image <input> or an <object>, an SVG image from a data: URL or a local
  // .svg file (read as the HTML parser reads inline SVG, so a sloppy one is
  // read as the author saw it drawn). Null when there is none or it cannot
  // be read: remote, missing, over the limits, a raster image.
  const Page* embedded(const Node& element) const;

 private:
  std::unique_ptr<Document> doc_;
  std::string path_;
  std::filesystem::path base_dir_;
  std::filesystem::path root_;
  std::unique_ptr<StyleSheetStore> own_sheets_;
  PageContext context_;  // its `sheets` never null
  std::unique_ptr<css::Styles> styles_;
  std::unique_ptr<Semantics> semantics_;
  bool definition_ = false;
  // Built lazily: most pages have no form, and a page is audited by one thread.
  mutable std::optional<std::vector<forms::FormModel>> forms_;
  mutable std::optional<LanguageTexts> language_texts_;
  mutable std::optional<std::unordered_map<std::string_view, std::vector<const Node*>>> labels_;
  mutable std::unordered_map<const Node*, std::unique_ptr<Page>> embedded_;
  std::unique_ptr<Page> load_embedded(const Node& element) const;
  static std::size_t next_derived_number() noexcept;
  mutable std::vector<std::shared_ptr<void>> derived_;
};

}  // namespace rampa
