// SKELETON: purpose inference (replaced in this change series).
#include "forms/builders.hpp"

namespace rampa::forms {
void infer_purposes(FormModel&) {}
}  // namespace rampa::forms
