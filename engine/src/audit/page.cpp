#include "audit/page.hpp"

#include <atomic>
#include <cctype>

#include "audit/style_sheets.hpp"
#include "audit/url_text.hpp"
#include "forms/builders.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa {

namespace {

bool has_scheme(std::string_view url) {
  auto colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return true;
}

}  // namespace

Page::Page(std::unique_ptr<Document> doc, std::string path, std::filesystem::path base_dir,
           std::filesystem::path root, const PageContext& context)
    : doc_(std::move(doc)), path_(std::move(path)), base_dir_(std::move(base_dir)), root_(std::move(root)),
      context_(context) {
  if (context_.sheets == nullptr) {
    own_sheets_ = std::make_unique<StyleSheetStore>();
    context_.sheets = own_sheets_.get();
  }
  css::CascadeOptions options;
  options.resolve = [this](std::string_view href) -> std::shared_ptr<const css::ParsedSheet> {
    std::optional<std::filesystem::path> file = resolve(href);
    return file ? context_.sheets->load(*file) : nullptr;
  };
  styles_ = std::make_unique<css::Styles>(css::Styles::compute(*doc_, options));
  semantics_ = std::make_unique<Semantics>(*doc_, styles_.get());
}

namespace {
std::unique_ptr<Document> empty_document() {
  auto doc = std::make_unique<Document>();
  doc->set_document_node(doc->make_node(NodeKind::document));
  doc->finish(SourceKind::xml);
  return doc;
}
}  // namespace

Page::Page(forms::FormModel form, std::string path, std::filesystem::path base_dir)
    : Page(empty_document(), std::move(path), std::move(base_dir), {}) {
  definition_ = true;
  forms::infer_purposes(form);
  forms_.emplace();
  forms_->push_back(std::move(form));
}

std::size_t Page::next_derived_number() noexcept {
  static std::atomic<std::size_t> next{0};
  return next++;
}

const std::vector<forms::FormModel>& Page::forms() const {
  if (!forms_) {
    forms_ = forms::from_html(*doc_, *semantics_);
    for (auto& f : *forms_) forms::infer_purposes(f);
  }
  return *forms_;
}

const LanguageTexts& Page::language_texts() const {
  if (!language_texts_) language_texts_.emplace(*doc_, *semantics_);
  return *language_texts_;
}

std::span<const Node* const> Page::labels_for(std::string_view id) const {
  if (!labels_) {
    labels_.emplace();
    for (const Node* e : doc_->elements())
      if (e->is(tag::label))
        if (auto f = e->attr(attr::for_)) (*labels_)[*f].push_back(e);
  }
  auto it = labels_->find(id);
  if (it == labels_->end()) return {};
  return it->second;
}

Page::~Page() = default;

std::optional<std::filesystem::path> Page::resolve(std::string_view url) const {
  auto first = url.find_first_not_of(" \t\n\r\f");
  if (first == std::string_view::npos) return std::nullopt;
  url = url.substr(first, url.find_last_not_of(" \t\n\r\f") - first + 1);
  url = url.substr(0, url.find_first_of("?#"));
  if (url.empty() || url.starts_with("//")) return std::nullopt;
  if (has_scheme(url)) {
    if (!url.starts_with("file:")) return std::nullopt;
    url.remove_prefix(5);
    if (url.starts_with("//")) url.remove_prefix(2);
    return std::filesystem::path(percent_decode(url)).lexically_normal();
  }
  std::string decoded = percent_decode(url);
  if (decoded.front() != '/') return (base_dir_ / decoded).lexically_normal();
  if (root_.empty()) return std::nullopt;
  decoded.erase(0, decoded.find_first_not_of('/'));
  std::filesystem::path root = root_.lexically_normal();
  std::filesystem::path joined = (root / decoded).lexically_normal();
  // As on a web server, a root-absolute URL cannot climb above the root.
  auto rel = joined.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") return std::nullopt;
  return joined;
}

}  // namespace rampa
