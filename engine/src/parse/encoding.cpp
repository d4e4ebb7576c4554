#include "parse/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace rampa {

namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  std::size_t n = s.size() - i;
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;
    if (c == 0xED && b(1) > 0x9F) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;
    if (c == 0xF4 && b(1) > 0x8F) return 0;
    return 4;
  }
  return 0;
}

struct Utf8Scan {
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
  std::size_t first_invalid = std::string_view::npos;
};

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan r;
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence(s, i);
    if (len == 0) {
      if (r.invalid++ == 0) r.first_invalid = i;
      ++i;
    } else {
      ++r.multibyte;
      i += len;
    }
  }
  return r;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = utf8_sequence(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::uint32_t line_of(std::string_view s, std::size_t offset) {
  return 1 + static_cast<std::uint32_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// WHATWG Encoding: labels that name windows-1252 in a browser.
std::string canonical(std::string label) {
  static constexpr std::string_view k1252[] = {
      "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
      "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
      "us-ascii", "windows-1252", "x-cp1252"};
  if (std::find(std::begin(k1252), std::end(k1252), label) != std::end(k1252)) return "windows-1252";
  if (label == "utf8" || label == "unicode-1-1-utf-8" || label == "utf-8") return "utf-8";
  // A page cannot declare UTF-16 in itself and be read as ASCII-compatible.
  if (label == "utf-16" || label == "utf-16le" || label == "utf-16be") return "utf-8";
  return label;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Counts substitutions so a page note can say how many bytes were bad.
struct SubstitutionCounter {
  std::size_t count = 0;
};
void count_substitutions(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                         int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR)
    ++static_cast<SubstitutionCounter*>(const_cast<void*>(context))->count;
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, bytes, length, reason, err);
}

std::optional<std::string> convert(std::string_view bytes, const std::string& from,
                                   std::size_t& replaced) {
  UErrorCode err = U_ZERO_ERROR;
  Converter in(ucnv_open(from.c_str(), &err));
  if (U_FAILURE(err)) return std::nullopt;
  SubstitutionCounter counter;
  ucnv_setToUCallBack(in.get(), count_substitutions, &counter, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return std::nullopt;
  std::u16string wide(bytes.size() + 16, u'\0');
  int32_t n = ucnv_toUChars(in.get(), wide.data(), static_cast<int32_t>(wide.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return std::nullopt;
  std::string out(static_cast<std::size_t>(n) * 3 + 1, '\0');
  int32_t m = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &m, wide.data(), n, &err);
  if (U_FAILURE(err)) return std::nullopt;
  out.resize(static_cast<std::size_t>(m));
  replaced = counter.count;
  return out;
}

std::string_view skip_bom(std::string_view b, std::string& encoding) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {
    encoding = "utf-8";
    return b.substr(3);
  }
  if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") {
    encoding = "utf-16le";
    return b.substr(2);
  }
  if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") {
    encoding = "utf-16be";
    return b.substr(2);
  }
  return b;
}

// UTF-16 without a BOM shows as NUL in every other byte of ASCII text.
std::optional<std::string> sniff_utf16(std::string_view b) {
  std::size_t n = std::min<std::size_t>(b.size(), 4096) & ~std::size_t{1};
  if (n < 4) return std::nullopt;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += b[i] == '\0';
    odd_nul += b[i + 1] == '\0';
  }
  std::size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 9 && even_nul == 0) return "utf-16le";
  if (even_nul * 10 >= pairs * 9 && odd_nul == 0) return "utf-16be";
  return std::nullopt;
}

std::optional<std::string> charset_from_content(std::string_view content) {
  std::string c = lower(content);
  auto p = c.find("charset");
  if (p == std::string::npos) return std::nullopt;
  p += 7;
  while (p < c.size() && std::isspace(static_cast<unsigned char>(c[p]))) ++p;
  if (p >= c.size() || c[p] != '=') return std::nullopt;
  ++p;
  while (p < c.size() && std::isspace(static_cast<unsigned char>(c[p]))) ++p;
  if (p < c.size() && (c[p] == '"' || c[p] == '\'')) {
    char q = c[p++];
    auto e = c.find(q, p);
    if (e == std::string::npos) return std::nullopt;
    return c.substr(p, e - p);
  }
  auto e = p;
  while (e < c.size() && !std::isspace(static_cast<unsigned char>(c[e])) && c[e] != ';' &&
         c[e] != '"' && c[e] != '\'') ++e;
  if (e == p) return std::nullopt;
  return c.substr(p, e - p);
}

// A simplified form of the WHATWG prescan: meta tags in the first 1024 bytes.
std::optional<std::string> prescan_html(std::string_view b) {
  std::string head = lower(b.substr(0, 1024));
  std::size_t p = 0;
  while ((p = head.find("<meta", p)) != std::string::npos) {
    std::size_t end = head.find('>', p);
    if (end == std::string::npos) end = head.size();
    std::string_view tag(head.data() + p, end - p);
    p = end;
    if (auto cs = tag.find("charset"); cs != std::string_view::npos) {
      // <meta charset=x> or the charset inside http-equiv's content.
      std::string_view rest = tag.substr(cs);
      bool direct = cs > 0 && (std::isspace(static_cast<unsigned char>(tag[cs - 1])) || tag[cs - 1] == '/');
      if (direct || tag.find("http-equiv") != std::string_view::npos) {
        if (auto v = charset_from_content(rest)) return canonical(*v);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> prescan_xml(std::string_view b) {
  if (b.substr(0, 5) != "<?xml") return std::nullopt;
  std::size_t end = b.find("?>");
  if (end == std::string_view::npos) return std::nullopt;
  std::string decl = lower(b.substr(0, end));
  auto p = decl.find("encoding");
  if (p == std::string::npos) return std::nullopt;
  p = decl.find_first_of("\"'", p);
  if (p == std::string::npos) return std::nullopt;
  auto e = decl.find(decl[p], p + 1);
  if (e == std::string::npos) return std::nullopt;
  return canonical(decl.substr(p + 1, e - p - 1));
}

bool looks_binary(std::string_view b) {
  std::size_t n = std::min<std::size_t>(b.size(), 8192);
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (c == 0) return true;
    if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) ++control;
  }
  return n > 0 && control * 20 > n;  // more than 5% control bytes
}

}  // namespace

std::optional<std::string> declared_encoding(std::string_view bytes, Syntax syntax) {
  return syntax == Syntax::xml ? prescan_xml(bytes) : prescan_html(bytes);
}

Result<Decoded> decode(std::string_view bytes, Syntax syntax) {
  Decoded d;
  std::string bom;
  std::string_view body = skip_bom(bytes, bom);
  std::string encoding = bom;
  if (encoding.empty()) {
    if (auto u16 = sniff_utf16(body)) {
      encoding = *u16;
      d.guessed = true;
    }
  }
  if (encoding.empty() && looks_binary(body))
    return Error{ErrorCode::bad_input, {}, "looks like binary data, not a text page"};
  if (encoding.empty()) {
    if (auto declared = declared_encoding(body, syntax)) encoding = *declared;
  }

  if (encoding.empty() || encoding == "utf-8") {
    Utf8Scan scan = scan_utf8(body);
    if (scan.invalid == 0) {
      d.utf8.assign(body);
      d.encoding = "utf-8";
      return d;
    }
    // Undeclared and nothing of UTF-8 in it: a legacy page, read as browsers do.
    if (encoding.empty() && scan.multibyte == 0) {
      encoding = "windows-1252";
      d.guessed = true;
    } else {
      d.utf8 = repair_utf8(body);
      d.encoding = "utf-8";
      d.replaced = scan.invalid;
      d.first_bad_line = line_of(body, scan.first_invalid);
      return d;
    }
  }

  std::size_t replaced = 0;
  auto converted = convert(body, encoding, replaced);
  if (!converted) {
    // An encoding ICU does not know: read as UTF-8, replacing what is not.
    Utf8Scan scan = scan_utf8(body);
    d.utf8 = scan.invalid ? repair_utf8(body) : std::string(body);
    d.encoding = "utf-8";
    d.guessed = true;
    d.replaced = scan.invalid;
    if (scan.invalid) d.first_bad_line = line_of(body, scan.first_invalid);
    return d;
  }
  d.utf8 = std::move(*converted);
  d.encoding = encoding;
  d.replaced = replaced;
  return d;
}

}  // namespace rampa
