#pragma once
// CSS Syntax Level 3, section 4: bytes of a style sheet, a style attribute or
// a selector become tokens. Any input, however broken or truncated, gives a
// token list in one linear pass and never fails: CSS error handling is part of
// the grammar, not an exception.
#include <string_view>
#include <vector>

#include "semantics/css/token.hpp"

namespace rampa::css {

// Every token of `css` in order, comments dropped, without a trailing EOF
// token. Offsets beyond 4 GiB are not representable: callers cap input size.
std::vector<Token> tokenize(std::string_view css);

}  // namespace rampa::css
