// The report a person reads in a terminal or a CI log.
#include <algorithm>

#include "rampa/writers.hpp"

namespace rampa {

namespace {

struct Paint {
  bool on;
  std::string operator()(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
};

std::string_view impact_color(Impact i) {
  switch (i) {
    case Impact::critical: return "1;31";
    case Impact::serious: return "31";
    case Impact::moderate: return "33";
    case Impact::minor: return "36";
  }
  return "0";
}

constexpr char kHex[] = "0123456789ABCDEF";

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // U+0080..U+009F: C1 controls, which some terminals obey (U+009B is CSI).
      const auto d = static_cast<unsigned char>(text[++i]);
      out += "\\u00";
      out += kHex[d >> 4];
      out += kHex[d & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

namespace {

// Pads to a width counted in characters, not bytes ("crítico" is 7 wide).
std::string pad(std::string s, std::size_t width) {
  std::size_t chars = 0;
  for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

}  // namespace

namespace {

class TextReportWriter final : public ReportWriter {
 public:
  TextReportWriter(std::ostream& out, const Catalog& catalog, TextStyle style)
      : out_(out), catalog_(catalog), paint_{style.color} {}

  void page(const PageReport& p) override {
    std::ostream& out = out_;
    const Catalog& catalog = catalog_;
    const Paint& paint = paint_;
    if (!first_) out << '\n';
    first_ = false;
    const std::string path = printable(p.path);
    out << paint("1", path) << '\n';
    if (p.error) {
      out << "  " << path << ": " << paint("1;31", catalog.format("_report", "error")) << ": "
          << printable(p.error->detail) << '\n';
      return;
    }
    for (const PageNote& n : p.notes)
      out << "  " << path << ": " << paint("34", catalog.format("_report", "note")) << ": "
          << printable(catalog.format("_notes", n.message_id, n.args)) << '\n';
    for (const RuleResult& r : p.rules)
      if (r.internal_error)
        out << "  " << path << ": " << paint("1;31", catalog.format("_report", "rule-error")) << ": "
            << r.rule->id << ": " << printable(*r.internal_error) << '\n';
    if (p.findings.empty()) {
      out << "  " << paint("32", catalog.format("_report", "page-clean")) << '\n';
      return;
    }
    for (const Finding& f : p.findings) {
      std::string where = printable(f.file.empty() ? p.path : f.file) + ":" + std::to_string(f.at.line) + ":" +
                          std::to_string(f.at.column);
      std::string level;
      std::string_view color;
      if (f.outcome == Outcome::failed) {
        level = catalog.format("_report", "impact." + std::string(to_string(f.rule->impact)));
        color = impact_color(f.rule->impact);
      } else if (f.outcome == Outcome::cant_tell) {
        level = catalog.format("_report", "review");
        color = "35";
      } else {
        level = catalog.format("_report", "passed");
        color = "32";
      }
      out << "  " << where << "  " << paint(color, pad(level, 9)) << "  " << paint("1", f.rule->id)
          << "  " << printable(catalog.format(f.rule->id, f.message_id, f.args)) << '\n';
      if (!f.snippet.empty()) out << "      " << paint("2", printable(f.snippet)) << '\n';
    }
  }

  void finish(const RunScore& score) override {
    const RunSummary s = score.summary();
    out_ << '\n'
         << catalog_.format("_report", "summary",
                            {{"pages", std::to_string(s.pages)},
                             {"failed", std::to_string(s.failed)},
                             {"cantTell", std::to_string(s.cant_tell)},
                             {"errors", std::to_string(s.errors)}})
         << '\n';
  }

 private:
  std::ostream& out_;
  const Catalog& catalog_;
  Paint paint_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportWriter> text_report_writer(std::ostream& out, const Catalog& catalog, TextStyle style) {
  return std::make_unique<TextReportWriter>(out, catalog, style);
}

void write_text(std::ostream& out, const std::vector<PageReport>& pages, const Catalog& catalog,
                TextStyle style) {
  TextReportWriter w(out, catalog, style);
  RunScore score;
  for (const PageReport& p : pages) {
    score.add(p);
    w.page(p);
  }
  w.finish(score);
}

void write_rules_text(std::ostream& out, std::span<const RuleInfo> rules, const Catalog& catalog) {
  std::size_t width = 0;
  for (const RuleInfo& r : rules) width = std::max(width, r.id.size());
  for (const RuleInfo& r : rules) {
    out << pad(r.id, width) << "  " << pad(std::string(to_string(r.impact)), 8) << "  "
        << catalog.format(r.id, "title") << '\n';
    std::string meta;
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
      return s;
    };
    meta += "WCAG " + (r.wcag.empty() ? std::string("-") : join(r.wcag));
    if (!r.act_ids.empty()) meta += "  ACT " + join(r.act_ids);
    if (!r.tags.empty()) meta += "  [" + join(r.tags) + "]";
    out << std::string(width + 2, ' ') << meta << '\n';
  }
}

void write_rules_markdown(std::ostream& out, std::span<const RuleInfo> rules, const Catalog& catalog) {
  out << "# " << catalog.format("_report", "rules-heading") << "\n\n";
  out << "| id | " << catalog.format("_report", "column.title") << " | WCAG | ACT | "
      << catalog.format("_report", "column.impact") << " | tags |\n";
  out << "|---|---|---|---|---|---|\n";
  // Titles and descriptions name markup ("<marquee>", aria_*): shown
  // literally, never read as HTML, emphasis, code, links or a table cell end.
  auto cell = [](std::string s) {
    std::string r;
    for (char c : s) {
      if (std::string_view("|<>*_`[]\\").find(c) != std::string_view::npos) r += '\\';
      r += c;
    }
    return r;
  };
  for (const RuleInfo& r : rules) {
    std::string wcag, act, tags;
    for (const auto& w : r.wcag) wcag += (wcag.empty() ? "" : ", ") + w;
    for (const auto& a : r.act_ids)
      act += (act.empty() ? "" : ", ") + std::string("[") + a +
             "](https://www.w3.org/WAI/standards-guidelines/act/rules/" + a + "/)";
    for (const auto& t : r.tags) tags += (tags.empty() ? "" : ", ") + t;
    out << "| [`" << r.id << "`](" << r.help << ") | " << cell(catalog.format(r.id, "title")) << " | "
        << (wcag.empty() ? "-" : wcag) << " | " << (act.empty() ? "-" : act) << " | "
        << catalog.format("_report", "impact." + std::string(to_string(r.impact))) << " | "
        << (tags.empty() ? "-" : tags) << " |\n";
  }
  out << '\n';
  for (const RuleInfo& r : rules)
    out << "## " << r.id << "\n\n" << cell(catalog.format(r.id, "description")) << "\n\n";
}

}  // namespace rampa
