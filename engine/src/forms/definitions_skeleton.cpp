// SKELETON: definition builders (replaced in this change series).
#include "forms/builders.hpp"

namespace rampa::forms {
namespace {
Error unsupported() { return Error{ErrorCode::bad_input, {}, "is a form definition format not read yet"}; }
}  // namespace
Result<FormModel> from_json_schema(const json::Doc&, const json::Doc*, const std::string&) { return unsupported(); }
Result<FormModel> from_surveyjs(const json::Doc&) { return unsupported(); }
Result<FormModel> from_formio(const json::Doc&) { return unsupported(); }
Result<FormModel> from_xforms(const Document&) { return unsupported(); }
}  // namespace rampa::forms
