// SKELETON, replaced by the xforms builder.
#include "forms/builders.hpp"

namespace rampa::forms {
Result<FormModel> from_xforms(const Document&) { return Error{ErrorCode::bad_input, {}, "is an XForm, not read yet"}; }
}  // namespace rampa::forms
