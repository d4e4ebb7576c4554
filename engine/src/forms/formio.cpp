// SKELETON, replaced by the formio builder.
#include "forms/builders.hpp"

namespace rampa::forms {
Result<FormModel> from_formio(const json::Doc&) { return Error{ErrorCode::bad_input, {}, "is a Form.io form, not read yet"}; }
}  // namespace rampa::forms
