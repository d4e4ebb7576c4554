// The audit of one page: read, decode, parse, run every rule, collect.
#include "rampa/engine.hpp"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

#include <algorithm>
#include <cerrno>
#include <exception>
#include <fstream>
#include <new>
#include <set>
#include <system_error>

#include "audit/page.hpp"
#include "audit/selector.hpp"
#include "audit/style_sheets.hpp"
#include "language/language_guess.hpp"
#include "parse/encoding.hpp"
#include "forms/builders.hpp"
#include "parse/json.hpp"
#include "parse/parsers.hpp"
#include "audit/registry.hpp"
#include "audit/verdicts.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa {

struct Engine::State {
  Config config;
  std::vector<RuleInfo> infos;
  std::vector<const rules::RuleDef*> defs;  // parallel to infos
  std::vector<const RuleInfo*> lasting;     // parallel to infos, in the program-wide table
  // Shared by every audit of this Engine; it keeps what it read and checks
  // the files again, so the Engine still behaves as unchanging.
  mutable StyleSheetStore sheets;
  // Read once: every page's language guesses share its profiles, and no
  // page can change them.
  LanguageGuesser languages{LanguageGuesser::installed_profiles()};
};

namespace {

RuleInfo info_of(const rules::RuleDef& d) {
  RuleInfo info;
  info.id = d.id;
  for (auto s : d.wcag) info.wcag.emplace_back(s);
  for (auto s : d.act) info.act_ids.emplace_back(s);
  info.impact = d.impact;
  for (auto s : d.tags) info.tags.emplace_back(s);
  info.help = d.help;
  for (auto s : d.messages) info.messages.emplace_back(s);
  return info;
}

std::string lower_ext(const std::filesystem::path& p) {
  std::string e = p.extension().string();
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

enum class Route { html, xml, json };

Route route_for(std::string_view bytes, InputKind kind, std::string_view name) {
  switch (kind) {
    case InputKind::html: return Route::html;
    case InputKind::xml:
    case InputKind::xforms: return Route::xml;
    case InputKind::json_schema:
    case InputKind::surveyjs:
    case InputKind::formio: return Route::json;
    case InputKind::detect: break;
  }
  std::string ext = lower_ext(std::filesystem::path(std::string(name)));
  if (ext == ".xhtml" || ext == ".svg" || ext == ".xml" || ext == ".xht") return Route::xml;
  if (ext == ".html" || ext == ".htm") return Route::html;
  if (ext == ".json") return Route::json;
  // Unknown name (stdin): an XML declaration or an svg root says XML, an
  // opening brace says JSON.
  std::string_view head = bytes.substr(0, 512);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  auto first = head.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos) head.remove_prefix(first);
  if (head.starts_with("<?xml") || head.starts_with("<svg")) return Route::xml;
  if (head.starts_with("{")) return Route::json;
  return Route::html;
}

// JSON text where markup was promised: a whole JSON object or array. A page
// template that starts with a brace ({% extends %}) is not JSON.
bool is_json(std::string_view bytes, const Config& config) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  auto first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (bytes[first] != '{' && bytes[first] != '[')) return false;
  return json::parse(std::string(bytes), {std::min<std::size_t>(config.max_depth, 100'000)}).ok();
}

// The start tag as written, on one line and short enough to read.
std::string snippet_of(const Node& n) {
  std::string raw;
  if (!n.text.empty() && n.text.front() == '<') {
    raw.assign(n.text);
  } else {
    raw = "<" + std::string(n.spelling);
    for (const Attribute& a : n.attributes()) {
      raw += " ";
      raw += a.spelling;
      raw += "=\"";
      raw += a.value;
      raw += "\"";
    }
    raw += ">";
  }
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  constexpr std::size_t kMax = 200;
  if (out.size() > kMax) {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "…";
  }
  return out;
}

// Reports point at their rules' RuleInfo. These live for the whole program,
// not for one Engine, so a report stays valid after the Engine that made it
// is gone (`Engine::create(c)->audit_file(f)` is a natural thing to write).
const RuleInfo& lasting_info(const rules::RuleDef& d) {
  static const std::vector<RuleInfo> table = [] {
    std::vector<RuleInfo> t;
    for (const rules::RuleDef& r : rules::registered()) t.push_back(info_of(r));
    return t;
  }();
  return table[static_cast<std::size_t>(&d - rules::registered().data())];
}

PageReport failed_page(std::string name, Error e) {
  PageReport r;
  r.path = std::move(name);
  e.path = r.path;
  r.error = std::move(e);
  return r;
}

}  // namespace

// libxml2 takes a page's length as an int, and the decoder's UTF-16 and UTF-8
// buffers (up to three bytes a byte) must fit one too.
constexpr std::size_t kMaxPageBytesCeiling = std::size_t{512} << 20;

Engine::Engine(std::shared_ptr<const State> state) : state_(std::move(state)) {}

Result<Engine> Engine::create(Config config) {
  auto state = std::make_shared<State>();
  std::set<std::string_view> wanted(config.rules.begin(), config.rules.end());
  std::set<std::string_view> seen;
  std::vector<const rules::RuleDef*> defs;
  for (const rules::RuleDef& d : rules::registered()) {
    if (!seen.insert(d.id).second)
      return Error{ErrorCode::internal, {}, "two rules share the id " + std::string(d.id)};
    if (wanted.empty() || wanted.count(d.id)) defs.push_back(&d);
  }
  for (const auto& w : config.rules)
    if (!seen.count(w)) return Error{ErrorCode::bad_config, {}, "there is no rule named \"" + w + "\""};
  std::sort(defs.begin(), defs.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (const auto* d : defs) {
    state->infos.push_back(info_of(*d));
    state->lasting.push_back(&lasting_info(*d));
    state->defs.push_back(d);
  }
  if (config.max_page_bytes == 0 || config.max_page_bytes > kMaxPageBytesCeiling)
    return Error{ErrorCode::bad_config, {},
                 "the page size limit must be between 1 and " + std::to_string(kMaxPageBytesCeiling) + " bytes"};
  if (config.max_depth == 0) return Error{ErrorCode::bad_config, {}, "the depth limit must be at least 1"};
  if (config.max_attributes == 0) return Error{ErrorCode::bad_config, {}, "the attribute limit must be at least 1"};
  if (!config.root.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(config.root, ec))
      return Error{ErrorCode::bad_config, config.root.string(), "the document root is not a directory"};
    config.root = std::filesystem::absolute(config.root, ec);
  }
  state->config = std::move(config);
  return Engine(std::move(state));
}

std::span<const RuleInfo> Engine::rules() const noexcept { return state_->infos; }
const Config& Engine::config() const noexcept { return state_->config; }

namespace {

std::string_view kind_of_file(std::filesystem::file_type t) {
  switch (t) {
    case std::filesystem::file_type::fifo: return "a FIFO";
    case std::filesystem::file_type::socket: return "a socket";
    case std::filesystem::file_type::character:
    case std::filesystem::file_type::block: return "a device";
    default: return "not a regular file";
  }
}

std::string over_limit(std::size_t limit) {
  return "is over the limit of " + std::to_string(limit) + " bytes (--max-bytes)";
}

// Reads at most the page limit and one byte more, whatever the file claims
// its size to be: a file growing while read, or one of /proc, never makes a
// page larger than the limit.
Result<std::string> read_file(const std::filesystem::path& file, const std::string& name, const Config& config) {
  std::error_code ec;
  auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status)) {
    if (ec && ec != std::errc::no_such_file_or_directory)
      return Error{ErrorCode::unreadable, name, "cannot be read: " + ec.message()};
    return Error{ErrorCode::not_found, name, "no such file"};
  }
  if (std::filesystem::is_directory(status)) return Error{ErrorCode::bad_input, name, "is a directory, not a page"};
  // A FIFO may block for ever and a device may never end: neither is read.
  // Standard input takes either: rampa check - < FILE.
  if (!std::filesystem::is_regular_file(status))
    return Error{ErrorCode::bad_input, name,
                 "is " + std::string(kind_of_file(status.type())) +
                     ", not a regular file: only files are read (pipe it to standard input: rampa check - < FILE)"};
  auto size = std::filesystem::file_size(file, ec);
  if (!ec && size > config.max_page_bytes)
    return Error{ErrorCode::bad_input, name,
                 "is " + std::to_string(size) + " bytes, over the limit of " +
                     std::to_string(config.max_page_bytes) + " bytes"};
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::error_code why(errno, std::generic_category());
    return Error{ErrorCode::unreadable, name, "cannot be read: " + why.message()};
  }
  std::string bytes;
  if (!ec) bytes.resize(std::min<std::uintmax_t>(size, config.max_page_bytes) + 1);
  std::size_t got = 0;
  while (got <= config.max_page_bytes) {
    if (got == bytes.size()) bytes.resize(std::min(std::max<std::size_t>(2 * got, 1 << 16), config.max_page_bytes + 1));
    in.read(bytes.data() + got, static_cast<std::streamsize>(bytes.size() - got));
    got += static_cast<std::size_t>(in.gcount());
    if (!in) break;
  }
  if (in.bad()) return Error{ErrorCode::unreadable, name, "could not be read to the end"};
  if (got > config.max_page_bytes) return Error{ErrorCode::bad_input, name, over_limit(config.max_page_bytes)};
  bytes.resize(got);
  return bytes;
}

struct Loaded {
  std::unique_ptr<Page> page;
  std::vector<PageNote> notes;
};

// A separate uiSchema sits next to its schema: registro.schema.json (or
// registro.json) and registro.uischema.json (or registro.ui.json).
std::optional<std::filesystem::path> ui_companion(const std::string& name) {
  std::filesystem::path p(name);
  std::string file = p.filename().string();
  std::string stem = file.size() > 5 ? file.substr(0, file.size() - 5) : file;  // without ".json"
  if (stem.ends_with(".schema")) stem.resize(stem.size() - 7);
  for (const char* suffix : {".uischema.json", ".ui.json"}) {
    std::filesystem::path c = p.parent_path() / (stem + suffix);
    std::error_code ec;
    if (std::filesystem::is_regular_file(c, ec)) return c;
  }
  return std::nullopt;
}

std::string_view format_name(forms::Format f) {
  switch (f) {
    case forms::Format::json_schema: return "JSON Schema form";
    case forms::Format::surveyjs: return "SurveyJS definition";
    case forms::Format::formio: return "Form.io definition";
    case forms::Format::ui_schema: return "uiSchema";
    case forms::Format::unknown: break;
  }
  return "JSON document";
}

Result<forms::FormModel> load_definition(std::string utf8, const std::string& name, InputKind kind,
                                         const std::filesystem::path& base, const Config& config,
                                         std::vector<PageNote>& notes) {
  auto doc = json::parse(std::move(utf8), {std::min<std::size_t>(config.max_depth, 100'000)});
  if (!doc) return doc.error();
  const forms::Format detected = forms::detect(*doc);
  forms::Format format = detected;
  switch (kind) {
    case InputKind::json_schema: format = forms::Format::json_schema; break;
    case InputKind::surveyjs: format = forms::Format::surveyjs; break;
    case InputKind::formio: format = forms::Format::formio; break;
    default: break;
  }
  // A format named by the user that the file contradicts is an input
  // error: read as the wrong format, a form gives no fields and a report
  // of no findings, which would read as a clean form.
  const bool forced = format != detected;
  if (forced && detected != forms::Format::unknown)
    return Error{ErrorCode::bad_input, {},
                 "is a " + std::string(format_name(detected)) + ", not a " + std::string(format_name(format)) +
                     " as the input format (--input-format) says"};
  auto checked = [&](Result<forms::FormModel> form) -> Result<forms::FormModel> {
    if (forced && form && form->fields.empty())
      return Error{ErrorCode::bad_input, {},
                   "has no field that a " + std::string(format_name(format)) +
                       " holds, though the input format (--input-format) says it is one"};
    return form;
  };
  switch (format) {
    case forms::Format::surveyjs: return checked(forms::from_surveyjs(*doc));
    case forms::Format::formio: return checked(forms::from_formio(*doc));
    case forms::Format::ui_schema:
      // Audited with its schema, where its findings are reported.
      notes.push_back({"forms", "forms.companion", {}});
      return forms::FormModel{forms::Origin::json_schema, {}, {}, {}, {}, {}, {}, {}};
    case forms::Format::json_schema: {
      std::optional<json::Doc> ui;
      std::string ui_name;
      if (doc->get(doc->root(), "schema") == nullptr) {
        std::filesystem::path shown(name);
        if (auto companion = ui_companion((base / shown.filename()).string())) {
          ui_name = (shown.parent_path() / companion->filename()).generic_string();
          auto bytes = read_file(*companion, ui_name, config);
          if (!bytes) return bytes.error();
          auto parsed = json::parse(std::move(*bytes));
          if (!parsed) {
            Error e = parsed.error();
            e.detail = "has a uiSchema, " + ui_name + ", that " + e.detail;
            return e;
          }
          ui = std::move(*parsed);
        }
      }
      auto form = checked(forms::from_json_schema(*doc, ui ? &*ui : nullptr, ui_name));
      if (form && !form->custom_rendered.empty()) {
        std::string keys;
        for (const std::string& k : form->custom_rendered) keys += (keys.empty() ? "" : ", ") + k;
        notes.push_back({"forms", "forms.custom-field",
                         {{"count", std::to_string(form->custom_rendered.size())}, {"keys", keys}}});
      }
      return form;
    }
    case forms::Format::unknown: break;
  }
  return Error{ErrorCode::bad_input, {},
               "is JSON but not a form definition rampa reads (a JSON Schema with its uiSchema, "
               "SurveyJS or Form.io); name the format with --input-format if it is one"};
}

// Decoding and parsing, shared by audits and trees: a page error, or the
// page with its notes.
Result<Loaded> load(std::string_view bytes, const std::string& name, InputKind kind,
                    const std::filesystem::path& base_dir, const Config& config, StyleSheetStore& sheets,
                    const LanguageGuesser& languages) {
  if (kind == InputKind::detect) kind = config.input_kind;
  if (bytes.size() > config.max_page_bytes)
    return Error{ErrorCode::bad_input, name,
                 "is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                     std::to_string(config.max_page_bytes) + " bytes"};
  bool blank = std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  });
  if (blank) return Error{ErrorCode::bad_input, name, "is empty: there is no page to audit"};

  Route route = route_for(bytes, kind, name);
  // JSON is UTF-8 (RFC 8259); decoding it as XML without a declaration reads it so.
  auto decoded = decode(bytes, route == Route::html ? Syntax::html : Syntax::xml);
  if (!decoded) {
    Error e = decoded.error();
    e.path = name;
    return e;
  }
  Loaded loaded;
  if (decoded->replaced > 0)
    loaded.notes.push_back({"encoding", "encoding.replaced",
                            {{"count", std::to_string(decoded->replaced)},
                             {"encoding", decoded->encoding},
                             {"line", std::to_string(decoded->first_bad_line)}}});
  if (decoded->guessed)
    loaded.notes.push_back({"encoding", "encoding.guessed", {{"encoding", decoded->encoding}}});
  else if (decoded->encoding != "utf-8")
    loaded.notes.push_back({"encoding", "encoding.converted", {{"encoding", decoded->encoding}}});

  std::filesystem::path base = base_dir;
  if (base.empty()) base = std::filesystem::current_path();
  auto named = [&](Error e) {
    e.path = name;
    return e;
  };
  if (route == Route::json) {
    auto form = load_definition(std::move(decoded->utf8), name, kind, base, config, loaded.notes);
    if (!form) return named(form.error());
    loaded.page = std::make_unique<Page>(std::move(*form), name, base);
    return loaded;
  }

  if (kind == InputKind::html && is_json(bytes, config))
    return Error{ErrorCode::bad_input, name, "is JSON, not HTML as the input format (--input-format) says"};
  ParseLimits limits{config.max_depth, config.max_attributes};
  auto doc = route == Route::xml ? parse_xml(std::move(decoded->utf8), limits)
                                 : parse_html(std::move(decoded->utf8), limits);
  if (!doc) return named(doc.error());
  for (const Document::ReadingNote& n : (*doc)->reading_notes) loaded.notes.push_back({"xml", n.message_id, n.args});
  if ((*doc)->fragment) loaded.notes.push_back({"html", "html.fragment", {}});
  if (route == Route::xml && (kind == InputKind::xforms || (kind == InputKind::detect && forms::is_xform(**doc)))) {
    auto form = forms::from_xforms(**doc);
    if (!form) return named(form.error());
    loaded.page = std::make_unique<Page>(std::move(*form), name, base);
    return loaded;
  }
  if (kind == InputKind::xforms) return Error{ErrorCode::bad_input, name, "is XML but has no XForms <model>"};
  loaded.page = std::make_unique<Page>(std::move(doc.value()), name, base, config.root,
                                       PageContext{&sheets, limits, config.max_page_bytes, &languages});
  auto unreadable = loaded.page->styles().unreadable();
  if (!unreadable.empty())
    loaded.notes.push_back({"styles", "styles.unreadable",
                            {{"count", std::to_string(unreadable.size())}, {"href", unreadable.front()}}});
  auto left_out = loaded.page->styles().over_css_limit();
  if (!left_out.empty())
    loaded.notes.push_back({"styles", "styles.over-limit",
                            {{"count", std::to_string(left_out.size())},
                             {"href", left_out.front()},
                             {"limit", std::to_string(css::CascadeOptions{}.max_css_bytes >> 20)}}});
  if (loaded.page->styles().over_match_budget()) loaded.notes.push_back({"styles", "styles.over-budget", {}});
  return loaded;
}

// load() behind a guard: running out of memory on one page (or a bug that
// throws) is an error for that page, never the end of a batch.
Result<Loaded> load_guarded(std::string_view bytes, const std::string& name, InputKind kind,
                            const std::filesystem::path& base_dir, const Config& config,
                            StyleSheetStore& sheets, const LanguageGuesser& languages) {
  try {
    return load(bytes, name, kind, base_dir, config, sheets, languages);
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::internal, name, "ran out of memory while reading the page"};
  } catch (const std::exception& e) {
    return Error{ErrorCode::internal, name, std::string("could not be read: internal error: ") + e.what()};
  }
}

}  // namespace

bool is_form_definition(std::string_view json_text) noexcept {
  try {
    auto doc = json::parse(std::string(json_text), {});
    return doc.ok() && forms::detect(*doc) != forms::Format::unknown;
  } catch (const std::exception&) {
    return false;  // out of memory on a huge file: not one we can audit either
  }
}

PageReport Engine::audit_file(const std::filesystem::path& file, std::string name) const {
  if (name.empty()) name = file.string();
  auto bytes = read_file(file, name, state_->config);
  if (!bytes) return failed_page(name, bytes.error());
  std::error_code ec;
  std::filesystem::path base = std::filesystem::absolute(file, ec).parent_path();
  return audit_bytes(*bytes, std::move(name), InputKind::detect, base);
}

namespace {

// Every rule's verdicts on one page, kept until all rules ran so that
// findings are made once, in source order (rule order among equals), into a
// vector of their exact number: a page where everything fails has hundreds
// of thousands, each heavy with strings.
struct Judged {
  std::vector<RuleResult> results;  // one per rule, in rule order
  std::vector<rules::Verdict> verdicts;
  struct Key {
    std::uint32_t line, column, rule, verdict;
    auto operator<=>(const Key&) const = default;
  };
  std::vector<Key> order;  // sorted: source position, then rule
};

SourcePos position_of(const rules::Target& t) {
  if (t.node != nullptr) return t.attribute != nullptr ? t.attribute->pos : t.node->pos;
  return t.source != nullptr ? t.source->pos : SourcePos{};
}

// Runs the rules on the page. A rule that throws gets an internal error and
// loses its verdicts; the others go on. Rules run into one Verdicts, whose
// memory serves them all.
Judged run_rules(const Page& page, std::span<const rules::RuleDef* const> defs,
                 std::span<const RuleInfo* const> infos, bool include_passed) {
  Judged judged;
  static const std::vector<std::string_view> kNoMessages;
  rules::Verdicts out(kNoMessages);
  for (std::size_t i = 0; i < defs.size(); ++i) {
    const rules::RuleDef& def = *defs[i];
    RuleResult result{infos[i], Outcome::inapplicable, std::nullopt};
    out.start(def.messages, include_passed);
    try {
      const rules::Targets targets = def.applicability(page);
      // Targets come in tree order but are spread over the document's
      // memory: on pages far larger than the cache, the first read of each
      // node was most of some rules' time. Fetching a few targets ahead
      // overlaps those reads.
      for (std::size_t k = 0; k < targets.size(); ++k) {
        if (k + kFetchAhead < targets.size()) {
          const rules::Target& next = targets[k + kFetchAhead];
          __builtin_prefetch(next.node);
          __builtin_prefetch(next.attribute);
        }
        def.evaluate(targets[k], page, out);
      }
    } catch (const std::exception& e) {
      result.internal_error = std::string(e.what());
      out.clear();
    } catch (...) {
      result.internal_error = "unknown exception";
      out.clear();
    }
    result.outcome = out.strongest();
    for (rules::Verdict& v : out.all()) {
      SourcePos at = position_of(v.target);
      judged.order.push_back(
          {at.line, at.column, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(judged.verdicts.size())});
      judged.verdicts.push_back(std::move(v));
    }
    judged.results.push_back(result);
  }
  std::sort(judged.order.begin(), judged.order.end());
  return judged;
}

// The verdicts as findings, in source order, with selectors and snippets.
std::vector<Finding> findings_of(const Page& page, Judged& judged, std::span<const RuleInfo* const> infos) {
  std::vector<Finding> findings;
  findings.reserve(judged.order.size());
  std::optional<SelectorBuilder> selectors;
  for (const Judged::Key& k : judged.order) {
    rules::Verdict& v = judged.verdicts[k.verdict];
    Finding& f = findings.emplace_back();
    f.rule = infos[k.rule];
    f.outcome = v.outcome;
    f.at = {k.line, k.column};
    if (v.target.node != nullptr) {
      if (!selectors) selectors.emplace(page.document());
      f.selector = selectors->selector(*v.target.node);
      f.snippet = snippet_of(*v.target.node);
    } else if (v.target.source != nullptr) {
      f.selector = v.target.source->path;
      f.snippet = v.target.source->snippet;
      f.file = v.target.source->file;
    }
    if (v.target.field != nullptr) f.field = v.target.field->key;
    f.message_id = v.message_id;
    f.args = std::move(v.args);
  }
  return findings;
}

}  // namespace

PageReport Engine::audit_bytes(std::string_view bytes, std::string name, InputKind kind,
                               const std::filesystem::path& base_dir) const {
  auto loaded = load_guarded(bytes, name, kind, base_dir, state_->config, state_->sheets, state_->languages);
  if (!loaded) return failed_page(name, loaded.error());
  PageReport report;
  report.path = name;
  report.notes = std::move(loaded->notes);
  Judged judged = run_rules(*loaded->page, state_->defs, state_->lasting, state_->config.include_passed);
  report.rules = std::move(judged.results);
  report.findings = findings_of(*loaded->page, judged, state_->lasting);
  return report;
}

PageTree Engine::tree_file(const std::filesystem::path& file, std::string name) const {
  if (name.empty()) name = file.string();
  auto bytes = read_file(file, name, state_->config);
  if (!bytes) return PageTree{name, bytes.error(), {}, {}};
  std::error_code ec;
  std::filesystem::path base = std::filesystem::absolute(file, ec).parent_path();
  return tree_bytes(*bytes, std::move(name), InputKind::detect, base);
}

PageTree Engine::tree_bytes(std::string_view bytes, std::string name, InputKind kind,
                            const std::filesystem::path& base_dir) const {
  auto loaded = load_guarded(bytes, name, kind, base_dir, state_->config, state_->sheets, state_->languages);
  if (!loaded) return PageTree{name, loaded.error(), {}, {}};
  PageTree tree{name, std::nullopt, std::move(loaded->notes), {}};
  const Page& page = *loaded->page;
  const Document& doc = page.document();
  const Semantics& sem = page.semantics();
  SelectorBuilder selectors(doc);
  auto known = [](Tri t) -> std::optional<bool> {
    if (t == Tri::unknown) return std::nullopt;
    return t == Tri::yes;
  };
  const Node* root = doc.root();
  std::uint32_t base_depth = root != nullptr ? root->depth : 0;
  tree.nodes.reserve(doc.elements().size());
  for (const Node* e : doc.elements()) {
    const ElementSemantics& s = sem.of(*e);
    tree.nodes.push_back(TreeNode{selectors.selector(*e), e->pos, std::string(e->spelling),
                                  std::string(s.role), std::string(sem.name(*e)), std::string(sem.description(*e)),
                                  known(s.hidden), known(s.focusable), e->depth - base_depth});
  }
  return tree;
}

const char* version() noexcept { return RAMPA_VERSION; }

void keep_freed_memory_between_pages() noexcept {
#if defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
  // Up to 512 MiB of free heap is kept rather than trimmed, and blocks below
  // 4 MiB come from that heap (setting one turns off glibc's own adjustment
  // of the other, which would leave every block over 128 KiB to mmap). A
  // higher threshold saves a few more faults but fragments the heap: whatwg
  // peak RSS 34.4 MiB at 4 MiB, 39.7 at 16 or 32.
  ::mallopt(M_TRIM_THRESHOLD, 512 << 20);
  ::mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}

std::optional<InputKind> parse_input_kind(std::string_view name) noexcept {
  if (name == "auto" || name == "detect") return InputKind::detect;
  if (name == "html") return InputKind::html;
  if (name == "xml") return InputKind::xml;
  if (name == "json-schema") return InputKind::json_schema;
  if (name == "xforms") return InputKind::xforms;
  if (name == "surveyjs") return InputKind::surveyjs;
  if (name == "formio") return InputKind::formio;
  return std::nullopt;
}

}  // namespace rampa
