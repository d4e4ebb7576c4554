// SKELETON, replaced by the json_schema builder.
#include "forms/builders.hpp"

namespace rampa::forms {
Result<FormModel> from_json_schema(const json::Doc&, const json::Doc*, const std::string&) {
  return Error{ErrorCode::bad_input, {}, "is a JSON Schema form, not read yet"};
}
}  // namespace rampa::forms
