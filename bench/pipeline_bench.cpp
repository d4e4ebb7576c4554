// The audit pipeline stage by stage, against the floor: a bare Gumbo parse of
// the same bytes in the same run. Ratios to the floor are the headline.
//
//   build/bench/rampa_bench                      (all inputs)
//   build/bench/rampa_bench --benchmark_filter=large
#include <benchmark/benchmark.h>
#include <gumbo.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "audit/page.hpp"
#include "parse/encoding.hpp"
#include "parse/parsers.hpp"
#include "rampa/catalog.hpp"
#include "rampa/engine.hpp"
#include "rampa/writers.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const rampa::Engine& engine() {
  static const rampa::Engine e = std::move(rampa::Engine::create({})).value();
  return e;
}

void peak_rss(benchmark::State& state) {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  state.counters["peak_rss_MB"] = static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Each input is measured at every stage so ratios come from one run.
void floor_parse(benchmark::State& state, const std::string* page) {
  for (auto _ : state) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page->data(), page->size());
    benchmark::DoNotOptimize(out);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page->size()));
}

void document_build(benchmark::State& state, const std::string* page) {
  for (auto _ : state) {
    auto decoded = rampa::decode(*page, rampa::Syntax::html);
    auto doc = rampa::parse_html(std::move(decoded->utf8), {});
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page->size()));
}

// Parse, then styles and Semantics (roles, names, hidden, focus), no rules.
void semantics_stage(benchmark::State& state, const std::string* page) {
  for (auto _ : state) {
    auto decoded = rampa::decode(*page, rampa::Syntax::html);
    auto doc = rampa::parse_html(std::move(decoded->utf8), {});
    rampa::Page p(std::move(doc.value()), "page.html", fs::current_path(), {});
    benchmark::DoNotOptimize(p.semantics());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page->size()));
}

// Parse, styles, Semantics, then the FormModel of every form (built lazily,
// so only pages with forms pay for it).
void forms_stage(benchmark::State& state, const std::string* page) {
  for (auto _ : state) {
    auto decoded = rampa::decode(*page, rampa::Syntax::html);
    auto doc = rampa::parse_html(std::move(decoded->utf8), {});
    rampa::Page p(std::move(doc.value()), "page.html", fs::current_path(), {});
    benchmark::DoNotOptimize(p.forms());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page->size()));
}

void full_audit(benchmark::State& state, const std::string* page) {
  for (auto _ : state) {
    auto report = engine().audit_bytes(*page, "page.html");
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page->size()));
  peak_rss(state);
}

// Where the JSON report goes: counted and dropped, as a file or a pipe takes
// it from `rampa check` through a fixed buffer. Serialising into a string
// would time the string's growth (44 MB for a page of 62,000 findings).
class Sink : public std::streambuf {
 public:
  std::size_t bytes = 0;

 protected:
  int_type overflow(int_type c) override {
    bytes += traits_type::eq_int_type(c, traits_type::eof()) ? 0 : 1;
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    benchmark::DoNotOptimize(s);
    bytes += static_cast<std::size_t>(n);
    return n;
  }
};

void audit_and_json(benchmark::State& state, const std::string* page) {
  const auto& catalog = rampa::Catalog::get("en");
  for (auto _ : state) {
    std::vector<rampa::PageReport> reports{engine().audit_bytes(*page, "page.html")};
    Sink sink;
    std::ostream out(&sink);
    rampa::write_json(out, reports, catalog);
    benchmark::DoNotOptimize(sink.bytes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page->size()));
  peak_rss(state);
}

double thread_seconds() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// One bare parse, or one audit with its JSON report, in thread CPU time (time
// stolen by the hypervisor counts on neither side of a ratio).
double timed_once(const std::string& page, bool floor_only) {
  double start = thread_seconds();
  if (floor_only) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
    benchmark::DoNotOptimize(out);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  } else {
    std::vector<rampa::PageReport> reports{engine().audit_bytes(page, "page.html")};
    Sink sink;
    std::ostream out(&sink);
    rampa::write_json(out, reports, rampa::Catalog::get("en"));
    benchmark::DoNotOptimize(sink.bytes);
  }
  return thread_seconds() - start;
}

double median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// The headline ratio of a large page, paired: each iteration times
// audit+json between two bare parses of the same page, so both sides see the
// same machine; the counter is the median over the iterations. Separately
// timed stages of the same code drift by 30% and more on a shared VM.
void floor_ratio(benchmark::State& state, const std::string* page) {
  std::vector<double> ratios;
  for (auto _ : state) {
    double before = timed_once(*page, true);
    double audit = timed_once(*page, false);
    double after = timed_once(*page, true);
    ratios.push_back(audit / ((before + after) / 2));
  }
  state.counters["ratio"] = median(ratios);
}

// Linearity: how much longer the page of 100,000 elements takes than the
// page of 10,000, for a bare parse (the floor) and for audit+json. Each
// iteration times the big page between runs of the small one (five before,
// five after), so both sides of each ratio see the same machine: on a shared
// VM whose speed drifts, ratios of separately timed benchmarks of identical
// code spread from 7x to 18x. The counter is the median ratio over the
// iterations.
void linearity(benchmark::State& state, const std::string* small, const std::string* big, bool floor_only) {
  auto once = [&](const std::string& page) { return timed_once(page, floor_only); };
  std::vector<double> ratios;
  for (auto _ : state) {
    double small_total = 0;
    for (int i = 0; i < 5; ++i) small_total += once(*small);
    double big_time = once(*big);
    for (int i = 0; i < 5; ++i) small_total += once(*small);
    ratios.push_back(big_time / (small_total / 10));
  }
  state.counters["growth"] = median(ratios);
}

void small_batch(benchmark::State& state, const std::vector<std::string>* pages) {
  std::size_t bytes = 0;
  for (const auto& p : *pages) bytes += p.size();
  for (auto _ : state)
    for (const auto& p : *pages) {
      auto report = engine().audit_bytes(p, "page.html");
      benchmark::DoNotOptimize(report);
    }
  state.counters["pages_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * pages->size()), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// Generated pages: n elements as a flat list, a wide table, and nested
// sections (depth limited to 1,000, as real pages are).
std::string flat_page(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><head><title>Vacantes</title></head><body><ul>";
  for (int i = 0; i < n; ++i) s += "<li id=\"v" + std::to_string(i) + "\">Vacante " + std::to_string(i) + "</li>";
  return s + "</ul></body></html>";
}
std::string table_page(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Tabla</title><table>";
  for (int i = 0; i < n / 10; ++i) {
    s += "<tr>";
    for (int c = 0; c < 9; ++c) s += "<td>celda</td>";
    s += "</tr>";
  }
  return s + "</table></html>";
}
std::string nested_page(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Anidado</title><body>";
  int depth = 0;
  for (int i = 0; i < n; ++i) {
    if (depth == 1000) {
      for (; depth > 0; --depth) s += "</div>";
    }
    s += "<div aria-labelledby=\"d" + std::to_string(i + 1) + "\" id=\"d" + std::to_string(i) + "\">";
    ++depth;
  }
  return s + "</body></html>";
}

// A form of n/10 fields, each labelled by a chain of aria-labelledby and
// described by a hint: the name computation's worst realistic shape.
std::string form_page(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Registro</title><body><form>";
  for (int i = 0; i < n / 10; ++i) {
    std::string k = std::to_string(i);
    s += "<div><label id=l" + k + " for=f" + k + ">Campo " + k + "</label><span id=h" + k +
         " aria-labelledby=l" + k + ">ayuda</span><input id=f" + k + " aria-labelledby='l" + k + " h" + k +
         "' aria-describedby=h" + k + "><p>Texto de <b>ayuda</b> <a href=#>más</a></p></div>";
  }
  return s + "</form></body></html>";
}

// n elements styled by one big sheet of 1,000 rules of every selector shape
// real sheets use (classes, ids, descendant and child chains, attributes,
// :nth-child, :not, :hover), so the cascade's matching is what grows.
std::string styled_page(int n) {
  std::string css;
  for (int k = 0; k < 1000; ++k) {
    std::string i = std::to_string(k);
    switch (k % 8) {
      case 0: css += ".c" + i + " .t" + std::to_string(k % 50) + " a { color: #" + std::to_string(100 + k % 900) + " }"; break;
      case 1: css += "#s" + i + " p { font-size: " + std::to_string(10 + k % 20) + "px }"; break;
      case 2: css += "div.card:nth-child(" + std::to_string(2 + k % 7) + "n) > p { line-height: 1.5 }"; break;
      case 3: css += "[data-k=\"" + i + "\"] { background: #fff }"; break;
      case 4: css += ".card:not(.c" + i + ") a:hover { outline: 2px solid }"; break;
      case 5: css += "main section .c" + i + " { padding: 1em }"; break;
      case 6: css += "ul li .l" + std::to_string(k % 20) + " { text-decoration: none }"; break;
      default: css += "body > main *:focus { outline-color: #00f }"; break;
    }
    css += "\n";
  }
  std::string s = "<!DOCTYPE html><html lang=\"es\"><head><title>Estilos</title><style>" + css +
                  "</style></head><body><main><section id=s1>";
  for (int i = 0; i < n / 3; ++i) {
    std::string k = std::to_string(i % 1000);
    s += "<div class=\"card c" + k + "\" data-k=\"" + k + "\"><p class=t" + std::to_string(i % 50) +
         ">Texto <a href=\"#\" class=l" + std::to_string(i % 20) + ">enlace</a></p></div>";
  }
  return s + "</section></main></body></html>";
}

// n/2 links in paragraphs under a sheet that removes the focus outline: each
// link takes focus-visible's longest path, which once re-read the page's
// scripts and sheets per link (4,000 links took 7x the time of 1,000).
std::string focus_page(int n) {
  std::string s =
      "<!DOCTYPE html><html lang=\"es\"><title>Vacantes</title><style>a:focus { outline: none } a { color: #036 }"
      "</style><body>";
  for (int i = 0; i < n / 2; ++i) s += "<p><a href=\"/v" + std::to_string(i) + "\">Vacante " + std::to_string(i) + "</a></p>";
  return s + "</body></html>";
}

// n elements under 20 rules that no index narrows (the rightmost compound
// is universal, so every rule is tried on every element): the cascade's
// cost is elements times rules, within the matching budget at 100,000.
std::string many_rules_page(int n) {
  std::string css;
  for (int k = 0; k < 20; ++k) css += "div *:not(.c" + std::to_string(k) + ") { margin: " + std::to_string(k % 9) + "px }";
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Cursos</title><style>" + css + "</style><body>";
  for (int i = 0; i < n / 3; ++i) s += "<div><p><span>Curso " + std::to_string(i) + "</span></p></div>";
  return s + "</body></html>";
}

// A sheet of 2,000 rules, written once for the run, that the many-links
// page links n/1,000 times with query strings that change nothing: applied
// once, it costs the same however often it is linked.
const std::string& shared_sheet_url() {
  static const std::string url = [] {
    fs::path dir = fs::temp_directory_path() / ("rampa-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string css;
    for (int k = 0; k < 2000; ++k)
      css += ".card-" + std::to_string(k) + " .title a:hover { color: #" + std::to_string(100 + k % 900) + " }\n";
    std::ofstream(dir / "site.css", std::ios::binary) << css;
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(fs::temp_directory_path() / ("rampa-bench-" + std::to_string(::getpid())), ec);
    });
    return "file://" + (dir / "site.css").string();
  }();
  return url;
}

std::string many_links_page(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Vacantes</title>";
  for (int i = 0; i < n / 1000; ++i) s += "<link rel=stylesheet href=\"" + shared_sheet_url() + "?v=" + std::to_string(i) + "\">";
  s += "<body><ul>";
  for (int i = 0; i < n; ++i) s += "<li class=\"card-" + std::to_string(i % 2000) + "\">Vacante " + std::to_string(i) + "</li>";
  return s + "</ul></body></html>";
}

// Form definitions of n fields in every format, for the forms stage: each
// field labelled, hinted, required with a message and constrained, so every
// form rule has work on every field.
std::string surveyjs_form(int n) {
  std::string s = "{\"title\": \"Registro\", \"pages\": [{\"name\": \"p1\", \"elements\": [";
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    s += std::string(i ? "," : "") + "{\"type\": \"text\", \"name\": \"campo" + k + "\", \"title\": \"Campo " + k +
         "\", \"description\": \"Ayuda " + k + "\", \"isRequired\": true, \"requiredErrorText\": \"Complete el campo " + k +
         "\", \"validators\": [{\"type\": \"regex\", \"regex\": \"^[0-9]+$\", \"text\": \"Solo números\"}]}";
  }
  return s + "]}]}";
}
std::string formio_form(int n) {
  std::string s = "{\"display\": \"form\", \"components\": [";
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    s += std::string(i ? "," : "") + "{\"type\": \"textfield\", \"key\": \"campo" + k + "\", \"label\": \"Campo " + k +
         "\", \"description\": \"Ayuda " + k + "\", \"validate\": {\"required\": true, \"pattern\": \"^[0-9]+$\", "
         "\"customMessage\": \"Escriba solo números\"}}";
  }
  return s + "]}";
}
std::string json_schema_form(int n) {
  std::string props, req, ui;
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    std::string c = i ? "," : "";
    props += c + "\"campo" + k + "\": {\"type\": \"string\", \"title\": \"Campo " + k + "\", \"description\": \"Ayuda " + k +
             "\", \"pattern\": \"^[0-9]+$\", \"errorMessage\": {\"pattern\": \"Solo números\"}}";
    req += c + "\"campo" + k + "\"";
    ui += c + "\"campo" + k + "\": {\"ui:help\": \"Ejemplo: 123\"}";
  }
  return "{\"schema\": {\"type\": \"object\", \"properties\": {" + props + "}, \"required\": [" + req + "]}, \"uiSchema\": {" +
         ui + "}}";
}
std::string xform(int n) {
  std::string binds, body, inst;
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    inst += "<campo" + k + "/>";
    binds += "<bind nodeset=\"/data/campo" + k + "\" type=\"string\" required=\"true()\" jr:requiredMsg=\"Complete " + k +
             "\" constraint=\"regex(., '^[0-9]+$')\" jr:constraintMsg=\"Solo números\"/>";
    body += "<input ref=\"/data/campo" + k + "\"><label>Campo " + k + "</label><hint>Ayuda " + k + "</hint></input>";
  }
  return "<?xml version=\"1.0\"?><h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\" "
         "xmlns:jr=\"http://openrosa.org/javarosa\"><h:head><h:title>Registro</h:title><model><instance><data id=\"r\">" +
         inst + "</data></instance>" + binds + "</model></h:head><h:body>" + body + "</h:body></h:html>";
}
std::string html_form(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Registro</title><body><form>";
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    s += "<p><label for=c" + k + ">Campo " + k + " (obligatorio)</label><input id=c" + k + " name=campo" + k +
         " required pattern=\"[0-9]+\" title=\"Solo números\" aria-describedby=h" + k + "><span id=h" + k + ">Ayuda " + k +
         "</span></p>";
  }
  return s + "</form></body></html>";
}

void form_audit(benchmark::State& state, const std::string* text, rampa::InputKind kind) {
  for (auto _ : state) {
    auto report = engine().audit_bytes(*text, "form", kind);
    if (report.error) state.SkipWithError(report.error->message().c_str());
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text->size()));
}

// A form of n/10 choices: radio groups and checkbox sets in fieldsets,
// labels after their controls, and controls tied to the form by `form=`.
std::string choices_page(int n) {
  std::string s = "<!DOCTYPE html><html lang=\"es\"><title>Encuesta</title><body><form id=encuesta>";
  for (int i = 0; i < n / 10; ++i) {
    std::string k = std::to_string(i);
    s += "<fieldset><legend>Pregunta " + k + "</legend><input type=radio id=r" + k + " name=p" + k +
         " value=si><label for=r" + k + ">Sí</label><input type=checkbox name=c" + k +
         " value=a><input type=checkbox name=c" + k + " value=b></fieldset>";
  }
  s += "</form>";
  for (int i = 0; i < n / 100; ++i) s += "<input form=encuesta name=extra" + std::to_string(i) + " aria-label=Extra>";
  return s + "</body></html>";
}

struct Inputs {
  std::map<std::string, std::string> pages;
  std::vector<std::string> small;
};

Inputs& inputs() {
  static Inputs in;
  return in;
}

void register_page(const std::string& name, std::string page) {
  auto& stored = inputs().pages[name] = std::move(page);
  const std::string* p = &stored;
  benchmark::RegisterBenchmark(("floor/" + name).c_str(), floor_parse, p)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("document/" + name).c_str(), document_build, p)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("semantics/" + name).c_str(), semantics_stage, p)->Unit(benchmark::kMillisecond);
  if (name.find("form") != std::string::npos || name.rfind("large/", 0) == 0)
    benchmark::RegisterBenchmark(("forms/" + name).c_str(), forms_stage, p)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("audit/" + name).c_str(), full_audit, p)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("audit+json/" + name).c_str(), audit_and_json, p)->Unit(benchmark::kMillisecond);
  if (name.rfind("large/", 0) == 0)
    benchmark::RegisterBenchmark(("ratio/" + name).c_str(), floor_ratio, p)->Unit(benchmark::kMillisecond)->Iterations(9);
}

}  // namespace

int main(int argc, char** argv) {
  // Measure the stages as the rampa command runs them.
  rampa::keep_freed_memory_between_pages();
  fs::path shared = std::getenv("RAMPA_SHARED") ? std::getenv("RAMPA_SHARED") : RAMPA_SHARED_DIR;
  if (fs::is_directory(shared / "bench-pages" / "large"))
    for (const auto& e : fs::directory_iterator(shared / "bench-pages" / "large"))
      register_page("large/" + e.path().stem().string(), slurp(e.path()));
  for (int n : {1'000, 10'000, 100'000}) {
    register_page("generated/flat-" + std::to_string(n), flat_page(n));
    register_page("generated/table-" + std::to_string(n), table_page(n));
    register_page("generated/nested-" + std::to_string(n), nested_page(n));
    register_page("generated/form-" + std::to_string(n), form_page(n));
    register_page("generated/form-choices-" + std::to_string(n), choices_page(n));
    register_page("generated/styled-" + std::to_string(n), styled_page(n));
    register_page("generated/focus-" + std::to_string(n), focus_page(n));
    register_page("generated/many-rules-" + std::to_string(n), many_rules_page(n));
    register_page("generated/many-links-" + std::to_string(n), many_links_page(n));
  }
  for (std::string shape :
       {"flat", "table", "nested", "form", "form-choices", "styled", "focus", "many-rules", "many-links"}) {
    const std::string* small = &inputs().pages["generated/" + shape + "-10000"];
    const std::string* big = &inputs().pages["generated/" + shape + "-100000"];
    for (bool floor_only : {true, false})
      benchmark::RegisterBenchmark(("linearity/" + std::string(floor_only ? "floor/" : "audit+json/") + shape).c_str(),
                                   linearity, small, big, floor_only)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(9);
  }
  for (auto [name, text, kind] : {std::tuple{"surveyjs", surveyjs_form(1000), rampa::InputKind::surveyjs},
                                  std::tuple{"formio", formio_form(1000), rampa::InputKind::formio},
                                  std::tuple{"json-schema", json_schema_form(1000), rampa::InputKind::json_schema},
                                  std::tuple{"xforms", xform(1000), rampa::InputKind::xforms},
                                  std::tuple{"html", html_form(1000), rampa::InputKind::html}}) {
    const std::string* stored = &(inputs().pages[std::string("definitions/") + name] = std::move(text));
    benchmark::RegisterBenchmark((std::string("definitions/") + name + "-1000-fields").c_str(), form_audit, stored, kind)
        ->Unit(benchmark::kMillisecond);
  }
  if (fs::is_directory(shared / "act" / "testcases")) {
    for (const auto& e : fs::recursive_directory_iterator(shared / "act" / "testcases"))
      if (e.path().extension() == ".html") inputs().small.push_back(slurp(e.path()));
    benchmark::RegisterBenchmark("batch/act-small-pages", small_batch, &inputs().small)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
