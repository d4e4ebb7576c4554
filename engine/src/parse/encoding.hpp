#pragma once
// Bytes as found on disk to the UTF-8 every parser here reads. Legacy
// encodings (windows-1252 and ISO-8859-1 are common on older portals) go
// through ICU; invalid bytes become U+FFFD and are reported once.
#include <optional>
#include <string>
#include <string_view>

#include "rampa/result.hpp"

namespace rampa {

struct Decoded {
  std::string utf8;
  std::string encoding;          // what the bytes were read as, e.g. "windows-1252"
  bool guessed = false;          // no BOM and no declaration: we chose
  std::size_t replaced = 0;      // invalid sequences replaced with U+FFFD
  std::uint32_t first_bad_line = 0;
};

enum class Syntax { html, xml };

// Fails only when the bytes cannot be text at all (binary data).
Result<Decoded> decode(std::string_view bytes, Syntax syntax);

// The encoding a page declares in its first 1024 bytes (meta charset,
// http-equiv content-type, or the XML declaration), lower-cased.
std::optional<std::string> declared_encoding(std::string_view bytes, Syntax syntax);

}  // namespace rampa
