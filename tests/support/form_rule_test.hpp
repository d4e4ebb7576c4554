#pragma once
// Runs one form rule on a FormModel built by hand, for tests of a rule's
// logic on exactly the model parts it reads, apart from any builder:
//   auto r = run_form_rule("form-no-redundant-entry", one_field(field("cedula")));
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

// A source with only a path, enough to tell which part a verdict points at.
inline forms::Source at(std::string path) {
  forms::Source s;
  s.path = std::move(path);
  return s;
}

inline forms::Text text(std::string value, std::string path, std::string lang = {}) {
  return forms::Text{{forms::Translation{std::move(lang), std::move(value), at(std::move(path))}}};
}

// A text field written at /properties/<key>.
inline forms::Field field(std::string key) {
  forms::Field f;
  f.at = at("/properties/" + key);
  f.key = std::move(key);
  return f;
}

inline forms::FormModel one_field(forms::Field f, forms::Origin origin = forms::Origin::json_schema) {
  forms::FormModel form;
  form.origin = origin;
  form.steps.push_back({});
  form.fields.push_back(std::move(f));
  return form;
}

// A field with a key, an untagged label and a path "/key" at line `line`.
forms::Field make_field(std::string key, std::string label, forms::Control control = forms::Control::text,
                        std::uint32_t line = 0);

}  // namespace rampa::testing
