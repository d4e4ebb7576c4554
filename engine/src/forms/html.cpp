// SKELETON: the HTML form builder (replaced in this change series).
#include "forms/builders.hpp"

namespace rampa::forms {
std::vector<FormModel> from_html(const Document&, const Semantics&) { return {}; }
}  // namespace rampa::forms
