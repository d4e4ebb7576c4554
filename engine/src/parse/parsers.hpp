#pragma once
// Parsers build a Document from UTF-8 text. They fail only on limits and on
// input that is not what it claims (XML that is not well-formed).
#include <memory>
#include <string>

#include "document/document.hpp"
#include "rampa/result.hpp"

namespace rampa {

// Config's limits, as the parsers apply them; exceeding one is a page error.
struct ParseLimits {
  std::size_t max_depth = 2'048;
  std::size_t max_attributes = 1'000;  // on one element
};

// HTML through Gumbo (WHATWG tree construction): never fails on markup.
Result<std::unique_ptr<Document>> parse_html(std::string utf8, const ParseLimits& limits);
// XHTML, SVG and other XML through libxml2, with no network, no DTD loading
// and no entity expansion.
Result<std::unique_ptr<Document>> parse_xml(std::string utf8, const ParseLimits& limits);

}  // namespace rampa
