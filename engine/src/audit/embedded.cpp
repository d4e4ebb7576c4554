// The documents a page embeds: frames and SVG images, loaded by the engine
// so that no rule reads a file or parses markup.
#include <fstream>
#include <iterator>

#include "audit/page.hpp"
#include "document/ascii.hpp"
#include "parse/encoding.hpp"

namespace rampa {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

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
    else if (c == '=' || is_space(c)) continue;
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
  std::string meta = lower(url.substr(5, comma - 5));
  if (!meta.starts_with("image/svg+xml")) return std::nullopt;
  std::string_view payload = url.substr(comma + 1);
  if (meta.ends_with(";base64")) return base64_decode(payload);
  std::string out;
  for (std::size_t i = 0; i < payload.size(); ++i) {
    if (payload[i] == '%' && i + 2 < payload.size() && hex(payload[i + 1]) >= 0 && hex(payload[i + 2]) >= 0) {
      out += static_cast<char>(hex(payload[i + 1]) * 16 + hex(payload[i + 2]));
      i += 2;
    } else {
      out += payload[i];
    }
  }
  return out;
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
  return e.is(tag::input) && lower(trimmed(e.attr(attr::type).value_or(""))) == "image";
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
    } else if (!src || trimmed(*src).empty()) {
      markup = std::string();  // about:blank
    } else if (auto file = resolve(trimmed(*src))) {
      if (auto bytes = read_local(*file, context_.max_embedded_bytes)) {
        auto decoded = decode(*bytes, Syntax::html);
        if (decoded) markup = std::move(decoded->utf8);
      }
      base = file->parent_path();
    }
  } else if (e.is(tag::img) || is_image_input(e) || e.is(tag::object)) {
    std::optional<std::string_view> src = e.is(tag::object) ? e.attr(attr::data) : e.attr(attr::src);
    if (!src) return nullptr;
    std::string_view url = trimmed(*src);
    if (lower(url.substr(0, 5)) == "data:") {
      markup = svg_data_url(url);
    } else if (lower(url.substr(0, url.find_first_of("?#"))).ends_with(".svg")) {
      if (auto file = resolve(url)) {
        markup = read_local(*file, context_.max_embedded_bytes);
        base = file->parent_path();
      }
    }
  }
  if (!markup || markup->size() > context_.max_embedded_bytes) return nullptr;
  auto doc = parse_html(std::move(*markup), context_.limits);
  if (!doc) return nullptr;
  return std::make_unique<Page>(std::move(doc).value(), path_, std::move(base), root_, context_);
}

}  // namespace rampa
