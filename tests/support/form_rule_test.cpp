#include "support/form_rule_test.hpp"

#include <stdexcept>

#include "audit/page.hpp"
#include "rule.hpp"

namespace rampa::testing {

FormRun run_form_rule(const std::string& rule, forms::FormModel form) {
  const rules::RuleDef* def = nullptr;
  for (const rules::RuleDef& d : rules::registered())
    if (d.id == rule) def = &d;
  if (def == nullptr) throw std::runtime_error("no rule " + rule);
  Page page(std::move(form), "hand-built.json", {});
  FormRun run;
  for (const rules::Target& t : def->applicability(page)) {
    rules::Verdicts out(def->messages);
    def->evaluate(t, page, out);
    for (const rules::Verdict& v : out.all()) {
      FormVerdict f{v.outcome, std::string(v.message_id), {}, {}, {}};
      for (const auto& [k, a] : v.args) f.args[k] = a;
      if (v.target.source != nullptr) {
        f.path = v.target.source->path;
        f.at = v.target.source->pos;
      }
      run.outcome = std::max(run.outcome, v.outcome);
      run.verdicts.push_back(std::move(f));
    }
  }
  return run;
}

forms::Field make_field(std::string key, std::string label, forms::Control control, std::uint32_t line) {
  forms::Field f;
  f.at.path = "/" + key;
  f.at.pos = {line, 3};
  f.key = std::move(key);
  f.control = control;
  if (!label.empty()) f.label.values.push_back({"", std::move(label), {}});
  return f;
}

}  // namespace rampa::testing
