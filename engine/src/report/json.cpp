// The machine report, version 1 (../shared/DESIGN.md, "Machine report").
#include <nlohmann/json.hpp>

#include "rampa/engine.hpp"
#include "rampa/writers.hpp"

namespace rampa {

namespace {

using nlohmann::ordered_json;

ordered_json rule_fields(const RuleInfo& r, Outcome outcome) {
  ordered_json j;
  j["rule"] = r.id;
  j["outcome"] = to_string(outcome);
  j["actIds"] = r.act_ids;
  j["wcag"] = r.wcag;
  j["impact"] = to_string(r.impact);
  return j;
}

}  // namespace

void write_json(std::ostream& out, const std::vector<PageReport>& pages, const Catalog& catalog) {
  ordered_json doc;
  doc["version"] = 1;
  doc["tool"] = {{"name", "rampa"}, {"version", version()}};
  doc["locale"] = catalog.locale();
  ordered_json jpages = ordered_json::array();
  for (const PageReport& p : pages) {
    ordered_json jp;
    jp["path"] = p.path;
    jp["error"] = p.error ? ordered_json(p.error->detail) : ordered_json(nullptr);
    ordered_json notes = ordered_json::array();
    for (const PageNote& n : p.notes)
      notes.push_back({{"kind", n.kind}, {"message", catalog.format("_notes", n.message_id, n.args)}});
    jp["notes"] = std::move(notes);
    ordered_json rules = ordered_json::array();
    for (const RuleResult& r : p.rules) {
      ordered_json jr = rule_fields(*r.rule, r.outcome);
      if (r.internal_error) {
        jr["outcome"] = "error";
        jr["error"] = *r.internal_error;
      }
      rules.push_back(std::move(jr));
    }
    jp["rules"] = std::move(rules);
    ordered_json findings = ordered_json::array();
    for (const Finding& f : p.findings) {
      ordered_json jf = rule_fields(*f.rule, f.outcome);
      jf["selector"] = f.selector;
      if (!f.file.empty()) jf["file"] = f.file;
      jf["line"] = f.at.line;
      jf["column"] = f.at.column;
      jf["snippet"] = f.snippet;
      jf["messageId"] = f.message_id;
      jf["message"] = catalog.format(f.rule->id, f.message_id, f.args);
      findings.push_back(std::move(jf));
    }
    jp["findings"] = std::move(findings);
    jpages.push_back(std::move(jp));
  }
  doc["pages"] = std::move(jpages);
  RunSummary s = summarize(pages);
  doc["summary"] = {{"pages", s.pages},        {"errors", s.errors},
                    {"failed", s.failed},      {"cantTell", s.cant_tell},
                    {"ruleErrors", s.rule_errors}};
  // Invalid UTF-8 cannot reach here (decoding repairs it); replace, never throw.
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_rules_json(std::ostream& out, std::span<const RuleInfo> rules, const Catalog& catalog) {
  ordered_json list = ordered_json::array();
  for (const RuleInfo& r : rules) {
    list.push_back({{"id", r.id},
                    {"title", catalog.format(r.id, "title")},
                    {"description", catalog.format(r.id, "description")},
                    {"wcag", r.wcag},
                    {"actIds", r.act_ids},
                    {"impact", to_string(r.impact)},
                    {"tags", r.tags},
                    {"help", r.help}});
  }
  ordered_json doc;
  doc["rules"] = std::move(list);
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace rampa
