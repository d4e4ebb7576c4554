// The documents a page embeds: frames and SVG images, loaded by the engine
// so that no rule reads a file or parses markup.
#include <fstream>
#include <iterator>

#include "audit/page.hpp"
#include "audit/url_text.hpp"
#include "document/ascii.hpp"
#include "parse/encoding.hpp"

namespace rampa {

namespace {

// RFC 4648 base64, and its URL-safe alphabet, which data: URLs meet too.
std::optional<std::string> base64_decode(std::string_view in) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+' || c == '-') v = 62;
    else if (c == '/' || c == '_') v = 63;
    else if (c == '=' || ascii::is_space(c)) continue;
    else return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

// The SVG markup of a data:image/svg+xml URL; nullopt for any other data.
std::optional<std::string> svg_data_url(std::string_view url) {
  auto comma = url.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string meta = ascii::lower(url.substr(5, comma - 5));
  if (!meta.starts_with("image/svg+xml")) return std::nullopt;
  std::string_view payload = url.substr(comma + 1);
  if (meta.ends_with(";base64")) return base64_decode(payload);
  return percent_decode(payload);
}

std::optional<std::string> read_local(const std::filesystem::path& file, std::size_t max_bytes) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  auto size = std::filesystem::file_size(file, ec);
  if (ec || size > max_bytes) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return std::nullopt;
  return bytes;
}

bool is_image_input(const Node& e) {
  return e.is(tag::input) && ascii::lower(ascii::trim(e.attr(attr::type).value_or(""))) == "image";
}

}  // namespace

const Page* Page::embedded(const Node& element) const {
  auto [it, added] = embedded_.try_emplace(&element);
  if (added) it->second = load_embedded(element);
  return it->second.get();
}

std::unique_ptr<Page> Page::load_embedded(const Node& e) const {
  std::optional<std::string> markup;
  std::filesystem::path base = base_dir_;
  if (e.is(tag::iframe)) {
    std::optional<std::string_view> src = e.attr(attr::src);
    if (auto srcdoc = e.attr(attr::srcdoc)) {
      markup = std::string(*srcdoc);
    } else if (!src || ascii::trim(*src).empty()) {
      markup = std::string();  // about:blank
    } else if (auto file = resolve(ascii::trim(*src))) {
      if (auto bytes = read_local(*file, context_.max_embedded_bytes)) {
        auto decoded = decode(*bytes, Syntax::html);
        if (decoded) markup = std::move(decoded->utf8);
      }
      base = file->parent_path();
    }
  } else if (e.is(tag::img) || is_image_input(e) || e.is(tag::object)) {
    std::optional<std::string_view> src = e.is(tag::object) ? e.attr(attr::data) : e.attr(attr::src);
    if (!src) return nullptr;
    std::string_view url = ascii::trim(*src);
    if (ascii::lower(url.substr(0, 5)) == "data:") {
      markup = svg_data_url(url);
    } else if (ascii::lower(url.substr(0, url.find_first_of("?#"))).ends_with(".svg")) {
      if (auto file = resolve(url)) {
        markup = read_local(*file, context_.max_embedded_bytes);
        base = file->parent_path();
      }
    }
  }
  if (!markup || markup->size() > context_.max_embedded_bytes) return nullptr;
  auto doc = parse_html(std::move(*markup), context_.limits);
  if (!doc) return nullptr;
  // What a frame or an image shows is a whole document, however little of
  // one its source writes: nothing outside it supplies a title or styles.
  (*doc)->fragment = false;
  return std::make_unique<Page>(std::move(doc).value(), path_, std::move(base), root_, context_);
}

}  // namespace rampa
