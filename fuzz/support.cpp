#include "support.hpp"

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "rampa/catalog.hpp"
#include "rampa/writers.hpp"

namespace rampa::fuzz {

namespace {

[[noreturn]] void broken(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace

const Engine& engine() {
  // Small limits keep each run fast; the limits themselves are exercised too.
  static const Engine e = [] {
    Config config;
    config.max_page_bytes = 1u << 20;
    config.max_depth = 2'000;
    auto created = Engine::create(config);
    if (!created) broken("the engine could not be created");
    return std::move(created).value();
  }();
  return e;
}

void audit_and_report(std::string_view bytes, std::string_view name, InputKind kind) {
  const Catalog& catalog = Catalog::get("en");
  PageReport report = engine().audit_bytes(bytes, std::string(name), kind);
  if (report.error && (!report.findings.empty() || report.error->detail.empty()))
    broken("an error page has findings or says nothing");
  for (const Finding& f : report.findings) {
    if (f.rule == nullptr) broken("a finding without a rule");
    if (f.message_id.empty()) broken("a finding without a message");
  }
  std::ostringstream json;
  write_json(json, {report}, catalog);
  std::ostringstream text;
  write_text(text, {report}, catalog, {});

  PageTree tree = engine().tree_bytes(bytes, std::string(name), kind);
  if (static_cast<bool>(tree.error) != static_cast<bool>(report.error))
    broken("tree and audit disagree on whether the page is readable");
  std::ostringstream tree_json;
  write_tree_json(tree_json, {tree}, catalog);
  std::ostringstream tree_text;
  write_tree_text(tree_text, {tree}, catalog);
}

}  // namespace rampa::fuzz
