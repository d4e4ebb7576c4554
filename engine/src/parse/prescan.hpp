#pragma once
// A linear pass over markup before the real parser sees it, so that a page
// over a limit is refused in milliseconds: Gumbo's tree construction is
// quadratic in the depth of block elements and in the attributes of one
// start tag (it looks for duplicates one by one), and libxml2 checks
// attribute uniqueness the same way. A million attributes would keep Gumbo
// busy for hours; the parsers check the same limits exactly afterwards.
#include <optional>
#include <string>
#include <string_view>

#include "parse/parsers.hpp"

namespace rampa {

enum class MarkupSyntax { html, xml };

// One sentence naming the limit and the line, or nullopt when the markup is
// within the limits. Depth is estimated from the start tags left open, the
// way an HTML parser closes them (an end tag closes what it encloses; a new
// <p>, <li>, <td> or <option> closes an open one); it errs low, so a page is
// never refused here for a depth the parser would not build.
std::optional<std::string> prescan_limits(std::string_view text, MarkupSyntax syntax, const ParseLimits& limits);

// The messages shared by the pre-scan and the parsers.
std::string depth_limit_message(std::size_t max_depth, std::size_t line);
std::string attribute_limit_message(std::size_t max_attributes, std::size_t line);

}  // namespace rampa
