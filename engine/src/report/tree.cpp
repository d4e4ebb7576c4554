// `rampa tree`: the accessibility tree as Semantics computed it.
#include <nlohmann/json.hpp>

#include "rampa/writers.hpp"

namespace rampa {

namespace {

constexpr unsigned kMaxIndent = 64;

std::string quoted(const std::string& s) { return "\"" + printable(s) + "\""; }

nlohmann::ordered_json tri_json(const std::optional<bool>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace

void write_tree_text(std::ostream& out, const std::vector<PageTree>& pages, const Catalog& catalog) {
  bool first = true;
  for (const PageTree& p : pages) {
    if (!first) out << '\n';
    first = false;
    out << printable(p.path) << '\n';
    if (p.error) {
      out << "  " << catalog.format("_report", "error") << ": " << printable(p.error->detail) << '\n';
      continue;
    }
    for (const PageNote& n : p.notes)
      out << "  " << catalog.format("_report", "note") << ": " << printable(catalog.format("_notes", n.message_id, n.args))
          << '\n';
    for (const TreeNode& n : p.nodes) {
      // Indentation stops at kMaxIndent levels and says the depth instead:
      // spaces for every level would make a deep page's output quadratic.
      if (n.depth <= kMaxIndent) out << std::string(2 + 2 * n.depth, ' ');
      else out << std::string(2 + 2 * kMaxIndent, ' ') << '[' << n.depth << "] ";
      out << (n.role.empty() ? "-" : n.role);
      if (!n.name.empty()) out << ' ' << quoted(n.name);
      out << "  <" << n.tag << "> " << n.at.line << ':' << n.at.column;
      if (!n.description.empty()) out << "  description=" << quoted(n.description);
      if (!n.hidden || *n.hidden) out << (n.hidden ? "  hidden" : "  hidden?");
      if (!n.focusable || *n.focusable) out << (n.focusable ? "  focusable" : "  focusable?");
      out << '\n';
    }
  }
}

void write_tree_json(std::ostream& out, const std::vector<PageTree>& pages, const Catalog& catalog) {
  nlohmann::ordered_json jpages = nlohmann::ordered_json::array();
  for (const PageTree& p : pages) {
    nlohmann::ordered_json jp;
    jp["path"] = p.path;
    jp["error"] = p.error ? nlohmann::ordered_json(p.error->detail) : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const PageNote& n : p.notes)
      notes.push_back({{"kind", n.kind}, {"message", catalog.format("_notes", n.message_id, n.args)}});
    jp["notes"] = std::move(notes);
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const TreeNode& n : p.nodes) {
      nodes.push_back({{"selector", n.selector},
                       {"line", n.at.line},
                       {"column", n.at.column},
                       {"tag", n.tag},
                       {"role", n.role},
                       {"name", n.name},
                       {"description", n.description},
                       {"hidden", tri_json(n.hidden)},
                       {"focusable", tri_json(n.focusable)},
                       {"depth", n.depth}});
    }
    jp["nodes"] = std::move(nodes);
    jpages.push_back(std::move(jp));
  }
  nlohmann::ordered_json doc;
  doc["pages"] = std::move(jpages);
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace rampa
