#pragma once
// Report formats. Writers only turn data into text; they never evaluate.
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rampa/catalog.hpp"
#include "rampa/report.hpp"
#include "rampa/score.hpp"

namespace rampa {

// Text from pages and file names made safe to print on a terminal: C0 and
// C1 control characters and DEL become visible escapes (\n, \t, \r, \x1B,
// \u009B), so a page cannot move the cursor, set the window title or the
// clipboard, or split a report line in two.
std::string printable(std::string_view text);

struct TextStyle {
  bool color = false;  // ANSI colours: only on a terminal, never with NO_COLOR
};

// Writes a run's report page by page, in the order given, so a batch of any
// size is written while it is audited and never held whole. finish() writes
// the run's totals as `score` has them, whatever pages this writer was given;
// call it once, last.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void page(const PageReport& p) = 0;
  virtual void finish(const RunScore& score) = 0;
};
std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const Catalog& catalog);
std::unique_ptr<ReportWriter> text_report_writer(std::ostream& out, const Catalog& catalog, TextStyle style);

// The machine report of ../shared/DESIGN.md ("Machine report"), version 1.
void write_json(std::ostream& out, const std::vector<PageReport>& pages, const Catalog& catalog);
// path:line:column  impact  rule-id  message, the snippet, grouped by page.
void write_text(std::ostream& out, const std::vector<PageReport>& pages, const Catalog& catalog,
                TextStyle style);

// The accessibility tree: indented text, or JSON
// {"pages":[{"path","error","nodes":[{"selector","line","column","tag","role","name",
// "description","hidden","focusable","depth"}]}]} with null for "cannot tell".
void write_tree_text(std::ostream& out, const std::vector<PageTree>& pages, const Catalog& catalog);
void write_tree_json(std::ostream& out, const std::vector<PageTree>& pages, const Catalog& catalog);

void write_rules_json(std::ostream& out, std::span<const RuleInfo> rules, const Catalog& catalog);
void write_rules_text(std::ostream& out, std::span<const RuleInfo> rules, const Catalog& catalog);
void write_rules_markdown(std::ostream& out, std::span<const RuleInfo> rules,
                          const Catalog& catalog);

}  // namespace rampa
