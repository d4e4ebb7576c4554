// The machine report, version 1 (../shared/DESIGN.md, "Machine report").
#include <nlohmann/json.hpp>

#include <array>
#include <sstream>
#include <unordered_map>

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

namespace {

// nlohmann's dump(2) of `j`, with every line after the first indented by
// `indent` more spaces, so a value can be placed at any depth of the stream.
void put(std::ostream& out, const ordered_json& j, int indent) {
  std::string text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string pad(static_cast<std::size_t>(indent), ' ');
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out << pad;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

class JsonReportWriter final : public ReportWriter {
 public:
  JsonReportWriter(std::ostream& out, const Catalog& catalog) : out_(out), catalog_(catalog) {
    ordered_json tool = {{"name", "rampa"}, {"version", version()}};
    out_ << "{\n  \"version\": 1,\n  \"tool\": ";
    put(out_, tool, 2);
    out_ << ",\n  \"locale\": ";
    put(out_, catalog.locale(), 2);
    out_ << ",\n  \"pages\": [";
  }

  void page(const PageReport& p) override {
    out_ << (first_ ? "\n" : ",\n") << "    {\n      \"path\": ";
    first_ = false;
    put(out_, p.path, 6);
    out_ << ",\n      \"error\": ";
    put(out_, p.error ? ordered_json(p.error->detail) : ordered_json(nullptr), 6);
    ordered_json notes = ordered_json::array();
    for (const PageNote& n : p.notes)
      notes.push_back({{"kind", n.kind}, {"message", catalog_.format("_notes", n.message_id, n.args)}});
    out_ << ",\n      \"notes\": ";
    put(out_, notes, 6);
    out_ << ",\n      \"rules\": [";
    bool first_rule = true;
    for (const RuleResult& r : p.rules) {
      out_ << (first_rule ? "\n        " : ",\n        ");
      first_rule = false;
      if (r.internal_error) {
        ordered_json jr = rule_fields(*r.rule, r.outcome);
        jr["outcome"] = "error";
        jr["error"] = *r.internal_error;
        put(out_, jr, 8);
      } else {
        out_ << rule_entry(*r.rule, r.outcome);
      }
    }
    out_ << (first_rule ? "]" : "\n      ]");
    // Finding by finding: a page where everything fails has hundreds of
    // thousands, and one tree of them all, dumped into one string, cost
    // several times the report's size in memory before a byte was written.
    out_ << ",\n      \"findings\": [";
    bool first_finding = true;
    for (const Finding& f : p.findings) {
      ordered_json jf = rule_fields(*f.rule, f.outcome);
      jf["selector"] = f.selector;
      if (!f.file.empty()) jf["file"] = f.file;
      if (!f.field.empty()) jf["field"] = f.field;
      jf["line"] = f.at.line;
      jf["column"] = f.at.column;
      jf["snippet"] = f.snippet;
      jf["messageId"] = f.message_id;
      jf["message"] = catalog_.format(f.rule->id, f.message_id, f.args);
      out_ << (first_finding ? "\n        " : ",\n        ");
      first_finding = false;
      put(out_, jf, 8);
    }
    out_ << (first_finding ? "]" : "\n      ]");
    out_ << "\n    }";
  }

  void finish(const RunScore& score) override {
    const RunSummary s = score.summary();
    ordered_json summary = {{"pages", s.pages},   {"errors", s.errors},
                            {"failed", s.failed}, {"cantTell", s.cant_tell},
                            {"ruleErrors", s.rule_errors}};
    out_ << (first_ ? "],\n" : "\n  ],\n") << "  \"summary\": ";
    put(out_, summary, 2);
    out_ << "\n}\n";
  }

 private:
  // The same few dozen rule entries repeat on every page of a batch: each is
  // rendered once.
  const std::string& rule_entry(const RuleInfo& r, Outcome o) {
    auto& slots = rendered_[&r];
    std::string& text = slots[static_cast<std::size_t>(o)];
    if (text.empty()) {
      std::ostringstream s;
      put(s, rule_fields(r, o), 8);
      text = s.str();
    }
    return text;
  }

  std::ostream& out_;
  const Catalog& catalog_;
  bool first_ = true;
  std::unordered_map<const RuleInfo*, std::array<std::string, 4>> rendered_;
};

}  // namespace

std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const Catalog& catalog) {
  return std::make_unique<JsonReportWriter>(out, catalog);
}

void write_json(std::ostream& out, const std::vector<PageReport>& pages, const Catalog& catalog) {
  JsonReportWriter w(out, catalog);
  RunScore score;
  for (const PageReport& p : pages) {
    score.add(p);
    w.page(p);
  }
  w.finish(score);
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
