// Bytes as a form definition in each JSON format, then detected from the
// content: the positioned JSON parser, each builder, the form rules, reports.
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto bytes = rampa::fuzz::as_text(data, size);
  for (auto kind : {rampa::InputKind::json_schema, rampa::InputKind::surveyjs, rampa::InputKind::formio,
                    rampa::InputKind::detect})
    rampa::fuzz::audit_and_report(bytes, "fuzz.json", kind);
  return 0;
}
