// Bytes as an HTML page through the whole pipeline: decoding, Gumbo, the
// Document, styles, Semantics, every rule, the JSON and text reports, the tree.
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rampa::fuzz::audit_and_report(rampa::fuzz::as_text(data, size), "fuzz.html", rampa::InputKind::html);
  return 0;
}
