// Bytes as an XML page (XHTML, SVG) and as an XForm: libxml2 with no network
// and no entities, our SAX builder, then the audit and reports.
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto bytes = rampa::fuzz::as_text(data, size);
  rampa::fuzz::audit_and_report(bytes, "fuzz.xhtml", rampa::InputKind::xml);
  rampa::fuzz::audit_and_report(bytes, "fuzz.xml", rampa::InputKind::xforms);
  return 0;
}
