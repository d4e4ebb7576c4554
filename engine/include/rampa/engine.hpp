#pragma once
// The public entry point of librampa.
//
// Standard headers and rampa/*.hpp only: Gumbo, libxml2 and ICU stay inside.
// Link the shared library, or the static one with --whole-archive (rules
// register themselves from static objects).
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rampa/report.hpp"
#include "rampa/result.hpp"

namespace rampa {

// What a page is. `detect` decides from the file name and the content: .json
// files and JSON text are form definitions, XML with an XForms model is an
// XForm.
enum class InputKind { detect, html, xml, json_schema, xforms, surveyjs, formio };
// "auto", "html", "xml", "json-schema", "xforms", "surveyjs", "formio".
std::optional<InputKind> parse_input_kind(std::string_view name) noexcept;

struct Config {
  // Root-absolute URLs (/css/site.css) resolve under this directory, as a
  // static web server's document root; empty: they resolve nowhere.
  std::filesystem::path root;
  // Limits: a page over one is refused with an error naming the limit, never
  // truncated or half-audited. create() refuses 0 and values the parsers
  // cannot honour. README "Limits" gives the reasons for the defaults.
  // The bytes of a page, as read (at most 512 MiB: the decoders count in int).
  std::size_t max_page_bytes = 128u << 20;
  // Levels of element nesting (HTML, XML; JSON definitions too, up to
  // 100,000). Gumbo's cost and the size of selectors in reports grow with
  // the square of the depth; pages are pre-scanned and refused before
  // parsing. Chromium stops nesting at 512 levels.
  std::size_t max_depth = 2'048;
  // Attributes on one element (Gumbo and libxml2 check duplicates pairwise).
  std::size_t max_attributes = 1'000;
  // How every input is read; `detect` decides per file.
  InputKind input_kind = InputKind::detect;
  // Rule ids to run; empty: all.
  std::vector<std::string> rules;
  // Also report passed targets as findings.
  bool include_passed = false;
};

// Whether JSON text is a form definition rampa reads (SurveyJS, Form.io, a
// JSON Schema form or its uiSchema), judged by its top-level keys wherever
// they come in the text; false for any other JSON (package.json, OpenAPI)
// and for text that is not JSON. For walkers choosing which files to audit.
bool is_form_definition(std::string_view json_text) noexcept;

// Whether a rule with this id is linked into the library: what create()
// accepts in Config::rules, for readers of settings that check ids early.
bool is_known_rule(std::string_view id) noexcept;

// One page of a batch (Engine::audit_batch): a file, bytes the caller holds,
// or an input already known to be bad, which keeps its place in the report.
struct BatchInput {
  std::string name;            // the path shown in reports; empty: `file` as given
  std::filesystem::path file;  // read and audited unless `bytes` or `error` is set
  // The page itself (standard input, a page fetched by the caller); the
  // caller keeps these bytes alive until audit_batch returns.
  std::optional<std::string_view> bytes;
  // Set: the page is not read; its report carries this error (a glob that
  // matched nothing, a directory that could not be walked).
  std::optional<Error> error;
};

// Audits pages against the configured rules.
//
// create() validates the whole configuration, so audit() never fails because
// of it. An Engine never changes afterwards: any number of threads may call
// audit() on one Engine at once, and copies share the same state.
class Engine {
 public:
  static Result<Engine> create(Config config);

  // A bad page is a PageReport with error set, never an exception: a batch
  // records it and goes on. `name` is the path shown in reports.
  PageReport audit_file(const std::filesystem::path& file, std::string name = {}) const;
  PageReport audit_bytes(std::string_view bytes, std::string name, InputKind kind = InputKind::detect,
                   const std::filesystem::path& base_dir = {}) const;

  // Audits `inputs` on `jobs` threads (the calling one among them; 0: one
  // per core) and hands each report to `sink` in input order, as soon as it
  // and every report before it are done, so a report is written while its
  // batch runs. A bad page is its report's error and the batch goes on.
  //
  // `sink` is called one report at a time, never concurrently, on whichever
  // thread finished the next page in order, so it needs no locking of its
  // own; while it runs, other threads go on auditing but none delivers. The
  // report is the sink's to keep or move from. A report is released once the sink returns:
  // what is held at any moment is the reports done ahead of the oldest page
  // still being audited (plus one empty slot per input), never the run.
  //
  // Returns when every report was delivered. If the sink throws, or an
  // audit runs out of memory outside the guards that make it a page error,
  // no further page is started or delivered and the first exception is
  // rethrown here once every thread has stopped. `inputs` and the bytes they
  // point at must outlive the call.
  void audit_batch(std::span<const BatchInput> inputs, unsigned jobs,
                   const std::function<void(PageReport&&)>& sink) const;

  // The computed accessibility tree of a page (Semantics), for `rampa tree`.
  PageTree tree_file(const std::filesystem::path& file, std::string name = {}) const;
  PageTree tree_bytes(std::string_view bytes, std::string name, InputKind kind = InputKind::detect,
                      const std::filesystem::path& base_dir = {}) const;

  std::span<const RuleInfo> rules() const noexcept;
  const Config& config() const noexcept;

 private:
  struct State;
  explicit Engine(std::shared_ptr<const State> state);
  std::shared_ptr<const State> state_;
};

const char* version() noexcept;

// For programs that audit page after page: memory freed after one page stays
// in the process for the next, instead of going back to the kernel, which
// would hand it over again page fault by page fault (on a page of 100,000
// elements, about a tenth of the audit). Process-wide (glibc's malloc
// settings), so the library never does it on its own; the rampa command does.
void keep_freed_memory_between_pages() noexcept;

}  // namespace rampa
