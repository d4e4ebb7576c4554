// The rampa command: arguments, inputs, output files and exit codes. The
// audit itself is librampa's.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "inputs.hpp"
#include "output_file.hpp"
#include "rampa/catalog.hpp"
#include "rampa/config_file.hpp"
#include "rampa/engine.hpp"
#include "rampa/score.hpp"
#include "rampa/writers.hpp"

namespace {

// Exit codes, as the README documents them.
constexpr int kClean = 0;     // nothing at or over the --fail-on threshold failed
constexpr int kFailures = 1;  // something at or over it failed
constexpr int kError = 2;     // usage error, or a page or output that could not be handled

constexpr const char* kCheckHelp = R"(Audit pages for accessibility barriers.

PATH is a file, a directory (walked recursively for .html .htm .xhtml .svg,
and .xml whose root is html, svg or math), a glob such as 'site/*.html', or
- for standard input. Without PATH, the "paths" of the project's .rampa.json.

Settings: the nearest .rampa.json (in this directory or a parent) gives the
defaults of a project; options given here override them. README "Config file"
lists the settings.

Exit status: 0 when nothing at or over --fail-on failed; 1 when something did;
2 on a usage error, or when a page, a directory or the --output file could not
be handled (the other pages are still audited and reported).)";

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string locale;
  unsigned jobs = 0;
  std::string fail_on = "minor";
  std::string root;
  std::vector<std::string> rules;
  bool verbose = false;
  std::size_t max_bytes = rampa::Config{}.max_page_bytes;
  std::size_t max_depth = rampa::Config{}.max_depth;
  std::size_t max_attributes = rampa::Config{}.max_attributes;
  std::string input_format = "auto";
  std::string config;
  bool no_config = false;
  // Set when the paths come from .rampa.json: whatever they match must stay
  // inside the project's directory.
  std::optional<std::filesystem::path> confine_to;
};

bool use_color(bool to_file) {
  if (to_file) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

const rampa::Catalog& catalog_for(const CheckOptions& o) {
  return rampa::Catalog::get(o.locale.empty() ? rampa::Catalog::locale_from_environment() : o.locale);
}

// The engine for the options, or nullopt after saying why on stderr.
std::optional<rampa::Engine> engine_for(const CheckOptions& o) {
  rampa::Config config;
  config.root = o.root;
  config.rules = o.rules;
  config.include_passed = o.verbose;
  config.max_page_bytes = o.max_bytes;
  config.max_depth = o.max_depth;
  config.max_attributes = o.max_attributes;
  config.input_kind = rampa::parse_input_kind(o.input_format).value_or(rampa::InputKind::detect);
  auto engine = rampa::Engine::create(config);
  if (!engine) {
    std::cerr << "rampa: " << engine.error().message() << '\n';
    return std::nullopt;
  }
  return std::move(engine).value();
}

// Opens the report's destination (--output FILE, else standard output)
// before any work, so a bad path fails at once; null after saying why.
std::unique_ptr<rampa::cli::Output> open_output(const std::string& path) {
  auto out = std::make_unique<rampa::cli::Output>(path.empty() ? "-" : path);
  if (out->ok()) return out;
  std::cerr << "rampa: " << rampa::printable(out->name()) << ": " << out->error() << '\n';
  return nullptr;
}

bool commit_output(rampa::cli::Output& out) {
  if (out.commit()) return true;
  std::cerr << "rampa: " << rampa::printable(out.name()) << ": " << out.error() << '\n';
  return false;
}

bool to_terminal(const std::string& output) { return output.empty() || output == "-"; }

// Standard input, read once however often "-" is named, and never more than
// the page limit and one byte.
struct StandardInput {
  std::optional<std::string> bytes;
  bool over = false;
  const std::string& read(std::size_t limit) {
    if (bytes) return *bytes;
    bytes.emplace();
    char chunk[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) {
      bytes->append(chunk, n);
      if (bytes->size() > limit) {
        over = true;
        bytes->clear();
        break;
      }
    }
    return *bytes;
  }
};

rampa::Error over_limit_error(std::size_t limit) {
  return rampa::Error{rampa::ErrorCode::bad_input, "-",
                      "standard input is over the limit of " + std::to_string(limit) + " bytes (--max-bytes)"};
}

// The report must not be one of the pages: a page named on the command
// line is refused (exit 2, before any audit), one met in a walk or a glob
// is left out with a note. False after saying why.
bool keep_report_out_of_inputs(const rampa::cli::Output& out, std::vector<rampa::cli::Input>& inputs) {
  std::optional<rampa::cli::FileId> report = out.replaces();
  if (!report) return true;
  std::vector<rampa::cli::Input> kept;
  for (auto& in : inputs) {
    if (in.stdin || !in.error.empty() || rampa::cli::file_id(in.path) != report) {
      kept.push_back(std::move(in));
      continue;
    }
    if (in.named) {
      std::cerr << "rampa: " << rampa::printable(out.name()) << ": is also a page to audit ("
                << rampa::printable(in.path) << "): write the report to another file\n";
      return false;
    }
    std::cerr << "rampa: note: " << rampa::printable(in.path) << ": the report being written, not audited\n";
  }
  inputs = std::move(kept);
  return true;
}

int run_check(const CheckOptions& o) {
  const rampa::Catalog& catalog = catalog_for(o);
  auto threshold = rampa::parse_impact(o.fail_on);
  auto engine = engine_for(o);
  if (!engine) return kError;
  auto file = open_output(o.output);
  if (!file) return kError;

  std::vector<std::string> skipped;
  std::vector<rampa::cli::Input> expanded = rampa::cli::expand_inputs(o.paths, &skipped, o.confine_to);
  for (const std::string& s : skipped) std::cerr << "rampa: note: " << rampa::printable(s) << '\n';
  if (!keep_report_out_of_inputs(*file, expanded)) return kError;
  StandardInput standard_input;
  std::vector<rampa::BatchInput> inputs;
  for (auto& in : expanded) {
    rampa::BatchInput& b = inputs.emplace_back();
    b.name = in.path;
    if (!in.error.empty()) {
      b.error = rampa::Error{rampa::ErrorCode::bad_input, in.path, std::move(in.error)};
    } else if (in.stdin) {
      b.bytes = standard_input.read(o.max_bytes);
      if (standard_input.over) b.error = over_limit_error(o.max_bytes);
    } else {
      b.file = in.path;
    }
  }
  std::ostream& out = file->stream();
  auto writer = o.format == "json" ? rampa::json_report_writer(out, catalog)
                                   : rampa::text_report_writer(out, catalog, {use_color(!to_terminal(o.output))});
  rampa::RunScore score;
  engine->audit_batch(inputs, o.jobs, [&](const rampa::PageReport& r) {
    score.add(r);
    writer->page(r);
    // Errors go to stderr as well, so they show when stdout is a report file.
    if (r.error) std::cerr << "rampa: " << rampa::printable(r.error->message()) << '\n';
    for (const auto& rr : r.rules)
      if (rr.internal_error)
        std::cerr << "rampa: " << rampa::printable(r.path) << ": internal error in rule " << rr.rule->id << ": "
                  << rampa::printable(*rr.internal_error) << '\n';
  });
  writer->finish(score);
  if (!commit_output(*file)) return kError;
  const rampa::RunSummary totals = score.summary();
  if (totals.errors > 0 || totals.rule_errors > 0) return kError;
  if (totals.worst_failure && *totals.worst_failure >= *threshold) return kFailures;
  return kClean;
}

int run_tree(const CheckOptions& o) {
  const rampa::Catalog& catalog = catalog_for(o);
  auto engine = engine_for(o);
  if (!engine) return kError;
  auto file = open_output(o.output);
  if (!file) return kError;
  auto inputs = rampa::cli::expand_inputs(o.paths, nullptr, o.confine_to);
  if (!keep_report_out_of_inputs(*file, inputs)) return kError;
  StandardInput standard_input;
  std::vector<rampa::PageTree> trees;
  int code = kClean;
  for (const auto& in : inputs) {
    if (!in.error.empty()) {
      trees.push_back({in.path, rampa::Error{rampa::ErrorCode::bad_input, in.path, in.error}, {}, {}});
    } else if (in.stdin) {
      const std::string& bytes = standard_input.read(o.max_bytes);
      if (standard_input.over) trees.push_back({in.path, over_limit_error(o.max_bytes), {}, {}});
      else trees.push_back(engine->tree_bytes(bytes, "-"));
    } else {
      trees.push_back(engine->tree_file(in.path, in.path));
    }
    if (trees.back().error) {
      std::cerr << "rampa: " << rampa::printable(trees.back().error->message()) << '\n';
      code = kError;
    }
  }
  std::ostream& out = file->stream();
  if (o.format == "json") rampa::write_tree_json(out, trees, catalog);
  else rampa::write_tree_text(out, trees, catalog);
  if (!commit_output(*file)) return kError;
  return code;
}

int run_rules(const std::string& format, const std::string& locale) {
  const rampa::Catalog& catalog =
      rampa::Catalog::get(locale.empty() ? rampa::Catalog::locale_from_environment() : locale);
  auto engine = rampa::Engine::create({});
  if (!engine) {
    std::cerr << "rampa: " << engine.error().message() << '\n';
    return kError;
  }
  auto out = open_output("-");
  if (!out) return kError;
  if (format == "json") rampa::write_rules_json(out->stream(), engine->rules(), catalog);
  else if (format == "markdown") rampa::write_rules_markdown(out->stream(), engine->rules(), catalog);
  else rampa::write_rules_text(out->stream(), engine->rules(), catalog);
  return commit_output(*out) ? kClean : kError;
}

// Settings from the project's .rampa.json (or --config FILE) fill in what the
// command line left unset; the command line wins. False after saying why on
// stderr.
bool apply_config(const CLI::App& command, CheckOptions& o) {
  if (o.no_config) return true;
  std::optional<std::filesystem::path> file;
  if (!o.config.empty()) file = o.config;
  else file = rampa::find_config_file(std::filesystem::current_path());
  if (!file) return true;
  auto read = rampa::read_config_file(*file);
  if (!read) {
    std::cerr << "rampa: " << read.error().message() << '\n';
    return false;
  }
  const rampa::ConfigFile& c = *read;
  auto unset = [&](const char* option) { return command.get_option_no_throw(option) != nullptr && command.count(option) == 0; };
  if (o.paths.empty() && !c.paths.empty()) {
    o.paths = c.paths;
    o.confine_to = c.directory;
  }
  if (c.format && unset("--format")) o.format = *c.format;
  if (c.output && unset("--output")) o.output = *c.output;
  if (c.locale && unset("--locale")) o.locale = *c.locale;
  if (c.jobs && unset("--jobs")) o.jobs = *c.jobs;
  if (c.fail_on && unset("--fail-on")) o.fail_on = *c.fail_on;
  if (c.root && unset("--root")) o.root = c.root->string();
  if (!c.rules.empty() && unset("--rule")) o.rules = c.rules;
  if (c.verbose && unset("--verbose")) o.verbose = *c.verbose;
  if (c.input_format && unset("--input-format")) o.input_format = *c.input_format;
  if (c.max_bytes && unset("--max-bytes")) o.max_bytes = *c.max_bytes;
  if (c.max_depth && unset("--max-depth")) o.max_depth = *c.max_depth;
  if (c.max_attributes && unset("--max-attributes")) o.max_attributes = *c.max_attributes;
  return true;
}

// Config options and the check that something is to be audited.
void add_config_options(CLI::App* command, CheckOptions& o) {
  auto* config = command->add_option("--config", o.config,
                                     "Read settings from FILE instead of the nearest .rampa.json (this directory "
                                     "or a parent); the command line overrides them");
  command->add_flag("--no-config", o.no_config, "Ignore any .rampa.json")->excludes(config);
}

bool have_paths(const CheckOptions& o) {
  if (!o.paths.empty()) return true;
  std::cerr << "rampa: name the pages to audit (PATH), or list them under \"paths\" in .rampa.json\n";
  return false;
}

// The limits of README "Limits"; a page over one is an error, never cut.
void add_limit_options(CLI::App* command, CheckOptions& o) {
  command->add_option("--max-bytes", o.max_bytes, "Refuse pages larger than this many bytes")
      ->check(CLI::Range(std::size_t{1}, std::size_t{512} << 20))->capture_default_str();
  command->add_option("--max-depth", o.max_depth, "Refuse pages whose elements nest deeper than this")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}))->capture_default_str();
  command->add_option("--max-attributes", o.max_attributes, "Refuse pages with an element carrying more attributes than this")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}))->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  rampa::keep_freed_memory_between_pages();
  CLI::App app{"rampa: accessibility audits of web pages and forms (WCAG 2.2)", "rampa"};
  app.set_version_flag("--version", std::string("rampa ") + rampa::version());
  app.require_subcommand(1);
  app.footer("Run `rampa COMMAND --help` for a command's options.");

  CheckOptions o;
  auto* check = app.add_subcommand("check", kCheckHelp);
  const std::vector<std::string> input_formats{"auto", "html", "xml", "json-schema", "xforms", "surveyjs", "formio"};
  check->add_option("PATH", o.paths, "Pages, directories, globs, or - for standard input (default: \"paths\" of .rampa.json)");
  check->add_option("-f,--format", o.format, "Report format")->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check->add_option("-o,--output", o.output,
                    "Write the report to FILE (a file is replaced atomically; - is standard output)");
  check->add_option("-l,--locale", o.locale, "Language of the report: en, es or pt (default: from LC_ALL/LC_MESSAGES/LANG, else en)")
      ->check(CLI::IsMember({"en", "es", "pt"}));
  check->add_option("-j,--jobs", o.jobs, "Pages audited in parallel (default: one per core); output order stays the same")
      ->check(CLI::Range(1u, 1024u));
  check->add_option("--fail-on", o.fail_on, "Exit 1 when a failure of this impact or higher is found")
      ->check(CLI::IsMember({"minor", "moderate", "serious", "critical"}))->capture_default_str();
  check->add_option("--root", o.root, "Document root: root-absolute URLs (/css/site.css) resolve under DIR")
      ->check(CLI::ExistingDirectory);
  // One id per --rule, so that a PATH after it is not taken for a rule.
  check->add_option("--rule", o.rules, "Run only this rule (repeatable)")->allow_extra_args(false);
  check->add_flag("--verbose", o.verbose, "Also list passed checks");
  add_limit_options(check, o);
  check->add_option("--input-format", o.input_format,
                    "How to read every input: auto (from name and content), html, xml, json-schema, xforms, "
                    "surveyjs or formio")
      ->check(CLI::IsMember(input_formats))->capture_default_str();
  add_config_options(check, o);

  CheckOptions t;
  auto* tree = app.add_subcommand("tree", "Print the computed accessibility tree: role, name, description, hidden, focusable");
  tree->add_option("PATH", t.paths, "Pages, directories, globs, or - for standard input (default: \"paths\" of .rampa.json)");
  tree->add_option("-f,--format", t.format, "text (indented) or json")->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  tree->add_option("-o,--output", t.output, "Write to FILE (a file is replaced atomically; - is standard output)");
  tree->add_option("-l,--locale", t.locale, "en, es or pt")->check(CLI::IsMember({"en", "es", "pt"}));
  tree->add_option("--root", t.root, "Document root: root-absolute URLs (/css/site.css) resolve under DIR")
      ->check(CLI::ExistingDirectory);
  add_limit_options(tree, t);
  tree->add_option("--input-format", t.input_format, "How to read every input (see check --help)")
      ->check(CLI::IsMember(input_formats))->capture_default_str();
  add_config_options(tree, t);

  std::string rules_format = "text", rules_locale;
  auto* rules = app.add_subcommand("rules", "List every rule: id, title, WCAG success criteria, ACT ids, impact, tags");
  rules->add_option("-f,--format", rules_format, "text, json or markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}))->capture_default_str();
  rules->add_option("-l,--locale", rules_locale, "en, es or pt")->check(CLI::IsMember({"en", "es", "pt"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kError;
  }
  try {
    if (check->parsed()) return apply_config(*check, o) && have_paths(o) ? run_check(o) : kError;
    if (rules->parsed()) return run_rules(rules_format, rules_locale);
    if (tree->parsed()) return apply_config(*tree, t) && have_paths(t) ? run_tree(t) : kError;
  } catch (const std::exception& e) {
    std::cerr << "rampa: internal error: " << e.what() << '\n';
    return kError;
  }
  return kError;
}
