#pragma once
// Runs one form rule on a FormModel built by hand, to test a rule's logic on
// exactly the model parts it reads, whatever a builder makes of a format:
//   forms::FormModel form = one_field(field);
//   auto run = run_on_form("form-field-has-label", form);
#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "audit/page.hpp"
#include "forms/form_model.hpp"
#include "rule.hpp"

namespace rampa::testing {

struct HandVerdict {
  Outcome outcome;
  std::string message;
  std::map<std::string, std::string> args;
  std::string path;  // the Source the verdict points at
};

struct HandRun {
  Outcome outcome = Outcome::inapplicable;
  std::vector<HandVerdict> verdicts;
};

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

inline HandRun run_on_form(std::string_view rule, forms::FormModel form) {
  const rules::RuleDef* def = nullptr;
  for (const rules::RuleDef& d : rules::registered())
    if (d.id == rule) def = &d;
  if (def == nullptr) throw std::runtime_error("no rule " + std::string(rule));
  Page page(std::move(form), "hand.json", ".");
  HandRun run;
  for (const rules::Target& t : def->applicability(page)) {
    rules::Verdicts out(def->messages);
    def->evaluate(t, page, out);
    for (const rules::Verdict& v : out.all()) {
      HandVerdict h{v.outcome, std::string(v.message_id), {}, v.target.source ? v.target.source->path : ""};
      for (const auto& [k, val] : v.args) h.args[k] = val;
      run.outcome = std::max(run.outcome, v.outcome);
      run.verdicts.push_back(std::move(h));
    }
  }
  return run;
}

}  // namespace rampa::testing
