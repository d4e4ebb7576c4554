// SKELETON, replaced by the surveyjs builder.
#include "forms/builders.hpp"

namespace rampa::forms {
Result<FormModel> from_surveyjs(const json::Doc&) { return Error{ErrorCode::bad_input, {}, "is a SurveyJS form, not read yet"}; }
}  // namespace rampa::forms
