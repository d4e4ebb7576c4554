#include "support/rule_test.hpp"

namespace rampa::testing {

namespace {

RuleRun convert(const PageReport& report) {
  RuleRun run;
  if (report.error) run.error = report.error->detail;
  if (!report.rules.empty()) {
    run.outcome = report.rules.front().outcome;
    if (report.rules.front().internal_error) run.error = *report.rules.front().internal_error;
  }
  for (const Finding& f : report.findings) {
    TestFinding t{f.outcome, f.message_id, {}, f.at, f.selector, f.snippet};
    for (const auto& [k, v] : f.args) t.args[k] = v;
    run.findings.push_back(std::move(t));
  }
  return run;
}

Engine engine_for(const std::string& rule, bool include_passed) {
  Config config;
  config.rules = {rule};
  config.include_passed = include_passed;
  config.root = source_dir() / "fixtures";
  auto engine = Engine::create(config);
  if (!engine) throw std::runtime_error(engine.error().message());
  return std::move(engine).value();
}

}  // namespace

std::filesystem::path source_dir() { return RAMPA_SOURCE_DIR; }

std::filesystem::path fixture_path(const std::string& rule, const std::string& fixture) {
  return source_dir() / "fixtures" / "rules" / rule / fixture;
}

RuleRun run_rule(const std::string& rule, const std::string& fixture, bool include_passed) {
  return convert(engine_for(rule, include_passed).audit_file(fixture_path(rule, fixture)));
}

RuleRun run_rule_on(const std::string& rule, std::string_view html, bool include_passed) {
  return convert(engine_for(rule, include_passed).audit_bytes(html, "inline.html"));
}

}  // namespace rampa::testing
