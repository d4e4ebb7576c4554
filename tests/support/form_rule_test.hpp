#pragma once
// Runs one form rule on a FormModel built by hand, for tests of a rule's
// logic apart from any builder:
//   auto r = run_form_rule("form-no-redundant-entry", std::move(form));
// Verdicts keep their Source, so tests can check where each one points.
#include <map>
#include <string>
#include <vector>

#include "forms/form_model.hpp"
#include "rampa/report.hpp"

namespace rampa::testing {

struct FormVerdict {
  Outcome outcome;
  std::string message;
  std::map<std::string, std::string> args;
  std::string path;  // the Source's path the verdict points at
  SourcePos at;
};

struct FormRun {
  Outcome outcome = Outcome::inapplicable;
  std::vector<FormVerdict> verdicts;  // passed ones too
};

FormRun run_form_rule(const std::string& rule, forms::FormModel form);

// A field with a key, an untagged label and a path "/key" at line `line`.
forms::Field make_field(std::string key, std::string label, forms::Control control = forms::Control::text,
                        std::uint32_t line = 0);

}  // namespace rampa::testing
